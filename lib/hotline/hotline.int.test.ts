import { describe, expect, it } from "vitest";
import pg from "pg";
import { db, ownerUrl } from "@/tests/support/prisma";
import { ORG_ROLES } from "@/lib/roles/roles";
import { asJson, callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import {
  apiCreateHotlineCallSchema,
  createHotlineCallSchema,
  listHotlineCallsQuerySchema,
  updateHotlineCallSchema,
} from "./schema";
import { createHotlineCall, createHotlineCallAndRead, updateHotlineCall, voidHotlineCall } from "./mutations";
import { findRepeatCaller, getHotlineCall, getMonthFigures, listCallbackQueue, listHotlineCalls } from "./data";
import { createVictimFromCall } from "@/lib/victims/mutations";
import { getVictimRecord } from "@/lib/victims/data";
import { dbFor } from "@/lib/db";

const TZ = "Asia/Tashkent";
const list = (overrides: Record<string, unknown> = {}) =>
  listHotlineCallsQuerySchema.parse({ limit: 100, ...overrides });

async function operatorOf(orgId: string) {
  const user = await createUser({ organisationId: orgId, role: "HOTLINE_OPERATOR" });
  return scopeOf(user, "HOTLINE_OPERATOR", orgId);
}

/** A call as the intake logs it; a time over a day ago comes confirmed, as the form asks. */
async function logCall(scope: ReturnType<typeof scopeOf>, overrides: Record<string, unknown> = {}) {
  const input = createHotlineCallSchema.parse(callInput({ confirmUnusualTime: true, ...overrides }));
  return createHotlineCall(scope, input, { source: "intake", defaultCountry: "UZ" });
}

describe("hotline calls on real PostgreSQL", () => {
  it("lists oldest first when asked, page after page, and newest first by default (issue 15, lists)", async () => {
    const org = await createOrganisation();
    const scope = await operatorOf(org.id);
    const times = [
      "2026-03-01T08:00:00Z",
      "2026-03-02T08:00:00Z",
      "2026-03-03T08:00:00Z",
      "2026-03-04T08:00:00Z",
      "2026-03-05T08:00:00Z",
    ];
    for (const receivedAt of [times[2], times[0], times[4], times[1], times[3]]) await logCall(scope, { receivedAt });
    const read = async (order?: string) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listHotlineCalls(scope, list({ limit: 2, cursor, ...(order ? { order } : {}) }), TZ);
        seen.push(...page.items.map((c) => c.receivedAt.toISOString()));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    const iso = times.map((t) => new Date(t).toISOString());
    expect(await read("oldest")).toEqual(iso);
    expect(await read()).toEqual([...iso].reverse());
  });

  it("names each call's operator, a former member's too", async () => {
    const org = await createOrganisation();
    const staying = await operatorOf(org.id);
    const leaving = await operatorOf(org.id);
    const kept = await logCall(staying, { receivedAt: "2026-03-01T08:00:00Z" });
    const left = await logCall(leaving, { receivedAt: "2026-03-02T08:00:00Z" });
    await db.membership.deleteMany({ where: { userId: leaving.userId, organisationId: org.id } });
    const names = new Map(
      (await db.user.findMany({ where: { id: { in: [staying.userId, leaving.userId] } } })).map((u) => [u.id, u.name]),
    );
    const items = (await listHotlineCalls(staying, list(), TZ)).items;
    expect(items.map((c) => [c.id, c.operator])).toEqual([
      [left.id, { id: leaving.userId, name: names.get(leaving.userId) }],
      [kept.id, { id: staying.userId, name: names.get(staying.userId) }],
    ]);
  });

  it("stores the summary and the number encrypted: the raw row holds neither", async () => {
    const org = await createOrganisation();
    const scope = await operatorOf(org.id);
    const { id } = await logCall(scope, { callerPhone: "+998 90 123 45 67", summary: "Дилноза ищет брата в Москве" });
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    const { rows } = await client.query("SELECT * FROM hotline_calls WHERE id = $1", [id]);
    await client.end();
    const raw = JSON.stringify(rows[0]);
    for (const secret of ["998901234567", "+998", "Дилноза", "Москве", "brother"]) expect(raw).not.toContain(secret);
    expect(rows[0].caller_phone_encrypted).toMatch(/^v2\.k1\./);
    expect(rows[0].summary_encrypted).toMatch(/^v2\.k1\./);
    const call = await getHotlineCall(scope, id);
    expect(call?.callerPhone).toBe("+998901234567");
    expect(call?.summary).toBe("Дилноза ищет брата в Москве");
  });

  it("finds repeat callers by number inside the organisation only, in any spelling of the number", async () => {
    const orgA = await createOrganisation("A");
    const orgB = await createOrganisation("B");
    const a = await operatorOf(orgA.id);
    const b = await operatorOf(orgB.id);
    await logCall(a, { callerPhone: "+998 90 555 11 22", topics: ["JOB_OFFER_CHECK"] });
    await logCall(a, { callerPhone: "90 555 11 22", topics: ["WAGE_THEFT"] });
    await logCall(b, { callerPhone: "+998905551122" });
    const voided = await logCall(a, { callerPhone: "+998905551122" });
    await voidHotlineCall(a, voided.id, { reason: "logged twice", version: 1 });

    const inA = await findRepeatCaller(a, { phone: "+998 (90) 555-11-22" }, "UZ");
    expect(inA?.count).toBe(2);
    expect(inA?.last.map((c) => c.topics)).toEqual([["WAGE_THEFT"], ["JOB_OFFER_CHECK"]]);
    // No spelling of the number (random UUIDs may hold "555", so the whole local part is checked).
    for (const spelling of ["5551122", "555 11 22", "555-11-22"]) expect(asJson(inA)).not.toContain(spelling);
    expect((await findRepeatCaller(b, { phone: "+998905551122" }, "UZ"))?.count).toBe(1);
    expect((await findRepeatCaller(a, { phone: "+998 90 000 00 00" }, "UZ"))?.count).toBe(0);
  });

  it("hides a call of organisation A from every role of organisation B", async () => {
    const orgA = await createOrganisation("A");
    const orgB = await createOrganisation("B");
    const { id } = await logCall(await operatorOf(orgA.id), { summary: "secret words of organisation A" });
    for (const role of ORG_ROLES) {
      const user = await createUser({ organisationId: orgB.id, role });
      const scope = scopeOf(user, role, orgB.id);
      expect(await getHotlineCall(scope, id), role).toBeNull();
      expect(
        (await listHotlineCalls(scope, list(), TZ)).items.map((c) => c.id),
        role,
      ).not.toContain(id);
      expect((await listHotlineCalls(scope, list({ q: "secret words" }), TZ)).items, role).toEqual([]);
      expect(
        (await listCallbackQueue(scope)).map((c) => c.id),
        role,
      ).not.toContain(id);
    }
  });

  it("lets a case worker see only calls linked to their own records, and analysts none", async () => {
    const org = await createOrganisation();
    const operator = await operatorOf(org.id);
    const worker = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const workerScope = scopeOf(worker, "CASE_WORKER", org.id);
    const linked = await logCall(operator);
    const unlinked = await logCall(operator);
    await createVictimFromCall(workerScope, linked.id, {
      givenName: "Malika",
      familyName: "",
      sex: "FEMALE",
      estimatedAge: 24,
    }).catch((e) => e);
    // A case worker cannot open a case from a call they cannot see.
    expect(await getHotlineCall(workerScope, linked.id)).toBeNull();
    const coordinator = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const victim = await createVictimFromCall(scopeOf(coordinator, "COORDINATOR", org.id), linked.id, {
      givenName: "Malika",
      familyName: "Yusupova",
      sex: "FEMALE",
      estimatedAge: 24,
    });
    await db.victim.update({ where: { id: victim.id }, data: { assignedToId: worker.id } });
    expect((await listHotlineCalls(workerScope, list(), TZ)).items.map((c) => c.id)).toEqual([linked.id]);
    expect(await getHotlineCall(workerScope, unlinked.id)).toBeNull();
    const analyst = await createUser({ organisationId: org.id, role: "ANALYST" });
    const analystScope = scopeOf(analyst, "ANALYST", org.id);
    expect((await listHotlineCalls(analystScope, list(), TZ)).items).toEqual([]);
    expect((await getMonthFigures(analystScope, new Date().toISOString().slice(0, 7)))?.total).toBeGreaterThanOrEqual(
      2,
    );
  });

  // Partners read hotline calls in full once a person was shared with them.
  it("keeps a call with the organisation that took it, even when the person it is linked to is shared", async () => {
    const owner = await createOrganisation("owner");
    const partner = await createOrganisation("partner");
    const operator = await operatorOf(owner.id);
    const coordinator = await createUser({ organisationId: owner.id, role: "COORDINATOR" });
    const { id } = await logCall(operator, { callerPhone: "+996 555 123 456" });
    const victim = await createVictimFromCall(scopeOf(coordinator, "COORDINATOR", owner.id), id, {
      givenName: "Aibek",
      familyName: "",
      sex: "MALE",
      estimatedAge: 30,
    });
    const partnerCoordinator = await createUser({ organisationId: partner.id, role: "COORDINATOR" });
    const partnerScope = scopeOf(partnerCoordinator, "COORDINATOR", partner.id);
    expect(await getHotlineCall(partnerScope, id)).toBeNull();
    await db.accessGrant.create({
      data: {
        recordType: "VICTIM",
        recordId: victim.id,
        ownerOrganisationId: owner.id,
        granteeOrganisationId: partner.id,
        scope: "MINIMAL",
        reason: "referral",
        grantedById: coordinator.id,
      },
    });
    // The partner sees the person's record (the grant's fields) but never the call, by any road:
    // not by id, not in its list, not linked from the record, not at the database.
    expect(await getHotlineCall(partnerScope, id)).toBeNull();
    expect((await listHotlineCalls(partnerScope, list({}), TZ)).items.map((c) => c.id)).not.toContain(id);
    const record = await getVictimRecord(partnerScope, victim.id);
    expect(record?.record.caseNumber).toBe(victim.caseNumber);
    expect(record?.record.hotlineCalls).toEqual([]);
    const raw = await dbFor(partnerScope).$queryRaw<
      { id: string }[]
    >`SELECT call_id::text AS id FROM call_people WHERE victim_id = ${victim.id}::uuid`;
    expect(raw).toEqual([]);
  });

  it("#15.3 an edit that moves a call to more than a day ago must confirm it; an old call edited otherwise need not", async () => {
    const org = await createOrganisation();
    const scope = await operatorOf(org.id);
    const { id } = await logCall(scope, { receivedAt: new Date(Date.now() - 120_000) });
    const threeYearsBack = new Date(Date.now() - 3 * 365 * 86_400_000);
    const edit = (overrides: Record<string, unknown>, version: number) =>
      updateHotlineCall(scope, id, updateHotlineCallSchema.parse({ ...callInput(overrides), version }), "UZ");
    await expect(edit({ receivedAt: threeYearsBack }, 1)).rejects.toMatchObject({
      code: "INVALID",
      fields: { confirmUnusualTime: "errors.confirmUnusualTime" },
    });
    await edit({ receivedAt: threeYearsBack, confirmUnusualTime: true }, 1);
    // The time stays where it is now: the call is old, and nothing is asked.
    await edit({ receivedAt: threeYearsBack, urgency: "CRITICAL" }, 2);
    const stored = await db.hotlineCall.findFirstOrThrow({
      where: { id },
      select: { receivedAt: true, urgency: true, version: true },
    });
    expect(stored).toEqual({ receivedAt: threeYearsBack, urgency: "CRITICAL", version: 3 });
  });

  it("answers a call made through the API with the call as read, in one transaction, both on the trail", async () => {
    const org = await createOrganisation();
    const scope = await operatorOf(org.id);
    const input = apiCreateHotlineCallSchema.parse({
      ...callInput({ callerPhone: "+998 90 123 45 67" }),
      status: "INCOMPLETE",
    });
    const call = await createHotlineCallAndRead(scope, input, { source: "api", defaultCountry: "UZ" });
    expect(call).toMatchObject({ status: "INCOMPLETE", urgency: "URGENT", summary: input.summary, peopleCount: 0 });
    expect(call).toEqual(await getHotlineCall(scope, call!.id));
    const events = await db.auditEvent.findMany({ where: { recordId: call!.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["hotline_call.create", "hotline_call.read", "hotline_call.read"]);
    // An operator of another organisation finds nothing of it.
    const outsider = await operatorOf((await createOrganisation()).id);
    expect(await getHotlineCall(outsider, call!.id)).toBeNull();
  });

  it("writes audit events for create, read, edit (keeping the old values encrypted) and void", async () => {
    const org = await createOrganisation();
    const scope = await operatorOf(org.id);
    const receivedAt = new Date(Date.now() - 120_000);
    const { id } = await logCall(scope, { urgency: "URGENT", receivedAt });
    await getHotlineCall(scope, id);
    await updateHotlineCall(
      scope,
      id,
      { ...createHotlineCallSchema.parse(callInput({ urgency: "CRITICAL", receivedAt })), version: 1 },
      "UZ",
    );
    await expect(
      updateHotlineCall(scope, id, { ...createHotlineCallSchema.parse(callInput({ receivedAt })), version: 1 }, "UZ"),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await voidHotlineCall(scope, id, { reason: "test call logged by mistake", version: 2 });
    const events = await db.auditEvent.findMany({ where: { recordId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "hotline_call.create",
      "hotline_call.read",
      "hotline_call.update",
      "hotline_call.void",
    ]);
    const update = events[2]!.details as { changed: string[]; previous: string };
    expect(update.changed).toEqual(["urgency"]);
    expect(update.previous).toMatch(/^v2\./);
    expect(asJson(events)).not.toContain("Moscow");
    expect((await listHotlineCalls(scope, list(), TZ)).items.map((c) => c.id)).not.toContain(id);
  });

  it("searches summaries by whole words across Cyrillic and Latin spellings", async () => {
    const org = await createOrganisation();
    const scope = await operatorOf(org.id);
    const { id } = await logCall(scope, { summary: "Сестра Гулнора не вернулась из Стамбула" });
    await logCall(scope, { summary: "Question about registration documents" });
    expect((await listHotlineCalls(scope, list({ q: "Gulnora" }), TZ)).items.map((c) => c.id)).toEqual([id]);
    expect((await listHotlineCalls(scope, list({ q: "стамбула гулнора" }), TZ)).items.map((c) => c.id)).toEqual([id]);
    expect((await listHotlineCalls(scope, list({ q: "Gulnora Paris" }), TZ)).items).toEqual([]);
  });

  it("paginates newest first without gaps or repeats, and filters by topic and callback", async () => {
    const org = await createOrganisation();
    const scope = await operatorOf(org.id);
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 7; i++) {
      await logCall(scope, {
        receivedAt: new Date(base + i * 60_000),
        topics: [i % 2 ? "WAGE_THEFT" : "HEALTH"],
        ...(i === 3 ? { actions: ["CALLBACK_SCHEDULED"], callbackDueAt: new Date(base + 600_000) } : {}),
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listHotlineCalls(scope, list({ limit: 3, cursor }), TZ);
      seen.push(...page.items.map((c) => c.receivedAt.toISOString()));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect((await listHotlineCalls(scope, list({ topic: "WAGE_THEFT" }), TZ)).items).toHaveLength(3);
    expect((await listHotlineCalls(scope, list({ callbackDue: "1" }), TZ)).items).toHaveLength(1);
    expect(await listCallbackQueue(scope)).toHaveLength(1);
  });

  it("pages through the organisation's own calls only, in order, once each, whatever is shared with it (#14.2)", async () => {
    const owner = await createOrganisation("owner");
    const partner = await createOrganisation("partner");
    const ownerOperator = await operatorOf(owner.id);
    const ownerCoordinator = await createUser({ organisationId: owner.id, role: "COORDINATOR" });
    const partnerCoordinator = await createUser({ organisationId: partner.id, role: "COORDINATOR" });
    const partnerScope = scopeOf(partnerCoordinator, "COORDINATOR", partner.id);
    const partnerOperator = await operatorOf(partner.id);
    const base = Date.now() - 7_200_000;
    // The owner's calls about one person interleave in time with the partner's own calls; two share a time.
    const { id: first } = await logCall(ownerOperator, { receivedAt: new Date(base) });
    const victim = await createVictimFromCall(scopeOf(ownerCoordinator, "COORDINATOR", owner.id), first, {
      givenName: "Aibek",
      familyName: "",
      sex: "MALE",
      estimatedAge: 30,
    });
    for (let i = 1; i <= 4; i++) {
      const { id } = await logCall(ownerOperator, { receivedAt: new Date(base + i * 120_000) });
      await db.callPerson.create({
        data: { callId: id, victimId: victim.id, how: "LINKED", linkedById: ownerCoordinator.id },
      });
    }
    for (let i = 0; i < 5; i++)
      await logCall(partnerOperator, { receivedAt: new Date(base + i * 120_000 + (i === 2 ? 0 : 60_000)) });
    await db.accessGrant.create({
      data: {
        recordType: "VICTIM",
        recordId: victim.id,
        ownerOrganisationId: owner.id,
        granteeOrganisationId: partner.id,
        scope: "MINIMAL",
        reason: "referral",
        grantedById: ownerCoordinator.id,
      },
    });
    const seen: { id: string; receivedAt: Date }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listHotlineCalls(partnerScope, list({ limit: 3, cursor }), TZ);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = await db.hotlineCall.findMany({
      where: { organisationId: partner.id },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(expected).toHaveLength(5);
    expect(seen.map((c) => c.id)).toEqual(expected.map((c) => c.id));
  });

  it("opens a victim record from a call, with a case number, and a second one from the same call", async () => {
    const org = await createOrganisation();
    const operator = await operatorOf(org.id);
    const { id } = await logCall(operator, { actions: ["NONE"] });
    const victim = await createVictimFromCall(operator, id, {
      givenName: "Zarina",
      familyName: "Nazarova",
      sex: "FEMALE",
      estimatedAge: 19,
      citizenship: "TJ",
    });
    expect(victim.caseNumber).toMatch(new RegExp(`^${org.code}-\\d{4}-00001$`));
    const call = await db.hotlineCall.findUniqueOrThrow({ where: { id }, include: { people: true } });
    expect(call.people.map((p) => [p.victimId, p.how])).toEqual([[victim.id, "OPENED"]]);
    expect(call.actions).toEqual(["CASE_OPENED"]);
    // A call may be about several people: a second record opens from it too.
    const second = await createVictimFromCall(operator, id, {
      givenName: "Madina",
      familyName: "",
      sex: "FEMALE",
      estimatedAge: 17,
    });
    expect(second.caseNumber).toMatch(new RegExp(`^${org.code}-\\d{4}-00002$`));
    expect((await getHotlineCall(operator, id))?.people.map((p) => p.caseNumber)).toEqual([
      victim.caseNumber,
      second.caseNumber,
    ]);
    // The operator who opened it still cannot read victim records.
    expect(await getVictimRecord(operator, victim.id)).toBeNull();
  });
});
