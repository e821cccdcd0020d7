//, defect 4: "cases opened from a call are orphaned: unassigned, nobody told". A case
// opened from a call waits in the organisation's intake queue (the coordinator's home and the list
// it links to) and the coordinators and administrators are notified, by case number, until a
// worker is assigned. On the old code the case was in no queue and nobody was notified.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createHotlineCallSchema } from "@/lib/hotline/schema";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { createVictimFromCall, updateVictim } from "@/lib/victims/mutations";
import { getVictimRecord, listVictims } from "@/lib/victims/data";
import { presentVictim } from "@/lib/victims/present";
import { listVictimsQuerySchema, updateVictimSchema } from "@/lib/victims/schema";
import { getNotificationSummary } from "@/lib/notifications/data";
import { getCaseWorkerHome, getCoordinatorHome } from "./data";

type TestScope = ReturnType<typeof scopeOf>;

async function openCaseFromCall(operator: TestScope, familyName: string) {
  const call = await createHotlineCall(operator, createHotlineCallSchema.parse(callInput()), {
    source: "intake",
    defaultCountry: "UZ",
  });
  return createVictimFromCall(operator, call.id, { givenName: "Зарина", familyName, sex: "FEMALE", estimatedAge: 22 });
}

/** Assigns through the same path as the record's form and the API: the whole record, saved. */
async function assign(scope: TestScope, victimId: string, workerId: string) {
  const found = await getVictimRecord(scope, victimId);
  const current = presentVictim(found!.record, false);
  await updateVictim(scope, victimId, updateVictimSchema.parse({ ...current, assignedToId: workerId }));
}

const intakeList = (scope: TestScope) =>
  listVictims(scope, listVictimsQuerySchema.parse({ queue: "intake", limit: 100 }));

describe("the intake queue (issue 15, defect 4)", () => {
  it("puts a case opened from a call in the queue, tells the coordinators by case number, and lets it go once assigned", async () => {
    const org = await createOrganisation("intake");
    const operator = scopeOf(
      await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" }),
      "HOTLINE_OPERATOR",
      org.id,
    );
    const coordinatorUser = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const coordinator = scopeOf(coordinatorUser, "COORDINATOR", org.id);
    const admin = scopeOf(await createUser({ organisationId: org.id, role: "ORG_ADMIN" }), "ORG_ADMIN", org.id);
    const worker = await createUser({ organisationId: org.id, role: "CASE_WORKER" });

    const opened = await openCaseFromCall(operator, "Орфанова");

    // In the queue: the home's count and the list it links to agree.
    const home = await getCoordinatorHome(coordinator);
    expect(home.intake).toBe(1);
    expect((await intakeList(coordinator)).items.map((v) => v.id)).toEqual([opened.id]);

    // The coordinator and the administrator are told, by case number, never by name.
    for (const scope of [coordinator, admin]) {
      const summary = await getNotificationSummary(scope);
      const notice = summary.items.find((n) => n.victimId === opened.id);
      expect(notice).toMatchObject({ kind: "CASE_OPENED_FROM_CALL", victim: { caseNumber: opened.caseNumber } });
      expect(summary.unread).toBeGreaterThanOrEqual(1);
    }
    const stored = await db.notification.findMany({ where: { victimId: opened.id } });
    expect(stored.map((n) => n.userId).sort()).toEqual([coordinatorUser.id, admin.userId].sort());
    expect(asJson(stored)).not.toContain("Орфанова");
    expect(asJson(stored)).not.toContain("Зарина");

    // Assigned: out of the queue, on the home and in the list.
    await assign(coordinator, opened.id, worker.id);
    expect((await getCoordinatorHome(coordinator)).intake).toBe(0);
    expect((await intakeList(coordinator)).items).toEqual([]);
    expect((await getCoordinatorHome(coordinator)).caseload.find((w) => w.id === worker.id)?.count).toBe(1);
    // Its notices are answered: the bell stops counting them, the list still shows them.
    expect((await getNotificationSummary(coordinator)).unread).toBe(0);
    expect((await getNotificationSummary(admin)).items.find((n) => n.victimId === opened.id)?.readAt).not.toBeNull();
  }, 60_000);

  it("keeps another organisation's intake out of the queue, the bell and the counts", async () => {
    const mine = await createOrganisation("mine");
    const theirs = await createOrganisation("theirs");
    const coordinator = scopeOf(
      await createUser({ organisationId: mine.id, role: "COORDINATOR" }),
      "COORDINATOR",
      mine.id,
    );
    const theirOperator = scopeOf(
      await createUser({ organisationId: theirs.id, role: "HOTLINE_OPERATOR" }),
      "HOTLINE_OPERATOR",
      theirs.id,
    );
    await createUser({ organisationId: theirs.id, role: "COORDINATOR" });
    const theirCase = await openCaseFromCall(theirOperator, "Чужая");

    const home = await getCoordinatorHome(coordinator);
    expect(home.intake).toBe(0);
    expect((await intakeList(coordinator)).items).toEqual([]);
    const summary = await getNotificationSummary(coordinator);
    expect(summary.items.some((n) => n.victimId === theirCase.id)).toBe(false);
    expect(asJson(home)).not.toContain(theirCase.caseNumber);
  }, 60_000);

  it("does not ring the coordinator who opened the case, but the others, and queues it all the same", async () => {
    const org = await createOrganisation("self");
    const opener = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    const colleague = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const opened = await openCaseFromCall(opener, "Сама");
    expect((await db.notification.findMany({ where: { victimId: opened.id } })).map((n) => n.userId)).toEqual([
      colleague.id,
    ]);
    expect((await getCoordinatorHome(opener)).intake).toBe(1);
  }, 60_000);

  it("tells a case worker of a case given to them, by case number, on their home and bell; not when they take it themselves", async () => {
    const org = await createOrganisation("assigned");
    const operator = scopeOf(
      await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" }),
      "HOTLINE_OPERATOR",
      org.id,
    );
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const workerUser = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const worker = scopeOf(workerUser, "CASE_WORKER", org.id);
    const colleague = scopeOf(await createUser({ organisationId: org.id, role: "CASE_WORKER" }), "CASE_WORKER", org.id);
    const outsider = scopeOf(
      await createUser({ organisationId: (await createOrganisation("far")).id, role: "CASE_WORKER" }),
      "CASE_WORKER",
      null,
    );

    // A case worker had no bell: nothing told them a case was now theirs.
    const opened = await openCaseFromCall(operator, "Назначенная");
    await assign(coordinator, opened.id, workerUser.id);
    const summary = await getNotificationSummary(worker);
    expect(summary.items).toHaveLength(1);
    expect(summary.items[0]).toMatchObject({
      kind: "CASE_ASSIGNED",
      victimId: opened.id,
      victim: { caseNumber: opened.caseNumber },
      readAt: null,
    });
    expect(summary.unread).toBe(1);
    expect(summary.overdue).toEqual([]);
    expect((await getCaseWorkerHome(worker)).unread).toBe(1);
    expect(
      asJson(await db.notification.findMany({ where: { victimId: opened.id, kind: "CASE_ASSIGNED" } })),
    ).not.toContain("Назначенная");
    // Only the assignee hears of it.
    expect((await getNotificationSummary(colleague)).items).toEqual([]);
    expect((await getNotificationSummary(outsider)).items).toEqual([]);

    // Saving the record again, still with the same worker, tells nobody anything new.
    await assign(coordinator, opened.id, workerUser.id);
    expect((await getNotificationSummary(worker)).items).toHaveLength(1);

    // A coordinator who takes a case themselves rings nobody.
    const second = await openCaseFromCall(operator, "Сама-себе");
    await assign(coordinator, second.id, coordinator.userId);
    expect(await db.notification.count({ where: { kind: "CASE_ASSIGNED", victimId: second.id } })).toBe(0);

    // Reassigned away, the notice goes with the person's visibility: the old worker's bell forgets it.
    await assign(coordinator, opened.id, colleague.userId);
    expect((await getNotificationSummary(worker)).items).toEqual([]);
    expect((await getNotificationSummary(colleague)).items.map((n) => n.victimId)).toEqual([opened.id]);
  }, 60_000);
});
