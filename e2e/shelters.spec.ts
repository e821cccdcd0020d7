import { expect, test, type Page } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { expectMatchesOperation } from "./fixtures/api";
import { createApiTokenFor, createUserIn, E2E_PASSWORD, unique } from "./fixtures/factories";
import { recordConsentDirect } from "./fixtures/consents";

async function counts(page: Page) {
  const read = async (key: string) => Number(await page.locator(`[data-count="${key}"] strong`).textContent());
  return { occupied: await read("occupied"), held: await read("held"), free: await read("free") };
}

test("a placement is requested by another organisation, accepted, admitted, served and discharged; the bed board follows", async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(60_000);
  const checkServerErrors = failOnServerErrors(page);
  const address = `${unique("Secret street")} 5`;
  const shelterName = unique("Almaty Test Shelter");
  const shelterCoordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const shelterApi = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(shelterCoordinator.id)}` },
  });
  const { id: shelterId } = await expectMatchesOperation(
    await shelterApi.post("/api/v1/shelters", {
      data: { name: shelterName, city: "Almaty", countryCode: "KZ", address, population: "WOMEN", capacity: 2 },
    }),
    "POST /api/v1/shelters",
  );

  const shelterOrganisationId = (await (await shelterApi.get("/api/v1/me")).json()).organisation.id as string;

  // Asking for a placement shares the person: those who may refer ask.
  const requester = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const requesterApi = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(requester.id)}` },
  });
  const person = await (
    await requesterApi.post("/api/v1/victims", {
      data: {
        givenName: "Айпери",
        familyName: unique("Асанова"),
        sex: "FEMALE",
        estimatedAge: 23,
        identifiedOn: "2026-05-01",
        identifiedBy: "NGO_OUTREACH",
      },
    })
  ).json();

  // The requester sees free beds, never the address, and cannot open the shelter.
  const free = await requesterApi.get("/api/v1/shelters/availability?city=Almaty");
  expect((await expectMatchesOperation(free, "GET /api/v1/shelters/availability")).items.map((s) => s.name)).toContain(
    shelterName,
  );
  expect(await free.text()).not.toContain(address);
  const board = await requesterApi.get(`/api/v1/shelters/${shelterId}`);
  expect(board.status()).toBe(404);
  await expectMatchesOperation(board, "GET /api/v1/shelters/{id}");

  await signIn(page, requester.email, E2E_PASSWORD);
  await page.goto("/shelters/availability?city=Almaty");
  expect(await page.content()).not.toContain(address);
  const card = page.locator(`[data-shelter="${shelterName}"]`);
  await expect(card).toContainText("2 free beds");
  await card.locator("summary", { hasText: "Ask for a placement" }).click();
  await card.getByLabel("Person").selectOption({ label: `${person.caseNumber} · Айпери ${person.familyName}` });
  await card.getByLabel("What the shelter needs to know").fill("Woman, 23, needs a safe place tonight");
  await card.getByRole("button", { name: "Ask for a placement" }).click();
  // Without the person's consent to share with the shelter's organisation, the request is
  // refused, with the reason next to the person.
  await expect(
    card.getByText("The person has not consented to sharing with this organisation. Record the consent first.").first(),
  ).toBeVisible();
  await recordConsentDirect(person.id, "SHARING", shelterOrganisationId);
  await card.getByRole("button", { name: "Ask for a placement" }).click();
  await expect(card.getByText("Request sent.")).toBeVisible();
  expect((await page.goto(`/shelters/${shelterId}`))?.status()).toBe(404);

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, shelterCoordinator.email, E2E_PASSWORD);
  await staff.goto(`/shelters/${shelterId}`);
  await expect(staff.getByText(address)).toBeVisible();
  expect(await counts(staff)).toEqual({ occupied: 0, held: 0, free: 2 });

  await staff.goto("/shelters/requests");
  const request = staff.locator("li", { hasText: "Woman, 23, needs a safe place tonight" });
  await request.getByRole("button", { name: "Send the answer" }).click();
  await request.getByRole("button", { name: "Yes, send the answer" }).click();
  await expect(request).toContainText("Accepted, bed held");
  await staff.goto(`/shelters/${shelterId}`);
  expect(await counts(staff)).toEqual({ occupied: 0, held: 1, free: 1 });

  await staff
    .getByLabel("Person")
    .selectOption({ label: `${person.caseNumber} · Айпери ${person.familyName} (bed held)` });
  await staff.getByRole("button", { name: "Admit a person" }).click();
  await expect(staff.getByText("Admitted.")).toBeVisible();
  await expect(staff.getByTestId("residents")).toContainText(`Айпери ${person.familyName}`);
  expect(await counts(staff)).toEqual({ occupied: 1, held: 0, free: 1 });

  const resident = staff.locator(`[data-resident="Айпери ${person.familyName}"]`);
  await resident.locator("summary").click();
  await resident.getByLabel("Service").selectOption("LEGAL");
  await resident.getByRole("button", { name: "Record the service" }).click();
  await expect(resident.getByTestId("services")).toContainText("Legal");

  await resident.getByLabel("Going to").selectOption("RETURNED_HOME_REPATRIATED");
  // A server-side refusal lands next to its field, in the user's language, and keeps the input.
  const dischargedOn = resident.getByLabel("Discharged on");
  const today = await dischargedOn.inputValue();
  await dischargedOn.fill("2020-01-01");
  await resident.getByRole("button", { name: "Discharge" }).click();
  await resident.getByRole("button", { name: "Yes, discharge" }).click();
  await expect(resident.getByText("Discharge cannot be before admission.")).toBeVisible();
  await expect(resident.getByLabel("Going to")).toHaveValue("RETURNED_HOME_REPATRIATED");
  await dischargedOn.fill(today);
  await resident.getByRole("button", { name: "Discharge" }).click();
  await resident.getByRole("button", { name: "Yes, discharge" }).click();
  await expect(staff.getByText("Nobody is staying here now.")).toBeVisible();
  expect(await counts(staff)).toEqual({ occupied: 0, held: 0, free: 2 });

  await shelterApi.dispose();
  await requesterApi.dispose();
  checkServerErrors();
});

test("the API refuses a full shelter and bad stay input clearly", async ({ playwright }) => {
  const coordinator = await createUserIn("Dushanbe Reintegration Centre", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const { id: shelterId } = await expectMatchesOperation(
    await api.post("/api/v1/shelters", {
      data: { name: unique("Tiny shelter"), city: "Khujand", countryCode: "TJ", population: "MEN", capacity: 1 },
    }),
    "POST /api/v1/shelters",
  );
  const make = async () =>
    (
      await (
        await api.post("/api/v1/victims", {
          data: { givenName: "Тест", sex: "MALE", estimatedAge: 30, identifiedOn: "2026-05-01", identifiedBy: "OTHER" },
        })
      ).json()
    ).id as string;
  const first = await make();
  const second = await make();
  const admitted = await api.post(`/api/v1/shelters/${shelterId}/stays`, {
    data: { victimId: first, admittedAt: "2026-05-02" },
  });
  expect(admitted.status()).toBe(201);
  await expectMatchesOperation(admitted, "POST /api/v1/shelters/{id}/stays");
  const full = await api.post(`/api/v1/shelters/${shelterId}/stays`, {
    data: { victimId: second, admittedAt: "2026-05-02" },
  });
  expect(full.status()).toBe(409);
  await expectMatchesOperation(full, "POST /api/v1/shelters/{id}/stays");
  expect((await full.json()).error.message).toBe("The shelter is full: no free bed (held beds count as taken).");
  const future = await api.post(`/api/v1/shelters/${shelterId}/stays`, {
    data: { victimId: second, admittedAt: "2099-01-01" },
  });
  expect(future.status()).toBe(400);
  await expectMatchesOperation(future, "POST /api/v1/shelters/{id}/stays");
  const { id: stayId } = await admitted.json();
  // The bed board shows the resident to the organisation that admitted them.
  const board = await expectMatchesOperation(
    await api.get(`/api/v1/shelters/${shelterId}`),
    "GET /api/v1/shelters/{id}",
  );
  expect(board.counts).toMatchObject({ capacity: 1, occupied: 1, free: 0 });
  expect(board.residents.map((r) => [r.stayId, r.victimId])).toEqual([[stayId, first]]);
  const early = await api.patch(`/api/v1/shelter-stays/${stayId}`, {
    data: { version: 1, discharge: { dischargedAt: "2026-04-01", exitDestination: "FAMILY" } },
  });
  expect(early.status()).toBe(400);
  await expectMatchesOperation(early, "PATCH /api/v1/shelter-stays/{id}");
  expect((await early.json()).error.fields["discharge.dischargedAt"]).toBe("Discharge cannot be before admission.");
  const served = await api.patch(`/api/v1/shelter-stays/${stayId}`, {
    data: { version: 1, addService: { kind: "MEDICAL", providedOn: "2026-05-03" } },
  });
  expect(await expectMatchesOperation(served, "PATCH /api/v1/shelter-stays/{id}")).toEqual({ version: 2 });
  await api.dispose();
});

test("#14.3 the requester withdraws an accepted placement request: asked to confirm, the bed is released and the shelter loses the person", async ({
  page,
  playwright,
}) => {
  test.setTimeout(60_000);
  const checkServerErrors = failOnServerErrors(page);
  const shelterName = unique("Withdraw Test Shelter");
  const shelterCoordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const shelterApi = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(shelterCoordinator.id)}` },
  });
  const { id: shelterId } = await expectMatchesOperation(
    await shelterApi.post("/api/v1/shelters", {
      data: { name: shelterName, city: "Almaty", countryCode: "KZ", population: "WOMEN", capacity: 1 },
    }),
    "POST /api/v1/shelters",
  );
  const shelterOrganisationId = (await (await shelterApi.get("/api/v1/me")).json()).organisation.id as string;

  const requester = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const requesterApi = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(requester.id)}` },
  });
  const person = await (
    await requesterApi.post("/api/v1/victims", {
      data: {
        givenName: "Жылдыз",
        familyName: unique("Токтогулова"),
        sex: "FEMALE",
        estimatedAge: 31,
        identifiedOn: "2026-05-01",
        identifiedBy: "NGO_OUTREACH",
      },
    })
  ).json();
  await recordConsentDirect(person.id, "SHARING", shelterOrganisationId);
  const note = unique("Woman, 31, with a child");
  const created = await requesterApi.post("/api/v1/placement-requests", {
    data: { shelterId, victimId: person.id, note },
  });
  expect(created.status()).toBe(201);
  const { id: requestId } = await expectMatchesOperation(created, "POST /api/v1/placement-requests");
  const answered = await shelterApi.post(`/api/v1/placement-requests/${requestId}/answer`, {
    data: { decision: "ACCEPT", holdHours: 24 },
  });
  expect(answered.status()).toBe(200);
  await expectMatchesOperation(answered, "POST /api/v1/placement-requests/{id}/answer");
  // Both sides list the request: the shelter's incoming, the requester's outgoing.
  const incoming = await expectMatchesOperation(
    await shelterApi.get("/api/v1/placement-requests"),
    "GET /api/v1/placement-requests",
  );
  expect(incoming.incoming.find((r) => r.id === requestId)).toMatchObject({
    status: "ACCEPTED",
    note,
    fromOrganisation: "Bishkek Migrant Support",
  });
  const outgoing = await expectMatchesOperation(
    await requesterApi.get("/api/v1/placement-requests"),
    "GET /api/v1/placement-requests",
  );
  expect(outgoing.outgoing.find((r) => r.id === requestId)).toMatchObject({ status: "ACCEPTED", victimId: person.id });
  // Only the requesting organisation may withdraw it.
  const notTheirs = await shelterApi.post(`/api/v1/placement-requests/${requestId}/withdraw`);
  expect(notTheirs.status()).toBe(404);
  await expectMatchesOperation(notTheirs, "POST /api/v1/placement-requests/{id}/withdraw");
  // Accepted: the shelter sees the person's minimal record (a shared record) and holds the bed.
  const shared = await shelterApi.get(`/api/v1/victims/${person.id}`);
  expect(shared.status()).toBe(200);
  expect(await expectMatchesOperation(shared, "GET /api/v1/victims/{id}")).toMatchObject({
    id: person.id,
    shared: true,
  });
  const held = (await expectMatchesOperation(await shelterApi.get("/api/v1/shelters"), "GET /api/v1/shelters")).items;
  expect(held.find((s) => s.id === shelterId)?.held).toBe(1);

  await signIn(page, requester.email, E2E_PASSWORD);
  await page.goto("/shelters/requests");
  const request = page.getByTestId("outgoing-placements").locator("li", { hasText: note });
  await expect(request).toContainText("Accepted, bed held");
  await request.getByRole("button", { name: "Withdraw the request" }).click();
  // Nothing happens before the confirmation, and "keep" keeps it.
  await expect(request.getByText("A bed held for the person is released")).toBeVisible();
  await request.getByRole("button", { name: "Keep the request" }).click();
  await expect(request).toContainText("Accepted, bed held");
  expect((await shelterApi.get(`/api/v1/victims/${person.id}`)).status()).toBe(200);

  await request.getByRole("button", { name: "Withdraw the request" }).click();
  await request.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(page.getByTestId("outgoing-placements").locator("li", { hasText: note })).toContainText("Withdrawn");
  await expect(
    page
      .getByTestId("outgoing-placements")
      .locator("li", { hasText: note })
      .getByRole("button", { name: "Withdraw the request" }),
  ).toHaveCount(0);
  // The bed is free again and the shelter's organisation no longer reaches the person.
  const after = (await (await shelterApi.get("/api/v1/shelters")).json()).items as { id: string; held: number }[];
  expect(after.find((s) => s.id === shelterId)?.held).toBe(0);
  expect((await shelterApi.get(`/api/v1/victims/${person.id}`)).status()).toBe(404);
  // Withdrawn once: a second withdrawal is a conflict.
  const again = await requesterApi.post(`/api/v1/placement-requests/${requestId}/withdraw`);
  expect(again.status()).toBe(409);
  await expectMatchesOperation(again, "POST /api/v1/placement-requests/{id}/withdraw");

  await shelterApi.dispose();
  await requesterApi.dispose();
  checkServerErrors();
});
