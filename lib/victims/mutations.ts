import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { hotlineCallWhere } from "@/lib/hotline/policy";
import { nextCaseNumber } from "./case-number";
import type { CreateVictimFromCallInput } from "./schema";

/**
 * "Open a case from this call": a minimal victim record of the call's organisation, linked to the
 * call, which gains the CASE_OPENED action. A call already linked to a record opens no second one.
 */
export async function createVictimFromCall(scope: Scope, callId: string, input: CreateVictimFromCallInput) {
  if (!scope.organisationId || !roleHas(scope.role, "victims.create.fromCall")) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  return db.$transaction(async (tx) => {
    const call = await tx.hotlineCall.findFirst({
      where: { AND: [{ id: callId, organisationId, voidedAt: null }, hotlineCallWhere(scope)] },
      select: { id: true, receivedAt: true, victimId: true, actions: true },
    });
    if (!call) throw new AppError("NOT_FOUND");
    if (call.victimId) throw new AppError("CONFLICT", "errors.caseAlreadyOpened");
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, code: true } });
    const caseNumber = await nextCaseNumber(tx, organisation, new Date().getUTCFullYear());
    const victim = await tx.victim.create({
      data: {
        organisationId,
        caseNumber,
        identifiedOn: call.receivedAt,
        identifiedBy: "HOTLINE",
        givenName: input.givenName,
        familyName: input.familyName,
        sex: input.sex,
        birthDate: input.birthDate ?? null,
        estimatedAge: input.estimatedAge ?? null,
        citizenships: input.citizenship ? [input.citizenship] : [],
        createdById: scope.userId,
      },
      select: { id: true, caseNumber: true },
    });
    await tx.hotlineCall.update({
      where: { id: call.id },
      data: {
        victimId: victim.id,
        actions: call.actions.includes("CASE_OPENED") ? call.actions : [...call.actions.filter((a) => a !== "NONE"), "CASE_OPENED"],
        version: { increment: 1 },
      },
    });
    await appendAudit(tx, scope, { action: "victim.create", recordType: "VICTIM", recordId: victim.id, details: { fromCall: call.id } });
    await appendAudit(tx, scope, { action: "hotline_call.case_opened", recordType: "HOTLINE_CALL", recordId: call.id, details: { victimId: victim.id } });
    return victim;
  });
}
