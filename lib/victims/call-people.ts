// The people a call is about (call_people): a call may name a whole brigade, and a person may be
// linked to many calls. Registering from a call links as OPENED and gives the call its CASE_OPENED
// action; linking an existing record links as LINKED. Both inside the caller's transaction.
import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CallAction } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { hotlineCallWhere } from "@/lib/hotline/policy";

type OrgScope = Scope & { organisationId: string };
type CallToLink = { id: string; receivedAt: Date; actions: CallAction[] };

/**
 * A call of the actor's organisation, not void, that the actor may read (`people`: the rule's
 * `where`, for a case worker who reads the calls of their people); 404 otherwise.
 */
export async function callToLink(
  tx: Tx,
  scope: OrgScope,
  callId: string,
  people?: Prisma.VictimWhereInput,
): Promise<CallToLink> {
  const call = await tx.hotlineCall.findFirst({
    where: {
      AND: [{ id: callId, organisationId: scope.organisationId, voidedAt: null }, hotlineCallWhere(scope, people)],
    },
    select: { id: true, receivedAt: true, actions: true },
  });
  if (!call) throw new AppError("NOT_FOUND");
  return call;
}

/** Links people to the call (skipping those already linked) and audits each new link. */
export async function linkPeopleToCall(
  tx: Tx,
  scope: OrgScope,
  call: CallToLink,
  victimIds: string[],
  how: "OPENED" | "LINKED",
) {
  const already = new Set(
    (
      await tx.callPerson.findMany({
        where: { callId: call.id, victimId: { in: victimIds } },
        select: { victimId: true },
      })
    ).map((p) => p.victimId),
  );
  const fresh = victimIds.filter((id) => !already.has(id));
  if (fresh.length === 0) return { linked: 0 };
  await tx.callPerson.createMany({
    data: fresh.map((victimId) => ({ callId: call.id, victimId, how, linkedById: scope.userId })),
  });
  if (how === "OPENED" && !call.actions.includes("CASE_OPENED")) {
    await tx.hotlineCall.update({
      where: { id: call.id },
      data: {
        actions: [...call.actions.filter((a) => a !== "NONE"), "CASE_OPENED"],
        version: { increment: 1 },
      },
    });
  }
  for (const victimId of fresh)
    await appendAudit(tx, scope, {
      action: how === "OPENED" ? "hotline_call.case_opened" : "hotline_call.person_linked",
      recordType: "HOTLINE_CALL",
      recordId: call.id,
      details: { victimId },
    });
  return { linked: fresh.length };
}
