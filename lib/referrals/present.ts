import type { ReferralResponse } from "./api-schema";

export function presentReferral(referral: {
  id: string;
  status: ReferralResponse["status"];
  reason: string;
  sharedFields: string[];
  fromOrganisation: string;
  toOrganisation: string;
  createdAt: Date;
}): ReferralResponse {
  return {
    id: referral.id,
    status: referral.status,
    reason: referral.reason,
    sharedFields: referral.sharedFields,
    fromOrganisation: referral.fromOrganisation,
    toOrganisation: referral.toOrganisation,
    createdAt: referral.createdAt.toISOString(),
  };
}
