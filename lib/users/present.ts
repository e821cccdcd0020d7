import type { Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/roles/roles";
import type { MeResponse } from "./api-schema";
import type { MemberRow } from "./data";
import type { MemberResponse } from "./schema";

export function presentMember(row: MemberRow): MemberResponse {
  return {
    id: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role as OrgRole,
    active: row.user.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The caller: who they are, where they act now, their memberships and what their role may do. */
export function presentMe(actor: Actor): MeResponse {
  return {
    user: { id: actor.user.id, name: actor.user.name, email: actor.user.email, locale: actor.user.locale },
    role: actor.role,
    organisation: actor.current
      ? {
          id: actor.current.organisationId,
          name: actor.current.organisationName,
          countryCode: actor.current.countryCode,
          timeZone: actor.current.timeZone,
        }
      : null,
    memberships: actor.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      countryCode: m.countryCode,
      role: m.role,
    })),
    permissions: actor.permissions,
  };
}
