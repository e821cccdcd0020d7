"use server";
// Server actions of invitations. Withdrawing is an ORG_ADMIN's; accepting is public (the invitee
// has no session: the token, posted back from the invitation page, is the credential).
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { acceptInvitationSchema, acceptInvitationSignedSchema } from "./schema";
import { acceptInvitationWithAccount, acceptInvitationWithNewAccount, revokeInvitation } from "./mutations";

export async function revokeInvitationAction(invitationId: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("org.members.manage");
  const id = z.uuid().safeParse(invitationId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(z.object({}), {}, () => revokeInvitation(actor.scope, id.data));
  if (result.ok) revalidatePath("/admin/members");
  return result;
}

export async function acceptInvitationAction(raw: unknown): Promise<ActionResult<void>> {
  const requestId = (await headers()).get("x-request-id");
  return runAction(acceptInvitationSchema, raw, async (input) => {
    await acceptInvitationWithNewAccount(input, requestId);
  });
}

/** With an account already: its password is checked and throttled as at sign-in (by client address). */
export async function acceptInvitationWithAccountAction(raw: unknown): Promise<ActionResult<void>> {
  const headerList = await headers();
  const address = clientAddress(Object.fromEntries(headerList.entries()), env().TRUSTED_PROXY_HOPS);
  return runAction(acceptInvitationSignedSchema, raw, async (input) => {
    await acceptInvitationWithAccount(input, headerList.get("x-request-id"), address);
  });
}
