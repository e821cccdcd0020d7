import "server-only";
import { dbFor, inIndexOrder } from "@/lib/db";
import { alternatives, mergePages } from "@/lib/keyset";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, fieldContext } from "@/lib/crypto";
import { ageOf } from "@/lib/victims/age";
import { personInScope, victimScopeWhere } from "@/lib/victims/scope";
import { auditPeopleShown, PERSON_RULE_SELECT, personAccessOf, showPerson } from "@/lib/access/people";
import { caseFileStayWhere, residentFieldSet, shelterWhere } from "./policy";
import { placementStatusNow } from "./codes";
import type { AvailabilityQuery } from "./schema";

/**
 * Beds occupied and held per shelter. Other organisations' residents are invisible under
 * row-level security, so the counts come from shelter_beds_in_use(), which returns numbers only.
 */
async function occupancyCounts(scope: Scope, shelterIds: string[]) {
  const counts = new Map(shelterIds.map((id) => [id, { occupied: 0, held: 0 }]));
  if (shelterIds.length === 0) return counts;
  const rows = await dbFor(scope).$queryRaw<{ shelter_id: string; occupied: bigint; held: bigint }[]>`
    SELECT shelter_id, occupied, held FROM shelter_beds_in_use(${shelterIds}::uuid[])`;
  for (const r of rows) counts.set(r.shelter_id, { occupied: Number(r.occupied), held: Number(r.held) });
  return counts;
}

/** The organisation's shelters the actor may run or see, with beds occupied, held and free. */
export async function listShelters(scope: Scope) {
  const db = dbFor(scope);
  const shelters = await db.shelter.findMany({
    where: shelterWhere(scope),
    orderBy: { name: "asc" },
    select: { id: true, name: true, city: true, countryCode: true, population: true, capacity: true, active: true },
  });
  const counts = await occupancyCounts(
    scope,
    shelters.map((s) => s.id),
  );
  return shelters.map((s) => {
    const c = counts.get(s.id)!;
    return { ...s, ...c, free: Math.max(0, s.capacity - c.occupied - c.held) };
  });
}

/**
 * The bed board of one shelter: secret address for its own staff, beds, current residents with
 * what care needs (SHELTER_STAFF) or the whole stay, who leaves this week. Audited.
 */
export async function getShelterBoard(scope: Scope, shelterId: string) {
  const db = dbFor(scope);
  const shelter = await db.shelter.findFirst({
    where: { AND: [{ id: shelterId }, shelterWhere(scope)] },
    select: {
      id: true,
      organisationId: true,
      name: true,
      city: true,
      countryCode: true,
      contact: { select: { id: true, addressEncrypted: true, phoneEncrypted: true } },
      population: true,
      minAge: true,
      maxAge: true,
      capacity: true,
      services: true,
      active: true,
      beds: {
        where: { active: true },
        orderBy: [{ room: "asc" }, { label: "asc" }],
        select: { id: true, room: true, label: true },
      },
      staff: { select: { user: { select: { id: true, name: true } } } },
    },
  });
  if (!shelter) return null;
  const fields = residentFieldSet(scope);
  const access = await personAccessOf(scope);
  const { stays, people } = await auditedRead(scope, async (tx) => {
    const rows = await tx.shelterStay.findMany({
      where: { shelterId, dischargedAt: null },
      orderBy: { admittedAt: "asc" },
      select: {
        id: true,
        version: true,
        bedId: true,
        victimId: true,
        admittedAt: true,
        plannedDischargeOn: true,
        referredBy: true,
        healthNotesEncrypted: true,
        services: {
          orderBy: { providedOn: "desc" },
          select: { id: true, kind: true, providedOn: true, provider: true },
        },
      },
    });
    // The residents are read apart from their stays and shown through the one visibility rule
    //: a restricted record is "restricted record" with its case number, a person no
    // longer shared with the shelter's organisation is not named at all.
    const found = await tx.victim.findMany({
      where: { id: { in: rows.map((r) => r.victimId) } },
      select: {
        ...PERSON_RULE_SELECT,
        caseNumber: true,
        givenName: true,
        familyName: true,
        birthDate: true,
        estimatedAge: true,
        languages: true,
        supportItems: { where: { status: { not: "DONE" } }, select: { area: true } },
      },
    });
    const people = new Map(
      found.map((v) => [
        v.id,
        showPerson(access, v, [
          "caseNumber",
          "givenName",
          "familyName",
          "birthDate",
          "estimatedAge",
          "languages",
          "supportItems",
        ]),
      ]),
    );
    const named = rows
      .map((r) => people.get(r.victimId))
      .filter((p) => p?.shown === "person")
      .map((p) => p!.id!);
    await appendAudit(tx, scope, { action: "shelter.board_read", details: { shelterId, residents: rows.length } });
    await auditPeopleShown(scope, "shelters.board", named, tx);
    return { stays: rows, people };
  });
  const counts = (await occupancyCounts(scope, [shelterId])).get(shelterId)!;
  const weekEnd = new Date(Date.now() + 7 * 86_400_000);
  const residents = stays.map((s) => {
    const person = people.get(s.victimId) ?? { shown: "hidden" as const, id: null };
    const shown = person.shown === "person" ? person : null;
    return {
      stayId: s.id,
      version: s.version,
      bedId: s.bedId,
      admittedAt: s.admittedAt,
      plannedDischargeOn: s.plannedDischargeOn,
      leavingThisWeek: Boolean(s.plannedDischargeOn && s.plannedDischargeOn <= weekEnd),
      /** "person": named below; "restricted": a restricted record (case number only); "hidden": not shared. */
      person: person.shown,
      referredBy: fields === "full" && shown ? s.referredBy : null,
      healthNotes:
        shown && s.healthNotesEncrypted
          ? decryptField(s.healthNotesEncrypted, fieldContext("shelter_stays", "health_notes_encrypted", s.id))
          : null,
      name: shown ? [shown.givenName, shown.familyName].filter(Boolean).join(" ").trim() : null,
      age: shown ? ageOf({ birthDate: shown.birthDate, estimatedAge: shown.estimatedAge }) : null,
      languages: shown?.languages ?? [],
      needs: (shown?.supportItems ?? []).map((i) => i.area),
      services: shown ? s.services : [],
      // The case record (and its narrative) is for the owner's case staff, not for shelter staff.
      victimId: fields === "full" && shown ? shown.id : null,
      caseNumber:
        person.shown === "restricted" ? person.caseNumber : fields === "full" && shown ? shown.caseNumber : null,
    };
  });
  return {
    shelter: {
      ...shelter,
      address: shelter.contact?.addressEncrypted
        ? decryptField(
            shelter.contact.addressEncrypted,
            fieldContext("shelter_contacts", "address_encrypted", shelter.contact.id),
          )
        : null,
      phone: shelter.contact?.phoneEncrypted
        ? decryptField(
            shelter.contact.phoneEncrypted,
            fieldContext("shelter_contacts", "phone_encrypted", shelter.contact.id),
          )
        : null,
      contact: undefined,
    },
    counts: {
      capacity: shelter.capacity,
      ...counts,
      free: Math.max(0, shelter.capacity - counts.occupied - counts.held),
    },
    residents,
  };
}

export type ShelterBoard = NonNullable<Awaited<ReturnType<typeof getShelterBoard>>>;

/**
 * Free beds across the network, for anyone who may ask for a placement. Only what a request
 * needs: name, city, country, population, ages and free beds. Never an address, a phone or a
 * resident.
 */
export async function listAvailability(scope: Scope, query: AvailabilityQuery) {
  const db = dbFor(scope);
  if (!roleHas(scope.role, "shelters.availability.read")) return [];
  const shelters = await db.shelter.findMany({
    where: {
      active: true,
      ...(query.country ? { countryCode: query.country } : {}),
      ...(query.city ? { city: { contains: query.city, mode: "insensitive" as const } } : {}),
      ...(query.population ? { population: query.population } : {}),
      ...(query.age !== undefined
        ? {
            AND: [
              { OR: [{ minAge: null }, { minAge: { lte: query.age } }] },
              { OR: [{ maxAge: null }, { maxAge: { gte: query.age } }] },
            ],
          }
        : {}),
    },
    orderBy: [{ countryCode: "asc" }, { city: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      city: true,
      countryCode: true,
      population: true,
      minAge: true,
      maxAge: true,
      capacity: true,
      organisation: { select: { name: true } },
    },
  });
  const counts = await occupancyCounts(
    scope,
    shelters.map((s) => s.id),
  );
  return shelters.map(({ capacity, organisation, ...s }) => {
    const c = counts.get(s.id)!;
    return { ...s, organisationName: organisation.name, free: Math.max(0, capacity - c.occupied - c.held) };
  });
}

/**
 * Requests to the actor's shelters (to answer: shelter staff only those of the shelters they are
 * assigned to) and from the actor's organisation for people the actor may see (to follow: the
 * person-scope rule, so a case worker sees only the requests for their own cases).
 */
export async function listPlacementRequests(scope: Scope) {
  const db = dbFor(scope);
  if (!scope.organisationId) return { incoming: [], outgoing: [] };
  const victimWhere = await victimScopeWhere(scope);
  const select = {
    id: true,
    status: true,
    note: true,
    holdUntil: true,
    declineReason: true,
    createdAt: true,
    victimId: true,
    fromOrganisationId: true,
    shelter: { select: { id: true, name: true, city: true, organisation: { select: { name: true } } } },
  } as const;
  const [incoming, outgoing] = await Promise.all([
    roleHas(scope.role, "shelters.residents.read")
      ? db.placementRequest.findMany({
          where: { shelter: shelterWhere(scope) },
          orderBy: [{ status: "asc" }, { createdAt: "desc" }],
          take: 100,
          select,
        })
      : [],
    db.placementRequest.findMany({
      where: { AND: [{ fromOrganisationId: scope.organisationId }, { victim: victimWhere }] },
      orderBy: { createdAt: "desc" },
      take: 100,
      select,
    }),
  ]);
  const fromNames = new Map(
    (
      await db.organisation.findMany({
        where: { id: { in: incoming.map((r) => r.fromOrganisationId) } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  // A hold that ran out reads as lapsed (placementStatusNow); the list itself writes nothing.
  const now = new Date();
  return {
    incoming: incoming.map((r) => ({
      ...r,
      status: placementStatusNow(r, now),
      fromOrganisation: fromNames.get(r.fromOrganisationId) ?? "",
    })),
    outgoing: outgoing.map((r) => ({ ...r, status: placementStatusNow(r, now) })),
  };
}

/**
 * A person's shelter record, for their case file: the stays in the actor's organisation's own
 * shelters and the organisation's own placement requests for the person, newest first, and
 * whether the person is in a shelter now. Null for a person the actor may not see (the one
 * visibility rule, through victimScopeWhere: restricted records before break-glass, other case
 * workers' people, shelter staff and anyone without case rights get null, so nothing here says
 * whether the person exists or was ever placed).
 *
 * Never the shelter's address or phone (decision 0013): name and city are the network's directory.
 */
export async function listShelterRecordOfPerson(scope: Scope, victimId: string) {
  if (!scope.organisationId) return null;
  const db = dbFor(scope);
  const person = await personInScope(scope, victimId);
  if (!person) return null;
  const [stays, requests] = await Promise.all([
    // Only stays in the organisation's own shelters (see caseFileStayWhere): row-level security
    // would also let a person's owner, or a partner holding a grant, read stays elsewhere.
    db.shelterStay.findMany({
      where: { AND: [{ victimId: person.id }, caseFileStayWhere(scope)] },
      orderBy: { admittedAt: "desc" },
      select: {
        id: true,
        admittedAt: true,
        plannedDischargeOn: true,
        dischargedAt: true,
        exitDestination: true,
        shelter: { select: { name: true, city: true } },
      },
    }),
    db.placementRequest.findMany({
      where: { victimId: person.id, fromOrganisationId: scope.organisationId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        holdUntil: true,
        createdAt: true,
        shelter: { select: { name: true, city: true, organisation: { select: { name: true } } } },
      },
    }),
  ]);
  // A discharge leaves the request ADMITTED (updateStay ends its grant, not the request), so for an
  // admitted request the question is whether the stay it became has ended. Only that yes or no is
  // read (the requesting organisation owns the person, so the stay row is readable to it), never
  // the stay itself. Where the stay cannot be read, the request still counts as "in a shelter":
  // the flag then errs towards a stay that may have ended, never hides one under way.
  const admitted = requests.filter((r) => r.status === "ADMITTED").map((r) => r.id);
  const ended = new Set(
    admitted.length
      ? (
          await db.shelterStay.findMany({
            where: { placementRequestId: { in: admitted }, dischargedAt: { not: null } },
            select: { placementRequestId: true },
          })
        ).map((s) => s.placementRequestId)
      : [],
  );
  const now = new Date();
  return {
    stays: stays.map(({ shelter, ...s }) => ({ ...s, shelterName: shelter.name, shelterCity: shelter.city })),
    requests: requests.map(({ shelter, ...r }) => ({
      ...r,
      status: placementStatusNow(r, now),
      shelterName: shelter.name,
      shelterCity: shelter.city,
      organisationName: shelter.organisation.name,
      stayEnded: ended.has(r.id),
    })),
    inShelter:
      stays.some((s) => s.dischargedAt === null) || requests.some((r) => r.status === "ADMITTED" && !ended.has(r.id)),
  };
}

export type ShelterRecordOfPerson = NonNullable<Awaited<ReturnType<typeof listShelterRecordOfPerson>>>;

const DAY_MS = 86_400_000;

/** The first instant of month `yyyy-mm` (UTC) and of the month after it. */
function monthBounds(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return { from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 1)) };
}

/** Bed-nights, occupancy rate and average length of stay of a month, from the stays overlapping it. */
function occupancyOf(
  capacity: number,
  stays: { admittedAt: Date; dischargedAt: Date | null }[],
  month: string,
  now = Date.now(),
) {
  const { from, to } = monthBounds(month);
  let bedNights = 0;
  const lengths: number[] = [];
  for (const s of stays) {
    const start = Math.max(s.admittedAt.getTime(), from.getTime());
    const end = Math.min((s.dischargedAt ?? new Date(Math.min(now, to.getTime()))).getTime(), to.getTime());
    if (end > start) bedNights += Math.round((end - start) / DAY_MS);
    if (s.dischargedAt && s.dischargedAt >= from && s.dischargedAt < to)
      lengths.push(Math.max(1, Math.round((s.dischargedAt.getTime() - s.admittedAt.getTime()) / DAY_MS)));
  }
  const days = Math.round((Math.min(to.getTime(), Math.max(now, from.getTime())) - from.getTime()) / DAY_MS) || 1;
  return {
    bedNights,
    occupancyRate: bedNights / (capacity * days),
    averageLengthOfStay: lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : null,
    discharged: lengths.length,
  };
}

/** The shelter's capacity and its stays overlapping [from, to): two queries for any number of months. */
async function staysBetween(scope: Scope, shelterId: string, from: Date, to: Date) {
  const db = dbFor(scope);
  const shelter = await db.shelter.findFirst({
    where: { AND: [{ id: shelterId }, shelterWhere(scope)] },
    select: { capacity: true },
  });
  if (!shelter) return null;
  const stays = await db.shelterStay.findMany({
    where: { shelterId, admittedAt: { lt: to }, OR: [{ dischargedAt: null }, { dischargedAt: { gte: from } }] },
    select: { admittedAt: true, dischargedAt: true },
  });
  return { capacity: shelter.capacity, stays };
}

/** Bed-nights, occupancy rate and average length of stay of a month (`yyyy-mm`, UTC days). */
export async function getOccupancy(scope: Scope, shelterId: string, month: string) {
  const { from, to } = monthBounds(month);
  const found = await staysBetween(scope, shelterId, from, to);
  return found ? occupancyOf(found.capacity, found.stays, month) : null;
}

/** Staff who can be assigned to shelters (SHELTER_STAFF of the organisation). */
export async function listShelterStaffCandidates(scope: Scope) {
  const db = dbFor(scope);
  if (!scope.organisationId) return [];
  return db.user.findMany({
    where: { active: true, memberships: { some: { organisationId: scope.organisationId, role: "SHELTER_STAFF" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * People the actor could admit: records they may see with no open stay, newest first, with the
 * placement request accepted for this shelter (if any) so the held bed is used.
 */
export async function listAdmissionCandidates(scope: Scope, shelterId: string) {
  const db = dbFor(scope);
  const take = 200;
  // "Own people OR people shared with us" is served by no one index: each alternative is read on
  // its own, newest first, and the pages merged (lib/keyset.ts), so the organisation's people are
  // walked in (organisation, created) order and the walk stops at the page's end instead of
  // reading and sorting every one of them. Bitmap scans off: the status filter is an enum, whose
  // statistics row-level security hides from the planner (decision 0010).
  const pages = await inIndexOrder(scope, async (tx) => {
    const found = [];
    for (const where of alternatives(await victimScopeWhere(scope)))
      found.push(
        await tx.victim.findMany({
          where: {
            AND: [
              where,
              { shelterStays: { none: { dischargedAt: null } } },
              { status: { in: ["ACTIVE", "FOLLOW_UP"] } },
            ],
          },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take,
          select: { id: true, caseNumber: true, givenName: true, familyName: true, createdAt: true },
        }),
      );
    return found;
  });
  const victims = mergePages(pages, (v) => v.createdAt, take).map(({ createdAt: _, ...v }) => v);
  const accepted = await db.placementRequest.findMany({
    where: { shelterId, status: "ACCEPTED", holdUntil: { gt: new Date() } },
    select: { id: true, victimId: true },
  });
  const requestOf = new Map(accepted.map((r) => [r.victimId, r.id]));
  return victims.map((v) => ({ ...v, placementRequestId: requestOf.get(v.id) ?? null }));
}

/** Occupancy of the last `months` months, oldest first, for the chart on the bed board. */
export async function getOccupancySeries(scope: Scope, shelterId: string, months = 6) {
  const now = new Date();
  const list = Array.from({ length: months }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - i), 1)).toISOString().slice(0, 7),
  );
  // One read of the stays overlapping the whole window (it was two queries a month).
  const found = await staysBetween(scope, shelterId, monthBounds(list[0]!).from, monthBounds(list.at(-1)!).to);
  if (!found) return null;
  return list.map((month) => {
    const figures = occupancyOf(found.capacity, found.stays, month, now.getTime());
    return {
      month,
      bedNights: figures.bedNights,
      occupancyRate: figures.occupancyRate,
      averageLengthOfStay: figures.averageLengthOfStay,
    };
  });
}
