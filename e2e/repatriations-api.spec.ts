import { expect, test } from "@playwright/test";
import { expectMatchesOperation } from "./fixtures/api";
import { createApiTokenFor, createUserIn } from "./fixtures/factories";

test("the two sides move a repatriation through the API; a third organisation sees none of it", async ({
  playwright,
}) => {
  const context = (userId: string) =>
    createApiTokenFor(userId).then((token) =>
      playwright.request.newContext({
        baseURL: process.env.E2E_BASE_URL,
        extraHTTPHeaders: { authorization: `Bearer ${token}` },
      }),
    );
  const almaty = await context((await createUserIn("Almaty Crisis Centre", "COORDINATOR")).id);
  const tashkent = await context((await createUserIn("Safe Return Tashkent", "COORDINATOR")).id);
  const bishkek = await context((await createUserIn("Bishkek Migrant Support", "COORDINATOR")).id);
  const tashkentOrg = (await (await tashkent.get("/api/v1/me")).json()).organisation.id;

  const person = await (
    await almaty.post("/api/v1/victims", {
      data: {
        givenName: "Мохира",
        familyName: "Саидова",
        sex: "FEMALE",
        estimatedAge: 26,
        citizenships: ["UZ"],
        identifiedOn: "2026-05-01",
        identifiedBy: "POLICE",
      },
    })
  ).json();
  const created = await almaty.post("/api/v1/repatriations", {
    data: { victimId: person.id, receivingOrganisationId: tashkentOrg },
  });
  expect(created.status()).toBe(201);
  const { id } = await expectMatchesOperation(created, "POST /api/v1/repatriations");

  const refused = await almaty.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "REQUESTED" } });
  expect(refused.status()).toBe(422);
  await expectMatchesOperation(refused, "POST /api/v1/repatriations/{id}/transitions");
  expect((await refused.json()).error.message).toBe(
    "Record the person's consent to return home and their consent to share their record with the receiving organisation first.",
  );
  const notYet = await tashkent.get(`/api/v1/repatriations/${id}`);
  expect(notYet.status()).toBe(404);
  await expectMatchesOperation(notYet, "GET /api/v1/repatriations/{id}");

  // The consents belong to the record's case work (the record page records them; tested in referrals.spec.ts).
  const { recordConsentDirect } = await import("./fixtures/consents");
  await recordConsentDirect(person.id, "RETURN", null);
  await recordConsentDirect(person.id, "SHARING", tashkentOrg);

  expect(
    (
      await expectMatchesOperation(
        await almaty.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "REQUESTED" } }),
        "POST /api/v1/repatriations/{id}/transitions",
      )
    ).status,
  ).toBe("REQUESTED");
  const seen = await expectMatchesOperation(
    await tashkent.get(`/api/v1/repatriations/${id}`),
    "GET /api/v1/repatriations/{id}",
  );
  expect(seen).toMatchObject({
    status: "REQUESTED",
    side: "RECEIVING",
    nextMoves: ["ACCEPTED", "DECLINED", "CANCELLED"],
    waitingOn: "RECEIVING",
  });
  const wrongSide = await almaty.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "ACCEPTED" } });
  expect((await wrongSide.json()).error.message).toBe("This step belongs to the other organisation.");
  expect(
    (await (await tashkent.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "ACCEPTED" } })).json())
      .status,
  ).toBe("ACCEPTED");

  // Messages and the checklist, on both sides.
  const written = await tashkent.post(`/api/v1/repatriations/${id}/messages`, {
    data: { text: "We will meet her at the airport" },
  });
  expect(written.status()).toBe(201);
  await expectMatchesOperation(written, "POST /api/v1/repatriations/{id}/messages");
  const thread = await expectMatchesOperation(
    await almaty.get(`/api/v1/repatriations/${id}/messages`),
    "GET /api/v1/repatriations/{id}/messages",
  );
  expect(thread.items.map((m: { text: string }) => m.text)).toEqual(["We will meet her at the airport"]);
  const task = await expectMatchesOperation(
    await almaty.post(`/api/v1/repatriations/${id}/tasks`, {
      data: { title: "Certificate of return from the consulate", assigneeSide: "SENDING" },
    }),
    "POST /api/v1/repatriations/{id}/tasks",
  );
  const checklist = await expectMatchesOperation(
    await tashkent.get(`/api/v1/repatriations/${id}/tasks`),
    "GET /api/v1/repatriations/{id}/tasks",
  );
  expect(checklist.items.find((t) => t.id === task.id)).toMatchObject({
    title: "Certificate of return from the consulate",
    assigneeSide: "SENDING",
    doneOn: null,
  });
  const otherSide = await tashkent.post(`/api/v1/repatriations/${id}/tasks/${task.id}/done`);
  expect(otherSide.status()).toBe(404);
  await expectMatchesOperation(otherSide, "POST /api/v1/repatriations/{id}/tasks/{taskId}/done");
  const done = await almaty.post(`/api/v1/repatriations/${id}/tasks/${task.id}/done`);
  expect(done.status()).toBe(200);
  await expectMatchesOperation(done, "POST /api/v1/repatriations/{id}/tasks/{taskId}/done");
  const outsider = await bishkek.get(`/api/v1/repatriations/${id}/messages`);
  expect(outsider.status()).toBe(404);
  await expectMatchesOperation(outsider, "GET /api/v1/repatriations/{id}/messages");

  // A step's record: PATCH writes the fields of the current step, for the side that works it.
  expect(
    (await tashkent.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "RISK_ASSESSMENT" } })).status(),
  ).toBe(200);
  const notTheirs = await almaty.patch(`/api/v1/repatriations/${id}`, { data: { riskOutcome: "SAFE" } });
  expect(notTheirs.status()).toBe(422);
  await expectMatchesOperation(notTheirs, "PATCH /api/v1/repatriations/{id}");
  const invalid = await tashkent.patch(`/api/v1/repatriations/${id}`, { data: { riskOutcome: "BRILLIANT" } });
  expect(invalid.status()).toBe(400);
  await expectMatchesOperation(invalid, "PATCH /api/v1/repatriations/{id}");
  const assessed = await tashkent.patch(`/api/v1/repatriations/${id}`, {
    data: { riskOutcome: "SAFE", riskNotes: "Parents welcome her" },
  });
  expect(assessed.status()).toBe(200);
  expect(await expectMatchesOperation(assessed, "PATCH /api/v1/repatriations/{id}")).toEqual({
    status: "RISK_ASSESSMENT",
  });
  const record = await expectMatchesOperation(
    await almaty.get(`/api/v1/repatriations/${id}`),
    "GET /api/v1/repatriations/{id}",
  );
  expect(record).toMatchObject({ side: "SENDING", record: { riskOutcome: "SAFE", riskNotes: "Parents welcome her" } });
  const tooEarly = await almaty.post(`/api/v1/repatriations/${id}/transitions`, {
    data: { to: "CANCELLED", reason: "x", travelDate: "2026-12-01" },
  });
  expect((await tooEarly.json()).error.message).toBe("This field belongs to another step of the case.");
  expect((await bishkek.patch(`/api/v1/repatriations/${id}`, { data: { riskOutcome: "NOT_SAFE" } })).status()).toBe(
    404,
  );

  expect((await bishkek.get(`/api/v1/repatriations/${id}`)).status()).toBe(404);
  expect((await bishkek.get(`/api/v1/victims/${person.id}`)).status()).toBe(404);
  expect(
    (await expectMatchesOperation(await bishkek.get("/api/v1/repatriations"), "GET /api/v1/repatriations")).items.map(
      (r) => r.id,
    ),
  ).not.toContain(id);
  const board = await expectMatchesOperation(
    await almaty.get("/api/v1/repatriations?open=1&limit=100"),
    "GET /api/v1/repatriations",
  );
  expect(board.items.find((r) => r.id === id)).toMatchObject({
    status: "RISK_ASSESSMENT",
    side: "SENDING",
    otherOrganisation: "Safe Return Tashkent",
  });
  for (const api of [almaty, tashkent, bishkek]) await api.dispose();
});
