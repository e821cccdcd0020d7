import { expect, test } from "@playwright/test";
import { expectMatchesOperation } from "./fixtures/api";
import { createApiTokenFor, createUserIn } from "./fixtures/factories";

test("the victims API registers, searches, edits with versions and refuses impossible dates", async ({
  playwright,
}) => {
  const coordinator = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const surname = `Абдуллаева${Math.floor(Math.random() * 1e6)}`;
  const created = await api.post("/api/v1/victims", {
    data: {
      givenName: "Шахноза",
      familyName: surname,
      sex: "FEMALE",
      birthDate: "2000-02-29",
      citizenships: ["UZ"],
      identifiedOn: "2026-04-01",
      identifiedBy: "HOTLINE",
    },
  });
  expect(created.status()).toBe(201);
  await expectMatchesOperation(created, "POST /api/v1/victims");
  const victim = await created.json();
  expect(victim.caseNumber).toMatch(/^TSH-\d{4}-\d{5}$/);
  const read = await api.get(`/api/v1/victims/${victim.id}`);
  expect(await expectMatchesOperation(read, "GET /api/v1/victims/{id}")).toMatchObject({
    id: victim.id,
    shared: false,
    birthDate: "2000-02-29",
    version: 1,
  });

  const latin = surname.replace("Абдуллаева", "Abdullaeva");
  const found = await expectMatchesOperation(
    await api.get(`/api/v1/victims?q=${encodeURIComponent(`Shakhnoza ${latin}`)}`),
    "GET /api/v1/victims",
  );
  expect(found.items.map((v: { id: string }) => v.id)).toEqual([victim.id]);

  const future = await api.post("/api/v1/victims", {
    data: { givenName: "X", sex: "MALE", birthDate: "2099-01-01", identifiedOn: "2026-01-01", identifiedBy: "OTHER" },
  });
  expect(future.status()).toBe(400);
  await expectMatchesOperation(future, "POST /api/v1/victims");
  expect((await future.json()).error.fields.birthDate).toBe("This date is in the future.");

  const beforeBirth = await api.patch(`/api/v1/victims/${victim.id}`, {
    data: { version: 1, events: [{ kind: "EXPLOITATION", countryCode: "RU", startedOn: "1999-01-01" }] },
  });
  expect(beforeBirth.status()).toBe(400);
  await expectMatchesOperation(beforeBirth, "PATCH /api/v1/victims/{id}");
  expect((await beforeBirth.json()).error.fields["events.0.startedOn"]).toBe("This date is before the person's birth.");

  const edited = await api.patch(`/api/v1/victims/${victim.id}`, {
    data: { version: 1, riskLevel: "HIGH", exploitationTypes: ["FORCED_LABOUR"] },
  });
  expect(edited.status()).toBe(200);
  expect(await expectMatchesOperation(edited, "PATCH /api/v1/victims/{id}")).toMatchObject({
    riskLevel: "HIGH",
    exploitationTypes: ["FORCED_LABOUR"],
    version: 2,
    familyName: surname,
  });
  const stale = await api.patch(`/api/v1/victims/${victim.id}`, { data: { version: 1, riskLevel: "LOW" } });
  expect(stale.status()).toBe(409);
  await expectMatchesOperation(stale, "PATCH /api/v1/victims/{id}");
  expect((await stale.json()).error.fields).toMatchObject({
    riskLevel: "Changed by someone else while you were editing.",
  });

  const referral = await api.post(`/api/v1/victims/${victim.id}/referrals`, {
    data: { toOrganisationId: "00000000-0000-4000-8000-000000000000", reason: "test" },
  });
  expect(referral.status()).toBe(400);
  await expectMatchesOperation(referral, "POST /api/v1/victims/{id}/referrals");
  const duplicates = await expectMatchesOperation(
    await api.post("/api/v1/victims/duplicate-check", {
      data: { familyName: latin, givenName: "Shahnoza", birthDate: "2000-02-29" },
    }),
    "POST /api/v1/victims/duplicate-check",
  );
  expect(duplicates.matches).toEqual([
    {
      victimId: victim.id,
      caseNumber: victim.caseNumber,
      organisationName: "Safe Return Tashkent",
      sameOrganisation: true,
      reason: "name_and_birth_date",
    },
  ]);
  await api.dispose();
});
