//, "homes that are work queues": every count on a home is the number of rows the list it
// links to shows to the same person (same scope, same filters), and nothing of another
// organisation, a restricted record or a colleague's own cases is counted where the list hides it.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { person } from "@/tests/support/placements";
import { registerVictim } from "@/lib/victims/mutations";
import { listVictims } from "@/lib/victims/data";
import { listVictimsQuerySchema, registerVictimSchema } from "@/lib/victims/schema";
import { createHotlineCallSchema, listHotlineCallsQuerySchema } from "@/lib/hotline/schema";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { listHotlineCalls } from "@/lib/hotline/data";
import { recordConsent } from "@/lib/casework/mutations";
import { consentToRenew } from "@/lib/victims/queues";
import { getCaseWorkerHome, getCoordinatorHome, getFollowUpsElsewhere, getHotlineHome, getNetworkHome } from "./data";
import { listCallbackQueue } from "@/lib/hotline/data";
import { consentAll, setup as repatriationSetup } from "@/tests/support/repatriations";
import { transitionRepatriation } from "@/lib/repatriations/mutations";

type TestScope = ReturnType<typeof scopeOf>;
const TZ = "Asia/Tashkent";
const DAY = 86_400_000;

/** The rows the list at `/victims?<params>` shows (up to 100, more than any test seeds). */
async function listed(scope: TestScope, params: Record<string, string | number>) {
  return (await listVictims(scope, listVictimsQuerySchema.parse({ ...params, limit: 100 }))).items.length;
}

/** A person in every queue: support step overdue and one due this week, document expiring, idle 40 days. */
async function busyPerson(scope: TestScope, label: string) {
  const id = await person(scope, label);
  const today = new Date(new Date().toISOString().slice(0, 10));
  await db.supportPlanItem.createMany({
    data: [
      { victimId: id, area: "HEALTH", plannedOn: new Date(today.getTime() - 3 * DAY) },
      { victimId: id, area: "LEGAL", plannedOn: new Date(today.getTime() + 2 * DAY) },
    ],
  });
  await db.victim.update({
    where: { id },
    data: { documentExpiry: new Date(today.getTime() + 10 * DAY), updatedAt: new Date(Date.now() - 40 * DAY) },
  });
  return id;
}

describe("home counts are the lengths of the lists they link to", () => {
  it("for a coordinator and a case worker, over people of their own, a colleague's, a restricted one and another organisation's", async () => {
    const org = await createOrganisation("counts");
    const other = await createOrganisation("elsewhere");
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const workerUser = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const worker = scopeOf(workerUser, "CASE_WORKER", org.id);
    const colleague = scopeOf(await createUser({ organisationId: org.id, role: "CASE_WORKER" }), "CASE_WORKER", org.id);
    const outsider = scopeOf(
      await createUser({ organisationId: other.id, role: "COORDINATOR" }),
      "COORDINATOR",
      other.id,
    );

    await busyPerson(worker, "Mine");
    await busyPerson(worker, "MineToo");
    await busyPerson(colleague, "Colleague's");
    await busyPerson(outsider, "Outsider's");
    const restricted = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Hidden",
        familyName: "Restricted",
        sex: "FEMALE",
        estimatedAge: 30,
        identifiedOn: "2026-01-01",
        identifiedBy: "POLICE",
        restricted: true,
      }),
    );
    // Restricted, created by someone else: the coordinator's lists leave it out, so must the counts.
    await db.victim.update({
      where: { id: restricted.id },
      data: { createdById: workerUser.id, updatedAt: new Date(Date.now() - 40 * DAY) },
    });

    const home = await getCaseWorkerHome(worker);
    expect(home.overdue).toBe(2);
    expect(home.overdue).toBe(await listed(worker, { queue: "overdue" }));
    expect(home.dueWeek).toBe(await listed(worker, { queue: "dueWeek" }));
    expect(home.renew).toBe(await listed(worker, { queue: "renew" }));
    for (const { status, count } of home.byStatus) expect(count, status).toBe(await listed(worker, { status }));

    const board = await getCoordinatorHome(coordinator, { stalledDays: 30 });
    expect(board.stalled).toBe(3);
    expect(board.stalled).toBe(await listed(coordinator, { queue: "stalled", days: 30 }));
    expect((await getCoordinatorHome(coordinator, { stalledDays: 60 })).stalled).toBe(
      await listed(coordinator, { queue: "stalled", days: 60 }),
    );
    expect(board.intake).toBe(await listed(coordinator, { queue: "intake" }));
    for (const w of board.caseload)
      expect(w.count, w.name).toBe(await listed(coordinator, { assignedTo: w.id, status: "ACTIVE" }));
    expect(board.caseload.find((w) => w.id === workerUser.id)?.count).toBe(2);

    // The outsider's home counts only their own person.
    expect((await getCoordinatorHome(outsider)).stalled).toBe(1);
  }, 60_000);

  it("consents to record or renew: the case worker's count, the list and the case file's rule name the same people", async () => {
    const org = await createOrganisation("consents");
    const worker = scopeOf(await createUser({ organisationId: org.id, role: "CASE_WORKER" }), "CASE_WORKER", org.id);
    const given = (method: "WRITTEN" | "GUARDIAN", withdrawnOn?: Date) => ({
      kind: "SERVICES" as const,
      givenOn: new Date("2025-01-02"),
      method,
      withdrawnOn,
    });
    const cases: { label: string; birthDate?: Date; consents: ReturnType<typeof given>[] }[] = [
      { label: "None", consents: [] },
      { label: "Written", consents: [given("WRITTEN")] },
      { label: "Withdrawn", consents: [given("WRITTEN", new Date("2025-06-01"))] },
      { label: "GuardianChild", birthDate: new Date(Date.now() - 10 * 365 * DAY), consents: [given("GUARDIAN")] },
      { label: "GuardianAdult", birthDate: new Date(Date.now() - 19 * 365 * DAY), consents: [given("GUARDIAN")] },
      {
        label: "AdultOwn",
        birthDate: new Date(Date.now() - 19 * 365 * DAY),
        consents: [given("GUARDIAN"), given("WRITTEN")],
      },
    ];
    const expected: string[] = [];
    for (const c of cases) {
      const id = await person(worker, c.label);
      if (c.birthDate)
        await db.victim.update({
          where: { id },
          data: { birthDate: new Date(c.birthDate.toISOString().slice(0, 10)) },
        });
      for (const consent of c.consents) {
        const { withdrawnOn, ...rest } = consent;
        await recordConsent(worker, id, { ...rest, sheetLanguage: "ru" });
        if (withdrawnOn) await db.victimConsent.updateMany({ where: { victimId: id }, data: { withdrawnOn } });
      }
      const stored = await db.victim.findUniqueOrThrow({ where: { id }, select: { birthDate: true, consents: true } });
      if (consentToRenew(stored, stored.consents, new Date())) expected.push(id);
    }
    expect(expected).toHaveLength(3);
    const list = await listVictims(worker, listVictimsQuerySchema.parse({ queue: "consent", limit: 100 }));
    expect(list.items.map((v) => v.id).sort()).toEqual(expected.sort());
    expect((await getCaseWorkerHome(worker)).consent).toBe(3);
  }, 60_000);

  it("for a hotline operator: today's calls and own incomplete calls as the call list shows them", async () => {
    const org = await createOrganisation("calls");
    const operatorUser = await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" });
    const operator = scopeOf(operatorUser, "HOTLINE_OPERATOR", org.id);
    const colleague = scopeOf(
      await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" }),
      "HOTLINE_OPERATOR",
      org.id,
    );
    const elsewhere = await createOrganisation("x");
    const outsider = scopeOf(
      await createUser({ organisationId: elsewhere.id, role: "HOTLINE_OPERATOR" }),
      "HOTLINE_OPERATOR",
      elsewhere.id,
    );
    const log = (scope: TestScope) =>
      createHotlineCall(scope, createHotlineCallSchema.parse(callInput()), { source: "intake", defaultCountry: "UZ" });
    const mine = await log(operator);
    await log(operator);
    await log(colleague);
    await log(outsider);
    // One of mine left incomplete (as a telephony system's record is, until the operator fills it).
    await db.hotlineCall.update({ where: { id: mine.id }, data: { status: "INCOMPLETE" } });

    const home = await getHotlineHome(operator, TZ);
    const list = async (params: Record<string, string>) =>
      (await listHotlineCalls(operator, listHotlineCallsQuerySchema.parse({ ...params, limit: 100 }), TZ)).items.length;
    expect(home.todayCalls).toBe(await list({ from: home.today, to: home.today }));
    expect(home.todayCalls).toBe(3);
    expect(home.incomplete).toBe(1);
    expect(home.incomplete).toBe(await list({ status: "INCOMPLETE", operator: operatorUser.id }));
  }, 60_000);

  it("for 'My tasks': the follow-ups kept in their own lists, counted as those lists count them", async () => {
    const { sender, receiver, tashkent, victimId, id } = await repatriationSetup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    // The home side's "review the request" is late.
    await db.repatriationTask.updateMany({
      where: { repatriationId: id },
      data: { dueOn: new Date(Date.now() - 3 * DAY) },
    });
    const log = (scope: TestScope) =>
      createHotlineCall(scope, createHotlineCallSchema.parse(callInput()), { source: "intake", defaultCountry: "UZ" });
    const late = await log(receiver);
    const soon = await log(receiver);
    await db.hotlineCall.update({ where: { id: late.id }, data: { callbackDueAt: new Date(Date.now() - DAY) } });
    await db.hotlineCall.update({ where: { id: soon.id }, data: { callbackDueAt: new Date(Date.now() + DAY) } });
    const theirs = await log(sender);
    await db.hotlineCall.update({ where: { id: theirs.id }, data: { callbackDueAt: new Date(Date.now() - DAY) } });

    const home = await getFollowUpsElsewhere(receiver);
    expect(home).toEqual({ callbacksDue: 2, callbacksOverdue: 1, returnStepsOverdue: 1 });
    expect(home.callbacksDue).toBe((await listCallbackQueue(receiver)).length);
    // The sending side waits on nothing late of its own; its one callback is its own.
    expect(await getFollowUpsElsewhere(sender)).toEqual({
      callbacksDue: 1,
      callbacksOverdue: 1,
      returnStepsOverdue: 0,
    });
  }, 60_000);

  it("for the network administrator: organisations and members, and no case data at all", async () => {
    const org = await createOrganisation("network");
    await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const admin = scopeOf(await createUser({ networkAdmin: true }), "NETWORK_ADMIN", null);
    const home = await getNetworkHome(admin);
    expect(home.organisations.find((o) => o.id === org.id)?.members).toBe(1);
    expect(Object.keys(home.organisations[0] ?? {}).sort()).toEqual([
      "active",
      "countryCode",
      "id",
      "lastActivity",
      "members",
      "name",
    ]);
    // The coordinator's home read as the network administrator counts nothing.
    expect((await getCoordinatorHome(admin)).intake).toBe(0);
  }, 60_000);
});
