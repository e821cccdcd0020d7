import { z } from "zod";
import { component, idParams, listOf, type Operations } from "@/lib/api/operation";
import { referralResponseSchema } from "@/lib/referrals/api-schema";
import { createReferralSchema } from "@/lib/referrals/schema";
import {
  duplicateCheckResponseSchema,
  registeredVictimIdSchema,
  victimListItemResponseSchema,
  victimResponseSchema,
} from "@/lib/victims/api-schema";
import {
  duplicateCheckSchema,
  listVictimsQuerySchema,
  registerVictimSchema,
  updateVictimSchema,
} from "@/lib/victims/schema";

const Victim = component("Victim", victimResponseSchema);

export const victimOperations = {
  "GET /api/v1/victims": {
    summary:
      "Victim records the caller may see; `q` searches names in any script and spelling (best matches first, no cursor)",
    query: listVictimsQuerySchema,
    answers: {
      200: {
        description: "A page of records",
        body: listOf("VictimList", component("VictimListItem", victimListItemResponseSchema)),
      },
    },
    errors: [400],
  },
  "POST /api/v1/victims": {
    summary: "Register a person (identity first; `fromCallId` links a hotline call)",
    body: component("RegisterVictim", registerVictimSchema),
    answers: {
      201: {
        description: "The new record; only its `id` for a caller who may register but not read it",
        body: component("RegisteredVictim", z.union([victimResponseSchema, registeredVictimIdSchema]), [Victim]),
      },
    },
    errors: [400, 404, 409],
  },
  "POST /api/v1/victims/duplicate-check": {
    summary:
      "Possible matches across the network by document number, or by name (any script) and birth date; another organisation's match is named only",
    description: "Case staff only; 60 checks per person per hour, each audited.",
    body: component("DuplicateCheck", duplicateCheckSchema),
    answers: {
      200: { description: "The matches", body: component("DuplicateCheckResult", duplicateCheckResponseSchema) },
    },
    errors: [400, 404, 429],
  },
  "GET /api/v1/victims/{id}": {
    summary:
      "One record; the read is audited. A record shared with the caller's organisation shows the shared field set only",
    params: idParams,
    answers: { 200: { description: "The record", body: Victim } },
    errors: [404],
  },
  "PATCH /api/v1/victims/{id}": {
    summary:
      "Change fields (the rest stay); `version` must be the version last read, else 409 naming the fields changed meanwhile",
    params: idParams,
    body: component("UpdateVictim", updateVictimSchema),
    answers: { 200: { description: "The record after the change", body: Victim } },
    errors: [400, 404, 409, 422],
  },
  "POST /api/v1/victims/{id}/referrals": {
    summary: "Refer the person to another organisation (COORDINATOR; needs the person's sharing consent naming it)",
    params: idParams,
    body: component("CreateReferral", createReferralSchema),
    answers: {
      201: {
        description: "The referral, waiting for the receiver's answer",
        body: component("Referral", referralResponseSchema),
      },
    },
    errors: [400, 404, 409, 422],
  },
} satisfies Operations;
