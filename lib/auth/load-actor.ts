// Loads the acting user from the database: who they are, whether they are still active, their
// memberships, and whether their session holds, in one statement. Called on every request (never
// trusted from token claims), so deactivating a user or changing a role takes effect on their next
// request.
import { db } from "@/lib/db";
import { mintScope } from "./mint-scope";
import { permissionsOf, type Permission } from "@/lib/roles/permissions";
import type { AnyRole, NetworkRoleName, OrgRole } from "@/lib/roles/roles";
import { sessionHolds, type SessionRow } from "./sessions";
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

interface ActorRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  active: boolean;
  network_role: string | null;
  second_factor_on: boolean;
  /** Each membership with its organisation's access epoch (kept out of ActorMembership, which pages show). */
  memberships: (ActorMembership & { accessEpoch: number })[];
  session_ended_at: Date | null;
  session_expires_at: Date | null;
  session_last_seen_at: Date | null;
}

/**
 * The user, their memberships in active organisations (oldest first) and, where a session is
 * named, that session's row if it is the user's: one statement on every request instead of four.
 */
async function readActorRow(userId: string, sessionId: string | null): Promise<ActorRow | null> {
  const rows = await db.$queryRaw<ActorRow[]>`
    SELECT u.id, u.name, u.email, u.locale, u.active, u.network_role::text AS network_role,
           u.totp_enabled_at IS NOT NULL AS second_factor_on,
           s.ended_at AS session_ended_at, s.expires_at AS session_expires_at, s.last_seen_at AS session_last_seen_at,
           COALESCE((
             SELECT json_agg(json_build_object(
                      'organisationId', o.id, 'organisationName', o.name, 'countryCode', o.country_code,
                      'timeZone', o.time_zone, 'role', m.role, 'accessEpoch', o.access_epoch) ORDER BY m.created_at, m.id)
               FROM memberships m JOIN organisations o ON o.id = m.organisation_id
              WHERE m.user_id = u.id AND o.active
           ), '[]'::json) AS memberships
      FROM users u
      LEFT JOIN sessions s ON s.id = ${sessionId}::uuid AND s.user_id = u.id
     WHERE u.id = ${userId}::uuid`;
  return rows[0] ?? null;
}

/**
 * The acting user, or null where they may not act (unknown, deactivated, in no active
 * organisation). With a `sessionId`, also null unless that session is live for this user
 * (`sessionHolds` in ./sessions.ts decides, and ends a lapsed one).
 */
export async function loadActor(input: {
  userId: string;
  preferredOrganisationId: string | null;
  requestId: string | null;
  via: Actor["via"];
  sessionId?: string;
}): Promise<Actor | null> {
  const user = await readActorRow(input.userId, input.sessionId ?? null);
  if (!user || !user.active) return null;
  if (input.sessionId) {
    const session: SessionRow | null = user.session_expires_at
      ? {
          endedAt: user.session_ended_at,
          expiresAt: user.session_expires_at,
          lastSeenAt: user.session_last_seen_at!,
        }
      : null;
    if (!(await sessionHolds(input.sessionId, session))) return null;
  }

  const memberships: ActorMembership[] = user.memberships.map(({ accessEpoch: _epoch, ...m }) => m);
  let current: ActorMembership | null = null;
  let role: AnyRole;
  if (user.network_role) {
    role = user.network_role as NetworkRoleName;
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
      accessEpoch: user.memberships.find((m) => m.organisationId === current?.organisationId)?.accessEpoch,
    }),
    user: { id: user.id, name: user.name, email: user.email, locale: user.locale },
    role,
    current,
    memberships,
    timeZone: current?.timeZone ?? DISPLAY_ZONE_WITHOUT_ORGANISATION,
    permissions: permissionsOf(role),
    via: input.via,
    sessionId: input.sessionId ?? null,
    secondFactorOn: user.second_factor_on,
  };
}
