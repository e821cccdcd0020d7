// Issue 18: files on the records around a person. The receiving side's coordinator attaches the
// certificate of return to a task of the return's checklist and the sending side downloads it; a
// wrong upload is removed, after asking; a file on a claim for unpaid wages is listed on the claim;
// the shelter's staff attach a file to a resident's stay; the lists and forms fit a 360 px phone.
import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { recordConsentDirect } from "./fixtures/consents";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of our own API
async function json(response: Awaited<ReturnType<APIRequestContext["post"]>>): Promise<any> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

async function noOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function personOf(api: APIRequestContext, stamp: string) {
  return json(
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Мохира",
        familyName: `Саидова${stamp}`,
        sex: "FEMALE",
        estimatedAge: 26,
        citizenships: ["UZ"],
        identifiedOn: "2026-05-01",
        identifiedBy: "POLICE",
      },
    }),
  ) as Promise<{ id: string }>;
}

test("the receiving side attaches the certificate of return to a task, the sending side downloads it, and a wrong upload is removed after asking", async ({
  playwright,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = crypto.randomUUID().slice(0, 8);
  const api = async (userId: string) =>
    playwright.request.newContext({
      baseURL: process.env.E2E_BASE_URL,
      extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(userId)}` },
    });
  const senderUser = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const receiverUser = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const almaty = await api(senderUser.id);
  const tashkent = await api(receiverUser.id);
  const tashkentOrg = (await (await tashkent.get("/api/v1/me")).json()).organisation.id;
  const person = await personOf(almaty, stamp);
  await recordConsentDirect(person.id, "RETURN", null);
  await recordConsentDirect(person.id, "SHARING", tashkentOrg);
  const { id } = await json(
    await almaty.post("/api/v1/repatriations", { data: { victimId: person.id, receivingOrganisationId: tashkentOrg } }),
  );
  await json(await almaty.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "REQUESTED" } }));
  await json(await tashkent.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "ACCEPTED" } }));
  const title = `Certificate of return ${stamp}`;
  await json(await almaty.post(`/api/v1/repatriations/${id}/tasks`, { data: { title, assigneeSide: "RECEIVING" } }));

  // The receiving side, on a phone.
  const receiving = await (
    await browser.newContext({ baseURL: process.env.E2E_BASE_URL, viewport: { width: 360, height: 740 } })
  ).newPage();
  const checkServerErrors = failOnServerErrors(receiving);
  const checkConsole = failOnConsoleErrors(receiving);
  await signIn(receiving, receiverUser.email, E2E_PASSWORD);
  await receiving.goto(`/repatriations/${id}`);
  const files = receiving.getByTestId("task-files");
  await expect(files).toContainText("No files.");
  const upload = async (name: string) => {
    const details = files.locator("details", { hasText: "Attach a file to a task" });
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
    const form = files.getByTestId("upload-task-file");
    await form.getByLabel("Attached to").selectOption({ label: title });
    await form
      .getByLabel("File", { exact: true })
      .setInputFiles({ name, mimeType: "application/pdf", buffer: pdf(name) });
    await form.getByRole("button", { name: "Upload" }).click();
    await expect(form.getByText(`“${name}” was attached and encrypted.`)).toBeVisible();
  };
  const certificate = `certificate-of-return-${stamp}.pdf`;
  const wrong = `another-persons-ticket-${stamp}.pdf`;
  await upload(certificate);
  await upload(wrong);
  const listed = files.getByTestId("task-file-list").getByRole("listitem");
  await expect(listed).toHaveCount(2);
  await expect(listed.filter({ hasText: certificate })).toContainText(title);
  await noOverflow(receiving);

  // The wrong one: the first press only asks; nothing is removed until confirmed.
  const wrongItem = listed.filter({ hasText: wrong });
  await wrongItem.getByRole("button", { name: "Remove" }).click();
  await expect(wrongItem.getByTestId("confirm-step")).toContainText(`Remove “${wrong}”?`);
  await expect(listed).toHaveCount(2);
  await wrongItem.getByRole("button", { name: "Yes, remove the file" }).click();
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(certificate);
  await receiving.reload();
  await expect(files.getByTestId("task-file-list").getByRole("listitem")).toHaveCount(1);
  checkConsole();
  checkServerErrors();
  await receiving.context().close();

  // The sending side: the partner's file, downloadable, not its own to remove; the removed one is gone.
  const sending = await (await browser.newContext({ baseURL: process.env.E2E_BASE_URL })).newPage();
  await signIn(sending, senderUser.email, E2E_PASSWORD);
  await sending.goto(`/repatriations/${id}`);
  const atSender = sending.getByTestId("task-file-list").getByRole("listitem");
  await expect(atSender).toHaveCount(1);
  await expect(atSender).toContainText("from a partner organisation");
  await expect(atSender.getByRole("button", { name: "Remove" })).toHaveCount(0);
  const [download] = await Promise.all([
    sending.waitForEvent("download"),
    atSender.getByTestId("file-download").click(),
  ]);
  expect(download.suggestedFilename()).toBe(certificate);
  expect(fs.readFileSync((await download.path())!).equals(pdf(certificate))).toBe(true);
  // The case file lists it among the person's files, named by what it is on.
  await sending.goto(`/victims/${person.id}`);
  await expect(sending.getByTestId("person-files")).toContainText(certificate);
  await expect(sending.getByTestId("person-files")).toContainText("Return home");
  await expect(sending.getByTestId("person-files")).not.toContainText(wrong);
  await sending.context().close();
});

test("a file on a claim for unpaid wages is listed on the claim, and the case file offers claims and legal cases as targets", async ({
  playwright,
  browser,
}) => {
  test.setTimeout(90_000);
  const stamp = crypto.randomUUID().slice(0, 8);
  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const person = await personOf(api, stamp);
  const employer = `ТОО Теплица ${stamp}`;
  const claim = await json(
    await api.post(`/api/v1/victims/${person.id}/labour-claims`, {
      data: {
        employerName: employer,
        countryCode: "KZ",
        currency: "KZT",
        route: "LABOUR_INSPECTORATE",
        people: [{ victimId: person.id, owed: "250000", recovered: "0" }],
      },
    }),
  );
  await json(
    await api.post(`/api/v1/victims/${person.id}/proceedings`, {
      data: { kind: "CRIMINAL", authority: "POLICE", countryCode: "KZ", role: "VICTIM", caseNumber: `УД-${stamp}` },
    }),
  );

  const page = await (
    await browser.newContext({ baseURL: process.env.E2E_BASE_URL, viewport: { width: 360, height: 740 } })
  ).newPage();
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);

  // The Files section offers the legal case and the claim, each named.
  const section = page.getByTestId("section-files");
  await section.locator("summary", { hasText: "Attach a file" }).click();
  const options = section.getByTestId("upload-file").getByLabel("Attached to").locator("option");
  await expect(options.filter({ hasText: `Legal case: Criminal case, УД-${stamp}, Kazakhstan` })).toHaveCount(1);
  await expect(options.filter({ hasText: `Wage claim: ${employer}, Kazakhstan` })).toHaveCount(1);

  // On the claim itself.
  const card = page.getByTestId(`labour-claim-${claim.id}`);
  await card.locator("summary", { hasText: "Attach a file to this claim" }).click();
  const form = card.getByTestId(`upload-claim-file-${claim.id}`);
  await expect(form).toContainText(`Attached to: ${employer}, Kazakhstan`);
  const name = `employment-contract-${stamp}.pdf`;
  await form
    .getByLabel("File", { exact: true })
    .setInputFiles({ name, mimeType: "application/pdf", buffer: pdf(name) });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByText(`“${name}” was attached and encrypted.`)).toBeVisible();
  const listed = card.getByTestId("claim-files").getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(name);
  await noOverflow(page);
  // A claim's file is about no one person: not in the person's own list.
  await page.reload();
  await expect(page.getByTestId(`labour-claim-${claim.id}`).getByTestId("claim-files")).toContainText(name);
  await expect(page.getByTestId("section-files")).not.toContainText(name);
  checkConsole();
  checkServerErrors();
  await page.context().close();
});

test("the shelter's staff attach a file to a resident's stay on the bed board and find it there", async ({
  playwright,
  browser,
}) => {
  test.setTimeout(90_000);
  const stamp = crypto.randomUUID().slice(0, 8);
  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const staff = await createUserIn("Almaty Crisis Centre", "SHELTER_STAFF");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const shelter = await json(
    await api.post("/api/v1/shelters", {
      data: { name: `Files shelter ${stamp}`, city: "Almaty", countryCode: "KZ", population: "WOMEN", capacity: 2 },
    }),
  );
  const sql = new pg.Client({ connectionString: process.env.MAINTENANCE_DATABASE_URL });
  await sql.connect();
  await sql.query("INSERT INTO shelter_assignments (user_id, shelter_id, updated_at) VALUES ($1, $2, now())", [
    staff.id,
    shelter.id,
  ]);
  await sql.end();
  const person = await personOf(api, stamp);
  await json(
    await api.post(`/api/v1/shelters/${shelter.id}/stays`, { data: { victimId: person.id, admittedAt: "2026-06-02" } }),
  );

  const page = await (
    await browser.newContext({ baseURL: process.env.E2E_BASE_URL, viewport: { width: 360, height: 740 } })
  ).newPage();
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  await signIn(page, staff.email, E2E_PASSWORD);
  await page.goto(`/shelters/${shelter.id}`);
  const card = page.getByTestId("residents").locator(".card", { hasText: `Саидова${stamp}` });
  // With the stay's other actions (services, move, discharge).
  await card.locator("summary").click();
  await expect(card).toContainText("Attach a file to this stay");
  const name = `intake-form-${stamp}.pdf`;
  const form = card.getByTestId(/^upload-stay-file-/);
  await expect(form).toContainText("Attached to: Shelter stay");
  await form
    .getByLabel("File", { exact: true })
    .setInputFiles({ name, mimeType: "application/pdf", buffer: pdf(name) });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByText(`“${name}” was attached and encrypted.`)).toBeVisible();
  const listed = card.getByTestId("stay-file-list").getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(name);
  await expect(listed.getByRole("button", { name: "Remove" })).toBeVisible();
  await noOverflow(page);
  const [download] = await Promise.all([page.waitForEvent("download"), listed.getByTestId("file-download").click()]);
  expect(fs.readFileSync((await download.path())!).equals(pdf(name))).toBe(true);
  checkConsole();
  checkServerErrors();
  await page.context().close();
});
