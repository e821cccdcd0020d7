import "server-only";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/auth/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { getActiveGrant } from "@/lib/access/data";
import { decryptField, fieldContext } from "@/lib/crypto";
import { afterPosition, alternatives, decodeCursor, encodeCursor, mergePages } from "@/lib/keyset";
import { nameSearchKey, parseNameQuery } from "@/lib/text/name-key";
import { AppError } from "@/lib/errors";
import { mayBreakGlass, mayEditVictim, mayRegisterVictims, visibleVictimFields } from "./policy";
import { victimScope, victimScopeWhere } from "./scope";
import type { DuplicateCheckInput, ListVictimsQuery } from "./schema";
import { documentNumberHash } from "./identifiers";
import { searchVictimIdsByName } from "./search";
import type { DuplicateMatch } from "./types";

const listSelect = {
  id: true,
  organisationId: true,
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

function filterWhere(query: ListVictimsQuery): Prisma.VictimWhereInput[] {
  const conditions: Prisma.VictimWhereInput[] = [];
  if (query.status) conditions.push({ status: query.status });
  if (query.riskLevel) conditions.push({ riskLevel: query.riskLevel });
  if (query.exploitationType) conditions.push({ exploitationTypes: { has: query.exploitationType } });
  if (query.citizenship) conditions.push({ citizenships: { has: query.citizenship } });
  if (query.assignedTo) conditions.push({ assignedToId: query.assignedTo });
  if (query.needsOpen) conditions.push({ supportItems: { some: { status: { not: "DONE" } } } });
  return conditions;
}

/**
 * Records the actor may see. With `q`: the best name matches in any script (no cursor: the top
 * matches); without: newest first, keyset-paginated. Searches are audited (never the words).
 */
export async function listVictims(scope: Scope, query: ListVictimsQuery) {
  const db = dbFor(scope);
  const { where: policy, shared } = await victimScope(scope);
  if (query.q) {
    const ids = scope.organisationId
      ? await searchVictimIdsByName(scope, query.q, { organisationIds: [scope.organisationId], extraIds: shared })
      : [];
    const rows = await db.victim.findMany({ where: { AND: [{ id: { in: ids } }, policy, ...filterWhere(query)] }, select: listSelect });
    const rank = new Map(ids.map((id, index) => [id, index]));
    const items = rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!).slice(0, query.limit);
    await db.$transaction((tx) => appendAudit(tx, scope, { action: "victim.search", recordType: "VICTIM", details: { results: items.length } }));
    return { items, nextCursor: null };
  }
  const position = decodeCursor(query.cursor);
  // Own records and shared ones are read apart, each on its index (see alternatives).
  const pages = await Promise.all(
    alternatives(policy).map((where) =>
      db.victim.findMany({
        where: { AND: [where, ...filterWhere(query), afterPosition("createdAt", position)] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: query.limit + 1,
        select: listSelect,
      }),
    ),
  );
  const rows = mergePages(pages, (r) => r.createdAt, query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
}

export type VictimListRow = Awaited<ReturnType<typeof listVictims>>["items"][number];

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
  events: { orderBy: [{ startedOn: "asc" }, { createdAt: "asc" }], select: { id: true, kind: true, countryCode: true, place: true, startedOn: true, endedOn: true } },
  supportItems: { orderBy: { createdAt: "asc" }, select: { id: true, area: true, status: true, provider: true, plannedOn: true, startedOn: true, doneOn: true } },
  hotlineCalls: { select: { id: true, receivedAt: true }, orderBy: { receivedAt: "desc" }, take: 20 },
} satisfies Prisma.VictimSelect;

/**
 * One record in the actor's scope, decrypted, with only the fields the actor may see (a partner
 * organisation sees the shared set); null when out of scope. The read is audited.
 */
export async function getVictimRecord(scope: Scope, id: string) {
  const db = dbFor(scope);
  const where = await victimScopeWhere(scope);
  const found = await db.$transaction(async (tx) => {
    const victim = await tx.victim.findFirst({ where: { AND: [{ id }, where] }, select: recordSelect });
    if (!victim) return null;
    await appendAudit(tx, scope, { action: "victim.read", recordType: "VICTIM", recordId: victim.id, organisationId: victim.organisationId });
    return victim;
  });
  if (!found) return null;
  const grant = found.organisationId === scope.organisationId ? null : await getActiveGrant(scope, "VICTIM", found.id);
  const visible = visibleVictimFields(scope, found, grant?.fields ?? null);
  const sees = (field: string) => visible === "all" || visible.has(field);
  const { phoneEncrypted, addressEncrypted, trustedContactEncrypted, documentNumberEncrypted, narrativeEncrypted, ...plain } = found;
  const decrypt = (field: string, value: string | null) => (value && sees(field) ? decryptField(value, fieldContext("victims", `${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_encrypted`, found.id)) : null);
  const record = {
    ...plain,
    phone: decrypt("phone", phoneEncrypted),
    address: decrypt("address", addressEncrypted),
    trustedContact: decrypt("trustedContact", trustedContactEncrypted),
    documentNumber: decrypt("documentNumber", documentNumberEncrypted),
    narrative: decrypt("narrative", narrativeEncrypted),
  };
  if (visible !== "all") {
    // Drop every field outside the shared set (ids and the owner's name stay, to say whose it is).
    for (const key of Object.keys(record) as (keyof typeof record)[]) {
      if (!["id", "organisationId", "organisation", "status", "version"].includes(key) && !visible.has(key)) {
        (record as Record<string, unknown>)[key] = Array.isArray(record[key]) ? [] : null;
      }
    }
  }
  return { record, shared: visible !== "all", mayEdit: mayEditVictim(scope, found) };
}

export type VictimRecord = NonNullable<Awaited<ReturnType<typeof getVictimRecord>>>["record"];

export type { DuplicateMatch } from "./types";

/**
 * Before registering: is this person already known anywhere in the network? Compares the
 * document number's keyed hash, and the birth date together with the name in any script. A match
 * in another organisation is reported by that organisation's name only.
 */
export async function checkDuplicates(scope: Scope, input: DuplicateCheckInput): Promise<DuplicateMatch[]> {
  const db = dbFor(scope);
  if (!mayRegisterVictims(scope)) throw new AppError("NOT_FOUND");
  // Other organisations' records are invisible under row-level security: the network-wide
  // question goes to network_duplicate_candidates(), which answers with ids and owners only.
  const names = nameSearchKey([input.familyName, input.familyNameLatin]) || nameSearchKey([input.givenName, input.givenNameLatin]);
  const query = parseNameQuery(input.birthDate ? names : "");
  const candidates = await db.$queryRaw<{ victim_id: string; organisation_id: string; reason: DuplicateMatch["reason"] }[]>`
    SELECT victim_id, organisation_id, reason
    FROM network_duplicate_candidates(${documentNumberHash(input.documentNumber)}, ${query.words}::text[], ${query.initials}::text[], ${input.birthDate ?? null}::date)`;
  const found = new Map<string, { organisationId: string; reason: DuplicateMatch["reason"] }>();
  for (const c of candidates) if (!found.has(c.victim_id)) found.set(c.victim_id, { organisationId: c.organisation_id, reason: c.reason });
  await db.$transaction((tx) => appendAudit(tx, scope, { action: "victim.duplicate_check", recordType: "VICTIM", details: { matches: found.size } }));
  if (found.size === 0) return [];
  const where = await victimScopeWhere(scope);
  const visible = new Map(
    (await db.victim.findMany({ where: { AND: [{ id: { in: [...found.keys()] } }, where] }, select: { id: true, caseNumber: true } })).map((v) => [v.id, v.caseNumber]),
  );
  const organisations = new Map(
    (await db.organisation.findMany({ where: { id: { in: [...new Set([...found.values()].map((f) => f.organisationId))] } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]),
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
    where: { active: true, memberships: { some: { organisationId: scope.organisationId, role: { in: ["CASE_WORKER", "COORDINATOR"] } } } },
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
  const victim = await db.victim.findFirst({ where: { id, organisationId: scope.organisationId }, select: { id: true, organisationId: true, restricted: true } });
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
    select: { id: true, createdAt: true, expiresAt: true, reasonEncrypted: true, user: { select: { name: true } }, victim: { select: { id: true, caseNumber: true } } },
  });
  return rows.map(({ reasonEncrypted, ...row }) => ({ ...row, reason: decryptField(reasonEncrypted, fieldContext("break_glass_accesses", "reason_encrypted", row.id)) }));
}
