// What the shelters API answers (lib/shelters/present.ts builds it). Calendar days stored as
// dates (a planned discharge, a service's day) are sent as midnight UTC of that day.
import { z } from "zod";
import { SUPPORT_AREAS } from "@/lib/victims/codes";
import { POPULATIONS, STAY_SERVICES } from "./codes";

export const PLACEMENT_STATUSES = ["PENDING", "ACCEPTED", "DECLINED", "ADMITTED", "CANCELLED", "EXPIRED"] as const;

const beds = {
  occupied: z.number().int(),
  held: z.number().int().describe("Held for accepted placement requests"),
  free: z.number().int(),
};

/** One of the caller's shelters, with its beds. */
export const shelterListItemResponseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string(),
  countryCode: z.string(),
  population: z.enum(POPULATIONS),
  capacity: z.number().int(),
  active: z.boolean(),
  ...beds,
});
export type ShelterListItemResponse = z.infer<typeof shelterListItemResponseSchema>;

/** A shelter with free beds, as the whole network may see it: never an address, a phone or a resident. */
export const shelterAvailabilityResponseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string(),
  countryCode: z.string(),
  population: z.enum(POPULATIONS),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  organisationName: z.string(),
  free: z.number().int(),
});
export type ShelterAvailabilityResponse = z.infer<typeof shelterAvailabilityResponseSchema>;

export const residentResponseSchema = z.object({
  stayId: z.uuid(),
  version: z.number().int(),
  bedId: z.uuid().nullable(),
  admittedAt: z.iso.datetime(),
  plannedDischargeOn: z.iso.datetime().nullable(),
  leavingThisWeek: z.boolean(),
  person: z
    .enum(["person", "restricted", "hidden"])
    .describe("person: named here; restricted: a restricted record (its case number only); hidden: no longer shared"),
  referredBy: z.string().nullable(),
  healthNotes: z.string().nullable(),
  name: z.string().nullable(),
  age: z.number().int().nullable(),
  languages: z.array(z.string()),
  needs: z.array(z.enum(SUPPORT_AREAS)),
  services: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(STAY_SERVICES),
      providedOn: z.iso.datetime(),
      provider: z.string().nullable(),
    }),
  ),
  victimId: z.uuid().nullable().describe("For the owner's case staff only, not for shelter staff"),
  caseNumber: z.string().nullable(),
});

/** The bed board of one of the caller's shelters: the address and phone are for its own organisation's staff. */
export const shelterBoardResponseSchema = z.object({
  shelter: z.object({
    id: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    city: z.string(),
    countryCode: z.string(),
    population: z.enum(POPULATIONS),
    minAge: z.number().int().nullable(),
    maxAge: z.number().int().nullable(),
    capacity: z.number().int(),
    services: z.array(z.enum(STAY_SERVICES)),
    active: z.boolean(),
    beds: z.array(z.object({ id: z.uuid(), room: z.string().nullable(), label: z.string() })),
    staff: z.array(z.object({ user: z.object({ id: z.uuid(), name: z.string() }) })),
    address: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  counts: z.object({ capacity: z.number().int(), ...beds }),
  residents: z.array(residentResponseSchema),
});
export type ShelterBoardResponse = z.infer<typeof shelterBoardResponseSchema>;

/** A new shelter or stay: its id. */
export const createdIdResponseSchema = z.object({ id: z.uuid() });
export type CreatedIdResponse = z.infer<typeof createdIdResponseSchema>;

/** A stay after a change: its new version. */
export const stayVersionResponseSchema = z.object({ version: z.number().int() });
export type StayVersionResponse = z.infer<typeof stayVersionResponseSchema>;

const placementRequestFields = {
  id: z.uuid(),
  status: z.enum(PLACEMENT_STATUSES),
  note: z.string(),
  holdUntil: z.iso.datetime().nullable(),
  declineReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  victimId: z.uuid(),
  fromOrganisationId: z.uuid(),
  shelter: z.object({ id: z.uuid(), name: z.string(), city: z.string(), organisation: z.object({ name: z.string() }) }),
};

/** Requests to the caller's shelters (`incoming`) and from the caller's organisation (`outgoing`), at most 100 each. */
export const placementRequestsResponseSchema = z.object({
  incoming: z.array(z.object({ ...placementRequestFields, fromOrganisation: z.string() })),
  outgoing: z.array(z.object(placementRequestFields)),
});
export type PlacementRequestsResponse = z.infer<typeof placementRequestsResponseSchema>;

export const placementRequestedResponseSchema = z.object({ id: z.uuid(), status: z.literal("PENDING") });
export type PlacementRequestedResponse = z.infer<typeof placementRequestedResponseSchema>;
export const placementAnsweredResponseSchema = z.object({ id: z.uuid(), answered: z.literal(true) });
export type PlacementAnsweredResponse = z.infer<typeof placementAnsweredResponseSchema>;
export const placementWithdrawnResponseSchema = z.object({ id: z.uuid(), status: z.literal("CANCELLED") });
export type PlacementWithdrawnResponse = z.infer<typeof placementWithdrawnResponseSchema>;
