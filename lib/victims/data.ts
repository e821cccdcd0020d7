import "server-only";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import {
  auditPeopleShown,
  personAccessOf,
  sharedIdsShowing,
  viewOfPerson,
  viewOfPersonFor,
  viewShows,
  visibleFields,
  type PersonAccess,
} from "@/lib/access/people";
import { personListWhere } from "@/lib/access/person";
import { roleHas } from "@/lib/roles/permissions";
import { decryptField, fieldContext } from "@/lib/crypto";
import { afterPosition, alternatives, decodeCursor, encodeCursor, mergePages, type KeysetPosition } from "@/lib/keyset";
import { nameSearchKey, parseNameQuery } from "@/lib/text/name-key";
import { AppError } from "@/lib/errors";
import { mayBreakGlass, mayCheckDuplicates, mayEditVictim } from "./policy";
import { victimScopeWhere } from "./scope";
import { queueCondition } from "./queues";
import type { DuplicateCheckInput, ListVictimsQuery } from "./schema";
import { documentNumberHash } from "./identifiers";
import { searchVictimIdsByName } from "./search";
import { consumeDuplicateCheck } from "./duplicate-limit";
import type { DuplicateMatch, PersonToLink } from "./types";
import { CASE_NUMBER_PATTERN } from "./codes";

const listSelect = {
  id: true,
  organisationId: true,
  restricted: true,
  assignedToId: true,
  createdById: true,
  caseNumber: true,
  status: true,
  riskLevel: true,
  givenName: true,
  familyName: true,
  givenNameLatin: true,
  familyNameLatin: true,
  sex: true,
  birthDate: true,
  estimatedAge: true,
  citizenships: true,
  createdAt: true,
  assignedTo: { select: { id: true, name: true } },
} satisfies Prisma.VictimSelect;

type ListRow = Prisma.VictimGetPayload<{ select: typeof listSelect }>;

/**
 * The list's filters. A filter on a field that a shared row does not show matches only the shared
 * rows whose grant shows it (the owner's assigned worker: none), or a filter would answer what the
 * row hides.
 */
function filterWhere(query: VictimFilters, access: PersonAccess): Prisma.VictimWhereInput[] {
  const own = access.scope.organisationId ?? "00000000-0000-0000-0000-000000000000";
  const ifShown = (field: string | null, condition: Prisma.VictimWhereInput): Prisma.VictimWhereInput =>
    field === null
      ? { AND: [condition, { organisationId: own }] }
      : { AND: [condition, { OR: [{ organisationId: own }, { id: { in: sharedIdsShowing(access, field) } }] }] };
  const conditions: Prisma.VictimWhereInput[] = [];
  if (query.status) conditions.push({ status: query.status });
  if (query.riskLevel) conditions.push(ifShown("riskLevel", { riskLevel: query.riskLevel }));
  if (query.exploitationType)
    conditions.push(ifShown("exploitationTypes", { exploitationTypes: { has: query.exploitationType } }));
  if (query.citizenship) conditions.push(ifShown("citizenships", { citizenships: { has: query.citizenship } }));
  if (query.assignedTo) conditions.push(ifShown(null, { assignedToId: query.assignedTo }));
  if (query.needsOpen)
    conditions.push(ifShown("supportItems", { supportItems: { some: { status: { not: "DONE" } } } }));
  if (query.queue) {
    const queue = queueCondition(query.queue, {
      now: new Date(),
      stalledDays: query.days,
      timeZone: access.scope.timeZone,
    });
    conditions.push(ifShown(queue.field, queue.where));
  }
  return conditions;
}

/** The list's filters without search and paging: what a count of the list takes. */
export type VictimFilters = Omit<ListVictimsQuery, "limit" | "cursor" | "q">;

/**
 * How many rows the list (`/victims` with the same filters) shows: the one rule's `where` and the
 * list's own filters, so a count on a home is the length of the list it links to. Numbers only.
 */
export async function countVictims(scope: Scope, query: VictimFilters = {}) {
  const access = await personAccessOf(scope);
  return dbFor(scope).victim.count({ where: { AND: [personListWhere(access), ...filterWhere(query, access)] } });
}

/**
 * The same count split by status, or (own organisation's records only, as the list's `assignedTo`
 * filter) by assigned worker: one query for a home's block of counts.
 */
export async function countVictimsBy(scope: Scope, by: "status" | "assignedToId", query: VictimFilters = {}) {
  const access = await personAccessOf(scope);
  const own: Prisma.VictimWhereInput[] =
    by === "assignedToId" ? [{ organisationId: scope.organisationId ?? "00000000-0000-0000-0000-000000000000" }] : [];
  const groups = await dbFor(scope).victim.groupBy({
    by: [by],
    where: { AND: [personListWhere(access), ...filterWhere(query, access), ...own] },
    _count: { _all: true },
  });
  return groups.map((g) => ({ key: (g as Record<string, unknown>)[by] as string | null, count: g._count._all }));
}

/**
 * A list row as the actor may see it: a shared row carries only the fields its grant shows, and
 * none of the owner's own metadata (assigned worker, creation time); it is listed at the time it
 * was shared with the actor's organisation.
 */
function listItem(access: PersonAccess, row: ListRow) {
  const view = viewOfPerson(access, row);
  const { restricted: _restricted, assignedToId: _assignedToId, createdById: _createdById, ...plain } = row;
  if (view.kind === "all") return { ...plain, shared: false, listedAt: row.createdAt };
  const shows = (field: string) => viewShows(view, field);
  return {
    ...plain,
    caseNumber: shows("caseNumber") ? row.caseNumber : "",
    riskLevel: shows("riskLevel") ? row.riskLevel : null,
    givenName: shows("givenName") ? row.givenName : null,
    familyName: shows("familyName") ? row.familyName : null,
    givenNameLatin: shows("givenNameLatin") ? row.givenNameLatin : null,
    familyNameLatin: shows("familyNameLatin") ? row.familyNameLatin : null,
    sex: shows("sex") ? row.sex : null,
    birthDate: shows("birthDate") ? row.birthDate : null,
    estimatedAge: shows("estimatedAge") ? row.estimatedAge : null,
    citizenships: shows("citizenships") ? row.citizenships : [],
    createdAt: null,
    assignedTo: null,
    shared: true,
    listedAt: access.grants.get(row.id)?.since ?? row.createdAt,
  };
}

/**
 * Records the actor may see. With `q`: the best name matches in any script (no cursor: the top
 * matches); without: newest first (a shared record by when it was shared), keyset-paginated.
 * Every list view and search is audited with the people it showed (never the words).
 */
export async function listVictims(scope: Scope, query: ListVictimsQuery) {
  const db = dbFor(scope);
  const access = await personAccessOf(scope);
  const policy = personListWhere(access);
  const filters = filterWhere(query, access);
  if (query.q) {
    const ids = scope.organisationId
      ? await searchVictimIdsByName(scope, query.q, {
          organisationIds: [scope.organisationId],
          extraIds: sharedIdsShowing(access, "givenName"),
        })
      : [];
    const rows = await db.victim.findMany({
      where: { AND: [{ id: { in: ids } }, policy, ...filters] },
      select: listSelect,
    });
    const rank = new Map(ids.map((id, index) => [id, index]));
    const items = rows
      .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
      .slice(0, query.limit)
      .map((r) => listItem(access, r));
    await db.$transaction(async (tx) => {
      await appendAudit(tx, scope, {
        action: "victim.search",
        recordType: "VICTIM",
        details: { results: items.length },
      });
      await auditPeopleShown(
        scope,
        "victims.search",
        items.map((i) => i.id),
        tx,
      );
    });
    return { items, nextCursor: null };
  }
  const position = decodeCursor(query.cursor);
  const own = scope.organisationId ? alternatives(policy).filter((w) => !("id" in w)) : [];
  const [ownPages, shared] = await Promise.all([
    // Own records on their (organisation, created) index.
    Promise.all(
      own.map((where) =>
        db.victim.findMany({
          where: { AND: [where, ...filters, afterPosition("createdAt", position)] },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: query.limit + 1,
          select: listSelect,
        }),
      ),
    ),
    sharedPage(access, filters, position, query.limit + 1),
  ]);
  const rows = mergePages(
    [...ownPages.map((p) => p.map((r) => listItem(access, r))), shared.map((r) => listItem(access, r))],
    (r) => r.listedAt,
    query.limit + 1,
  );
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  await auditPeopleShown(
    scope,
    "victims.list",
    items.map((i) => i.id),
  );
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.listedAt, id: last.id }) : null,
  };
}

/**
 * One page of the records shared with the actor's organisation, ordered by when they were shared
 * (newest first), after `position`. The shared set is small (the grants are already in memory), so
 * the filters are applied in the database and the order in memory.
 */
async function sharedPage(
  access: PersonAccess,
  filters: Prisma.VictimWhereInput[],
  position: KeysetPosition | null,
  take: number,
) {
  if (!roleHas(access.scope.role, "cases.read.all") || access.grants.size === 0) return [];
  const db = dbFor(access.scope);
  const matching = await db.victim.findMany({
    where: { AND: [{ id: { in: [...access.grants.keys()] } }, ...filters] },
    select: { id: true },
  });
  const since = (id: string) => access.grants.get(id)!.since;
  const after = (id: string) =>
    !position || since(id) < position.at || (since(id).getTime() === position.at.getTime() && id < position.id);
  const ids = matching
    .map((m) => m.id)
    .filter(after)
    .sort((a, b) => since(b).getTime() - since(a).getTime() || (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, take);
  if (ids.length === 0) return [];
  const rows = await db.victim.findMany({ where: { id: { in: ids } }, select: listSelect });
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

export type VictimListRow = Awaited<ReturnType<typeof listVictims>>["items"][number];

/**
 * Records of the actor's own organisation to link to a call, found by the list's own search (names
 * in any script, audited with the people shown) or by an exact case number (audited alike).
 */
export async function findPeopleToLink(scope: Scope, q: string): Promise<PersonToLink[]> {
  if (!scope.organisationId) return [];
  const access = await personAccessOf(scope);
  const caseNumber = q.trim().toUpperCase();
  let items: VictimListRow[];
  if (CASE_NUMBER_PATTERN.test(caseNumber)) {
    const db = dbFor(scope);
    const row = await db.victim.findFirst({
      where: { AND: [{ caseNumber, organisationId: scope.organisationId }, personListWhere(access)] },
      select: listSelect,
    });
    items = row ? [listItem(access, row)] : [];
    await auditPeopleShown(
      scope,
      "victims.search",
      items.map((i) => i.id),
    );
  } else {
    items = (await listVictims(scope, { q, limit: 10 })).items;
  }
  return items
    .filter((i) => i.organisationId === scope.organisationId && i.caseNumber)
    .map((i) => ({
      id: i.id,
      caseNumber: i.caseNumber,
      names: [i.givenName, i.familyName].filter(Boolean).join(" ") || null,
      estimatedAge: i.estimatedAge,
    }));
}

const recordSelect = {
  ...listSelect,
  closureReason: true,
  closedAt: true,
  restricted: true,
  identifiedOn: true,
  identifiedBy: true,
  patronymic: true,
  patronymicLatin: true,
  aliases: true,
  regionOfOrigin: true,
  placeOfOrigin: true,
  languages: true,
  maritalStatus: true,
  educationLevel: true,
  phoneEncrypted: true,
  addressEncrypted: true,
  trustedContactEncrypted: true,
  passportStatus: true,
  documentNumberEncrypted: true,
  documentExpiry: true,
  entryBanUntil: true,
  traffickingStatus: true,
  traffickingStatusDecidedBy: true,
  exploitationTypes: true,
  labourSectors: true,
  meansOfControl: true,
  recruitmentMethod: true,
  recruiterRelation: true,
  narrativeEncrypted: true,
  version: true,
  updatedAt: true,
  organisation: { select: { name: true } },
  events: {
    orderBy: [{ startedOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, countryCode: true, place: true, startedOn: true, endedOn: true },
  },
  supportItems: {
    orderBy: { createdAt: "asc" },
    select: { id: true, area: true, status: true, provider: true, plannedOn: true, startedOn: true, doneOn: true },
  },
  calls: {
    select: { call: { select: { id: true, receivedAt: true } } },
    orderBy: { call: { receivedAt: "desc" } },
    take: 20,
  },
} satisfies Prisma.VictimSelect;

/**
 * One record in the actor's scope, decrypted, with only the fields the actor may see (a partner
 * organisation sees the shared set); null when out of scope. The read is audited.
 */
export async function getVictimRecord(scope: Scope, id: string) {
  const where = await victimScopeWhere(scope);
  const found = await auditedRead(scope, async (tx) => {
    const victim = await tx.victim.findFirst({ where: { AND: [{ id }, where] }, select: recordSelect });
    if (!victim) return null;
    await appendAudit(tx, scope, {
      action: "victim.read",
      recordType: "VICTIM",
      recordId: victim.id,
      organisationId: victim.organisationId,
    });
    return victim;
  });
  if (!found) return null;
  const visible = visibleFields(await viewOfPersonFor(scope, found));
  // The list's `where` found it, so the rule shows it; anything else is a defect, answered as 404.
  if (!visible) return null;
  const sees = (field: string) => visible === "all" || visible.has(field);
  const {
    phoneEncrypted,
    addressEncrypted,
    trustedContactEncrypted,
    documentNumberEncrypted,
    narrativeEncrypted,
    calls,
    ...plain
  } = found;
  const decrypt = (field: string, value: string | null) =>
    value && sees(field)
      ? decryptField(
          value,
          fieldContext("victims", `${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_encrypted`, found.id),
        )
      : null;
  const record = {
    ...plain,
    phone: decrypt("phone", phoneEncrypted),
    address: decrypt("address", addressEncrypted),
    trustedContact: decrypt("trustedContact", trustedContactEncrypted),
    documentNumber: decrypt("documentNumber", documentNumberEncrypted),
    narrative: decrypt("narrative", narrativeEncrypted),
    hotlineCalls: calls.map((c) => c.call),
  };
  if (visible !== "all") {
    // Drop every field outside the shared set (ids and the owner's name stay, to say whose it is).
    // The calls linked to the person stay with the organisation that took them.
    for (const key of Object.keys(record) as (keyof typeof record)[]) {
      if (!["id", "organisationId", "organisation", "status", "version"].includes(key) && !visible.has(key)) {
        (record as Record<string, unknown>)[key] = Array.isArray(record[key]) ? [] : null;
      }
    }
  }
  return { record, shared: visible !== "all", mayEdit: mayEditVictim(scope, found) };
}

export type VictimRecord = NonNullable<Awaited<ReturnType<typeof getVictimRecord>>>["record"];

export type { DuplicateMatch, PersonToLink } from "./types";

/**
 * Before registering: is this person already known anywhere in the network? Compares the
 * document number's keyed hash, and the birth date together with the name in any script. A match
 * in another organisation is reported by that organisation's name only.
 */
export async function checkDuplicates(scope: Scope, input: DuplicateCheckInput): Promise<DuplicateMatch[]> {
  const db = dbFor(scope);
  if (!mayCheckDuplicates(scope)) throw new AppError("NOT_FOUND");
  await consumeDuplicateCheck(scope.userId);
  // Other organisations' records are invisible under row-level security: the network-wide
  // question goes to network_duplicate_candidates(), which answers with ids and owners only.
  const names =
    nameSearchKey([input.familyName, input.familyNameLatin]) || nameSearchKey([input.givenName, input.givenNameLatin]);
  const query = parseNameQuery(input.birthDate ? names : "");
  const candidates = await db.$queryRaw<
    { victim_id: string; organisation_id: string; reason: DuplicateMatch["reason"] }[]
  >`
    SELECT victim_id, organisation_id, reason
    FROM network_duplicate_candidates(${documentNumberHash(input.documentNumber)}, ${query.words}::text[], ${query.initials}::text[], ${input.birthDate ?? null}::date)`;
  const found = new Map<string, { organisationId: string; reason: DuplicateMatch["reason"] }>();
  for (const c of candidates)
    if (!found.has(c.victim_id)) found.set(c.victim_id, { organisationId: c.organisation_id, reason: c.reason });
  if (found.size === 0) {
    await db.$transaction((tx) =>
      appendAudit(tx, scope, { action: "victim.duplicate_check", recordType: "VICTIM", details: { matches: 0 } }),
    );
    return [];
  }
  // A match the actor may see is linked by id and case number; any other is named by its
  // organisation only. The check is audited with the organisations it named (never the input, and
  // never ids of records the actor may not see).
  const where = await victimScopeWhere(scope);
  const visible = new Map(
    (
      await db.victim.findMany({
        where: { AND: [{ id: { in: [...found.keys()] } }, where] },
        select: { id: true, caseNumber: true },
      })
    ).map((v) => [v.id, v.caseNumber]),
  );
  await db.$transaction((tx) =>
    appendAudit(tx, scope, {
      action: "victim.duplicate_check",
      recordType: "VICTIM",
      details: { matches: found.size, organisations: [...new Set([...found.values()].map((f) => f.organisationId))] },
    }),
  );
  const organisations = new Map(
    (
      await db.organisation.findMany({
        where: { id: { in: [...new Set([...found.values()].map((f) => f.organisationId))] } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  return [...found].map(([id, match]) => ({
    victimId: visible.has(id) ? id : null,
    caseNumber: visible.get(id) ?? null,
    organisationName: organisations.get(match.organisationId) ?? "",
    sameOrganisation: match.organisationId === scope.organisationId,
    reason: match.reason,
  }));
}

/** Case staff of the organisation a record can be assigned to. */
export async function listAssignableWorkers(scope: Scope) {
  const db = dbFor(scope);
  if (!scope.organisationId) return [];
  return db.user.findMany({
    where: {
      active: true,
      memberships: { some: { organisationId: scope.organisationId, role: { in: ["CASE_WORKER", "COORDINATOR"] } } },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * A restricted record of the actor's own organisation that they may open by breaking the glass:
 * its id only (nothing else is shown before the reason is given), or null.
 */
export async function findBreakGlassCandidate(scope: Scope, id: string): Promise<{ id: string } | null> {
  const db = dbFor(scope);
  if (!scope.organisationId) return null;
  const victim = await db.victim.findFirst({
    where: { id, organisationId: scope.organisationId },
    select: { id: true, organisationId: true, restricted: true },
  });
  return victim && mayBreakGlass(scope, victim) ? { id: victim.id } : null;
}

/** Break-glass accesses in the organisation, newest first, with the reasons: for the ORG_ADMIN. */
export async function listBreakGlassAccesses(scope: Scope) {
  const db = dbFor(scope);
  if (!scope.organisationId) return [];
  const rows = await db.breakGlassAccess.findMany({
    where: { organisationId: scope.organisationId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      reasonEncrypted: true,
      user: { select: { name: true } },
      victim: { select: { id: true, caseNumber: true } },
    },
  });
  return rows.map(({ reasonEncrypted, ...row }) => ({
    ...row,
    reason: decryptField(reasonEncrypted, fieldContext("break_glass_accesses", "reason_encrypted", row.id)),
  }));
}
