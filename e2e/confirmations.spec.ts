// "Final actions without a word": each action that cannot be undone or that changes what is
// shared first says what will happen and waits; "cancel" leaves the record as it was; confirming
// acts, and a message says what was done, in view even when the refreshed page no longer shows the
// button (the discharged resident's card, the answered request).
import {
  expect,
  test,
  type APIRequestContext,
  type Locator,
  type Page,
  type PlaywrightWorkerArgs,
} from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { expectMatchesOperation } from "./fixtures/api";
import { createApiTokenFor, createUserIn, E2E_PASSWORD, unique } from "./fixtures/factories";
import { recordConsentDirect } from "./fixtures/consents";

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function apiAs(playwright: PlaywrightWorkerArgs["playwright"], userId: string) {
  return playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(userId)}` },
  });
}

async function organisationOf(api: APIRequestContext) {
  return (await (await api.get("/api/v1/me")).json()).organisation.id as string;
}

async function newPerson(api: APIRequestContext, givenName: string, familyName: string) {
  const answer = await api.post("/api/v1/victims", {
    data: {
      givenName,
      familyName,
      sex: "FEMALE",
      estimatedAge: 26,
      identifiedOn: "2026-05-01",
      identifiedBy: "NGO_OUTREACH",
    },
  });
  expect(answer.status()).toBe(201);
  return { ...((await answer.json()) as { id: string; caseNumber: string }), givenName, familyName };
}

/**
 * Presses `button` inside `within`: the first press only asks (the question says `says`); cancel
 * changes nothing (`unchanged` checks it, after a reload too); then press and confirm with
 * `confirm`, and the message `done` is shown.
 */
async function askCancelConfirm(
  page: Page,
  within: () => Locator,
  button: string,
  says: RegExp,
  confirm: string,
  unchanged: () => Promise<void>,
  done: string,
) {
  await within().getByRole("button", { name: button, exact: true }).click();
  const step = within().getByTestId("confirm-step");
  await expect(step).toBeVisible();
  await expect(step).toContainText(says);
  await step.getByRole("button", { name: /^(Cancel|Keep the request)$/ }).click();
  await expect(within().getByTestId("confirm-step")).toHaveCount(0);
  await unchanged();
  await page.reload();
  await unchanged();
  await within().getByRole("button", { name: button, exact: true }).click();
  await within().getByTestId("confirm-step").getByRole("button", { name: confirm }).click();
  await expect(page.getByTestId("flash")).toContainText(done);
}

test("#15.6 a shelter: discharge, the answer to a placement request and closing the shelter ask first and say what was done", async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000);
  const serverErrors = failOnServerErrors(page);
  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const api = await apiAs(playwright, coordinator.id);
  const { id: shelterId } = await (
    await api.post("/api/v1/shelters", {
      data: { name: unique("Confirm Shelter"), city: "Almaty", countryCode: "KZ", population: "WOMEN", capacity: 3 },
    })
  ).json();
  const resident = await newPerson(api, "Салтанат", unique("Жумабаева"));
  expect(
    (
      await api.post(`/api/v1/shelters/${shelterId}/stays`, {
        data: { victimId: resident.id, admittedAt: yesterday() },
      })
    ).status(),
  ).toBe(201);

  const requester = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const requesterApi = await apiAs(playwright, requester.id);
  const asked = await newPerson(requesterApi, "Нургуль", unique("Осмонова"));
  await recordConsentDirect(asked.id, "SHARING", await organisationOf(api));
  const note = unique("Needs a quiet room");
  expect(
    (await requesterApi.post("/api/v1/placement-requests", { data: { shelterId, victimId: asked.id, note } })).status(),
  ).toBe(201);

  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/shelters/${shelterId}`);
  const card = () => page.locator(`[data-resident="${resident.givenName} ${resident.familyName}"]`);
  const openActions = async () => {
    if ((await card().locator("details").getAttribute("open")) === null) await card().locator("summary").click();
  };
  await openActions();
  await askCancelConfirm(
    page,
    card,
    "Discharge",
    /The stay ends and the bed is free/,
    "Yes, discharge",
    async () => {
      await expect(page.getByTestId("residents")).toContainText(resident.familyName);
      await openActions();
    },
    "Discharged.",
  );
  await expect(page.getByText("Nobody is staying here now.")).toBeVisible();

  await page.goto("/shelters/requests");
  const request = () => page.locator("li", { hasText: note });
  await askCancelConfirm(
    page,
    request,
    "Send the answer",
    /A bed is held for the person for 48 hours/,
    "Yes, send the answer",
    async () => expect(request().getByRole("button", { name: "Send the answer" })).toBeVisible(),
    "Answer sent.",
  );
  await expect(request()).toContainText("Accepted, bed held");

  await page.goto(`/shelters/${shelterId}`);
  const closing = () => page.getByTestId("shelter-active");
  await askCancelConfirm(
    page,
    closing,
    "Close the shelter",
    /takes no new admissions/,
    "Yes, close the shelter",
    async () => expect(closing().getByRole("button", { name: "Close the shelter" })).toBeVisible(),
    "Shelter closed.",
  );
  await expect(closing().getByRole("button", { name: "Reopen the shelter" })).toBeVisible();
  await api.dispose();
  await requesterApi.dispose();
  serverErrors();
});

test("#15.6 sharing: accepting a referral, revoking one and withdrawing a consent ask first and say what was done", async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(180_000);
  const serverErrors = failOnServerErrors(page);
  const sender = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  const receiver = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const api = await apiAs(playwright, sender.id);
  const receiverApi = await apiAs(playwright, receiver.id);
  const tashkentId = await organisationOf(receiverApi);
  const bishkekApi = await apiAs(playwright, (await createUserIn("Bishkek Migrant Support", "COORDINATOR")).id);
  const bishkekId = await organisationOf(bishkekApi);
  await bishkekApi.dispose();
  const person = await newPerson(api, "Дильноза", unique("Рахимова"));
  await recordConsentDirect(person.id, "SHARING", tashkentId);
  await recordConsentDirect(person.id, "SHARING", bishkekId);
  // One open referral per organisation: one to Tashkent (accepted), one to Bishkek (revoked).
  const acceptedReason = unique("Return home, accepted");
  const revokedReason = unique("Legal help, revoked");
  const referred = await api.post(`/api/v1/victims/${person.id}/referrals`, {
    data: { toOrganisationId: tashkentId, reason: acceptedReason },
  });
  expect(referred.status()).toBe(201);
  expect(await expectMatchesOperation(referred, "POST /api/v1/victims/{id}/referrals")).toMatchObject({
    status: "PENDING",
    reason: acceptedReason,
    toOrganisation: "Safe Return Tashkent",
  });
  expect(
    (
      await api.post(`/api/v1/victims/${person.id}/referrals`, {
        data: { toOrganisationId: bishkekId, reason: revokedReason },
      })
    ).status(),
  ).toBe(201);

  const tashkent = await (await browser.newContext()).newPage();
  await signIn(tashkent, receiver.email, E2E_PASSWORD);
  await tashkent.goto("/referrals");
  const incoming = () => tashkent.locator("li", { hasText: acceptedReason });
  await askCancelConfirm(
    tashkent,
    incoming,
    "Send the answer",
    /Your organisation takes on the case/,
    "Yes, send the answer",
    async () => expect(incoming()).toContainText("Waiting for an answer"),
    "Answer sent.",
  );
  await expect(incoming()).toContainText("Accepted");

  await signIn(page, sender.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  const referral = () => page.getByTestId("referrals").locator("li", { hasText: revokedReason });
  await askCancelConfirm(
    page,
    referral,
    "Revoke",
    /loses access to the person's record at once/,
    "Yes, revoke",
    async () => expect(referral()).toContainText("Waiting for an answer"),
    "Referral revoked.",
  );
  await expect(referral()).toContainText("Revoked");

  const consent = () => page.getByTestId("consents").locator("li", { hasText: "Safe Return Tashkent" });
  await askCancelConfirm(
    page,
    consent,
    "Withdraw",
    /From today it no longer counts/,
    "Yes, withdraw",
    async () => expect(consent()).not.toContainText("withdrawn on"),
    "Consent withdrawn.",
  );
  await expect(consent()).toContainText("withdrawn on");
  // The withdrawal took the accepted referral with it: Tashkent no longer reaches the person.
  expect((await receiverApi.get(`/api/v1/victims/${person.id}`)).status()).toBe(404);
  await api.dispose();
  await receiverApi.dispose();
  serverErrors();
});

test("#15.6 a repatriation request: accepting asks first and says what was done", async ({ page, playwright }) => {
  test.setTimeout(180_000);
  const sender = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const receiver = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const api = await apiAs(playwright, sender.id);
  const receiverApi = await apiAs(playwright, receiver.id);
  const tashkentId = await organisationOf(receiverApi);
  const person = await newPerson(api, "Зарина", unique("Юсупова"));
  await recordConsentDirect(person.id, "RETURN", null);
  await recordConsentDirect(person.id, "SHARING", tashkentId);
  const created = await api.post("/api/v1/repatriations", {
    data: { victimId: person.id, receivingOrganisationId: tashkentId },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await api.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "REQUESTED" } })).status()).toBe(200);

  await signIn(page, receiver.email, E2E_PASSWORD);
  await page.goto(`/repatriations/${id}`);
  const accept = () => page.getByTestId("move-ACCEPTED");
  await askCancelConfirm(
    page,
    accept,
    "Accept",
    /Your organisation takes on the return home/,
    "Yes, go ahead",
    async () => expect(page.getByTestId("case-status")).toHaveText("Requested"),
    "Done: the case has moved on.",
  );
  await expect(page.getByTestId("case-status")).toHaveText("Accepted");
  await api.dispose();
  await receiverApi.dispose();
});

test("#15.6 members: adding says so; deactivating and ending sessions ask first and say what was done", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await createUserIn("Dushanbe Reintegration Centre", "ORG_ADMIN");
  await signIn(page, admin.email, E2E_PASSWORD);

  // Adding a member said nothing before: now it names who was invited.
  await page.goto("/admin/members/new");
  const name = unique("Farrukh Nazarov");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(`${unique("farrukh")}@dushanbe.example`);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation for ${name} created.`)).toBeVisible();

  const member = await createUserIn("Dushanbe Reintegration Centre", "CASE_WORKER");
  const memberPage = await (await browser.newContext()).newPage();
  await signIn(memberPage, member.email, E2E_PASSWORD);
  await page.goto(`/admin/members/${member.membershipId}`);
  const sessions = () => page.getByTestId("end-sessions");
  await askCancelConfirm(
    page,
    sessions,
    "End all sessions of this member",
    /signed out on every device at once/,
    "Yes, end all sessions",
    async () => {
      await memberPage.goto("/settings");
      await expect(memberPage).toHaveURL(/\/settings$/);
    },
    "All sessions of this member have ended.",
  );
  await memberPage.goto("/settings");
  await expect(memberPage).toHaveURL(/\/sign-in/);

  const deactivate = () => page.getByTestId("deactivate-member");
  await askCancelConfirm(
    page,
    deactivate,
    "Deactivate",
    /cannot sign in until reactivated/,
    "Yes, deactivate",
    async () => expect(page.getByTestId("member-status")).toHaveText("Active"),
    "Member deactivated. They can no longer sign in.",
  );
  await expect(page.getByTestId("member-status")).toHaveText("Deactivated");

  // Signing oneself out everywhere asks first too; cancel keeps this session.
  await memberPage.context().close();
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByTestId("confirm-step")).toContainText("Every session of yours ends, this one too");
  await page.getByTestId("confirm-step").getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page).toHaveURL(/\/settings$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("#15.6 a final action never happens unasked: the discharge form's post only shows the page again", async ({
    page,
    playwright,
  }) => {
    const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
    const api = await apiAs(playwright, coordinator.id);
    const { id: shelterId } = await (
      await api.post("/api/v1/shelters", {
        data: {
          name: unique("No-script Shelter"),
          city: "Almaty",
          countryCode: "KZ",
          population: "WOMEN",
          capacity: 2,
        },
      })
    ).json();
    const resident = await newPerson(api, "Гульмира", unique("Сейткали"));
    expect(
      (
        await api.post(`/api/v1/shelters/${shelterId}/stays`, {
          data: { victimId: resident.id, admittedAt: yesterday() },
        })
      ).status(),
    ).toBe(201);
    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
    expect(
      (
        await page.request.post("/api/auth/callback/credentials", {
          form: { csrfToken, email: coordinator.email, password: E2E_PASSWORD, json: "true" },
        })
      ).ok(),
    ).toBe(true);

    await page.goto(`/shelters/${shelterId}`);
    const card = page.locator(`[data-resident="${resident.givenName} ${resident.familyName}"]`);
    // The board carries one resident's forms at a time: without JavaScript, the fold's link asks
    // for this resident's, and the board comes back with them open.
    await expect(card.getByRole("button", { name: "Discharge", exact: true })).toHaveCount(0);
    await card.locator("summary").click();
    await card.getByRole("link", { name: "Open services, move and discharge for this resident" }).click();
    await expect(page).toHaveURL(/\?stay=[0-9a-f-]{36}#stay-/);
    const posted = page.waitForRequest((request) => request.isNavigationRequest());
    await card.getByRole("button", { name: "Discharge", exact: true }).click();
    expect((await posted).method()).toBe("POST");
    await page.waitForLoadState();
    await expect(page.getByTestId("residents")).toContainText(resident.familyName);
    await page.goto(`/shelters/${shelterId}`);
    await expect(page.getByTestId("residents")).toContainText(resident.familyName);
    await api.dispose();
  });
});
