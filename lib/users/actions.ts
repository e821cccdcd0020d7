"use server";
// Server actions for members, language and API tokens: parse -> authorise -> mutate -> revalidate.
import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { CURRENT_ORG_COOKIE, getActor, requireActor, requireActorForSecondFactorEnrolment } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import { AppError } from "@/lib/errors";
import type { ActionResult } from "@/lib/action-result";
import type { Scope } from "@/lib/roles/scope";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { confirmEnrolment, disableSecondFactor, startEnrolment } from "@/lib/auth/second-factor";
import { clientAddress } from "@/lib/http/client-address";
import { env } from "@/lib/env";
import {
  apiTokenSettingsSchema,
  removeMembershipSchema,
  secondFactorConfirmSchema,
  changePasswordSchema,
  changeMemberRoleSchema,
  createApiTokenSchema,
  createMemberSchema,
  setMemberActiveSchema,
  switchOrganisationSchema,
  updateLocaleSchema,
} from "./schema";
import {
  changeMemberRole,
  createApiToken,
  createMember,
  endMemberSessions,
  endOwnSessions,
  changeOwnPassword,
  removeMembership,
  revokeApiToken,
  revokeMemberApiToken,
  setMemberActive,
  updateApiTokenMaxDays,
  updateOwnLocale,
} from "./mutations";

import { invitationPath, type InvitationLinkView } from "@/lib/invitations/schema";

const idSchema = z.uuid();

/** Invites a member: the answer carries the one-time link, shown once. */
export async function createMemberAction(raw: unknown): Promise<ActionResult<InvitationLinkView>> {
  const actor = await requireActor("org.members.manage");
  const result = await runAction(createMemberSchema, raw, async (input) => {
    const invitation = await createMember(actor.scope, input);
    return { id: invitation.id, path: invitationPath(invitation.token), expiresAt: invitation.expiresAt.toISOString() };
  });
  if (result.ok) revalidatePath("/admin/members");
  return result;
}

/** An ORG_ADMIN's change to one membership: the id is checked here, its scope in the mutation. */
async function changeMembership<S extends z.core.$ZodType>(
  membershipId: unknown,
  raw: unknown,
  schema: S,
  mutate: (scope: Scope, id: string, input: z.output<S>) => Promise<void>,
): Promise<ActionResult<void>> {
  const actor = await requireActor("org.members.manage");
  const id = idSchema.safeParse(membershipId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(schema, raw, (input) => mutate(actor.scope, id.data, input));
  if (result.ok) revalidatePath("/admin/members");
  return result;
}

export async function changeMemberRoleAction(membershipId: unknown, raw: unknown): Promise<ActionResult<void>> {
  return changeMembership(membershipId, raw, changeMemberRoleSchema, changeMemberRole);
}

export async function setMemberActiveAction(membershipId: unknown, raw: unknown): Promise<ActionResult<void>> {
  return changeMembership(membershipId, raw, setMemberActiveSchema, setMemberActive);
}

/** The member leaves this organisation only; their sessions and tokens end. */
export async function removeMembershipAction(membershipId: unknown, raw: unknown): Promise<ActionResult<void>> {
  return changeMembership(membershipId, raw, removeMembershipSchema, async (scope, id, input) => {
    await removeMembership(scope, id, input);
  });
}

/** An ORG_ADMIN revokes a member's API token (the member must belong to the organisation). */
export async function revokeMemberApiTokenAction(membershipId: unknown, tokenId: unknown): Promise<ActionResult<void>> {
  return changeMembership(membershipId, { tokenId }, z.object({ tokenId: idSchema }), async (scope, id, input) => {
    await revokeMemberApiToken(scope, id, input.tokenId);
  });
}

/** How long the organisation's members' API tokens may live. */
export async function updateApiTokenSettingsAction(raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("org.settings.manage");
  const result = await runAction(apiTokenSettingsSchema, raw, (input) => updateApiTokenMaxDays(actor.scope, input));
  if (result.ok) revalidatePath("/admin/members");
  return result;
}

export async function endMemberSessionsAction(membershipId: unknown): Promise<ActionResult<void>> {
  return changeMembership(membershipId, {}, z.object({}), async (scope, id) => {
    await endMemberSessions(scope, id);
  });
}

/** Ends every session of the actor, this one included; the browser then goes to the sign-in page. */
export async function signOutEverywhereAction(): Promise<ActionResult<{ ended: number }>> {
  const actor = await requireActor("self.manage");
  return runAction(z.object({}), {}, () => endOwnSessions(actor.scope));
}

// The enrolment actions are the only ones a user who must have a second factor, and has none yet,
// may run: they are exempt by name, never by the path they are posted to.
export async function startSecondFactorAction(): Promise<ActionResult<{ secret: string; qrSvg: string }>> {
  const actor = await requireActorForSecondFactorEnrolment();
  return runAction(z.object({}), {}, () => startEnrolment(actor.scope));
}

export async function confirmSecondFactorAction(raw: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const actor = await requireActorForSecondFactorEnrolment();
  const result = await runAction(secondFactorConfirmSchema, raw, (input) =>
    confirmEnrolment(actor.scope, actor.sessionId, input),
  );
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function disableSecondFactorAction(raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("self.manage");
  const result = await runAction(secondFactorConfirmSchema, raw, (input) =>
    disableSecondFactor(actor.scope, actor.sessionId, input),
  );
  if (result.ok) revalidatePath("/settings/two-factor");
  return result;
}

export async function changePasswordAction(raw: unknown): Promise<ActionResult<{ ended: number }>> {
  const actor = await requireActor("self.manage");
  return runAction(changePasswordSchema, raw, (input) => changeOwnPassword(actor.scope, actor.sessionId, input));
}

/** Saves the language on the profile when signed in, and always in a cookie (sign-in page). */
export async function updateLocaleAction(raw: unknown): Promise<ActionResult<void>> {
  const actor = await getActor();
  const result = await runAction(updateLocaleSchema, raw, async (input) => {
    if (actor) await updateOwnLocale(actor.scope, input);
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", sameSite: "lax", maxAge: 365 * 86400 });
    return undefined;
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** Asks for the password (and code) again; wrong answers count against the sign-in throttle. */
export async function createApiTokenAction(raw: unknown): Promise<ActionResult<{ id: string; secret: string }>> {
  const actor = await requireActor("self.manage");
  const address = clientAddress(Object.fromEntries((await headers()).entries()), env().TRUSTED_PROXY_HOPS);
  const result = await runAction(createApiTokenSchema, raw, (input) =>
    createApiToken(actor.scope, { sessionId: actor.sessionId, address }, input),
  );
  if (result.ok) revalidatePath("/settings");
  return result;
}

export async function revokeApiTokenAction(tokenId: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("self.manage");
  const result = await runAction(idSchema, tokenId, (id) => revokeApiToken(actor.scope, id));
  if (result.ok) revalidatePath("/settings");
  return result;
}

/**
 * For people who work for several organisations: which one they act for. Only an organisation
 * the user is a member of is accepted; requireActor() checks the cookie again on every request.
 */
export async function switchOrganisationAction(raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("self.manage");
  const result = await runAction(switchOrganisationSchema, raw, async ({ organisationId }) => {
    if (!actor.memberships.some((m) => m.organisationId === organisationId)) throw new AppError("NOT_FOUND");
    (await cookies()).set(CURRENT_ORG_COOKIE, organisationId, { path: "/", sameSite: "lax", httpOnly: true });
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
