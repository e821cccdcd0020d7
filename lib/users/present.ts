import type { OrgRole } from "@/lib/auth/roles";
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
