// Issue 18: unpaid wages. A case worker records one claim for three workers of a building site: the
// person of the page, a co-worker recruited with him (offered from their situation) and another found
// by the people search; recovered above owed is refused in place and nothing typed is lost; the case
// file shows each one's line and the claim's totals, the co-worker's page his own line; the section
// fits a 360 px phone.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a case worker records a claim for unpaid wages for three workers and sees what is owed and recovered", async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const stamp = crypto.randomUUID().slice(0, 8);
  const employer = `ООО СтройМонолит ${stamp}`;
  const coordinator = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  const worker = await createUserIn("Moscow Migrant Aid", "CASE_WORKER");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const register = async (givenName: string, familyName: string) => {
    const response = await api.post("/api/v1/victims", {
      data: {
        givenName,
        familyName,
        sex: "MALE",
        estimatedAge: 33,
        citizenships: ["UZ"],
        identifiedOn: "2026-04-02",
        identifiedBy: "NGO_OUTREACH",
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string; caseNumber: string };
  };
  const sherzod = await register("Шерзод", `Назаров${stamp}`);
  const bakhtiyor = await register("Бахтиёр", `Холматов${stamp}`);
  const farhod = await register("Фарход", `Алиев${stamp}`);
  // Sherzod and Bakhtiyor were recruited together: one situation.
  const situation = await (
    await api.post("/api/v1/situations", { data: { countryCode: "RU", exploitationTypes: ["FORCED_LABOUR"] } })
  ).json();
  for (const p of [sherzod, bakhtiyor]) {
    const linked = await api.post(`/api/v1/situations/${situation.id}/people`, { data: { victimId: p.id } });
    expect(linked.status(), await linked.text()).toBeLessThan(300);
  }
  await api.dispose();
  const sql = new pg.Client({ connectionString: process.env.MAINTENANCE_DATABASE_URL });
  await sql.connect();
  await sql.query("UPDATE victims SET assigned_to_id = $1 WHERE id = ANY($2::uuid[])", [
    worker.id,
    [sherzod.id, bakhtiyor.id, farhod.id],
  ]);
  await sql.end();

  await signIn(page, worker.email, E2E_PASSWORD);
  await page.goto(`/victims/${sherzod.id}`);
  const section = page.getByTestId("section-labour-claims");
  await expect(section).toContainText("No claim for unpaid wages is recorded.");
  await section.locator("summary", { hasText: "Record a claim for unpaid wages" }).click();
  const form = section.getByTestId("add-labour-claim-form");
  await form.getByLabel("Employer's name").fill(employer);
  await expect(form.getByLabel("Country of work")).toHaveValue("RU");
  await expect(form.getByLabel("Currency of the claim")).toHaveValue("RUB");
  await form.getByLabel("Worked from").fill("2025-04-01");
  await form.getByLabel("Worked until").fill("2025-10-31");
  await form.getByLabel("Route").selectOption("LABOUR_INSPECTORATE");
  await form.getByLabel("Status").selectOption("PARTLY_RECOVERED");
  await form.getByLabel("Filed on").fill("2025-11-10");

  // His own line: more recovered than owed is refused in place, and the rest is kept.
  const first = form.getByTestId("claim-person-0");
  await first.getByLabel("Owed").fill("120000");
  await first.getByLabel("Recovered").fill("150000");
  // The co-worker recruited with him, offered from their situation.
  await form.getByRole("button", { name: `Add Бахтиёр Холматов${stamp} · ${bakhtiyor.caseNumber}` }).click();
  const second = form.getByTestId("claim-person-1");
  await expect(second).toContainText(`Холматов${stamp}`);
  await second.getByLabel("Owed").fill("95000.75");
  // Another worker of the site, found by the people search.
  await form.getByLabel("Find another person of your organisation").fill(`Алиев${stamp}`);
  await form.getByRole("button", { name: "Find", exact: true }).click();
  await form
    .getByTestId("claim-found-people")
    .getByRole("button", { name: new RegExp(farhod.caseNumber) })
    .click();
  const third = form.getByTestId("claim-person-2");
  await third.getByLabel("Owed").fill("80000");
  await third.getByLabel("Recovered").fill("80000");
  await form.getByRole("button", { name: "Record a claim for unpaid wages" }).click();
  await expect(first.getByText("The amount recovered cannot be more than the amount owed.")).toBeVisible();
  await expect(third.getByLabel("Owed")).toHaveValue("80000");
  await first.getByLabel("Recovered").fill("40000.50");
  await form.getByRole("button", { name: "Record a claim for unpaid wages" }).click();
  await expect(page.getByText("The claim is recorded.")).toBeVisible();

  const claim = section.getByTestId("labour-claims").getByRole("listitem").filter({ hasText: employer }).first();
  await expect(claim).toContainText("labour inspectorate · partly recovered");
  await expect(claim.getByTestId("labour-claim-mine")).toHaveText(
    "This person: 120,000 RUB owed, 40,000.50 RUB recovered",
  );
  const others = claim.getByTestId("labour-claim-others");
  await expect(others).toContainText(`Холматов${stamp} · 95,000.75 RUB owed · 0 RUB recovered`);
  await expect(others).toContainText(`Алиев${stamp} · 80,000 RUB owed · 80,000 RUB recovered`);
  await expect(claim.getByTestId("labour-claim-totals")).toHaveText(
    "Whole claim (3 people): 295,000.75 RUB owed, 120,000.50 RUB recovered",
  );
  checkConsole();
  checkServerErrors();

  // The co-worker's own page: the same claim, his line first.
  await page.goto(`/victims/${bakhtiyor.id}`);
  await expect(page.getByTestId("section-labour-claims").getByTestId("labour-claim-mine")).toHaveText(
    "This person: 95,000.75 RUB owed, 0 RUB recovered",
  );

  // On a 360 px phone the section fits the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/victims/${sherzod.id}`);
  const onPhone = page.getByTestId("section-labour-claims");
  await expect(onPhone.getByTestId("labour-claim-totals")).toBeVisible();
  await onPhone.locator("summary", { hasText: "Change the claim" }).click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await onPhone.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});
