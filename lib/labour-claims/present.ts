// The API's answers about claims for unpaid wages, typed against api-schema.ts.
import { isoDate } from "@/lib/time/zoned";
import type { LabourClaimResponse } from "./api-schema";
import type { LabourClaimView } from "./types";

const dayOrNull = (d: Date | null) => (d ? isoDate(d) : null);

export function presentLabourClaim(c: LabourClaimView): LabourClaimResponse {
  return {
    id: c.id,
    own: c.own,
    employer: c.employer,
    countryCode: c.countryCode,
    workFrom: dayOrNull(c.workFrom),
    workTo: dayOrNull(c.workTo),
    currency: c.currency,
    route: c.route,
    status: c.status,
    filedOn: dayOrNull(c.filedOn),
    situation: c.situation,
    notes: c.notes,
    person: c.person,
    others: c.others,
    othersNotShown: c.othersNotShown,
    totals: c.totals,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
