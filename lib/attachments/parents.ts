// The record a file is attached to, checked as its own domain checks a change to it, inside the
// upload's transaction. Answers the person the file is about (null for a labour claim) and never
// trusts an id of an organisation or a person sent by the client: both come from the record.
import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { loadEditableVictim } from "@/lib/victims/editable";
import { personVisible, repatriationWhere, sideOf } from "@/lib/repatriations/policy";
import { CLOSED_STATUSES, type RepatriationStatus } from "@/lib/repatriations/codes";
import { mayRunShelter, stayWhere } from "@/lib/shelters/policy";
import type { AttachmentParentType } from "./codes";

const missing = () => new AppError("NOT_FOUND");

export async function resolveParentForUpload(
  tx: Tx,
  scope: Scope,
  parentType: AttachmentParentType,
  parentId: string,
): Promise<{ victimId: string | null }> {
  const own = scope.organisationId ?? undefined;
  if (!own) throw missing();
  switch (parentType) {
    case "VICTIM": {
      if (!roleHas(scope.role, "cases.write")) throw missing();
      await loadEditableVictim(tx, scope, parentId);
      return { victimId: parentId };
    }
    case "DOCUMENT": {
      if (!roleHas(scope.role, "cases.write")) throw missing();
      const row = await tx.personDocument.findFirst({
        where: { id: parentId, organisationId: own },
        select: { victimId: true },
      });
      if (!row) throw missing();
      await loadEditableVictim(tx, scope, row.victimId);
      return { victimId: row.victimId };
    }
    case "CONSENT": {
      if (!roleHas(scope.role, "cases.write")) throw missing();
      const row = await tx.victimConsent.findFirst({
        where: { id: parentId, victim: { organisationId: own } },
        select: { victimId: true },
      });
      if (!row) throw missing();
      await loadEditableVictim(tx, scope, row.victimId);
      return { victimId: row.victimId };
    }
    case "PROCEEDING": {
      if (!roleHas(scope.role, "cases.write")) throw missing();
      const row = await tx.legalProceeding.findFirst({
        where: { id: parentId, organisationId: own },
        select: { victimId: true },
      });
      if (!row) throw missing();
      await loadEditableVictim(tx, scope, row.victimId);
      return { victimId: row.victimId };
    }
    case "LABOUR_CLAIM": {
      if (!roleHas(scope.role, "cases.write")) throw missing();
      const row = await tx.labourClaim.findFirst({
        where: { id: parentId, organisationId: own },
        select: { id: true },
      });
      if (!row) throw missing();
      return { victimId: null };
    }
    case "REPATRIATION_STEP": {
      // A task of a live case the actor's side works (either side: the receiving organisation
      // attaches the certificate of return), while the case still shows it the person.
      const task = await tx.repatriationTask.findFirst({
        where: { id: parentId, repatriation: repatriationWhere(scope) },
        select: {
          repatriation: {
            select: { status: true, victimId: true, sendingOrganisationId: true, receivingOrganisationId: true },
          },
        },
      });
      if (!task) throw missing();
      const { repatriation } = task;
      const side = sideOf(scope, repatriation);
      if (!side || !personVisible(side, repatriation.status)) throw missing();
      if (CLOSED_STATUSES.includes(repatriation.status as RepatriationStatus))
        throw new AppError("UNPROCESSABLE", "errors.repatriationEnded");
      return { victimId: repatriation.victimId };
    }
    case "SHELTER_STAY": {
      if (!mayRunShelter(scope)) throw missing();
      const stay = await tx.shelterStay.findFirst({
        where: { AND: [{ id: parentId }, stayWhere(scope)] },
        select: { victimId: true },
      });
      if (!stay) throw missing();
      return { victimId: stay.victimId };
    }
  }
}
