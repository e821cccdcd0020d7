// Issue 20, a person's own data: a coordinator opens everything held on one person, takes it as a
// file, then erases it on the person's request: asked first, said afterwards, and the name is gone
// from the record, the list and the search while the record still counts.
import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import {
  countAuditEvents,
  createOrganisationWithUser,
  createPeopleIn,
  createUserIn,
  E2E_PASSWORD,
  unique,
} from "./fixtures/factories";

test("a coordinator exports one person's data and then erases it", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  const { organisation, user: coordinator } = await createOrganisationWithUser("UZ", "COORDINATOR");
  const name = unique("Gulbahor");
  const [person] = await createPeopleIn(organisation.id, coordinator.id, name, [
    { identifiedOn: "2026-03-01", sex: "FEMALE", estimatedAge: 24, citizenships: ["UZ"] },
  ]);
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/victims/${person!.id}`);
  await page.getByTestId("subject-request-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Everything held on ${person!.caseNumber}`);
  await expect(page.getByText(name).first()).toBeVisible();
  // Codes read as the forms name them.
  await expect(page.getByRole("definition").filter({ hasText: /^Female$/ })).toHaveCount(1);

  const downloading = page.waitForEvent("download");
  await page.getByTestId("subject-export-link").click();
  const download = await downloading;
  const file = JSON.parse(
    await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8")),
  );
  expect(JSON.stringify(file)).toContain(name);

  const erase = page.getByRole("region", { name: "Erase the person's data" });
  await erase.locator("summary", { hasText: "Erase the person's data" }).click();
  // A wrong case number is refused, and nothing is erased.
  await erase.getByLabel(`Type the case number to confirm (${person!.caseNumber})`).fill("WRONG-1");
  await erase.getByRole("button", { name: "Erase the person's data" }).click();
  await erase.getByRole("button", { name: "Yes, erase" }).click();
  await expect(erase.getByText("This is not the record's case number.")).toBeVisible();
  expect(await countAuditEvents(coordinator.id, "victim.erase")).toBe(0);
  await erase.getByLabel(`Type the case number to confirm (${person!.caseNumber})`).fill(person!.caseNumber);
  await erase.getByRole("button", { name: "Erase the person's data" }).click();
  await erase.getByRole("button", { name: "Yes, erase" }).click();
  await expect(page.getByText(`The data of ${person!.caseNumber} was erased`)).toBeVisible();
  expect(await countAuditEvents(coordinator.id, "victim.erase")).toBe(1);

  await page.goto(`/victims/${person!.id}`);
  await expect(page.getByTestId("case-number")).toHaveText(person!.caseNumber);
  await expect(page.getByText(name)).toHaveCount(0);
  checkServerErrors();
});

test("a case worker of the same organisation gets 404 for the request and its file", async ({ page }) => {
  const { organisation, user: coordinator } = await createOrganisationWithUser("UZ", "COORDINATOR");
  const worker = await createUserIn(organisation.name, "CASE_WORKER");
  const [person] = await createPeopleIn(organisation.id, coordinator.id, unique("Nilufar"), [
    { identifiedOn: "2026-03-01", sex: "FEMALE", estimatedAge: 24, citizenships: ["UZ"] },
  ]);
  await signIn(page, worker.email, E2E_PASSWORD);
  expect((await page.goto(`/victims/${person!.id}/subject-request`))?.status()).toBe(404);
  expect((await page.request.get(`/victims/${person!.id}/subject-request/export`)).status()).toBe(404);
});
