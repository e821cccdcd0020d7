// Reminders: made by the dates on a person's records, moved and removed with them; listed to the
// person's worker and the coordinators, never across organisations or past the person rule; done,
// dismissed with a reason, given to someone, each at the version read.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import type { OrgRole } from "@/lib/roles/roles";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { createDocument, updateDocument } from "@/lib/documents/mutations";
import { documentSchema, legalStatusSchema, updateDocumentSchema } from "@/lib/documents/schema";
import { saveLegalStatus } from "@/lib/documents/legal-status";
import { createProceeding } from "@/lib/proceedings/mutations";
import { proceedingSchema } from "@/lib/proceedings/schema";
import { addSupportItem, recordConsent, updateSupportItem, withdrawConsent } from "@/lib/casework/mutations";
import { countNotifications } from "@/lib/notifications/data";
import { assignTask, completeTask, dismissTask } from "./mutations";
import { countOverdueReminders, countReminders, listTasks } from "./data";
import { taskQuerySchema } from "./schema";

async function member(organisationId: string, role: OrgRole) {
  const user = await createUser({ organisationId, role });
  return { user, scope: scopeOf(user, role, organisationId) };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const inDays = (n: number) => {
  const d = new Date(`${iso(new Date())}T00:00:00Z`);
  return iso(new Date(d.getTime() + n * 86_400_000));
};
const query = (raw: Record<string, unknown>) => taskQuerySchema.parse(raw);

async function setup() {
  const org = await createOrganisation();
  const coordinator = await member(org.id, "COORDINATOR");
  const worker = await member(org.id, "CASE_WORKER");
  const { id: victimId } = await registerVictim(
    coordinator.scope,
    registerVictimSchema.parse({
      givenName: "Шахноза",
      sex: "FEMALE",
      estimatedAge: 30,
      citizenships: ["UZ"],
      identifiedOn: "2026-05-01",
      identifiedBy: "HOTLINE",
    }),
  );
  await db.victim.update({ where: { id: victimId }, data: { assignedToId: worker.user.id } });
  return { org, coordinator, worker, victimId };
}

describe("reminders", () => {
  it("follow a document's expiry: made for the person's worker, moved with the date, gone when the passport is lost", async () => {
    const s = await setup();
    const passport = await createDocument(
      s.coordinator.scope,
      s.victimId,
      documentSchema.parse({ type: "PASSPORT", holder: "EMPLOYER", expiresOn: inDays(90) }),
    );
    const task = await db.task.findFirstOrThrow({ where: { sourceId: passport.id } });
    expect(task).toMatchObject({
      kind: "DOCUMENT_EXPIRY",
      status: "OPEN",
      assigneeId: s.worker.user.id,
      victimId: s.victimId,
    });
    expect(iso(task.dueOn)).toBe(inDays(30));

    // Done, then the passport is renewed with a new expiry: a new date to act on opens it again.
    await completeTask(s.worker.scope, task.id, task.version);
    await updateDocument(
      s.coordinator.scope,
      passport.id,
      updateDocumentSchema.parse({ version: 1, type: "PASSPORT", holder: "PERSON", expiresOn: inDays(400) }),
    );
    const moved = await db.task.findFirstOrThrow({ where: { id: task.id } });
    expect(moved.status).toBe("OPEN");
    expect(iso(moved.dueOn)).toBe(inDays(340));

    await updateDocument(
      s.coordinator.scope,
      passport.id,
      updateDocumentSchema.parse({ version: 2, type: "PASSPORT", holder: "LOST", expiresOn: inDays(400) }),
    );
    expect(await db.task.count({ where: { sourceId: passport.id } })).toBe(0);
  });

  it("follow a hearing and a fine, and list them to the worker and the coordinators only", async () => {
    const s = await setup();
    await createProceeding(
      s.coordinator.scope,
      s.victimId,
      proceedingSchema.parse({
        kind: "CRIMINAL",
        authority: "COURT",
        countryCode: "KZ",
        role: "VICTIM",
        hearings: [{ heldOn: inDays(7), timeOfDay: "10:00" }],
      }),
    );
    await saveLegalStatus(
      s.coordinator.scope,
      s.victimId,
      legalStatusSchema.parse({ countryCode: "RU", finesOwed: "5000", finesCurrency: "RUB", finesDueOn: inDays(-10) }),
    );
    const mine = await listTasks(s.worker.scope, query({}));
    expect(mine?.items.map((t) => t.kind)).toEqual(["FINE_DUE", "HEARING"]);
    expect(mine?.items[1]).toMatchObject({ person: { id: s.victimId }, eventOn: new Date(`${inDays(7)}T00:00:00Z`) });
    expect(await countReminders(s.worker.scope)).toEqual({ overdue: 1, dueSoon: 1, unassignedOverdue: 0 });
    expect(await countOverdueReminders(s.worker.scope)).toBe(1);

    // The coordinators see everything of the organisation; nobody else anything.
    expect((await listTasks(s.coordinator.scope, query({ view: "all" })))?.items).toHaveLength(2);
    expect((await listTasks(s.coordinator.scope, query({ view: "mine" })))?.items).toHaveLength(0);
    const other = await member((await createOrganisation()).id, "COORDINATOR");
    expect((await listTasks(other.scope, query({ view: "all" })))?.items).toEqual([]);
    const analyst = await member(s.org.id, "ANALYST");
    expect(await listTasks(analyst.scope, query({}))).toBeNull();
    // A case worker asking for all gets their own.
    expect((await listTasks(s.worker.scope, query({ view: "all" })))?.items).toHaveLength(2);
    const anotherWorker = await member(s.org.id, "CASE_WORKER");
    expect((await listTasks(anotherWorker.scope, query({ view: "all" })))?.items).toEqual([]);

    // The fine is paid: its reminder goes.
    await saveLegalStatus(s.coordinator.scope, s.victimId, legalStatusSchema.parse({ countryCode: "RU", version: 1 }));
    expect((await listTasks(s.worker.scope, query({})))?.items.map((t) => t.kind)).toEqual(["HEARING"]);
  });

  it("are dismissed with a reason (encrypted), given to a member, at the version read; never to an outsider", async () => {
    const s = await setup();
    const passport = await createDocument(
      s.coordinator.scope,
      s.victimId,
      documentSchema.parse({ type: "PASSPORT", holder: "EMPLOYER", expiresOn: inDays(30) }),
    );
    const task = await db.task.findFirstOrThrow({ where: { sourceId: passport.id } });
    const other = await member((await createOrganisation()).id, "CASE_WORKER");
    await expect(
      assignTask(s.coordinator.scope, task.id, { version: task.version, assigneeId: other.user.id }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(completeTask(other.scope, task.id, task.version)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignTask(s.worker.scope, task.id, { version: task.version, assigneeId: "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await assignTask(s.coordinator.scope, task.id, { version: task.version, assigneeId: "" });
    expect((await listTasks(s.coordinator.scope, query({ view: "unassigned" })))?.items.map((t) => t.id)).toEqual([
      task.id,
    ]);
    // A stale version is refused and changes nothing.
    await expect(
      dismissTask(s.coordinator.scope, task.id, { version: task.version, reason: "already renewed" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await dismissTask(s.coordinator.scope, task.id, {
      version: task.version + 1,
      reason: "Паспорт уже продлён в консульстве",
    });
    const stored = await db.task.findFirstOrThrow({ where: { id: task.id } });
    expect(stored.status).toBe("DISMISSED");
    expect(stored.dismissReasonEncrypted).not.toContain("консульстве");
    const closed = await listTasks(s.coordinator.scope, query({ view: "all", status: "DISMISSED" }));
    expect(closed?.items[0]?.dismissReason).toBe("Паспорт уже продлён в консульстве");
    expect(
      await db.auditEvent.count({
        where: { organisationId: s.org.id, action: { in: ["task.assign", "task.dismiss"] } },
      }),
    ).toBe(2);
  });

  it("ask for a child's own consent on the day they come of age, until the guardian's consent is withdrawn", async () => {
    const s = await setup();
    await db.victim.update({ where: { id: s.victimId }, data: { birthDate: new Date("2010-03-15T00:00:00Z") } });
    const consent = await recordConsent(s.coordinator.scope, s.victimId, {
      kind: "SERVICES",
      sheetLanguage: "ru",
      givenOn: new Date("2026-05-02"),
      method: "GUARDIAN",
    });
    const task = await db.task.findFirstOrThrow({ where: { sourceId: consent.id } });
    expect([task.kind, iso(task.dueOn), task.assigneeId]).toEqual(["CONSENT_REVIEW", "2028-03-15", s.worker.user.id]);
    await withdrawConsent(s.coordinator.scope, s.victimId, consent.id, { withdrawnOn: new Date("2026-06-01") });
    expect(await db.task.count({ where: { sourceId: consent.id } })).toBe(0);
  });

  it("follow a permit's end and a planned support step, and late ones ring the bell", async () => {
    const s = await setup();
    await saveLegalStatus(
      s.coordinator.scope,
      s.victimId,
      legalStatusSchema.parse({ countryCode: "RU", permit: "PATENT", permitUntil: inDays(10) }),
    );
    const step = await addSupportItem(s.coordinator.scope, s.victimId, {
      area: "HEALTH",
      status: "PLANNED",
      plannedOn: new Date(`${inDays(-2)}T00:00:00Z`),
    });
    const mine = await listTasks(s.worker.scope, query({}));
    expect(mine?.items.map((t) => [t.kind, iso(t.dueOn)])).toEqual(
      [
        ["SUPPORT_ITEM", inDays(-2)],
        ["PERMIT_ENDS", inDays(-4)],
      ].sort((a, b) => a[1]!.localeCompare(b[1]!)),
    );
    expect((await countNotifications(s.worker.scope)).overdueReminders).toBe(2);
    // The step done: its reminder goes, and the bell rings for one.
    await updateSupportItem(s.coordinator.scope, s.victimId, step.id, { area: "HEALTH", status: "DONE" });
    expect((await countNotifications(s.worker.scope)).overdueReminders).toBe(1);
    // Given back to no one: it leaves the worker's bell and rings the coordinators', whose own
    // late reminders count beside it; a worker never counts what no one has taken.
    expect((await countNotifications(s.coordinator.scope)).overdueReminders).toBe(0);
    const permit = await db.task.findFirstOrThrow({
      where: { victimId: s.victimId, status: "OPEN", kind: "PERMIT_ENDS" },
    });
    await assignTask(s.coordinator.scope, permit.id, { version: permit.version, assigneeId: "" });
    expect((await countNotifications(s.worker.scope)).overdueReminders).toBe(0);
    expect((await countNotifications(s.coordinator.scope)).overdueReminders).toBe(1);
    expect(await countOverdueReminders(s.coordinator.scope)).toBe(1);
  });
});
