// Demo shelters for Safe Return Tashkent, Almaty Crisis Centre and Dushanbe Reintegration Centre:
// named beds, current residents, past stays with services, shelter staff assignments, and an open
// placement request from Moscow Migrant Aid. Addresses are invented and encrypted like real ones.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { encryptField, fieldContext } from "../lib/crypto";

const SHELTERS = [
  {
    org: "Safe Return Tashkent",
    name: "Tashkent Women's Shelter",
    city: "Tashkent",
    countryCode: "UZ",
    population: "WOMEN",
    minAge: 16,
    capacity: 12,
    address: "Yunusabad district, street 7, house 21",
  },
  {
    org: "Almaty Crisis Centre",
    name: "Almaty Crisis Shelter",
    city: "Almaty",
    countryCode: "KZ",
    population: "MIXED",
    minAge: 18,
    capacity: 20,
    address: "Auezov district, microdistrict 5, building 3",
  },
  {
    org: "Dushanbe Reintegration Centre",
    name: "Dushanbe Transit Shelter",
    city: "Dushanbe",
    countryCode: "TJ",
    population: "MIXED",
    minAge: null,
    capacity: 15,
    address: "Firdavsi district, street 12, house 4",
  },
] as const;

export async function seedDemoShelters(db: PrismaClient) {
  const day = 86_400_000;
  const now = Date.now();
  for (const spec of SHELTERS) {
    const org = await db.organisation.findFirstOrThrow({
      where: { name: spec.org },
      select: {
        id: true,
        memberships: {
          where: { role: { in: ["SHELTER_STAFF", "COORDINATOR"] } },
          select: { userId: true, role: true },
        },
      },
    });
    const coordinatorId = org.memberships.find((m) => m.role === "COORDINATOR")!.userId;
    const staffId = org.memberships.find((m) => m.role === "SHELTER_STAFF")!.userId;
    const contactId = crypto.randomUUID();
    const shelter = await db.shelter.create({
      data: {
        organisationId: org.id,
        name: spec.name,
        city: spec.city,
        countryCode: spec.countryCode,
        population: spec.population,
        minAge: spec.minAge,
        capacity: spec.capacity,
        services: ["MEDICAL", "PSYCHOLOGICAL", "LEGAL", "FAMILY_CONTACT"],
        beds: {
          create: Array.from({ length: spec.capacity }, (_, i) => ({
            room: `Room ${Math.floor(i / 4) + 1}`,
            label: String.fromCharCode(65 + (i % 4)),
          })),
        },
        staff: { create: { userId: staffId } },
        contact: {
          create: {
            id: contactId,
            addressEncrypted: encryptField(
              spec.address,
              fieldContext("shelter_contacts", "address_encrypted", contactId),
            ),
          },
        },
      },
      include: { beds: { orderBy: [{ room: "asc" }, { label: "asc" }] } },
    });
    const victims = await db.victim.findMany({
      where: { organisationId: org.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, status: true },
    });
    let bedIndex = 0;
    for (const [i, victim] of victims.entries()) {
      const current = victim.status === "ACTIVE" || victim.status === "FOLLOW_UP";
      const admittedAt = new Date(now - (20 + i * 9) * day);
      const stay = await db.shelterStay.create({
        data: {
          shelterId: shelter.id,
          victimId: victim.id,
          bedId: current ? shelter.beds[bedIndex++]!.id : null,
          admittedAt,
          referredBy: i % 2 ? "Hotline" : "IOM",
          plannedDischargeOn: current ? new Date(now + ((i % 3) * 5 + 3) * day) : null,
          dischargedAt: current ? null : new Date(admittedAt.getTime() + 30 * day),
          exitDestination: current ? null : "RETURNED_HOME_REPATRIATED",
          createdById: coordinatorId,
        },
      });
      await db.stayService.createMany({
        data: [
          {
            stayId: stay.id,
            kind: "MEDICAL",
            providedOn: new Date(admittedAt.getTime() + day),
            provider: "Shelter nurse",
          },
          { stayId: stay.id, kind: "PSYCHOLOGICAL", providedOn: new Date(admittedAt.getTime() + 3 * day) },
        ],
      });
    }
  }
  // An open request: Moscow Migrant Aid asks the Tashkent shelter for a bed.
  const moscow = await db.organisation.findFirstOrThrow({
    where: { name: "Moscow Migrant Aid" },
    select: { id: true, memberships: { where: { role: "COORDINATOR" }, select: { userId: true } } },
  });
  const person = await db.victim.findFirstOrThrow({
    where: { organisationId: moscow.id, status: "ACTIVE" },
    select: { id: true },
  });
  const tashkentShelter = await db.shelter.findFirstOrThrow({
    where: { name: "Tashkent Women's Shelter" },
    select: { id: true, organisationId: true },
  });
  // A placement shares the person with the shelter's organisation: she agreed to that first.
  await db.victimConsent.create({
    data: {
      victimId: person.id,
      kind: "SHARING",
      granteeOrganisationId: tashkentShelter.organisationId,
      givenOn: new Date(now - 2 * day),
      method: "WRITTEN",
      recordedById: moscow.memberships[0]!.userId,
    },
  });
  await db.placementRequest.create({
    data: {
      shelterId: tashkentShelter.id,
      fromOrganisationId: moscow.id,
      victimId: person.id,
      note: "Woman, mid-twenties, returning from Moscow next week; needs a safe place and medical check-up.",
      requestedById: moscow.memberships[0]!.userId,
    },
  });
}
