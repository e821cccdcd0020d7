import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createCallIn, createUserIn, E2E_PASSWORD } from "./fixtures/factories";
import { tabTo } from "./fixtures/keyboard";

const ORG = "Safe Return Tashkent";

test("an operator logs a full call with the keyboard only", async ({ page }) => {
  // A whole call typed key by key, then found in the list and opened: longer than one page's budget.
  test.setTimeout(60_000);
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const operator = await createUserIn(ORG, "HOTLINE_OPERATOR");
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto("/hotline/new");
  await expect(page.getByLabel("Data call")).toBeFocused();

  await page.keyboard.press("1");
  await tabTo(page, { id: "durationSeconds" });
  await page.keyboard.type("7");
  await tabTo(page, { id: "language" });
  await page.keyboard.type("Uzbek");
  await tabTo(page, { id: "callerPhone" });
  await page.keyboard.type("+998 90 777 66 55");
  await tabTo(page, { id: "callerRelationship" });
  await page.keyboard.type("Family");
  await tabTo(page, { id: "callerCountry" });
  await page.keyboard.type("Russia");
  await tabTo(page, { id: "callerRegion" });
  await page.keyboard.type("Sverdlovsk");
  await tabTo(page, { id: "callerPlace" });
  await page.keyboard.type("Yekaterinburg");
  await tabTo(page, { id: "callbackConsent" });
  await page.keyboard.press("Space");
  await tabTo(page, { id: "personSex" });
  await page.keyboard.type("Male");
  await tabTo(page, { id: "personAgeGroup" });
  await page.keyboard.type("25");
  await tabTo(page, { name: "topics" });
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight"); // Unpaid wages
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight"); // Labour exploitation
  await page.keyboard.press("Space");
  await tabTo(page, { name: "urgency" });
  await page.keyboard.press("Space"); // Critical…
  await page.keyboard.press("ArrowRight"); // …then Urgent
  await tabTo(page, { id: "summary" });
  await page.keyboard.type("Brother's team unpaid for two months near Yekaterinburg; foreman threatens deportation.");
  await tabTo(page, { name: "actions" });
  await page.keyboard.press("Space"); // Information given
  await page.keyboard.press("ControlOrMeta+Enter");

  await expect(page.getByText("Call saved. Ready for the next call.")).toBeVisible();
  await expect(page.getByLabel("Data call")).toBeFocused();
  await expect(page.locator("#summary")).toHaveValue("");

  await page.goto(`/hotline?operator=${operator.id}`);
  const row = page.getByTestId("calls-table").getByRole("row").nth(1);
  await expect(row).toContainText("Unpaid wages, Labour exploitation");
  await expect(row).toContainText("Urgent");
  await expect(page.getByTestId("calls-table")).not.toContainText("+998");
  await row.getByRole("link").click();
  await expect(page.getByTestId("call-summary")).toHaveText(
    "Brother's team unpaid for two months near Yekaterinburg; foreman threatens deportation.",
  );
  await expect(page.getByText("+998907776655")).toBeVisible();
  await expect(page.getByText("7 min")).toBeVisible();
  await expect(page.getByText("Sverdlovsk Oblast")).toBeVisible();
  checkServerErrors();
  checkConsole();
});

test("an operator logs a silent call in two keystrokes", async ({ page }) => {
  const operator = await createUserIn(ORG, "HOTLINE_OPERATOR");
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto("/hotline/new");
  await expect(page.getByLabel("Data call")).toBeFocused();
  await page.keyboard.press("2");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByText("Call saved. Ready for the next call.")).toBeVisible();
  await page.goto(`/hotline?operator=${operator.id}`);
  await expect(page.getByTestId("calls-table").getByRole("row")).toHaveCount(2);
  await expect(page.getByTestId("calls-table").getByRole("row").nth(1)).toContainText("Silent");
});

test("typing a number shows earlier calls from it in the organisation", async ({ page }) => {
  const operator = await createUserIn(ORG, "HOTLINE_OPERATOR");
  const phone = `+99893${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  await createCallIn(ORG, operator.id, { phone, topics: ["JOB_OFFER_CHECK"] });
  await createCallIn(ORG, operator.id, { phone, topics: ["WAGE_THEFT"] });
  // The same number called another organisation: that does not count here.
  const other = await createUserIn("Bishkek Migrant Support", "HOTLINE_OPERATOR");
  await createCallIn("Bishkek Migrant Support", other.id, { phone });

  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto("/hotline/new");
  // Typed the local way, with spaces: the same number.
  await page.getByLabel("Caller's phone number").fill(`${phone.slice(4, 6)} ${phone.slice(6, 9)} ${phone.slice(9)}`);
  const notice = page.getByTestId("repeat-caller");
  await expect(notice).toContainText("2 earlier calls from this number.");
  await expect(notice).toContainText("Unpaid wages");
  await expect(notice).toContainText("Job offer check");
  await expect(notice).not.toContainText(phone.slice(4));
});

test("a draft survives a reload", async ({ page }) => {
  const operator = await createUserIn(ORG, "HOTLINE_OPERATOR");
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto("/hotline/new");
  await page.getByLabel("Caller's phone number").fill("+998 91 234 56 78");
  await page.getByLabel("Summary").fill("Caller was cut off while describing the recruiter");
  // The draft is saved a second after the last change: wait for the save that holds the topic (on a
  // busy machine the status can still read "saved" from the summary's save when the reload comes).
  const topicSaved = page.waitForResponse(
    (response) =>
      response.request().method() === "POST" && (response.request().postData() ?? "").includes("MISSING_PERSON"),
  );
  await page.getByLabel("Missing person").check();
  await topicSaved;
  await expect(page.getByTestId("draft-status")).toContainText("Draft saved");

  await page.reload();
  await expect(page.getByText("Your unsaved call was restored.")).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("Caller was cut off while describing the recruiter");
  await expect(page.getByLabel("Caller's phone number")).toHaveValue("+998 91 234 56 78");
  await expect(page.getByLabel("Missing person")).toBeChecked();

  await page.getByRole("button", { name: "Discard and start a new call" }).click();
  await expect(page.getByLabel("Summary")).toHaveValue("");
  await page.reload();
  await expect(page.getByText("Your unsaved call was restored.")).toHaveCount(0);
});

test("bad input gets a message next to each field and keeps what was typed", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  const operator = await createUserIn(ORG, "HOTLINE_OPERATOR");
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto("/hotline/new");
  await page.getByText("Change", { exact: true }).click();
  await page.getByLabel("Received at").fill(`${new Date().getFullYear() + 1}-06-01T10:00`);
  await page.getByLabel("Duration (minutes)").fill("-5");
  await page.getByLabel("Caller's phone number").fill("+998 12");
  await page.getByLabel("Summary").fill("<script>alert('x')</script> stays text");
  await page.getByRole("button", { name: "Save and next call (Ctrl+Enter)" }).click();

  await expect(page.getByText("This date is in the future.")).toBeVisible();
  await expect(page.getByText("Enter a duration between 0 and 240 minutes.")).toBeVisible();
  await expect(page.getByText("Enter a phone number such as +998 90 123 45 67.")).toBeVisible();
  await expect(page.getByText("Choose at least one.").first()).toBeVisible();
  await expect(page.getByLabel("Caller's phone number")).toHaveValue("+998 12");
  await expect(page.getByLabel("Summary")).toHaveValue("<script>alert('x')</script> stays text");
  await page.goto(`/hotline?operator=${operator.id}`);
  await expect(page.getByText("No calls match these filters.")).toBeVisible();
  checkServerErrors();
});

test("in Russian, the intake's messages are Russian", async ({ page }) => {
  const operator = await createUserIn(ORG, "HOTLINE_OPERATOR");
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.getByLabel("Language").selectOption("ru");
  await expect(page.getByRole("heading", { level: 2, name: "Ваши разделы" })).toBeVisible();
  await page.goto("/hotline/new");
  await page.getByRole("button", { name: "Сохранить и следующий звонок (Ctrl+Enter)" }).click();
  await expect(page.getByText("Выберите хотя бы один вариант.").first()).toBeVisible();
  await expect(page.getByText("Обязательное поле.").first()).toBeVisible();
});
