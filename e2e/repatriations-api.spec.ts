import { expect, test } from "@playwright/test";
import { createApiTokenFor, createUserIn } from "./fixtures/factories";

test("the two sides move a repatriation through the API; a third organisation sees none of it", async ({ playwright }) => {
  const context = (userId: string) =>
    createApiTokenFor(userId).then((token) =>
      playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL, extraHTTPHeaders: { authorization: `Bearer ${token}` } }),
    );
  const almaty = await context((await createUserIn("Almaty Crisis Centre", "COORDINATOR")).id);
  const tashkent = await context((await createUserIn("Safe Return Tashkent", "COORDINATOR")).id);
  const bishkek = await context((await createUserIn("Bishkek Migrant Support", "COORDINATOR")).id);
  const tashkentOrg = (await (await tashkent.get("/api/v1/me")).json()).organisation.id;

  const person = await (
    await almaty.post("/api/v1/victims", { data: { givenName: "Мохира", familyName: "Саидова", sex: "FEMALE", estimatedAge: 26, citizenships: ["UZ"], identifiedOn: "2026-05-01", identifiedBy: "POLICE" } })
  ).json();
  const created = await almaty.post("/api/v1/repatriations", { data: { victimId: person.id, receivingOrganisationId: tashkentOrg } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  const refused = await almaty.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "REQUESTED" } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.message).toBe("Record the person's consent to return home and their consent to share their record with the receiving organisation first.");
  expect((await tashkent.get(`/api/v1/repatriations/${id}`)).status()).toBe(404);

  // The consents belong to the record's case work (the record page records them; tested in referrals.spec.ts).
  const { recordConsentDirect } = await import("./fixtures/consents");
  await recordConsentDirect(person.id, "RETURN", null);
  await recordConsentDirect(person.id, "SHARING", tashkentOrg);

  expect((await (await almaty.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "REQUESTED" } })).json()).status).toBe("REQUESTED");
  const seen = await (await tashkent.get(`/api/v1/repatriations/${id}`)).json();
  expect(seen).toMatchObject({ status: "REQUESTED", side: "RECEIVING", nextMoves: ["ACCEPTED", "DECLINED", "CANCELLED"], waitingOn: "RECEIVING" });
  const wrongSide = await almaty.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "ACCEPTED" } });
  expect((await wrongSide.json()).error.message).toBe("This step belongs to the other organisation.");
  expect((await (await tashkent.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "ACCEPTED" } })).json()).status).toBe("ACCEPTED");

  // Messages and the checklist, on both sides.
  expect((await tashkent.post(`/api/v1/repatriations/${id}/messages`, { data: { text: "We will meet her at the airport" } })).status()).toBe(201);
  const thread = await (await almaty.get(`/api/v1/repatriations/${id}/messages`)).json();
  expect(thread.items.map((m: { text: string }) => m.text)).toEqual(["We will meet her at the airport"]);
  const task = await (await almaty.post(`/api/v1/repatriations/${id}/tasks`, { data: { title: "Certificate of return from the consulate", assigneeSide: "SENDING" } })).json();
  expect((await tashkent.post(`/api/v1/repatriations/${id}/tasks/${task.id}/done`)).status()).toBe(404);
  expect((await almaty.post(`/api/v1/repatriations/${id}/tasks/${task.id}/done`)).status()).toBe(200);
  expect((await bishkek.get(`/api/v1/repatriations/${id}/messages`)).status()).toBe(404);

  // A step's record: PATCH writes the fields of the current step, for the side that works it.
  expect((await tashkent.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "RISK_ASSESSMENT" } })).status()).toBe(200);
  const notTheirs = await almaty.patch(`/api/v1/repatriations/${id}`, { data: { riskOutcome: "SAFE" } });
  expect(notTheirs.status()).toBe(422);
  expect((await tashkent.patch(`/api/v1/repatriations/${id}`, { data: { riskOutcome: "BRILLIANT" } })).status()).toBe(400);
  expect((await tashkent.patch(`/api/v1/repatriations/${id}`, { data: { riskOutcome: "SAFE", riskNotes: "Parents welcome her" } })).status()).toBe(200);
  const tooEarly = await almaty.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "CANCELLED", reason: "x", travelDate: "2026-12-01" } });
  expect((await tooEarly.json()).error.message).toBe("This field belongs to another step of the case.");
  expect((await bishkek.patch(`/api/v1/repatriations/${id}`, { data: { riskOutcome: "NOT_SAFE" } })).status()).toBe(404);

  expect((await bishkek.get(`/api/v1/repatriations/${id}`)).status()).toBe(404);
  expect((await bishkek.get(`/api/v1/victims/${person.id}`)).status()).toBe(404);
  expect((await (await bishkek.get("/api/v1/repatriations")).json()).items.map((r: { id: string }) => r.id)).not.toContain(id);
  for (const api of [almaty, tashkent, bishkek]) await api.dispose();
});
