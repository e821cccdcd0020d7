import type { OrganisationResponse } from "./schema";

export function presentOrganisation(row: {
  id: string;
  name: string;
  code: string;
  kind: OrganisationResponse["kind"];
  countryCode: string;
  timeZone: string;
  active: boolean;
  createdAt: Date;
  _count: { memberships: number };
}): OrganisationResponse {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    kind: row.kind,
    countryCode: row.countryCode,
    timeZone: row.timeZone,
    active: row.active,
    memberCount: row._count.memberships,
    createdAt: row.createdAt.toISOString(),
  };
}
