// Shelter writes. Capacity holds under concurrency because every admission and every accepted
// placement takes a row lock on its shelter (SELECT … FOR UPDATE) before counting: twenty
// simultaneous admissions to five free beds run one after another and exactly five succeed. The
// partial unique indexes refuse a second open stay for a person or a bed, whatever the timing.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { chosenPerson, victimScopeWhere } from "@/lib/victims/scope";
import { hasSharingConsent } from "@/lib/casework/rules";
import { mayRunShelter, shelterWhere } from "./policy";
import { placementStatusNow } from "./codes";
import {
  endPlacementGrant,
  keepPlacementGrantForStay,
  lockPlacementRequest,
  openPlacementGrant,
  placementMovedOn,
  recordLapsedHolds,
} from "./placement-grants";
import type {
  AdmitInput,
  AnswerPlacementInput,
  CreateShelterInput,
  PlacementRequestInput,
  UpdateStayInput,
} from "./schema";

type OrgScope = Scope & { organisationId: string };

function assertRuns(scope: Scope): asserts scope is OrgScope {
  if (!mayRunShelter(scope)) throw new AppError("NOT_FOUND");
}

export async function createShelter(scope: Scope, input: CreateShelterInput) {
  const db = dbFor(scope);
  if (!scope.organisationId || !roleHas(scope.role, "shelters.manage")) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  return db.$transaction(async (tx) => {
    const contactId = crypto.randomUUID();
    const shelter = await tx.shelter.create({
      data: {
        organisationId,
        name: input.name,
        city: input.city,
        countryCode: input.countryCode,
        population: input.population,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        capacity: input.capacity,
        services: input.services,
        beds: { create: input.beds.map((b) => ({ room: b.room ?? null, label: b.label })) },
        // Address and phone live apart from the network-readable directory (owner only, decision 0013).
        contact: {
          create: {
            id: contactId,
            addressEncrypted: input.address
              ? encryptField(input.address, fieldContext("shelter_contacts", "address_encrypted", contactId))
              : null,
            phoneEncrypted: input.phone
              ? encryptField(input.phone, fieldContext("shelter_contacts", "phone_encrypted", contactId))
              : null,
          },
        },
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, { action: "shelter.create", details: { shelterId: shelter.id } });
    return shelter;
  });
}

export async function assignShelterStaff(scope: Scope, shelterId: string, userId: string) {
  const db = dbFor(scope);
  if (!scope.organisationId || !roleHas(scope.role, "shelters.manage")) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  await db.$transaction(async (tx) => {
    const shelter = await tx.shelter.findFirst({ where: { id: shelterId, organisationId }, select: { id: true } });
    const member = await tx.membership.findFirst({
      where: { userId, organisationId, role: "SHELTER_STAFF" },
      select: { id: true },
    });
    if (!shelter || !member) throw new AppError("NOT_FOUND");
    await tx.shelterAssignment.upsert({
      where: { userId_shelterId: { userId, shelterId } },
      create: { userId, shelterId },
      update: {},
    });
    await appendAudit(tx, scope, { action: "shelter.staff_assign", details: { shelterId, userId } });
  });
}

/**
 * Locks the shelter row for the rest of the transaction and tells how many beds are free. Holds
 * are evaluated here, so the holds of this shelter that lapsed are recorded here too.
 */
async function lockAndCountFree(tx: Tx, scope: Scope, shelterId: string, exceptRequestId?: string) {
  // Before the shelter's lock (lock order: requests, then the shelter), and outside the section
  // that admissions to one shelter pass one at a time.
  await recordLapsedHolds(tx, scope, shelterId);
  const locked = await tx.$queryRaw<
    { capacity: number; active: boolean }[]
  >`SELECT capacity, active FROM shelters WHERE id = ${shelterId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND");
  if (!locked[0]!.active)
    throw new AppError("UNPROCESSABLE", "errors.shelterClosed", { bedId: "errors.shelterClosed" });
  // One connection per transaction: queries run one after another.
  const occupied = await tx.shelterStay.count({ where: { shelterId, dischargedAt: null } });
  const held = await tx.placementRequest.count({
    where: {
      shelterId,
      status: "ACCEPTED",
      holdUntil: { gt: new Date() },
      ...(exceptRequestId ? { id: { not: exceptRequestId } } : {}),
    },
  });
  return locked[0]!.capacity - occupied - held;
}

function uniqueViolation(error: unknown): string | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    return JSON.stringify(error.meta ?? {});
  // Partial unique indexes surface as raw database errors through the driver adapter.
  const text = error instanceof Error ? error.message : String(error);
  if (/shelter_stays_one_open_per_(victim|bed)|unique constraint/i.test(text)) return text;
  return null;
}

/**
 * Admissions queue on the shelter's lock; when many arrive at once (a group brought in together)
 * they also queue for a pooled connection: wait for one rather than fail (Prisma's default wait
 * is two seconds).
 */
const ADMISSION_TRANSACTION = { maxWait: 15_000, timeout: 20_000 };

/** Admits a person (a record the actor's organisation may see) to a shelter of its own. */
export async function admitToShelter(scope: Scope, shelterId: string, input: AdmitInput) {
  const db = dbFor(scope);
  assertRuns(scope);
  const victimWhere = await victimScopeWhere(scope);
  try {
    return await db.$transaction(async (tx) => {
      const shelter = await tx.shelter.findFirst({
        where: { AND: [{ id: shelterId }, shelterWhere(scope)] },
        select: { id: true },
      });
      if (!shelter) throw new AppError("NOT_FOUND");
      // The bed held for this person here, locked first (lock order: request, then shelter), so
      // a withdrawal cannot slip in between.
      const held = input.placementRequestId
        ? await tx.placementRequest.findFirst({
            where: {
              id: input.placementRequestId,
              shelterId,
              victimId: input.victimId,
              status: "ACCEPTED",
              holdUntil: { gt: new Date() },
            },
            select: { id: true },
          })
        : null;
      const request = held ? await lockPlacementRequest(tx, held.id) : null;
      if (request && request.status !== "ACCEPTED") throw placementMovedOn(request.status);
      // A person shared with the shelter's organisation (a placement request) may be admitted too.
      await chosenPerson(tx, victimWhere, input.victimId);
      if (input.bedId) {
        const bed = await tx.shelterBed.findFirst({
          where: { id: input.bedId, shelterId, active: true },
          select: { id: true },
        });
        if (!bed) throw new AppError("INVALID", "errors.INVALID", { bedId: "errors.bedOfOtherShelter" });
      }
      if (
        input.plannedDischargeOn &&
        input.plannedDischargeOn < new Date(input.admittedAt.toISOString().slice(0, 10))
      ) {
        throw new AppError("INVALID", "errors.INVALID", { plannedDischargeOn: "errors.dischargeBeforeAdmission" });
      }
      const free = await lockAndCountFree(tx, scope, shelterId, request?.id);
      if (free <= 0) throw new AppError("CONFLICT", "errors.shelterFull", { bedId: "errors.shelterFull" });
      const openElsewhere = await tx.shelterStay.findFirst({
        where: { victimId: input.victimId, dischargedAt: null },
        select: { id: true },
      });
      if (openElsewhere)
        throw new AppError("CONFLICT", "errors.alreadyInShelter", { victimId: "errors.alreadyInShelter" });
      const stayId = crypto.randomUUID();
      const stay = await tx.shelterStay.create({
        data: {
          id: stayId,
          shelterId,
          victimId: input.victimId,
          bedId: input.bedId ?? null,
          admittedAt: input.admittedAt,
          referredBy: input.referredBy ?? null,
          plannedDischargeOn: input.plannedDischargeOn ?? null,
          healthNotesEncrypted: input.healthNotes
            ? encryptField(input.healthNotes, fieldContext("shelter_stays", "health_notes_encrypted", stayId))
            : null,
          placementRequestId: request?.id ?? null,
          createdById: scope.userId,
        },
        select: { id: true },
      });
      if (request) {
        await tx.placementRequest.update({ where: { id: request.id }, data: { status: "ADMITTED" } });
        await keepPlacementGrantForStay(tx, request.id);
      }
      await appendAudit(tx, scope, {
        action: "shelter.admit",
        recordType: "SHELTER_STAY",
        recordId: stay.id,
        details: { shelterId, victimId: input.victimId },
      });
      return stay;
    }, ADMISSION_TRANSACTION);
  } catch (error) {
    const unique = uniqueViolation(error);
    if (unique && !(error instanceof AppError)) {
      if (unique.includes("bed")) throw new AppError("CONFLICT", "errors.bedTaken", { bedId: "errors.bedTaken" });
      throw new AppError("CONFLICT", "errors.alreadyInShelter", { victimId: "errors.alreadyInShelter" });
    }
    throw error;
  }
}

/** Records services and incidents, moves a resident to another bed, or discharges them. */
export async function updateStay(scope: Scope, stayId: string, input: UpdateStayInput) {
  const db = dbFor(scope);
  assertRuns(scope);
  try {
    return await db.$transaction(async (tx) => {
      const stay = await tx.shelterStay.findFirst({
        where: { id: stayId, shelter: shelterWhere(scope) },
        select: {
          id: true,
          shelterId: true,
          admittedAt: true,
          dischargedAt: true,
          version: true,
          placementRequestId: true,
        },
      });
      if (!stay) throw new AppError("NOT_FOUND");
      if (stay.dischargedAt) throw new AppError("UNPROCESSABLE", "errors.stayEnded");
      if (stay.version !== input.version) throw new AppError("CONFLICT", "errors.staleRecord");
      const data: Prisma.ShelterStayUpdateInput = { version: { increment: 1 } };
      if (input.moveToBedId) {
        const bed = await tx.shelterBed.findFirst({
          where: { id: input.moveToBedId, shelterId: stay.shelterId, active: true },
          select: { id: true },
        });
        if (!bed) throw new AppError("INVALID", "errors.INVALID", { moveToBedId: "errors.bedOfOtherShelter" });
        data.bed = { connect: { id: bed.id } };
      }
      if (input.plannedDischargeOn) data.plannedDischargeOn = input.plannedDischargeOn;
      if (input.discharge) {
        if (input.discharge.dischargedAt < stay.admittedAt) {
          throw new AppError("INVALID", "errors.INVALID", {
            "discharge.dischargedAt": "errors.dischargeBeforeAdmission",
          });
        }
        data.dischargedAt = input.discharge.dischargedAt;
        data.exitDestination = input.discharge.exitDestination;
        data.exitReason = input.discharge.exitReason ?? null;
      }
      await tx.shelterStay.update({ where: { id: stay.id }, data });
      // The stay ends the placement's grant: the shelter keeps its own stay record (dates, exit),
      // and the person's record no longer reaches its organisation through the placement.
      if (input.discharge && stay.placementRequestId)
        await endPlacementGrant(tx, stay.placementRequestId, "placement.discharged", scope.userId);
      if (input.addService) {
        await tx.stayService.create({
          data: {
            stayId,
            kind: input.addService.kind,
            providedOn: input.addService.providedOn,
            provider: input.addService.provider ?? null,
          },
        });
      }
      if (input.addIncident) {
        const incidentId = crypto.randomUUID();
        await tx.stayIncident.create({
          data: {
            id: incidentId,
            stayId,
            occurredAt: input.addIncident.occurredAt,
            descriptionEncrypted: encryptField(
              input.addIncident.description,
              fieldContext("stay_incidents", "description_encrypted", incidentId),
            ),
          },
        });
      }
      const what = [
        input.moveToBedId && "move",
        input.addService && "service",
        input.addIncident && "incident",
        input.discharge && "discharge",
        input.plannedDischargeOn && "planned_discharge",
      ].filter(Boolean);
      await appendAudit(tx, scope, {
        action: "shelter.stay_update",
        recordType: "SHELTER_STAY",
        recordId: stayId,
        details: { changes: what as string[] },
      });
      return { version: stay.version + 1 };
    });
  } catch (error) {
    if (uniqueViolation(error) && !(error instanceof AppError))
      throw new AppError("CONFLICT", "errors.bedTaken", { moveToBedId: "errors.bedTaken" });
    throw error;
  }
}

function assertRefers(scope: Scope): asserts scope is OrgScope {
  if (!scope.organisationId || !roleHas(scope.role, "cases.referral.send")) throw new AppError("NOT_FOUND");
}

/**
 * The roles that may refer ask a shelter (of any organisation) for a bed for a person of their
 * own organisation. Another organisation's shelter needs the person's consent to share with that
 * organisation, as a referral does.
 */
export async function requestPlacement(scope: Scope, input: PlacementRequestInput) {
  const db = dbFor(scope);
  assertRefers(scope);
  const organisationId = scope.organisationId;
  const victimWhere = await victimScopeWhere(scope);
  return db.$transaction(async (tx) => {
    const victim = await chosenPerson(tx, victimWhere, input.victimId, organisationId);
    const shelter = await tx.shelter.findFirst({
      where: { id: input.shelterId, active: true },
      select: { id: true, organisationId: true },
    });
    if (!shelter) throw new AppError("INVALID", "errors.INVALID", { shelterId: "errors.invalidChoice" });
    if (shelter.organisationId !== organisationId) {
      const consents = await tx.victimConsent.findMany({
        where: { victimId: victim.id },
        select: { kind: true, granteeOrganisationId: true, givenOn: true, withdrawnOn: true },
      });
      if (!hasSharingConsent(consents, shelter.organisationId)) {
        throw new AppError("UNPROCESSABLE", "errors.noSharingConsent", { victimId: "errors.noSharingConsent" });
      }
    }
    const request = await tx.placementRequest.create({
      data: {
        shelterId: shelter.id,
        fromOrganisationId: organisationId,
        victimId: victim.id,
        note: input.note,
        requestedById: scope.userId,
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "placement.request",
      recordType: "VICTIM",
      recordId: victim.id,
      details: { requestId: request.id, shelterId: shelter.id },
    });
    return request;
  });
}

const DEFAULT_HOLD_HOURS = 48;

/**
 * The shelter's staff accept (holding a bed, and gaining access to the person's minimal record so
 * they can admit them, for as long as the bed is held) or decline with a reason. The request row
 * is locked first: of two answers, or an answer and a withdrawal, at once, the second sees the
 * first's result and is told CONFLICT.
 */
export async function answerPlacement(scope: Scope, requestId: string, input: AnswerPlacementInput) {
  const db = dbFor(scope);
  assertRuns(scope);
  if (input.decision === "DECLINE" && !input.reason)
    throw new AppError("INVALID", "errors.INVALID", { reason: "errors.declineReasonRequired" });
  return db.$transaction(async (tx) => {
    const visible = await tx.placementRequest.findFirst({
      where: { id: requestId, shelter: shelterWhere(scope) },
      select: { id: true },
    });
    if (!visible) throw new AppError("NOT_FOUND");
    const request = (await lockPlacementRequest(tx, visible.id))!;
    if (request.status !== "PENDING") throw placementMovedOn(request.status);
    let grantId: string | null = null;
    let holdUntil: Date | null = null;
    if (input.decision === "ACCEPT") {
      const shared = request.fromOrganisationId !== scope.organisationId;
      if (shared) {
        // The consent may have been withdrawn since the request was sent.
        const consents = await tx.victimConsent.findMany({
          where: { victimId: request.victimId },
          select: { kind: true, granteeOrganisationId: true, givenOn: true, withdrawnOn: true },
        });
        if (!hasSharingConsent(consents, scope.organisationId))
          throw new AppError("UNPROCESSABLE", "errors.noSharingConsent");
      }
      const free = await lockAndCountFree(tx, scope, request.shelterId);
      if (free <= 0) throw new AppError("CONFLICT", "errors.shelterFull", { decision: "errors.shelterFull" });
      holdUntil = new Date(Date.now() + (input.holdHours ?? DEFAULT_HOLD_HOURS) * 3_600_000);
      if (shared) grantId = (await openPlacementGrant(tx, request, scope.organisationId, holdUntil)).id;
    }
    await tx.placementRequest.update({
      where: { id: request.id },
      data: {
        status: input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED",
        holdUntil,
        declineReason: input.reason ?? null,
        decidedById: scope.userId,
        decidedAt: new Date(),
        grantId,
      },
    });
    await appendAudit(tx, scope, {
      action: input.decision === "ACCEPT" ? "placement.accept" : "placement.decline",
      details: { requestId: request.id, grantId },
    });
  });
}

/**
 * The requesting organisation's referrers withdraw a request they may see (pending, or accepted
 * and holding a bed): the bed is released and the grant the request opened ends. Locked like an
 * answer, so a withdrawal and an acceptance at once end withdrawn, never accepted.
 */
export async function withdrawPlacement(scope: Scope, requestId: string) {
  const db = dbFor(scope);
  assertRefers(scope);
  const victimWhere = await victimScopeWhere(scope);
  const outcome = await db.$transaction(async (tx) => {
    const visible = await tx.placementRequest.findFirst({
      where: { AND: [{ id: requestId, fromOrganisationId: scope.organisationId }, { victim: victimWhere }] },
      select: { id: true },
    });
    if (!visible) throw new AppError("NOT_FOUND");
    const request = (await lockPlacementRequest(tx, visible.id))!;
    // A hold that ran out has ended the request already: that is written down now (the lists
    // only read), and the writer is told the request has ended.
    if (placementStatusNow(request, new Date()) === "EXPIRED") {
      await recordLapsedHolds(tx, scope, request.shelterId);
      return "lapsed" as const;
    }
    if (request.status !== "PENDING" && request.status !== "ACCEPTED")
      throw new AppError("CONFLICT", "errors.placementEnded");
    await tx.placementRequest.update({ where: { id: request.id }, data: { status: "CANCELLED" } });
    const ended = await endPlacementGrant(tx, request.id, "placement.withdrawn", scope.userId);
    await appendAudit(tx, scope, {
      action: "placement.withdraw",
      recordType: "VICTIM",
      recordId: request.victimId,
      details: { requestId: request.id, shelterId: request.shelterId, from: request.status, grantsEnded: ended.count },
    });
    return "withdrawn" as const;
  });
  if (outcome === "lapsed") throw new AppError("CONFLICT", "errors.placementEnded");
}

export async function setShelterActive(scope: Scope, shelterId: string, active: boolean) {
  const db = dbFor(scope);
  if (!scope.organisationId || !roleHas(scope.role, "shelters.manage")) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  await db.$transaction(async (tx) => {
    const updated = await tx.shelter.updateMany({
      where: { id: shelterId, organisationId },
      data: { active, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await appendAudit(tx, scope, { action: active ? "shelter.reopen" : "shelter.close", details: { shelterId } });
  });
}

/**
 * Takes a staff member off one of the organisation's shelters: from their next request
 * they no longer see its board or residents (reads are scoped by assignment). ORG_ADMIN or
 * COORDINATOR with shelters.manage, own organisation's shelter only; anything else is not found.
 */
export async function unassignShelterStaff(scope: Scope, shelterId: string, userId: string) {
  const db = dbFor(scope);
  if (!scope.organisationId || !roleHas(scope.role, "shelters.manage")) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  await db.$transaction(async (tx) => {
    const removed = await tx.shelterAssignment.deleteMany({
      where: { userId, shelterId, shelter: { organisationId } },
    });
    if (removed.count === 0) throw new AppError("NOT_FOUND");
    await appendAudit(tx, scope, { action: "shelter.staff_unassign", details: { shelterId, userId } });
  });
}
