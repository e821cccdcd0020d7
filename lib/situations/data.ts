// Reading situations: the list and one situation's page. Its people are read apart and shown
// through the one visibility rule (a restricted record as "restricted" with its case number, a
// person the viewer may not see not at all); its calls only to roles that read calls.
import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, fieldContext } from "@/lib/crypto";
import { afterPosition, decodeCursor, encodeCursor } from "@/lib/keyset";
import { auditPeopleShown, PERSON_RULE_SELECT, personAccessOf, showPerson } from "@/lib/access/people";
import { hotlineCallWhere } from "@/lib/hotline/policy";
import { victimScopeWhere } from "@/lib/victims/scope";
import { IN_CHARGE_ROLES, situationWhere } from "./policy";
import type { ListSituationsQuery } from "./schema";

/** A return that has reached home: handed over, in reintegration, or closed after it. */
const RETURNED_HOME = ["HANDED_OVER", "REINTEGRATION", "CLOSED"] as const;

export async function listSituations(scope: Scope, query: ListSituationsQuery) {
  const db = dbFor(scope);
  const rows = await db.situation.findMany({
    where: {
      AND: [
        await situationWhere(scope),
        query.status ? { status: query.status } : {},
        afterPosition("createdAt", decodeCursor(query.cursor)),
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      reference: true,
      status: true,
      countryCode: true,
      regionCode: true,
      exploitationTypes: true,
      peopleEstimated: true,
      startedOn: true,
      createdAt: true,
      assignedTo: { select: { id: true, name: true } },
      _count: { select: { people: true, calls: true } },
    },
  });
  const items = rows.slice(0, query.limit).map(({ _count, ...s }) => ({
    ...s,
    peopleIdentified: _count.people,
    calls: _count.calls,
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

export type SituationListItem = Awaited<ReturnType<typeof listSituations>>["items"][number];

/**
 * One situation with its timeline, people, calls and the figures of its group; null for one the
 * actor may not see (outside its organisation, or not among a case worker's own), so the page and
 * the API answer 404 alike. The read is audited, and so are the people it shows.
 */
export async function getSituation(scope: Scope, id: string) {
  const db = dbFor(scope);
  const where = await situationWhere(scope);
  const access = await personAccessOf(scope);
  const readsCalls = roleHas(scope.role, "hotline.calls.read");
  const callWhere = hotlineCallWhere(scope, await victimScopeWhere(scope));
  return db.$transaction(async (tx) => {
    const situation = await tx.situation.findFirst({
      where: { AND: [{ id }, where] },
      select: {
        id: true,
        organisationId: true,
        reference: true,
        status: true,
        closureReason: true,
        countryCode: true,
        regionCode: true,
        placeEncrypted: true,
        exploitationTypes: true,
        labourSectors: true,
        startedOn: true,
        endedOn: true,
        peopleEstimated: true,
        summaryEncrypted: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        createdBy: { select: { id: true, name: true } },
        assignedTo: { select: { id: true, name: true } },
        notes: {
          orderBy: { createdAt: "desc" },
          take: 200,
          select: { id: true, createdAt: true, bodyEncrypted: true, author: { select: { name: true } } },
        },
        people: { orderBy: { linkedAt: "asc" }, select: { victimId: true, linkedAt: true } },
        calls: { orderBy: { linkedAt: "asc" }, select: { callId: true, linkedAt: true } },
      },
    });
    if (!situation) return null;
    const personIds = situation.people.map((p) => p.victimId);
    const found = await tx.victim.findMany({
      where: { id: { in: personIds } },
      select: {
        ...PERSON_RULE_SELECT,
        caseNumber: true,
        givenName: true,
        familyName: true,
        sex: true,
        estimatedAge: true,
        birthDate: true,
        status: true,
      },
    });
    const shown = new Map(
      found.map((v) => [
        v.id,
        showPerson(access, v, ["caseNumber", "givenName", "familyName", "sex", "estimatedAge", "birthDate", "status"]),
      ]),
    );
    const people = situation.people.map((p) => shown.get(p.victimId) ?? { shown: "hidden" as const, id: null });
    const calls = readsCalls
      ? await tx.hotlineCall.findMany({
          where: { AND: [{ id: { in: situation.calls.map((c) => c.callId) } }, callWhere] },
          orderBy: { receivedAt: "asc" },
          select: { id: true, receivedAt: true, callType: true, topics: true, urgency: true, status: true },
        })
      : [];
    // The group's figures are numbers only: how many of its people are in a shelter now and how
    // many are home, whoever may see each of them.
    const [inShelter, returnedHome] = personIds.length
      ? await Promise.all([
          tx.shelterStay.count({ where: { victimId: { in: personIds }, dischargedAt: null } }),
          tx.repatriation.count({ where: { victimId: { in: personIds }, status: { in: [...RETURNED_HOME] } } }),
        ])
      : [0, 0];
    await appendAudit(tx, scope, { action: "situation.read", details: { situationId: situation.id } });
    await auditPeopleShown(
      scope,
      "situations.people",
      people.filter((p) => p.shown === "person").map((p) => p.id!),
      tx,
    );
    const { placeEncrypted, summaryEncrypted, notes, ...rest } = situation;
    const open = (column: string, value: string | null) =>
      value === null ? null : decryptField(value, fieldContext("situations", column, situation.id));
    return {
      ...rest,
      place: open("place_encrypted", placeEncrypted),
      summary: open("summary_encrypted", summaryEncrypted),
      notes: notes.map(({ bodyEncrypted, ...note }) => ({
        ...note,
        body: decryptField(bodyEncrypted, fieldContext("situation_notes", "body_encrypted", note.id)),
      })),
      people,
      calls,
      callsLinked: situation.calls.length,
      figures: { identified: personIds.length, inShelter, returnedHome },
    };
  });
}

export type SituationView = NonNullable<Awaited<ReturnType<typeof getSituation>>>;

/** The situations a person or a call is linked to, among those the actor may see (their pages list them). */
export async function listSituationsOf(scope: Scope, of: { victimId: string } | { callId: string }) {
  const db = dbFor(scope);
  const link =
    "victimId" in of ? { people: { some: { victimId: of.victimId } } } : { calls: { some: { callId: of.callId } } };
  return db.situation.findMany({
    where: { AND: [await situationWhere(scope), link] },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, reference: true, status: true, countryCode: true, regionCode: true, exploitationTypes: true },
  });
}

/** Who may be put in charge: the organisation's active members whose role works situations. */
export async function listSituationWorkers(scope: Scope) {
  if (!scope.organisationId) return [];
  return dbFor(scope).user.findMany({
    where: {
      active: true,
      memberships: {
        some: {
          organisationId: scope.organisationId,
          role: { in: [...IN_CHARGE_ROLES] },
        },
      },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The open situations the actor sees, newest first, to attach a call to (by reference). */
export async function listSituationChoices(scope: Scope) {
  return dbFor(scope).situation.findMany({
    where: { AND: [await situationWhere(scope), { status: { not: "CLOSED" } }] },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, reference: true, countryCode: true, regionCode: true },
  });
}
