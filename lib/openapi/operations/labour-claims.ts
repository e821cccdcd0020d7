import { z } from "zod";
import { component, idParams, type Operations } from "@/lib/api/operation";
import { labourClaimListResponseSchema, labourClaimResponseSchema } from "@/lib/labour-claims/api-schema";
import { labourClaimSchema, updateLabourClaimSchema } from "@/lib/labour-claims/schema";

const LabourClaim = component("LabourClaim", labourClaimResponseSchema);
const claimParams = z.object({ id: z.uuid(), claimId: z.uuid() });

export const labourClaimOperations = {
  "GET /api/v1/victims/{id}/labour-claims": {
    summary:
      "The claims for unpaid wages the person is part of: employer, country, period, route, status, this person's amount owed and recovered; for the owner also the other people it may see and the claim's totals. A partner only where its grant names labourClaims, and then this person's line only; the read is audited",
    params: idParams,
    answers: {
      200: { description: "The claims", body: component("LabourClaimList", labourClaimListResponseSchema) },
    },
    errors: [404],
  },
  "POST /api/v1/victims/{id}/labour-claims": {
    summary:
      "Record a claim for unpaid wages for the person and, optionally, other people of the same organisation, each with the amount owed and recovered (exact decimals, one currency per claim; recovered may not exceed owed). The person's organisation, on an open record",
    params: idParams,
    body: component("CreateLabourClaim", labourClaimSchema),
    answers: { 201: { description: "The claim", body: LabourClaim } },
    errors: [400, 404, 422],
  },
  "PATCH /api/v1/victims/{id}/labour-claims/{claimId}": {
    summary:
      "Change a claim read at `version` (409 if it changed since): its fields and its people as listed (amounts changed, people added or removed; a line of someone the asker does not see stays as it is)",
    params: claimParams,
    body: component("UpdateLabourClaim", updateLabourClaimSchema),
    answers: { 200: { description: "The claim", body: LabourClaim } },
    errors: [400, 404, 409, 422],
  },
} satisfies Operations;
