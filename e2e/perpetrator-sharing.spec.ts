// Issue 17: a perpetrator record is shared with a partner only through a grant that names it. Moscow
// refers a woman to Tashkent; her recruiter's record is linked to her. Moscow's coordinator shares
// the record from its page (asked first), Tashkent's coordinator reads it (identifiers, no notes),
// an unrelated organisation and Tashkent's case worker get "not found", and when Moscow ends the
// share Tashkent loses it.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { recordConsentDirect } from "./fixtures/consents";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a coordinator shares a recruiter's record with the partner that took the person, and ends the share", async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const checkServerErrors = failOnServerErrors(page);
  const stamp = crypto.randomUUID().slice(0, 8);
  const sender = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  const receiver = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const receiverCaseWorker = await createUserIn("Safe Return Tashkent", "CASE_WORKER");
  const outsider = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(sender.id)}` },
  });
  const sql = new pg.Client({ connectionString: process.env.MAINTENANCE_DATABASE_URL });
  await sql.connect();
  const tashkent = (await sql.query("SELECT id FROM organisations WHERE name = 'Safe Return Tashkent'")).rows[0];
  const victim = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Гулнора",
        familyName: `Саидова${stamp}`,
        sex: "FEMALE",
        estimatedAge: 26,
        identifiedOn: "2026-03-03",
        identifiedBy: "EMBASSY",
      },
    })
  ).json();
  const name = `Шухрат Вербовщик ${stamp}`;
  const phone = `+99891${String(parseInt(stamp, 16) % 10_000_000).padStart(7, "0")}`;
  const recruiter = await (
    await api.post("/api/v1/perpetrators", {
      data: {
        name,
        roles: ["RECRUITER"],
        source: "VICTIM",
        notes: `Her neighbour's son ${stamp}`,
        identifiers: [{ kind: "PHONE", value: phone }],
      },
    })
  ).json();
  await recordConsentDirect(victim.id, "SHARING", tashkent.id);
  const referral = await api.post(`/api/v1/victims/${victim.id}/referrals`, {
    data: { toOrganisationId: tashkent.id, reason: `Return home ${stamp}`, sharedFields: [] },
  });
  expect(referral.status(), await referral.text()).toBeLessThan(300);
  await api.dispose();
  // The link from the person's account (the form on her page is in e2e/brigade.spec.ts).
  await sql.query(
    `INSERT INTO person_perpetrators (victim_id, perpetrator_id, organisation_id, role, linked_by_id)
     SELECT $1, $2, organisation_id, 'RECRUITER', $3 FROM victims WHERE id = $1`,
    [victim.id, recruiter.id, sender.id],
  );
  await sql.end();

  // Tashkent accepts the referral: it sees the woman, not yet the recruiter.
  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, receiver.email, E2E_PASSWORD);
  await partner.goto("/referrals");
  const card = partner.locator("li", { hasText: `Return home ${stamp}` });
  await card.getByRole("button", { name: "Send the answer" }).click();
  await card.getByRole("button", { name: "Yes, send the answer" }).click();
  await expect(partner.locator("li", { hasText: `Return home ${stamp}` })).toContainText("Accepted");
  expect((await partner.goto(`/perpetrators/${recruiter.id}`))?.status()).toBe(404);

  // Moscow's coordinator shares the record, identifiers included, through that referral.
  await signIn(page, sender.email, E2E_PASSWORD);
  await page.goto(`/perpetrators/${recruiter.id}`);
  const form = page.getByTestId("share-perpetrator-form");
  await form.getByLabel("Partner, through its access to a person linked to this record").selectOption({
    label: (await form.locator("option", { hasText: "Safe Return Tashkent · referral" }).textContent())!,
  });
  await form.getByLabel(/All of that and the identifiers/).check();
  await form.getByRole("button", { name: "Share the record" }).click();
  await expect(form).toContainText("all its identifiers (not its notes)");
  await form.getByRole("button", { name: "Yes, share" }).click();
  await expect(
    page.getByText("Shared with Safe Return Tashkent. Their coordinators now see this record."),
  ).toBeVisible();
  const shares = page.getByTestId("perpetrator-shares");
  await expect(shares).toContainText("Safe Return Tashkent · with identifiers");

  // Tashkent's coordinator finds it in the list and reads it: whose it is, the phone, no notes.
  await partner.goto("/perpetrators");
  await expect(partner.locator("tr", { hasText: name })).toContainText("shared by Moscow Migrant Aid");
  await partner.goto(`/perpetrators/${recruiter.id}`);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(partner.getByTestId("shared-by")).toContainText("Moscow Migrant Aid shared this record");
  await expect(partner.getByTestId("perpetrator-identifiers")).toContainText(phone);
  expect(await partner.content()).not.toContain(`neighbour's son ${stamp}`);
  await expect(partner.getByTestId("share-perpetrator-form")).toHaveCount(0);

  // Nobody else: Tashkent's case worker and an unrelated organisation's coordinator.
  for (const who of [receiverCaseWorker, outsider]) {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, who.email, E2E_PASSWORD);
    const response = await other.goto(`/perpetrators/${recruiter.id}`);
    expect(response?.status()).toBe(404);
    expect(await other.content()).not.toContain(name);
    await other.context().close();
  }

  // Moscow ends the share (asked first); Tashkent no longer sees the record.
  await shares.getByRole("button", { name: "End the share" }).click();
  await expect(shares).toContainText("Safe Return Tashkent will no longer see this record. End the share?");
  await shares.getByRole("button", { name: "Yes, end it" }).click();
  await expect(page.getByText("The share with Safe Return Tashkent has ended")).toBeVisible();
  await expect(shares).toContainText("ended by your organisation");
  expect((await partner.goto(`/perpetrators/${recruiter.id}`))?.status()).toBe(404);
  checkServerErrors();
});
