"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { invitationPath, type InvitationLinkView } from "@/lib/invitations/schema";
import { createOrganisationSchema } from "./schema";
import { createOrganisation } from "./mutations";

/** The answer carries the first administrator's one-time invitation link, shown once. */
export async function createOrganisationAction(
  raw: unknown,
): Promise<ActionResult<{ id: string; adminInvitation: InvitationLinkView }>> {
  const actor = await requireActor("network.organisations.manage");
  const result = await runAction(createOrganisationSchema, raw, async (input) => {
    const { id, adminInvitation } = await createOrganisation(actor.scope, input);
    return {
      id,
      adminInvitation: {
        id: adminInvitation.id,
        path: invitationPath(adminInvitation.token),
        expiresAt: adminInvitation.expiresAt.toISOString(),
      },
    };
  });
  if (result.ok) revalidatePath("/network/organisations");
  return result;
}
