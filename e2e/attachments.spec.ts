// Issue 18: files on a person's records. A case worker attaches the signed consent form's scan to the
// consent, sees it listed and downloads it as a file; a program renamed as a PDF is refused with a
// clear message and nothing is listed; the same form works before any JavaScript has run (the
// browser posts it and comes back to the page with the outcome); the section fits a 360 px phone.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { recordConsentDirect } from "./fixtures/consents";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);
/** A Windows program: "MZ" and the PE header file-type looks for. */
function program() {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
}

async function personWithConsent(stamp: string) {
  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const worker = await createUserIn("Almaty Crisis Centre", "CASE_WORKER");
  const token = await createApiTokenFor(coordinator.id);
  const response = await fetch(`${process.env.E2E_BASE_URL}/api/v1/victims`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({
      givenName: "Дилноза",
      familyName: `Каримова${stamp}`,
      sex: "FEMALE",
      estimatedAge: 26,
      citizenships: ["UZ"],
      identifiedOn: "2026-04-02",
      identifiedBy: "HOTLINE",
    }),
  });
  expect(response.status).toBe(201);
  const person = (await response.json()) as { id: string };
  const sql = new pg.Client({ connectionString: process.env.MAINTENANCE_DATABASE_URL });
  await sql.connect();
  await sql.query("UPDATE victims SET assigned_to_id = $1 WHERE id = $2", [worker.id, person.id]);
  await sql.end();
  await recordConsentDirect(person.id, "SERVICES", null);
  return { person, worker };
}

test("a case worker attaches the signed consent scan, sees it listed and downloads it; a renamed program is refused", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const checkServerErrors = failOnServerErrors(page);
  // The refused upload's 422 is the answer the form reads, not a fault.
  const checkConsole = failOnConsoleErrors(page, [/status of 422/]);
  const stamp = crypto.randomUUID().slice(0, 8);
  const { person, worker } = await personWithConsent(stamp);

  await signIn(page, worker.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  const section = page.getByTestId("section-files");
  await expect(section).toContainText("No files yet.");
  await section.locator("summary", { hasText: "Attach a file" }).click();
  const form = section.getByTestId("upload-file");
  // The person's record first, then the consents in force.
  await form.getByLabel("Attached to").selectOption({ index: 1 });
  await expect(form.getByLabel("Attached to").locator("option:checked")).toHaveText(/^Consent: Receiving services, /);
  const name = `Согласие ${stamp}.pdf`;
  await form
    .getByLabel("File", { exact: true })
    .setInputFiles({ name, mimeType: "application/pdf", buffer: pdf(stamp) });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByText(`“${name}” was attached and encrypted.`)).toBeVisible();
  const listed = section.getByTestId("person-files").getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(name);
  await expect(listed).toContainText("Consent: Receiving services");

  // Downloaded as a file (never opened in the page), byte for byte what was uploaded.
  const [download] = await Promise.all([page.waitForEvent("download"), listed.getByTestId("file-download").click()]);
  expect(download.suggestedFilename()).toBe(name);
  expect(fs.readFileSync((await download.path())!).equals(pdf(stamp))).toBe(true);

  // A program renamed as a PDF: refused with a clear message; the list is unchanged.
  await form
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "consent.pdf", mimeType: "application/pdf", buffer: program() });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByRole("alert")).toHaveText("This kind of file cannot be attached. Nothing was saved.");
  await page.reload();
  await expect(page.getByTestId("person-files").getByRole("listitem")).toHaveCount(1);
  checkConsole();
  checkServerErrors();
});

test("the upload form works before JavaScript has run, and the files fit a 360 px phone", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = crypto.randomUUID().slice(0, 8);
  const { person, worker } = await personWithConsent(stamp);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  // Signing in needs the script; the session then serves a page without it.
  const signedIn = await browser.newContext();
  const signInPage = await signedIn.newPage();
  await signIn(signInPage, worker.email, E2E_PASSWORD);
  await context.addCookies(await signedIn.cookies());
  await signedIn.close();

  await page.goto(`/victims/${person.id}`);
  const section = page.getByTestId("section-files");
  await section.locator("summary", { hasText: "Attach a file" }).click();
  const form = section.getByTestId("upload-file");
  await form
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: `passport-${stamp}.pdf`, mimeType: "application/pdf", buffer: pdf(stamp) });
  await form.getByRole("button", { name: "Upload" }).click();
  // The browser posted the form itself and was sent back to the page, with the outcome shown.
  await expect(page).toHaveURL(new RegExp(`/victims/${person.id}\\?file=added#files$`));
  await expect(page.getByTestId("section-files")).toContainText("The file was attached and encrypted.");
  await expect(page.getByTestId("person-files")).toContainText(`passport-${stamp}.pdf`);
  await expect(page.getByTestId("person-files")).toContainText("The person's record");
  // Nothing wider than the phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
