// A case worked alone with a counterpart, handed to a Tumar organisation that joined since
// (decision 0030): the receiving side becomes that organisation, with the person's consent to
// share with it, and from then on the case is worked by the two as any other. The counterpart stays
// in the timeline's summary; the new side reads the person through a grant like any request's.
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { hasSharingConsent } from "@/lib/casework/rules";
import { notifyOrganisation } from "./notices";
import { handsToPartner, mayHandToPartner, repatriationWhere } from "./policy";
import { openRequestGrant } from "./request-grant";
import { CLOSED_STATUSES, type RepatriationStatus } from "./codes";
import type { HandToPartnerInput } from "./schema";

export async function handToPartner(scope: Scope, repatriationId: string, input: HandToPartnerInput) {
  const db = dbFor(scope);
  if (!scope.organisationId || !mayHandToPartner(scope)) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  return db.$transaction(async (tx) => {
    const found = await tx.repatriation.findFirst({
      where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    await tx.$queryRaw`SELECT id FROM repatriations WHERE id = ${repatriationId}::uuid FOR UPDATE`;
    const current = await tx.repatriation.findFirstOrThrow({
      where: { id: repatriationId },
      select: {
        id: true,
        victimId: true,
        status: true,
        kind: true,
        version: true,
        sendingOrganisationId: true,
        receivingOrganisationId: true,
        receivingCountry: true,
        counterpartSide: true,
      },
    });
    if (current.version !== input.version) throw new AppError("CONFLICT", "errors.staleRecord");
    if (!handsToPartner(current)) throw new AppError("UNPROCESSABLE", "errors.notACounterpartCase");
    if (CLOSED_STATUSES.includes(current.status as RepatriationStatus))
      throw new AppError("UNPROCESSABLE", "errors.repatriationEnded");
    const partner = await tx.organisation.findFirst({
      where: { id: input.receivingOrganisationId, active: true, NOT: { id: organisationId } },
      select: { id: true, countryCode: true },
    });
    if (!partner || partner.countryCode !== current.receivingCountry)
      throw new AppError("INVALID", "errors.INVALID", { receivingOrganisationId: "errors.partnerNotInHomeCountry" });
    const consents = await tx.victimConsent.findMany({
      where: { victimId: current.victimId },
      select: { kind: true, granteeOrganisationId: true, givenOn: true, withdrawnOn: true },
    });
    if (!hasSharingConsent(consents, partner.id))
      throw new AppError("UNPROCESSABLE", "errors.noSharingConsent", {
        receivingOrganisationId: "errors.noSharingConsent",
      });
    // A draft is still the sender's alone; once requested, the partner reads the person through a grant.
    const grant =
      current.status === "DRAFT"
        ? null
        : await openRequestGrant(tx, scope, {
            repatriationId,
            victimId: current.victimId,
            ownerOrganisationId: organisationId,
            granteeOrganisationId: partner.id,
          });
    await tx.repatriation.update({
      where: { id: repatriationId },
      data: {
        receivingOrganisationId: partner.id,
        counterpartId: null,
        counterpartSide: null,
        receivingCoordinatorId: null,
        grantId: grant?.id ?? null,
        // The partner reads the thread and the notes from now on: what the organisation wrote for
        // itself while it worked alone stays its own.
        partnerSince: new Date(),
        version: { increment: 1 },
        events: {
          create: {
            actorId: scope.userId,
            organisationId,
            // The counterpart is the organisation's own directory entry: not named to the partner.
            summary: "handed to a partner organisation",
          },
        },
      },
    });
    if (grant)
      await notifyOrganisation(tx, {
        organisationId: partner.id,
        kind: "REPATRIATION_REQUESTED",
        repatriationId,
        status: current.status as RepatriationStatus,
      });
    await appendAudit(tx, scope, {
      action: "repatriation.hand_to_partner",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { to: partner.id, grantId: grant?.id ?? null },
    });
    return { receivingOrganisationId: partner.id };
  });
}
