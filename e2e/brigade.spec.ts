// The situation journey end to end: one call about a brigade of twelve men, four of them
// registered in one go, a situation with its recruiter; another organisation learns only that the
// recruiter's number was recorded once elsewhere; a case worker attaches a second call.
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createCallIn, createUserIn, E2E_PASSWORD, giveCaseWithCall } from "./fixtures/factories";

const TASHKENT = "Safe Return Tashkent";
const BISHKEK = "Bishkek Migrant Support";

async function logBrigadeCall(page: Page, summary: string) {
  await page.goto("/hotline/new");
  await page.getByLabel("Data call").check();
  await page.getByLabel("Caller is").selectOption("FAMILY_MEMBER");
  await page.getByLabel("Sex", { exact: true }).selectOption("MALE");
  await page.getByRole("checkbox", { name: "Labour exploitation" }).check();
  await page.getByRole("checkbox", { name: "Unpaid wages" }).check();
  await page.getByRole("radio", { name: "Urgent" }).check();
  await page.getByLabel("Summary").fill(summary);
  await page.getByRole("checkbox", { name: "Information given" }).check();
  await page.getByRole("button", { name: "Save and next call (Ctrl+Enter)" }).click();
  await expect(page.getByText("Call saved. Ready for the next call.")).toBeVisible();
}

test("a brigade of twelve: four registered from one call, a situation with its recruiter, a count elsewhere, a second call attached", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000); // three organisations' people, two forms of many rows, six pages
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const operator = await createUserIn(TASHKENT, "HOTLINE_OPERATOR");
  const tag = crypto.randomUUID().slice(0, 6);
  const recruiterPhone = `+99893${String(crypto.getRandomValues(new Uint32Array(1))[0]! % 10_000_000).padStart(7, "0")}`;
  const recruiterName = `Ibrohim Saidov ${tag}`;

  // 1. The operator logs the call and registers four of the men at once.
  await signIn(page, operator.email, E2E_PASSWORD);
  await logBrigadeCall(
    page,
    `Twelve men from Kasbi (${tag}) unpaid for three months at a site near Moscow, locked in.`,
  );
  await page.goto(`/hotline?operator=${operator.id}`);
  await page.getByTestId("calls-table").getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByText("Nobody from this call is registered yet.")).toBeVisible();
  await page.getByRole("link", { name: "Register several people" }).click();
  const names = [
    ["Алишер", "Каримов"],
    ["Bakhtiyor", "Rakhimov"],
    ["Жасур", "Тошев"],
    ["Dilshod", "Nazarov"],
  ];
  for (let i = 1; i < names.length; i++) await page.getByRole("button", { name: "Add a person" }).click();
  await expect(page.getByTestId("group-row")).toHaveCount(4);
  for (const [i, [given, family]] of names.entries()) {
    await page.locator(`#people-${i}-givenName`).fill(given!);
    await page.locator(`#people-${i}-familyName`).fill(family!);
    await page.locator(`#people-${i}-estimatedAge`).fill(String(24 + i));
  }
  await page.locator("#people-2-estimatedAge").fill("");
  await page.getByRole("button", { name: "Register 4 people" }).click();
  // One row without an age: refused in place, nobody registered, nothing typed lost.
  await expect(page.getByText("Enter a birth date or an estimated age.")).toBeVisible();
  await expect(page.locator("#people-3-givenName")).toHaveValue("Dilshod");
  await page.locator("#people-2-estimatedAge").fill("31");
  await page.getByRole("button", { name: "Register 4 people" }).click();
  await expect(page.getByText("4 people registered from this call.")).toBeVisible();
  await expect(page.getByTestId("call-people").getByRole("listitem")).toHaveCount(4);
  const caseNumbers = (await page.getByTestId("call-people").getByRole("listitem").allTextContents()).map((t) =>
    t.trim(),
  );
  const callUrl = page.url().split("?")[0]!;

  // 2. The call becomes a situation, with the four men and the recruiter.
  await page.getByRole("link", { name: "Record a new situation from this call" }).click();
  await page.getByLabel("Country").selectOption("RU");
  await page.getByLabel("Region").selectOption({ label: "Moscow Oblast" });
  await page.getByLabel("People believed involved").fill("12");
  await page.getByRole("checkbox", { name: "Forced labour" }).check();
  await page.getByRole("button", { name: "Record a situation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Situation .+-S-\d{4}-\d{4}/);
  const situationUrl = page.url();
  const reference = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Situation ", "").trim();
  await expect(page.getByTestId("situation-figures")).toContainText("4 people identified");
  await page.locator("summary", { hasText: "Record a perpetrator" }).click();
  await page.getByLabel("Name (any script)").fill(recruiterName);
  await page.getByLabel("Phone").fill(recruiterPhone);
  await expect(page.getByTestId("seen-before")).toContainText("Your organisation has no earlier record that matches.");
  await page.getByRole("button", { name: "Record a perpetrator" }).click();
  await expect(page.getByText("The perpetrator is recorded and linked to the situation.")).toBeVisible();
  await expect(page.getByTestId("situation-perpetrator-list")).toContainText(`${recruiterName} · Recruiter`);
  // The call names him too, with the part the caller described.
  await page.goto(callUrl);
  await page.getByLabel("Perpetrator (from the call's situations)").selectOption({ label: recruiterName });
  await page.getByLabel("Part the caller described").selectOption("RECRUITER");
  await page.getByRole("button", { name: "Link to this call" }).click();
  await expect(page.getByTestId("call-perpetrators")).toContainText(`${recruiterName} · Recruiter`);
  checkConsole();
  checkServerErrors();

  // 3. Another organisation's coordinator types the recruiter's number: a count, nothing else.
  const outsider = await createUserIn(BISHKEK, "COORDINATOR");
  const elsewhere = await (await browser.newContext({ baseURL })).newPage();
  await signIn(elsewhere, outsider.email, E2E_PASSWORD);
  await elsewhere.goto("/situations/new");
  await elsewhere.getByLabel("Country").selectOption("RU");
  await elsewhere.getByRole("button", { name: "Record a situation" }).click();
  await expect(elsewhere.getByRole("heading", { level: 1 })).toContainText(/Situation /);
  await elsewhere.locator("summary", { hasText: "Record a perpetrator" }).click();
  await elsewhere
    .getByLabel("Phone")
    .fill(recruiterPhone.replace("+998", "+998 ").replace(/(\d{2})(\d{3})(\d{4})$/, "$1 $2-$3"));
  const seen = elsewhere.getByTestId("seen-before");
  await expect(seen).toContainText("Also recorded by 1 other organisation.");
  await expect(seen).toContainText("Your organisation has no earlier record that matches.");
  for (const secret of [recruiterName, "Ibrohim", TASHKENT, reference]) await expect(seen).not.toContainText(secret);
  // They record him too, and ask the organisation that had him before to get in touch, not
  // knowing which it is.
  await elsewhere.getByLabel("Name (any script)").fill(`Ибрагим ${tag}`);
  await elsewhere.getByRole("button", { name: "Record a perpetrator" }).click();
  await expect(elsewhere.getByText("The perpetrator is recorded and linked to the situation.")).toBeVisible();
  await elsewhere
    .getByTestId("situation-perpetrator-list")
    .getByRole("link", { name: `Ибрагим ${tag}` })
    .click();
  const message = `Our ${tag} case names him too; could we compare what we know?`;
  await elsewhere.getByLabel("Your message").fill(message);
  await elsewhere.getByRole("button", { name: "Ask them to get in touch" }).click();
  await elsewhere.getByRole("button", { name: "Yes, send" }).click();
  await expect(elsewhere.getByText(/Sent to 1 organisation\./)).toBeVisible();
  await expect(elsewhere.getByTestId("contact-requests-sent")).toContainText("No answer yet.");
  const askerRecord = elsewhere.url();
  expect((await elsewhere.goto(situationUrl))?.status()).toBe(404);
  expect((await elsewhere.goto(callUrl))?.status()).toBe(404);

  // Tashkent's coordinator finds the request, sees their own matching record, and answers.
  const tashkentCoordinator = await createUserIn(TASHKENT, "COORDINATOR");
  const home = await (await browser.newContext({ baseURL })).newPage();
  await signIn(home, tashkentCoordinator.email, E2E_PASSWORD);
  await home.goto("/perpetrators");
  await home.getByTestId("contact-requests-waiting").getByRole("link").click();
  const request = home.getByTestId("contact-requests").getByRole("listitem").filter({ hasText: message });
  await expect(request).toContainText(BISHKEK);
  await request.getByLabel("Your answer").fill("Call our coordinator on +998 71 000 00 00.");
  await request.getByRole("button", { name: "Answer" }).click();
  await request.getByRole("button", { name: "Answer" }).click();
  await expect(home.getByText("Your answer is sent.")).toBeVisible();
  await home.context().close();
  await elsewhere.goto(askerRecord);
  await expect(elsewhere.getByTestId("contact-requests-sent")).toContainText(
    `${TASHKENT}: Call our coordinator on +998 71 000 00 00.`,
  );
  await elsewhere.context().close();

  // 4. A case worker, given one of the men, attaches the man's own later call to the situation.
  const worker = await createUserIn(TASHKENT, "CASE_WORKER");
  const later = await createCallIn(TASHKENT, operator.id, { summary: `One of the Kasbi men calls back (${tag}).` });
  await giveCaseWithCall(caseNumbers[0]!, worker.id, later.id);
  await page.context().clearCookies();
  await signIn(page, worker.email, E2E_PASSWORD);
  await page.goto(`/hotline/${later.id}`);
  await expect(page.getByTestId("call-people")).toContainText(caseNumbers[0]!);
  await page.getByLabel("Attach to a situation").selectOption(situationUrl.split("/").at(-1)!);
  await page.getByRole("button", { name: "Attach the call" }).click();
  await expect(page.getByTestId("call-situations")).toContainText(reference);
  await page.goto(situationUrl);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  await expect(page.getByTestId("situation-people")).toContainText("Алишер Каримов");
  // On the man's own page, what the recruiter did to him.
  await page.goto(`/hotline/${later.id}`);
  await page.getByTestId("call-people").getByRole("link", { name: caseNumbers[0]! }).click();
  const section = page.getByTestId("section-perpetrators");
  await section.getByText("Link a perpetrator").click();
  await section.getByLabel("Perpetrator (from the person's situations)").selectOption({ label: recruiterName });
  await section.getByLabel("Part played for this person").selectOption("RECRUITER");
  await section.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByTestId("person-perpetrators")).toContainText(`${recruiterName} · Recruiter`);
  checkServerErrors();
});
