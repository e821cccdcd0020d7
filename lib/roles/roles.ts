// Role names shared by the browser and the server (no Prisma import, so client components can use it).
export const ORG_ROLES = [
  "ORG_ADMIN",
  "COORDINATOR",
  "CASE_WORKER",
  "HOTLINE_OPERATOR",
  "SHELTER_STAFF",
  "ANALYST",
] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const NETWORK_ROLES = ["NETWORK_ADMIN"] as const;
export type NetworkRoleName = (typeof NETWORK_ROLES)[number];

export type AnyRole = OrgRole | NetworkRoleName;
