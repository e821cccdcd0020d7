// requireActor(): the gate every page, server action and route handler passes first.
// Cached per request (React cache), so a page and its components load the user once.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { appendDenied } from "@/lib/audit/denial";
import { loadActor, type Actor } from "./load-actor";
import { userIdForApiToken } from "./api-tokens";
import { roleHas, type Permission } from "@/lib/roles/permissions";
import { readSessionToken } from "./session-token";
import { secondFactorRequired } from "./second-factor";

export type { Actor } from "./load-actor";

export const CURRENT_ORG_COOKIE = "tumar_org";

export const getActor = cache(async (): Promise<Actor | null> => {
  const headerList = await headers();
  const cookieStore = await cookies();
  const requestId = headerList.get("x-request-id");
  const authorization = headerList.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const userId = match ? await userIdForApiToken(match[1]!) : null;
    if (!userId) return null;
    return loadActor({ userId, preferredOrganisationId: null, requestId, via: "token" });
  }
  const session = await readSessionToken((name) => cookieStore.get(name)?.value);
  if (!session) return null;
  // The session's check rides on the user's load: one statement on every request.
  return loadActor({
    userId: session.userId,
    preferredOrganisationId: cookieStore.get(CURRENT_ORG_COOKIE)?.value ?? null,
    requestId,
    via: "session",
    sessionId: session.sessionId,
  });
});

/** Where a user whose role requires a second factor, and who has none yet, sets it up. */
export const SECOND_FACTOR_SETUP_PATH = "/settings/two-factor";

/** Whether the actor must set up a second factor before doing anything else. */
export function secondFactorPending(actor: Actor): boolean {
  return !actor.secondFactorOn && secondFactorRequired(actor.role);
}

async function signedInActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

async function assertPermission(actor: Actor, permission?: Permission) {
  // A page the role may not use answers 404, like a record outside the user's scope, and the
  // refusal goes on the trail.
  if (permission && !roleHas(actor.role, permission)) {
    await appendDenied(actor.scope, (await headers()).get("x-pathname"), permission);
    notFound();
  }
}

/**
 * For pages and server actions: signed-out users go to the sign-in page; a user whose role must
 * use a second factor and has none goes to set it up. No request path is exempt: a server
 * action can be posted at any page's path, so the path says nothing about what runs.
 */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await signedInActor();
  if (secondFactorPending(actor)) redirect(SECOND_FACTOR_SETUP_PATH);
  await assertPermission(actor, permission);
  return actor;
}

/**
 * The one exemption from the second-factor gate, named for what it allows: the enrolment page
 * and the enrolment actions themselves (start and confirm), which a user without a second factor
 * must be able to reach, and the (app) layout that frames that page (it shows nothing of the work
 * to a user the gate holds). Nothing else may call it: lib/auth/second-factor-exemption.test.ts
 * lists the callers.
 */
export async function requireActorForSecondFactorEnrolment(): Promise<Actor> {
  const actor = await signedInActor();
  await assertPermission(actor, "self.manage");
  return actor;
}

/** For route handlers: errors become JSON responses (401, 404) through lib/api/handler.ts. */
export async function requireApiActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  // A token is no way around the second factor: where the role requires one, a user
  // without it is refused whether they come with a session or a token.
  if (secondFactorPending(actor)) throw new AppError("UNAUTHENTICATED", "errors.secondFactorRequired");
  if (permission && !roleHas(actor.role, permission)) throw new AppError("NOT_FOUND");
  return actor;
}
