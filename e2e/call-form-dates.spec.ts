// "Typing corrupts dates" in the call form, and the repeat-caller notice shown in UTC.
import { expect, test, type Page } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createCallIn, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

const ORG = "Safe Return Tashkent"; // Asia/Tashkent, UTC+5

// The browser in UTC, as a server is: times in the organisation's zone must not come from the browser's.
test.use({ timezoneId: "UTC" });

async function openIntake(page: Page) {
  const operator = await createUserIn(ORG, "HOTLINE_OPERATOR");
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto("/hotline/new");
  await expect(page.getByLabel("Data call")).toBeFocused();
  return operator;
}

test("#15.3 digits typed after the call type no longer rewrite the time received (two keys gave year 0002)", async ({
  page,
}) => {
  const checkServerErrors = failOnServerErrors(page);
  const operator = await openIntake(page);
  const before = await page.locator("#receivedAt").inputValue();
  await expect(page.getByTestId("received-now")).toHaveText("now");

  // Tab leaves the call type for the next control, then the operator presses "2" twice.
  await page.keyboard.press("Tab");
  await page.keyboard.type("22");
  await expect(page.locator("#receivedAt")).toHaveValue(before);
  expect(before.slice(0, 4)).toBe(String(new Date().getFullYear()));
  // The keys picked the call type instead, as everywhere outside a text field; the call saves as now.
  await expect(page.locator("#callType-SILENT")).toBeChecked();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByText("Call saved. Ready for the next call.")).toBeVisible();
  await page.goto(`/hotline?operator=${operator.id}`);
  const row = page.getByTestId("calls-table").getByRole("row").nth(1);
  await expect(row).toContainText("Silent");
  // Listed today in Tashkent (the list's date is the organisation's day; the user's language is English).
  const today = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "Asia/Tashkent" }).format(new Date());
  await expect(row).toContainText(today);
  checkServerErrors();
});

test("#15.3 a time three years back asks for confirmation before the call is saved", async ({ page }) => {
  const operator = await openIntake(page);
  await page.keyboard.press("2"); // a silent call: only its type and time
  await page.getByText("Change", { exact: true }).click();
  const threeYearsBack = `${new Date().getFullYear() - 3}-03-03T10:30`;
  await page.getByLabel("Received at").fill(threeYearsBack);
  const confirm = page.getByLabel("This time is more than a day ago, and it is right.");
  await expect(confirm).toBeVisible();

  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(
    page.getByText("This time is more than a day ago: check it, then tick the box to confirm it."),
  ).toBeVisible();
  await expect(page.getByText("Call saved. Ready for the next call.")).toHaveCount(0);
  await expect(confirm).toBeFocused();

  await page.keyboard.press("Space");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByText("Call saved. Ready for the next call.")).toBeVisible();
  // The next call is received "now" again.
  await expect(page.getByTestId("received-now")).toBeVisible();
  await page.goto(`/hotline?operator=${operator.id}`);
  // Typed in the browser's zone (UTC here) at 10:30, listed at Tashkent's 15:30.
  await expect(page.getByTestId("calls-table").getByRole("row").nth(1)).toContainText(
    `Mar 3, ${new Date().getFullYear() - 3}, 3:30 PM`,
  );
});

test("#15.3 a time ahead of now asks for confirmation too (a computer set to another zone), and says why", async ({
  page,
}) => {
  const operator = await openIntake(page);
  await page.keyboard.press("2");
  await page.getByText("Change", { exact: true }).click();
  // Two hours ahead in the browser's zone (UTC here), as a laptop still on another zone would type "now".
  const ahead = new Date(Date.now() + 2 * 3_600_000).toISOString().slice(0, 16);
  await page.getByLabel("Received at").fill(ahead);
  const confirm = page.getByLabel("This time is in the future, and it is right.");
  await expect(confirm).toBeVisible();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(
    page.getByText(
      "This time is in the future: check it (and your computer's clock and time zone), then tick the box to confirm it.",
    ),
  ).toBeVisible();
  await expect(page.getByText("Call saved. Ready for the next call.")).toHaveCount(0);
  await confirm.check();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByText("Call saved. Ready for the next call.")).toBeVisible();
  await page.goto(`/hotline?operator=${operator.id}`);
  await expect(page.getByTestId("calls-table").getByRole("row")).toHaveCount(2);
});

test("#15.3 the year of the callback due date takes no fifth digit", async ({ page }) => {
  await openIntake(page);
  const callbackDue = page.getByLabel("Callback due");
  await callbackDue.focus();
  const nextYear = new Date().getFullYear() + 1;
  // Chromium's date fields here read month, day, year, hours, minutes, AM/PM. A fifth digit used
  // to stay in the year (up to six), leaving the time unfinished; now the year stops at four and
  // the next digits go to the hours.
  await page.keyboard.type(`1206${nextYear}11030A`);
  await expect(callbackDue).toHaveValue(new RegExp(`^${nextYear}-12-06T\\d\\d:\\d\\d$`));
  expect(await callbackDue.getAttribute("max")).toBe(`${nextYear}-12-31T23:59`);
  expect(await callbackDue.getAttribute("min")).toBe("2000-01-01T00:00");
});

test("#15.1 the repeat-caller notice shows the earlier call at Tashkent's time, not UTC", async ({ page }) => {
  const operator = await createUserIn(ORG, "HOTLINE_OPERATOR");
  const phone = `+99894${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const yesterday = new Date(Date.now() - 86_400_000);
  const at = new Date(Date.UTC(yesterday.getUTCFullYear(), yesterday.getUTCMonth(), yesterday.getUTCDate(), 15, 46));
  await createCallIn(ORG, operator.id, { phone, receivedAt: at, topics: ["WAGE_THEFT"] });
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto("/hotline/new");
  await page.getByLabel("Caller's phone number").fill(phone);
  const notice = page.getByTestId("repeat-caller");
  await expect(notice).toContainText("1 earlier call from this number.");
  await expect(notice).toContainText("8:46 PM");
  await expect(notice).not.toContainText("3:46 PM");
});
