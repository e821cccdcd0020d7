import "server-only";
import { cache } from "react";
import { readDbFor, dbFor, inIndexOrder, type Tx } from "@/lib/db";
import { EpochCache } from "@/lib/epoch-cache";
import { readDailyCallCounts } from "./call-counts";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, decryptJsonField, fieldContext, lookupHash } from "@/lib/crypto";
import { afterPosition, alternatives, decodeCursor, encodeCursor, keysetOrder, mergePages } from "@/lib/keyset";
import { nextDay, startOfLocalDay } from "@/lib/time/zoned";
import { PERSON_RULE_SELECT, peopleListWhere, personAccessOf, viewOfPerson } from "@/lib/access/people";
import { roleHas } from "@/lib/roles/permissions";
import { hotlineCallWhere, maySeeCallerPhone, maySeeCallFigures } from "./policy";
import type { ListHotlineCallsQuery, RepeatCallerQuery } from "./schema";
import { summaryTokens } from "./search";
import { snippetAround, type Snippet } from "./snippet";
import type { MonthFigures } from "./types";
import { normalisePhone } from "./phone";

/** A call's columns as lists show them (no number, no summary). */
const listColumns = {
  id: true,
  organisationId: true,
  status: true,
  receivedAt: true,
  durationSeconds: true,
  channel: true,
  language: true,
  callType: true,
  callerRelationship: true,
  callerCountry: true,
  personSex: true,
  personAgeGroup: true,
  personCitizenship: true,
  personCountryNow: true,
  topics: true,
  urgency: true,
  actions: true,
  callbackDueAt: true,
  callbackCompletedAt: true,
  voidedAt: true,
  authorityReportBasis: true,
} satisfies Prisma.HotlineCallSelect;

/** A listed call with its operator, read with it (exports, the callback queue, a call's page). */
const listSelect = {
  ...listColumns,
  operator: { select: { id: true, name: true } },
} satisfies Prisma.HotlineCallSelect;

/**
 * The list page's row: the operator's id only, their name from the staff list the page's
 * operator filter reads anyway (operatorNames), instead of a read of users per page.
 */
const listRowSelect = { ...listColumns, operatorId: true } satisfies Prisma.HotlineCallSelect;

export type { HotlineCallRow, MonthFigures } from "./types";

async function scopeWhere(scope: Scope) {
  // A case worker sees the calls linked to the people they may see; everyone else needs no people.
  return hotlineCallWhere(scope, roleHas(scope.role, "cases.read.own") ? await peopleListWhere(scope) : undefined);
}

/** Conditions of the list filters (dates are days in the organisation's time zone). */
function filterWhere(query: ListHotlineCallsQuery, timeZone: string): Prisma.HotlineCallWhereInput[] {
  const conditions: Prisma.HotlineCallWhereInput[] = [];
  if (query.from) conditions.push({ receivedAt: { gte: startOfLocalDay(query.from, timeZone) } });
  if (query.to) conditions.push({ receivedAt: { lt: startOfLocalDay(nextDay(query.to), timeZone) } });
  if (query.topic) conditions.push({ topics: { has: query.topic } });
  if (query.urgency) conditions.push({ urgency: query.urgency });
  if (query.channel) conditions.push({ channel: query.channel });
  if (query.callType) conditions.push({ callType: query.callType });
  if (query.operator) conditions.push({ operatorId: query.operator });
  if (query.action) conditions.push({ actions: { has: query.action } });
  if (query.status) conditions.push({ status: query.status });
  if (query.callbackDue) conditions.push({ callbackDueAt: { not: null }, callbackCompletedAt: null });
  if (!query.includeVoided) conditions.push({ voidedAt: null });
  if (query.q) {
    const tokens = summaryTokens(query.q);
    // A query of only one-letter words matches nothing rather than everything.
    conditions.push(tokens.length ? { summaryTokens: { hasEvery: tokens } } : { id: { in: [] } });
  }
  return conditions;
}

/** Filters on enums and arrays: row-level security hides their statistics from the planner (see inIndexOrder). */
function filtersWithoutStatistics(query: ListHotlineCallsQuery) {
  return Boolean(
    query.topic ||
    query.urgency ||
    query.channel ||
    query.callType ||
    query.action ||
    query.status ||
    query.q ||
    query.callbackDue,
  );
}

/** Newest first, keyset-paginated. No phone number and no summary in lists. */
export async function listHotlineCalls(scope: Scope, query: ListHotlineCallsQuery, timeZone: string) {
  const db = dbFor(scope);
  const position = decodeCursor(query.cursor);
  const direction = query.order === "oldest" ? "asc" : "desc";
  // One alternative today (calls stay with the organisation that took them); the
  // merge keeps working if a scope ever has several.
  const read = (client: Pick<typeof db, "hotlineCall">, where: Prisma.HotlineCallWhereInput) =>
    client.hotlineCall.findMany({
      where: { AND: [where, ...filterWhere(query, timeZone), afterPosition("receivedAt", position, direction)] },
      orderBy: keysetOrder("receivedAt", direction),
      take: query.limit + 1,
      select: listRowSelect,
    });
  const scopes = alternatives(await scopeWhere(scope));
  const pages = filtersWithoutStatistics(query)
    ? await inIndexOrder(scope, async (tx) => {
        const found = [];
        for (const where of scopes) found.push(await read(tx, where));
        return found;
      })
    : await Promise.all(scopes.map((where) => read(db, where)));
  const rows = mergePages(pages, (r) => r.receivedAt, query.limit + 1, direction);
  const page = rows.slice(0, query.limit);
  const names = await operatorNames(
    scope,
    page.map((r) => r.operatorId),
  );
  const items = page.map(({ operatorId, ...row }) => ({
    ...row,
    operator: { id: operatorId, name: names.get(operatorId) ?? "" },
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.receivedAt, id: last.id }) : null,
  };
}

/** How many calls the list shows for these filters (a home's count): the list's scope and filters. */
export async function countHotlineCalls(
  scope: Scope,
  query: Omit<ListHotlineCallsQuery, "limit" | "cursor">,
  timeZone: string,
) {
  return dbFor(scope).hotlineCall.count({
    where: { AND: [await scopeWhere(scope), ...filterWhere({ ...query, limit: 1 }, timeZone)] },
  });
}

/** Every call matching the filters, in batches, for the CSV export (no personal fields). */
export async function* iterateHotlineCalls(
  scope: Scope,
  query: ListHotlineCallsQuery,
  timeZone: string,
  maxRows: number,
) {
  const db = dbFor(scope);
  const scopes = alternatives(await scopeWhere(scope));
  let position = null as ReturnType<typeof decodeCursor>;
  const direction = query.order === "oldest" ? "asc" : "desc";
  let sent = 0;
  while (sent < maxRows) {
    const take = Math.min(1000, maxRows - sent);
    const pages = await Promise.all(
      scopes.map((where) =>
        db.hotlineCall.findMany({
          where: { AND: [where, ...filterWhere(query, timeZone), afterPosition("receivedAt", position, direction)] },
          orderBy: keysetOrder("receivedAt", direction),
          take,
          select: listSelect,
        }),
      ),
    );
    const batch = mergePages(pages, (r) => r.receivedAt, take, direction);
    if (batch.length === 0) return;
    yield batch;
    sent += batch.length;
    const last = batch.at(-1)!;
    position = { at: last.receivedAt, id: last.id };
  }
}

/**
 * For a search of summaries: a few words around the match in each found call's summary. Only for
 * calls the actor may open (the same scope as the call's page, which shows the whole summary); the
 * reading is audited with the calls' ids, never the words.
 */
export async function getSearchSnippets(scope: Scope, callIds: string[], q: string): Promise<Map<string, Snippet>> {
  const snippets = new Map<string, Snippet>();
  if (callIds.length === 0 || !q.trim()) return snippets;
  const db = dbFor(scope);
  const where = await scopeWhere(scope);
  return db.$transaction(async (tx) => {
    const calls = await tx.hotlineCall.findMany({
      where: { AND: [{ id: { in: callIds.slice(0, 100) } }, where] },
      select: { id: true, summaryEncrypted: true },
    });
    for (const call of calls) {
      if (!call.summaryEncrypted) continue;
      const found = snippetAround(
        decryptField(call.summaryEncrypted, fieldContext("hotline_calls", "summary_encrypted", call.id)),
        q,
      );
      if (found) snippets.set(call.id, found);
    }
    if (snippets.size > 0) {
      await appendAudit(tx, scope, {
        action: "hotline_call.search_snippets",
        recordType: "HOTLINE_CALL",
        details: { calls: [...snippets.keys()] },
      });
    }
    return snippets;
  });
}

/** One call with its summary (and the caller's number where allowed); the read is audited. */
export async function getHotlineCall(scope: Scope, id: string) {
  return auditedRead(scope, (tx) => readHotlineCall(tx, scope, id));
}

/**
 * getHotlineCall inside a transaction the caller holds: the API's answer to a new call reads it in
 * the transaction that wrote it (lib/hotline/mutations.ts), one transaction instead of two.
 */
export async function readHotlineCall(tx: Tx, scope: Scope, id: string) {
  const where = await scopeWhere(scope);
  const call = await tx.hotlineCall.findFirst({
    where: { AND: [{ id }, where] },
    select: {
      ...listSelect,
      callerRegion: true,
      callerPlace: true,
      callbackConsent: true,
      callerPhoneEncrypted: true,
      summaryEncrypted: true,
      authorityReportReasonEncrypted: true,
      authorityReportDecidedBy: { select: { name: true } },
      voidReason: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      followUpOfId: true,
      people: {
        orderBy: { linkedAt: "asc" },
        select: { victim: { select: { ...PERSON_RULE_SELECT, caseNumber: true } } },
      },
      followUps: { select: { id: true, receivedAt: true }, orderBy: { receivedAt: "asc" } },
    },
  });
  if (!call) return null;
  const showPhone = maySeeCallerPhone(scope, call);
  await appendAudit(tx, scope, {
    action: "hotline_call.read",
    recordType: "HOTLINE_CALL",
    recordId: call.id,
    organisationId: call.organisationId,
    details: { callerPhoneShown: showPhone && Boolean(call.callerPhoneEncrypted) },
  });
  const { callerPhoneEncrypted, summaryEncrypted, people, authorityReportReasonEncrypted, ...rest } = call;
  // The call's own organisation's people are named by their case numbers (its own references),
  // so the operator who registered them sees that they were; another organisation's record only
  // where the rule shows it. A record links only for those the rule shows it to.
  const access = await personAccessOf(scope);
  const shown = people.flatMap(({ victim }) => {
    const view = viewOfPerson(access, victim);
    if (view.kind === "hidden" && victim.organisationId !== scope.organisationId) return [];
    return [
      {
        id: view.kind === "all" || view.kind === "fields" ? victim.id : null,
        caseNumber: victim.caseNumber,
        restricted: view.kind === "restricted",
      },
    ];
  });
  return {
    ...rest,
    peopleCount: people.length,
    people: shown,
    reportReason: authorityReportReasonEncrypted
      ? decryptField(
          authorityReportReasonEncrypted,
          fieldContext("hotline_calls", "authority_report_reason_encrypted", call.id),
        )
      : null,
    callerPhone:
      showPhone && callerPhoneEncrypted
        ? decryptField(callerPhoneEncrypted, fieldContext("hotline_calls", "caller_phone_encrypted", call.id))
        : null,
    summary: summaryEncrypted
      ? decryptField(summaryEncrypted, fieldContext("hotline_calls", "summary_encrypted", call.id))
      : null,
  };
}

export type HotlineCallDetail = NonNullable<Awaited<ReturnType<typeof getHotlineCall>>>;

/**
 * Earlier calls from the number being typed, in the actor's organisation only: how many, and the
 * dates and topics of the last three. Neither the number nor anyone else's number is returned.
 */
export async function findRepeatCaller(scope: Scope, query: RepeatCallerQuery, defaultCountry: string) {
  const db = dbFor(scope);
  if (!scope.organisationId) return null;
  const phone = normalisePhone(query.phone, query.phoneDefaultCountry ?? defaultCountry);
  if (!phone) return null;
  const where = { organisationId: scope.organisationId, callerPhoneHash: lookupHash(phone), voidedAt: null };
  const [count, last] = await Promise.all([
    db.hotlineCall.count({ where }),
    db.hotlineCall.findMany({
      where,
      orderBy: { receivedAt: "desc" },
      take: 3,
      select: { id: true, receivedAt: true, topics: true, urgency: true, callType: true },
    }),
  ]);
  await db.$transaction((tx) =>
    appendAudit(tx, scope, {
      action: "hotline_call.repeat_lookup",
      recordType: "HOTLINE_CALL",
      details: { matches: count },
    }),
  );
  return { count, last };
}

/** Calls whose callback is due or overdue and not yet made, soonest first. */
export async function listCallbackQueue(scope: Scope, limit = 100) {
  const db = dbFor(scope);
  const calls = await db.hotlineCall.findMany({
    where: {
      AND: [await scopeWhere(scope), { callbackDueAt: { not: null }, callbackCompletedAt: null, voidedAt: null }],
    },
    orderBy: [{ callbackDueAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { ...listSelect, callbackConsent: true },
  });
  const now = Date.now();
  return calls.map((call) => ({ ...call, overdue: call.callbackDueAt!.getTime() < now }));
}

/**
 * Calls per day of a month by urgency, and per topic, for the actor's own organisation, in its
 * time zone's days (the counts' days: lib/hotline/call-counts.ts).
 */
export async function getMonthFigures(scope: Scope, month: string): Promise<MonthFigures | null> {
  const db = readDbFor(scope);
  if (!maySeeCallFigures(scope) || !scope.organisationId) return null;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  // From the counts kept as calls are written (decision 0038), in the organisation's local days.
  const daily = await readDailyCallCounts(db, scope.organisationId, `${month}-01`, lastDay, ["urgency", "topic"]);
  const byDay = daily
    .filter((row) => row.dimension === "urgency")
    .map((row) => ({ day: row.day, urgency: row.key, n: row.n }));
  // The month's topics: its days' counts added up (the same statement, no second read).
  const topics = new Map<string, number>();
  for (const row of daily)
    if (row.dimension === "topic" && row.key !== null) topics.set(row.key, (topics.get(row.key) ?? 0) + row.n);
  const byTopic = [...topics]
    .filter(([, n]) => n !== 0)
    .sort((a, b) => b[1] - a[1])
    .map(([topic, n]) => ({ topic, n }));
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const days = Array.from({ length: daysInMonth }, (_, i) => ({
    day: `${month}-${String(i + 1).padStart(2, "0")}`,
    CRITICAL: 0,
    URGENT: 0,
    NON_CRITICAL: 0,
    other: 0,
  }));
  let total = 0;
  for (const row of byDay) {
    const entry = days.find((d) => d.day === row.day);
    if (!entry) continue;
    const key =
      row.urgency === "CRITICAL" || row.urgency === "URGENT" || row.urgency === "NON_CRITICAL" ? row.urgency : "other";
    entry[key] += Number(row.n);
    total += Number(row.n);
  }
  return { days, topics: byTopic.map((t) => ({ topic: t.topic, count: Number(t.n) })), total };
}

/** The operator's saved draft, decrypted, or null. */
export async function getHotlineCallDraft(
  scope: Scope,
): Promise<{ values: Record<string, unknown>; savedAt: Date } | null> {
  const db = dbFor(scope);
  if (!scope.organisationId) return null;
  const draft = await db.hotlineCallDraft.findFirst({
    where: { userId: scope.userId, organisationId: scope.organisationId },
    select: { payloadEncrypted: true, updatedAt: true },
  });
  if (!draft) return null;
  // A draft that does not decrypt here (copied from another operator's row) is as good as none.
  const values = decryptJsonField<Record<string, unknown> | null>(
    draft.payloadEncrypted,
    fieldContext("hotline_call_drafts", "payload_encrypted", scope.userId),
    null,
  );
  return values && { values, savedAt: draft.updatedAt };
}

// The organisation's operators, kept between requests while its access epoch holds: the epoch
// moves with any membership of the organisation and any change of a member's name (migration
// 20261208023613), so the kept list is the list a read would give.
const operatorsOf = new EpochCache<{ id: string; name: string }>(500);

/**
 * Operators who took calls in the organisation, for the list's operator filter; the list names
 * its rows' operators from it too.
 */
export const listCallOperators = cache(async (scope: Scope) => {
  const organisationId = scope.organisationId;
  if (!organisationId) return [];
  return operatorsOf.keptOrRead(organisationId, scope.accessEpoch, () =>
    dbFor(scope).user.findMany({
      where: {
        memberships: { some: { organisationId, role: { in: ["HOTLINE_OPERATOR", "COORDINATOR"] } } },
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  );
});

/**
 * The names of the operators of a page of calls: from the organisation's staff list, and a read
 * only for those no longer on it (a former member's calls keep their name).
 */
async function operatorNames(scope: Scope, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map((await listCallOperators(scope)).map((u) => [u.id, u.name]));
  const missing = [...new Set(ids)].filter((id) => !names.has(id));
  const former = missing.length
    ? await dbFor(scope).user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })
    : [];
  for (const u of former) names.set(u.id, u.name);
  return names;
}
