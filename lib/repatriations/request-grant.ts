// The access grant a repatriation request opens for the receiving organisation: the minimal set of
// the person's record plus the fields the sending side chose. Made in the writing transaction by
// the request itself and by a counterpart case handed to a partner (decision 0030); it ends with
// the case (declined, cancelled, stays).
import "server-only";
import type { Tx } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";

export async function openRequestGrant(
  tx: Tx,
  scope: Scope,
  c: { repatriationId: string; victimId: string; ownerOrganisationId: string; granteeOrganisationId: string },
  fields: readonly string[] = [],
) {
  return tx.accessGrant.create({
    data: {
      recordType: "VICTIM",
      recordId: c.victimId,
      ownerOrganisationId: c.ownerOrganisationId,
      granteeOrganisationId: c.granteeOrganisationId,
      scope: "MINIMAL",
      fields: [...fields],
      reason: "repatriation",
      grantedById: scope.userId,
      sourceType: "REPATRIATION",
      sourceId: c.repatriationId,
    },
    select: { id: true },
  });
}
