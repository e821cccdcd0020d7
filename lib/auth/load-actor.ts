// Loads the acting user from the database: who they are, whether they are still active, and their
// memberships. Called on every request (never trusted from token claims), so deactivating a user
// or changing a role takes effect on their next request.
import { db } from "@/lib/db";
import { mintScope } from "./mint-scope";
import { permissionsOf, type Permission } from "@/lib/roles/permissions";
import type { AnyRole, OrgRole } from "@/lib/roles/roles";
import type { Scope } from "@/lib/roles/scope";

/** Where no organisation names a zone (network roles, signed-out pages without one). */
export const DISPLAY_ZONE_WITHOUT_ORGANISATION = "UTC";

export interface ActorMembership {
  organisationId: string;
  organisationName: string;
  countryCode: string;
  timeZone: string;
  role: OrgRole;
}

export interface Actor {
  scope: Scope;
  user: { id: string; name: string; email: string; locale: string };
  role: AnyRole;
  /** The membership the user is acting in now; null for network roles. */
  current: ActorMembership | null;
  memberships: ActorMembership[];
  /**
   * The zone every time is shown in: the current organisation's. Users have no zone of
   * their own; network roles, who act in no organisation, see UTC.
   */
  timeZone: string;
  permissions: Permission[];
  via: "session" | "token";
  /** The server-side session of a browser request (null for API tokens). */
  sessionId: string | null;
  /** Whether the user has a second factor in force. */
  secondFactorOn: boolean;
}

export async function loadActor(input: {
  userId: string;
  preferredOrganisationId: string | null;
  requestId: string | null;
  via: Actor["via"];
  sessionId?: string;
}): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      active: true,
      networkRole: true,
      totpEnabledAt: true,
      memberships: {
        where: { organisation: { active: true } },
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          organisation: { select: { id: true, name: true, countryCode: true, timeZone: true } },
        },
      },
    },
  });
  if (!user || !user.active) return null;

  const memberships: ActorMembership[] = user.memberships.map((m) => ({
    organisationId: m.organisation.id,
    organisationName: m.organisation.name,
    countryCode: m.organisation.countryCode,
    timeZone: m.organisation.timeZone,
    role: m.role,
  }));

  let current: ActorMembership | null = null;
  let role: AnyRole;
  if (user.networkRole) {
    role = user.networkRole;
  } else {
    current = memberships.find((m) => m.organisationId === input.preferredOrganisationId) ?? memberships[0] ?? null;
    if (!current) return null; // a user with no role anywhere may not act at all
    role = current.role;
  }

  return {
    scope: mintScope({
      userId: user.id,
      organisationId: current?.organisationId ?? null,
      role,
      requestId: input.requestId,
      timeZone: current?.timeZone,
    }),
    user: { id: user.id, name: user.name, email: user.email, locale: user.locale },
    role,
    current,
    memberships,
    timeZone: current?.timeZone ?? DISPLAY_ZONE_WITHOUT_ORGANISATION,
    permissions: permissionsOf(role),
    via: input.via,
    sessionId: input.sessionId ?? null,
    secondFactorOn: Boolean(user.totpEnabledAt),
  };
}
