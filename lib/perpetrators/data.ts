// Reading perpetrator records, and "seen before?": the organisation's own matching records and,
// across the network, only how many other organisations recorded a match.
import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, decryptJsonField, fieldContext } from "@/lib/crypto";
import { afterPosition, decodeCursor, encodeCursor } from "@/lib/keyset";
import { AppError } from "@/lib/errors";
import { consumePerUser } from "@/lib/rate-limit";
import { identifierHash, nameHash, nameKeysOf } from "./keys";
import { mayWritePerpetrators, perpetratorReadWhere, perpetratorWhere } from "./policy";
import { getActiveGrant } from "@/lib/access/data";
import { situationWhere } from "@/lib/situations/policy";
import type { ListPerpetratorsQuery, PerpetratorMatchInput } from "./schema";

/** 60 lookups per user per hour, as the people's duplicate check (docs/security.md). */
export const PERPETRATOR_MATCH_LIMIT = {
  prefix: "perpmatch_user",
  points: 60,
  duration: 60 * 60,
  messageKey: "errors.perpetratorMatchLimit",
};

const open = (table: string, column: string, id: string, value: string) =>
  decryptField(value, fieldContext(table, column, id));

const summarySelect = {
  id: true,
  kind: true,
  roles: true,
  relation: true,
  nationality: true,
  activeIn: true,
  nameEncrypted: true,
  source: true,
  confidence: true,
  createdAt: true,
  _count: { select: { situations: true } },
} as const;

type SummaryRow = { id: string; nameEncrypted: string; _count: { situations: number } };

function summary<R extends SummaryRow>(row: R) {
  const { nameEncrypted, _count, ...rest } = row;
  return {
    ...rest,
    name: open("perpetrators", "name_encrypted", row.id, nameEncrypted),
    situations: _count.situations,
  };
}

/** Who owns a record, for the list and the page: a partner's record says whose it is. */
const ownerSelect = { organisationId: true, organisation: { select: { name: true } } } as const;

/** The owner's name for a record shared with the actor's organisation; null for its own. */
function sharedByOf(scope: Scope, row: { organisationId: string; organisation: { name: string } }) {
  return row.organisationId === scope.organisationId ? null : row.organisation.name;
}

/**
 * One record with its identifiers and situations; null for one the actor may not see. Audited. A
 * record a partner shared (decision 0022) comes without its notes, and with its identifiers only
 * under a FULL grant (row-level security withholds them otherwise too).
 */
export async function getPerpetrator(scope: Scope, id: string) {
  const db = dbFor(scope);
  const [where, seen] = await Promise.all([perpetratorReadWhere(scope), situationWhere(scope)]);
  return db.$transaction(async (tx) => {
    const row = await tx.perpetrator.findFirst({
      where: { AND: [{ id }, where] },
      select: {
        ...summarySelect,
        ...ownerSelect,
        aliasesEncrypted: true,
        notesEncrypted: true,
        version: true,
        identifiers: { select: { id: true, kind: true, valueEncrypted: true }, orderBy: { kind: "asc" } },
        // Only the situations the actor sees (a case worker may see a recruiter through one of several).
        situations: {
          where: { situation: seen },
          orderBy: { linkedAt: "asc" },
          select: { role: true, situation: { select: { id: true, reference: true } } },
        },
      },
    });
    if (!row) return null;
    const sharedBy = sharedByOf(scope, row);
    const grant = sharedBy ? await getActiveGrant(scope, "PERPETRATOR", row.id) : null;
    if (sharedBy && !grant) return null;
    await appendAudit(tx, scope, {
      action: "perpetrator.read",
      details: { perpetratorId: row.id, ...(grant ? { grantId: grant.id } : {}) },
    });
    // Ciphertexts and the owner's row stay here; a shared record's notes are never opened.
    const { aliasesEncrypted, identifiers, situations, organisation: _owner, notesEncrypted: sealed, ...rest } = row;
    const notesEncrypted = sharedBy ? null : sealed;
    return {
      ...summary(rest),
      sharedBy,
      /** A shared record: whether its grant includes the identifiers. */
      sharedScope: grant?.scope ?? null,
      version: row.version,
      /** Links to situations, the actor's or not (a count only: the others stay unnamed). */
      situationsInAll: row._count.situations,
      aliases: aliasesEncrypted
        ? decryptJsonField<string[]>(aliasesEncrypted, fieldContext("perpetrators", "aliases_encrypted", row.id), [])
        : [],
      notes: notesEncrypted ? open("perpetrators", "notes_encrypted", row.id, notesEncrypted) : null,
      identifiers: (sharedBy && grant?.scope !== "FULL" ? [] : identifiers).map((i) => ({
        id: i.id,
        kind: i.kind,
        value: open("perpetrator_identifiers", "value_encrypted", i.id, i.valueEncrypted),
      })),
      situations: situations.map((s) => ({ role: s.role, id: s.situation.id, reference: s.situation.reference })),
    };
  });
}

export type PerpetratorView = NonNullable<Awaited<ReturnType<typeof getPerpetrator>>>;

/**
 * "Seen before?" for a name and identifiers being typed: the organisation's own records the actor
 * may see that match (exactly on an identifier, or on every word of the name in any script and
 * order), and how many other organisations recorded a match, never which or what. Each lookup is
 * audited (without the words) and counted against the user's hourly limit.
 */
export async function matchPerpetrators(scope: Scope, input: PerpetratorMatchInput) {
  if (!mayWritePerpetrators(scope)) throw new AppError("NOT_FOUND");
  await consumePerUser(PERPETRATOR_MATCH_LIMIT, scope.userId);
  const hashes = input.identifiers.map((i) => identifierHash(i.kind, i.value));
  const keys = input.name ? nameKeysOf(input.name) : [];
  const db = dbFor(scope);
  const where = await perpetratorWhere(scope);
  return db.$transaction(async (tx) => {
    // Names match loosely among the organisation's own records: every word typed is close (trigram
    // similarity 0.35: short names differ by a letter, "Rustem" and "Rustam" are 0.4 apart) to a word of the name in any script, so "Rustem
    // Holmatov" finds «Рустам Холматов». Across the network only the exact name hash counts.
    const nearby = keys.length
      ? (
          await tx.$queryRaw<{ id: string }[]>`
            SELECT p.id::text AS id FROM perpetrators p
            WHERE p.organisation_id = ${scope.organisationId}::uuid AND p.anonymised_at IS NULL
              AND (SELECT bool_and(EXISTS (SELECT 1 FROM unnest(p.name_keys) k WHERE similarity(k, w) >= 0.35))
                   FROM unnest(${keys}::text[]) w)
            LIMIT 50`
        ).map((r) => r.id)
      : [];
    const matchers = [
      ...(hashes.length ? [{ identifiers: { some: { valueHash: { in: hashes } } } }] : []),
      ...(nearby.length ? [{ id: { in: nearby } }] : []),
    ];
    // Nothing to match by: nothing found (an empty OR would not narrow the query at all).
    const own = !matchers.length
      ? []
      : await tx.perpetrator.findMany({
          where: {
            AND: [where, { OR: matchers }],
          },
          orderBy: { createdAt: "desc" },
          take: 20,
          select: summarySelect,
        });
    const [counted] = await tx.$queryRaw<{ matches: number }[]>`
      SELECT perpetrator_network_matches(${hashes}::text[], ${keys.length ? nameHash(input.name!) : null}) AS matches`;
    await appendAudit(tx, scope, {
      action: "perpetrator.match",
      details: {
        identifiers: hashes.length,
        byName: keys.length > 0,
        own: own.length,
        elsewhere: counted?.matches ?? 0,
      },
    });
    return { own: own.map(summary), otherOrganisations: counted?.matches ?? 0 };
  });
}

/** The perpetrator records of a situation the actor sees, among the records the actor may see. */
export async function listPerpetratorsOfSituation(scope: Scope, situationId: string) {
  const rows = await dbFor(scope).situationPerpetrator.findMany({
    where: { situationId, situation: await situationWhere(scope), perpetrator: await perpetratorWhere(scope) },
    orderBy: { linkedAt: "asc" },
    select: { role: true, perpetrator: { select: summarySelect } },
  });
  return rows.map(({ role, perpetrator }) => ({ ...summary(perpetrator), role }));
}

/**
 * The perpetrators that may be linked to a call or a person: those of their situations that the
 * actor sees, once each, for someone who records perpetrators (empty otherwise).
 */
export async function perpetratorChoicesOf(scope: Scope, situationIds: string[]) {
  if (!mayWritePerpetrators(scope) || situationIds.length === 0) return [];
  const found = (await Promise.all(situationIds.map((id) => listPerpetratorsOfSituation(scope, id)))).flat();
  return found.filter((p, i) => found.findIndex((q) => q.id === p.id) === i).map((p) => ({ id: p.id, name: p.name }));
}

/** The perpetrators named in one call, among the records the actor may see, with their part. */
export async function listPerpetratorsOfCall(scope: Scope, callId: string) {
  const rows = await dbFor(scope).callPerpetrator.findMany({
    where: { callId, perpetrator: await perpetratorWhere(scope) },
    orderBy: { linkedAt: "asc" },
    select: { role: true, perpetrator: { select: summarySelect } },
  });
  return rows.map(({ role, perpetrator }) => ({ ...summary(perpetrator), role }));
}

/** The perpetrators linked to one person, among the records the actor may see, with their part. */
export async function listPerpetratorsOfPerson(scope: Scope, victimId: string) {
  const rows = await dbFor(scope).personPerpetrator.findMany({
    where: { victimId, perpetrator: await perpetratorWhere(scope) },
    orderBy: { linkedAt: "asc" },
    select: { role: true, guardian: true, perpetrator: { select: summarySelect } },
  });
  return rows.map(({ role, guardian, perpetrator }) => ({ ...summary(perpetrator), role, guardian }));
}

/**
 * The perpetrators page: the records the actor may see, newest first, by part played and kind,
 * each with how many of the situations the actor sees it is linked to. Names are decrypted for
 * the page, so the reading is audited with the records shown (ids, never names).
 */
export async function listPerpetrators(scope: Scope, query: ListPerpetratorsQuery) {
  const [where, situations] = await Promise.all([perpetratorReadWhere(scope), situationWhere(scope)]);
  return dbFor(scope).$transaction(async (tx) => {
    const rows = await tx.perpetrator.findMany({
      where: {
        AND: [
          where,
          query.role ? { roles: { has: query.role } } : {},
          query.kind ? { kind: query.kind } : {},
          afterPosition("createdAt", decodeCursor(query.cursor)),
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      select: {
        ...summarySelect,
        ...ownerSelect,
        _count: { select: { situations: { where: { situation: situations } } } },
      },
    });
    const items = rows.slice(0, query.limit).map(({ organisation, organisationId, ...row }) => ({
      ...summary(row),
      sharedBy: sharedByOf(scope, { organisation, organisationId }),
    }));
    if (items.length > 0)
      await appendAudit(tx, scope, { action: "perpetrator.list", details: { perpetratorIds: items.map((p) => p.id) } });
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    };
  });
}

/**
 * The situations of a perpetrator record that the actor sees, with the part played in each. A
 * record's other links (a colleague's situations) stay unnamed: getPerpetrator's `situationsInAll`
 * counts them all, so it minus this list's length is what the actor does not see.
 */
export async function listSituationsOfPerpetrator(scope: Scope, perpetratorId: string) {
  const [perpetrators, situations] = await Promise.all([perpetratorWhere(scope), situationWhere(scope)]);
  const rows = await dbFor(scope).situationPerpetrator.findMany({
    where: { perpetratorId, perpetrator: perpetrators, situation: situations },
    orderBy: { linkedAt: "asc" },
    select: {
      role: true,
      situation: { select: { id: true, reference: true, status: true, countryCode: true } },
    },
  });
  return rows.map(({ role, situation }) => ({ ...situation, role }));
}

export type PerpetratorListItem = Awaited<ReturnType<typeof listPerpetrators>>["items"][number];
