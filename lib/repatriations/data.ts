import "server-only";
import { db, dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, fieldContext } from "@/lib/crypto";
import { afterPosition, decodeCursor, encodeCursor, keysetOrder } from "@/lib/keyset";
import { personVisible, repatriationWhere, sideOf, sidesOf, worksAlone } from "./policy";
import { mayMove, nextMoves, waitingOn } from "./state-machine";
import { CLOSED_STATUSES, type RepatriationStatus, type ReturnKind } from "./codes";
import { writableFields } from "./steps";
import { readStepRecord, readTravelDocument } from "./step-record";
import { victimScopeWhere } from "@/lib/victims/scope";
import { organisationToday } from "@/lib/time/zoned";
import { auditPeopleShown, PERSON_RULE_SELECT, personAccessOf, showPerson } from "@/lib/access/people";
import type { ListRepatriationsQuery } from "./schema";

const DAY_MS = 86_400_000;
export const daysSince = (at: Date, now = Date.now()) => Math.max(0, Math.floor((now - at.getTime()) / DAY_MS));

const PERSON_FIELDS = [
  "caseNumber",
  "givenName",
  "familyName",
  "givenNameLatin",
  "familyNameLatin",
  "citizenships",
  "sex",
  "birthDate",
] as const;
const personSelect = {
  ...PERSON_RULE_SELECT,
  caseNumber: true,
  givenName: true,
  familyName: true,
  givenNameLatin: true,
  familyNameLatin: true,
  citizenships: true,
  sex: true,
  birthDate: true,
} as const;

/**
 * The people of the cases, by id, as the one visibility rule shows them: the
 * fields the actor's side may see, "restricted record" with the case number, or nothing. Loaded
 * apart from the cases: under row-level security a person is readable only while shared, so the
 * case must not depend on it.
 */
async function peopleOf(scope: Scope, victimIds: string[]) {
  const access = await personAccessOf(scope);
  const rows = victimIds.length
    ? await dbFor(scope).victim.findMany({ where: { id: { in: [...new Set(victimIds)] } }, select: personSelect })
    : [];
  return new Map(rows.map((r) => [r.id, showPerson(access, r, PERSON_FIELDS)]));
}

type Shown = Awaited<ReturnType<typeof peopleOf>> extends Map<string, infer V> ? V : never;

/** The person of a case for the page and the API: the visible fields or null, and how it is shown. */
function personOf(shown: Shown | undefined) {
  const state = shown?.shown ?? "hidden";
  return {
    person:
      shown?.shown === "person"
        ? {
            id: shown.id,
            caseNumber: shown.caseNumber,
            givenName: shown.givenName,
            familyName: shown.familyName,
            givenNameLatin: shown.givenNameLatin,
            familyNameLatin: shown.familyNameLatin,
            citizenships: shown.citizenships ?? [],
            sex: shown.sex,
            birthDate: shown.birthDate,
          }
        : null,
    /** "person", "restricted" (a restricted record: its case number only) or "hidden". */
    personShown: state,
    restrictedCaseNumber: shown?.shown === "restricted" ? shown.caseNumber : null,
  };
}

/**
 * The case number of each case's person, by case id, where the visibility rule shows at least that
 * (a shown or a restricted record), for roads that name a case without naming its person: the bell
 *. A hidden person gives no number.
 */
export async function caseNumbersOf(
  scope: Scope,
  cases: {
    id: string;
    victimId: string;
    status: string;
    sendingOrganisationId: string;
    receivingOrganisationId: string;
  }[],
) {
  const visible = cases.filter((c) => {
    const side = sideOf(scope, c);
    return side !== null && personVisible(side, c.status);
  });
  const people = await peopleOf(
    scope,
    visible.map((c) => c.victimId),
  );
  const numbers = new Map<string, string>();
  for (const c of visible) {
    const shown = people.get(c.victimId);
    if (shown?.shown === "person" && shown.caseNumber) numbers.set(c.id, shown.caseNumber);
    else if (shown?.shown === "restricted") numbers.set(c.id, shown.caseNumber);
  }
  return numbers;
}

async function organisationNames(ids: string[]) {
  const rows = await db.organisation.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, code: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/** The names of the counterparts of a page's cases worked alone (no read when it has none). */
async function counterpartNames(scope: Scope, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await dbFor(scope).counterpart.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Open tasks due before today in the actor's organisation's calendar. */
const overdueTaskWhere = (scope: Scope) => ({ doneOn: null, dueOn: { lt: organisationToday(scope) } });

/** One case the actor may see: outline, person (while shared), step record, timeline, moves; reading it is audited. */
export async function getRepatriation(scope: Scope, id: string) {
  const db = dbFor(scope);
  const found = await db.repatriation.findFirst({
    where: { AND: [{ id }, repatriationWhere(scope)] },
    include: {
      events: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          summary: true,
          createdAt: true,
          organisationId: true,
          actorId: true,
        },
      },
      counterpart: {
        select: { id: true, name: true, type: true, countryCode: true, contactPerson: true, phone: true, email: true },
      },
    },
  });
  if (!found) return null;
  const side = sideOf(scope, found)!;
  const sides = sidesOf(scope, found);
  const kind = found.kind as ReturnKind;
  const status = found.status as RepatriationStatus;
  const shown = personOf(
    personVisible(side, status) ? (await peopleOf(scope, [found.victimId])).get(found.victimId) : undefined,
  );
  // The step record holds the person's papers and travel: only where the person is shown.
  const showRecord = shown.personShown === "person";
  const [orgs, actors] = await Promise.all([
    organisationNames([found.sendingOrganisationId, found.receivingOrganisationId]),
    db.user.findMany({
      where: {
        id: {
          in: [
            ...new Set(
              [...found.events.map((e) => e.actorId), found.sendingCoordinatorId, found.receivingCoordinatorId].filter(
                (x): x is string => Boolean(x),
              ),
            ),
          ],
        },
      },
      select: { id: true, name: true },
    }),
  ]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  await auditedRead(scope, async (tx) => {
    await appendAudit(tx, scope, { action: "repatriation.read", recordType: "REPATRIATION", recordId: found.id });
    if (shown.person) await auditPeopleShown(scope, "repatriations.case", [shown.person.id], tx);
  });
  return {
    id: found.id,
    status,
    statusChangedAt: found.statusChangedAt,
    daysInStatus: daysSince(found.statusChangedAt),
    side,
    sides,
    kind,
    /** One organisation works every step (a counterpart on the other side, or a deportation). */
    alone: worksAlone(found),
    /** The other side outside Tumar, from the organisation's own directory (only it reads the case). */
    counterpart: found.counterpart ? { ...found.counterpart, side: found.counterpartSide! } : null,
    sending: {
      organisationId: found.sendingOrganisationId,
      name: orgs.get(found.sendingOrganisationId)?.name ?? "",
      country: found.sendingCountry,
      coordinator: found.sendingCoordinatorId ? (actorName.get(found.sendingCoordinatorId) ?? null) : null,
    },
    receiving: {
      organisationId: found.receivingOrganisationId,
      name: orgs.get(found.receivingOrganisationId)?.name ?? "",
      country: found.receivingCountry,
      coordinator: found.receivingCoordinatorId ? (actorName.get(found.receivingCoordinatorId) ?? null) : null,
    },
    targetTravelDate: found.targetTravelDate,
    endReason: found.endReason,
    ...shown,
    record: showRecord ? readStepRecord(found, await readTravelDocument(db, found.id)) : null,
    riskOutcome: found.riskOutcome,
    riskOverrideRecorded: Boolean(found.riskOverrideEncrypted),
    version: found.version,
    // Those who may not move the case (an ORG_ADMIN) are offered no move and no step form.
    nextMoves: mayMove(scope.role, sides) ? nextMoves({ kind, sides }, status) : [],
    waitingOn: waitingOn(kind, status),
    /** The fields of the current step the actor may write (empty: none). */
    editableFields:
      CLOSED_STATUSES.includes(status) || !mayMove(scope.role, sides) ? [] : writableFields(status, sides, scope.role),
    events: found.events.map((e) => ({
      ...e,
      actorName: actorName.get(e.actorId) ?? "",
      side: e.organisationId === found.sendingOrganisationId ? ("SENDING" as const) : ("RECEIVING" as const),
    })),
  };
}
export type RepatriationCase = NonNullable<Awaited<ReturnType<typeof getRepatriation>>>;

function boardFilters(query: ListRepatriationsQuery): Prisma.RepatriationWhereInput[] {
  const filters: Prisma.RepatriationWhereInput[] = [];
  if (query.status) filters.push({ status: query.status });
  if (query.kind) filters.push({ kind: query.kind });
  if (query.open === "1") filters.push({ status: { notIn: [...CLOSED_STATUSES] } });
  if (query.pair) {
    const [sendingCountry, receivingCountry] = query.pair.split("-");
    filters.push({ sendingCountry, receivingCountry });
  }
  return filters;
}

/**
 * The pipeline board: the organisation's cases on either side, the latest status change first or,
 * with `order=longest`, the cases longest in their status first (keyset on the status change), with days in status, overdue tasks and the other organisation.
 */
export async function listRepatriations(
  scope: Scope,
  query: ListRepatriationsQuery & { cursor?: string; limit?: number },
) {
  const db = dbFor(scope);
  const limit = query.limit ?? 50;
  const direction = query.order === "longest" ? "asc" : "desc";
  const rows = await db.repatriation.findMany({
    where: {
      AND: [
        repatriationWhere(scope),
        ...boardFilters(query),
        afterPosition("statusChangedAt", decodeCursor(query.cursor), direction),
      ],
    },
    orderBy: keysetOrder("statusChangedAt", direction),
    take: limit + 1,
    select: {
      id: true,
      status: true,
      statusChangedAt: true,
      sendingCountry: true,
      receivingCountry: true,
      sendingOrganisationId: true,
      receivingOrganisationId: true,
      targetTravelDate: true,
      victimId: true,
      kind: true,
      counterpartId: true,
      _count: { select: { tasks: { where: overdueTaskWhere(scope) } } },
    },
  });
  const page = rows.slice(0, limit);
  const [orgs, people, counterparts] = await Promise.all([
    organisationNames(page.flatMap((r) => [r.sendingOrganisationId, r.receivingOrganisationId])),
    peopleOf(
      scope,
      page.filter((r) => personVisible(sideOf(scope, r)!, r.status)).map((r) => r.victimId),
    ),
    counterpartNames(
      scope,
      page.flatMap((r) => (r.counterpartId ? [r.counterpartId] : [])),
    ),
  ]);
  const items = page.map((r) => {
    const side = sideOf(scope, r)!;
    const shown = personOf(personVisible(side, r.status) ? people.get(r.victimId) : undefined);
    const other = side === "SENDING" ? r.receivingOrganisationId : r.sendingOrganisationId;
    const alone = worksAlone(r);
    return {
      id: r.id,
      status: r.status as RepatriationStatus,
      kind: r.kind as ReturnKind,
      side,
      alone,
      sendingCountry: r.sendingCountry,
      receivingCountry: r.receivingCountry,
      // Working alone, the other side is the counterpart (or nobody: a deportation without one).
      otherOrganisation: alone
        ? r.counterpartId
          ? (counterparts.get(r.counterpartId) ?? "")
          : ""
        : (orgs.get(other)?.name ?? ""),
      daysInStatus: daysSince(r.statusChangedAt),
      statusChangedAt: r.statusChangedAt,
      targetTravelDate: r.targetTravelDate,
      overdueTasks: r._count.tasks,
      waitingOn: waitingOn(r.kind as ReturnKind, r.status as RepatriationStatus),
      person: shown.person
        ? {
            givenName: shown.person.givenName,
            familyName: shown.person.familyName,
            caseNumber: shown.person.caseNumber,
          }
        : null,
      personShown: shown.personShown,
      restrictedCaseNumber: shown.restrictedCaseNumber,
    };
  });
  await auditPeopleShown(
    scope,
    "repatriations.board",
    page.filter((r) => people.get(r.victimId)?.shown === "person").map((r) => r.victimId),
  );
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.statusChangedAt, id: last.id }) : null,
  };
}
export type BoardRow = Awaited<ReturnType<typeof listRepatriations>>["items"][number];

/** The country pairs the organisation has cases in, for the board's filter. */
export async function listCountryPairs(scope: Scope) {
  const db = dbFor(scope);
  const rows = await db.repatriation.groupBy({
    by: ["sendingCountry", "receivingCountry"],
    where: repatriationWhere(scope),
    _count: { _all: true },
  });
  return rows.map((r) => ({
    pair: `${r.sendingCountry}-${r.receivingCountry}`,
    sendingCountry: r.sendingCountry,
    receivingCountry: r.receivingCountry,
    count: r._count._all,
  }));
}

/**
 * The message thread, oldest first, decrypted; reading it is audited. A receiving side whose
 * request ended sees only the messages it wrote itself.
 */
export async function listMessages(scope: Scope, repatriationId: string) {
  const db = dbFor(scope);
  const visible = await db.repatriation.findFirst({
    where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
    select: { id: true, status: true, sendingOrganisationId: true, receivingOrganisationId: true, partnerSince: true },
  });
  if (!visible) return null;
  const side = sideOf(scope, visible)!;
  const own = personVisible(side, visible.status)
    ? // A partner given a case worked alone reads the thread from the hand-over on (decision 0030).
      side === "RECEIVING" && visible.partnerSince
      ? { OR: [{ organisationId: scope.organisationId! }, { createdAt: { gte: visible.partnerSince } }] }
      : {}
    : { organisationId: scope.organisationId! };
  return auditedRead(scope, async (tx) => {
    const rows = await tx.repatriationMessage.findMany({
      where: { repatriationId, ...own },
      orderBy: { createdAt: "asc" },
      select: { id: true, createdAt: true, organisationId: true, authorId: true, textEncrypted: true },
    });
    const authors = await tx.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
      select: { id: true, name: true },
    });
    const authorName = new Map(authors.map((a) => [a.id, a.name]));
    await appendAudit(tx, scope, {
      action: "repatriation.messages_read",
      recordType: "REPATRIATION",
      recordId: repatriationId,
    });
    return rows.map(({ textEncrypted, ...m }) => ({
      ...m,
      authorName: authorName.get(m.authorId) ?? "",
      side: m.organisationId === visible.sendingOrganisationId ? ("SENDING" as const) : ("RECEIVING" as const),
      text: decryptField(textEncrypted, fieldContext("repatriation_messages", "text_encrypted", m.id)),
    }));
  });
}

/** The checklist; `overdue` when past due and not done. Follow-up notes are decrypted for the case page. */
export async function listTasks(scope: Scope, repatriationId: string) {
  const db = dbFor(scope);
  const visible = await db.repatriation.findFirst({
    where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
    select: { id: true, status: true, sendingOrganisationId: true, receivingOrganisationId: true, partnerSince: true },
  });
  if (!visible) return null;
  const side = sideOf(scope, visible)!;
  /** A partner given a case worked alone reads the notes written from the hand-over on. */
  const notesSince = side === "RECEIVING" ? visible.partnerSince : null;
  const tasks = await db.repatriationTask.findMany({
    where: { repatriationId },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      kind: true,
      title: true,
      templateKey: true,
      assigneeSide: true,
      dueOn: true,
      doneOn: true,
      noteEncrypted: true,
      updatedAt: true,
    },
  });
  const showNotes = personVisible(side, visible.status);
  const now = organisationToday(scope);
  return tasks.map(({ noteEncrypted, updatedAt, ...t }) => ({
    ...t,
    note:
      showNotes && noteEncrypted && (!notesSince || updatedAt >= notesSince)
        ? decryptField(noteEncrypted, fieldContext("repatriation_tasks", "note_encrypted", t.id))
        : null,
    overdue: !t.doneOn && Boolean(t.dueOn && t.dueOn < now),
  }));
}
export type RepatriationTaskRow = NonNullable<Awaited<ReturnType<typeof listTasks>>>[number];

/** How many of the organisation's cases stand in each status (the board's columns), under the pair filter. */
export async function countByStatus(scope: Scope, query: Pick<ListRepatriationsQuery, "pair" | "kind">) {
  const db = dbFor(scope);
  const rows = await db.repatriation.groupBy({
    by: ["status"],
    where: { AND: [repatriationWhere(scope), ...boardFilters({ pair: query.pair, kind: query.kind })] },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Partial<Record<RepatriationStatus, number>>;
}

/** The partner organisations a case may be sent to: every other active organisation, with its country. */
export async function listReceivingOrganisations(scope: Scope) {
  const db = dbFor(scope);
  if (!scope.organisationId) return [];
  return db.organisation.findMany({
    where: { active: true, id: { not: scope.organisationId } },
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
    select: { id: true, name: true, countryCode: true },
  });
}

/** The person a new case is prepared for: one of the organisation's own records, names only. */
export async function getPersonForRequest(scope: Scope, victimId: string) {
  const db = dbFor(scope);
  if (!scope.organisationId) return null;
  const where = await victimScopeWhere(scope);
  return db.victim.findFirst({
    where: { AND: [{ id: victimId, organisationId: scope.organisationId }, where] },
    select: {
      id: true,
      caseNumber: true,
      givenName: true,
      familyName: true,
      citizenships: true,
      organisationId: true,
      status: true,
    },
  });
}

/** The cases of one person (for the record page), as far as the actor sees them. */
export async function listCasesOfPerson(scope: Scope, victimId: string) {
  const db = dbFor(scope);
  return db.repatriation.findMany({
    where: { AND: [{ victimId }, repatriationWhere(scope)] },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      kind: true,
      receivingCountry: true,
      receivingOrganisationId: true,
      counterpartId: true,
      statusChangedAt: true,
    },
  });
}
