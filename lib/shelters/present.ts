import type { listAvailability, listPlacementRequests, listShelters, ShelterBoard } from "./data";
import type {
  PlacementRequestsResponse,
  ShelterAvailabilityResponse,
  ShelterBoardResponse,
  ShelterListItemResponse,
} from "./api-schema";

type ShelterRow = Awaited<ReturnType<typeof listShelters>>[number];
type AvailabilityRow = Awaited<ReturnType<typeof listAvailability>>[number];
type PlacementRequestRow = Awaited<ReturnType<typeof listPlacementRequests>>["outgoing"][number];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentShelterListItem(s: ShelterRow): ShelterListItemResponse {
  return {
    id: s.id,
    name: s.name,
    city: s.city,
    countryCode: s.countryCode,
    population: s.population,
    capacity: s.capacity,
    active: s.active,
    occupied: s.occupied,
    held: s.held,
    free: s.free,
  };
}

export function presentAvailability(s: AvailabilityRow): ShelterAvailabilityResponse {
  return {
    id: s.id,
    name: s.name,
    city: s.city,
    countryCode: s.countryCode,
    population: s.population,
    minAge: s.minAge,
    maxAge: s.maxAge,
    organisationName: s.organisationName,
    free: s.free,
  };
}

export function presentShelterBoard({ shelter, counts, residents }: ShelterBoard): ShelterBoardResponse {
  return {
    shelter: {
      id: shelter.id,
      organisationId: shelter.organisationId,
      name: shelter.name,
      city: shelter.city,
      countryCode: shelter.countryCode,
      population: shelter.population,
      minAge: shelter.minAge,
      maxAge: shelter.maxAge,
      capacity: shelter.capacity,
      services: shelter.services,
      active: shelter.active,
      beds: shelter.beds.map((b) => ({ id: b.id, room: b.room, label: b.label })),
      staff: shelter.staff.map((s) => ({ user: { id: s.user.id, name: s.user.name } })),
      address: shelter.address,
      phone: shelter.phone,
    },
    counts: { capacity: counts.capacity, occupied: counts.occupied, held: counts.held, free: counts.free },
    residents: residents.map((r) => ({
      stayId: r.stayId,
      version: r.version,
      bedId: r.bedId,
      admittedAt: r.admittedAt.toISOString(),
      plannedDischargeOn: iso(r.plannedDischargeOn),
      leavingThisWeek: r.leavingThisWeek,
      person: r.person,
      referredBy: r.referredBy,
      healthNotes: r.healthNotes,
      name: r.name,
      age: r.age,
      languages: r.languages,
      needs: r.needs,
      services: r.services.map((s) => ({
        id: s.id,
        kind: s.kind,
        providedOn: s.providedOn.toISOString(),
        provider: s.provider,
      })),
      victimId: r.victimId,
      caseNumber: r.caseNumber,
    })),
  };
}

function presentPlacementRequest(r: PlacementRequestRow) {
  return {
    id: r.id,
    status: r.status,
    note: r.note,
    holdUntil: iso(r.holdUntil),
    declineReason: r.declineReason,
    createdAt: r.createdAt.toISOString(),
    victimId: r.victimId,
    fromOrganisationId: r.fromOrganisationId,
    shelter: {
      id: r.shelter.id,
      name: r.shelter.name,
      city: r.shelter.city,
      organisation: { name: r.shelter.organisation.name },
    },
  };
}

export function presentPlacementRequests({
  incoming,
  outgoing,
}: Awaited<ReturnType<typeof listPlacementRequests>>): PlacementRequestsResponse {
  return {
    incoming: incoming.map((r) => ({ ...presentPlacementRequest(r), fromOrganisation: r.fromOrganisation })),
    outgoing: outgoing.map(presentPlacementRequest),
  };
}
