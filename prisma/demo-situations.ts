// Demo situations and perpetrators: a brigade from one village held at a brick kiln near Moscow
// (Tashkent's, from calls of the families), women kept in a flat in Almaty (Almaty's), and the
// recruiter of the brigade recorded by Tashkent and by Moscow, so "seen before" has something to
// count. Invented people and places; encrypted and hashed like real records.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { encryptField, fieldContext } from "../lib/crypto";
import { identifierHash, nameHash, nameKeysOf } from "../lib/perpetrators/keys";

const RECRUITER = { name: "Рустам Холматов", alias: "Rustam-aka", phone: "+998 90 311 45 27" };

async function organisation(db: PrismaClient, code: string) {
  const org = await db.organisation.findFirstOrThrow({
    where: { code },
    select: { id: true, memberships: { select: { userId: true, role: true } } },
  });
  const member = (role: string) => org.memberships.find((m) => m.role === role)!.userId;
  return { id: org.id, coordinator: member("COORDINATOR"), operator: member("HOTLINE_OPERATOR") };
}

async function recruiter(db: PrismaClient, organisationId: string, createdById: string, notes: string) {
  const id = crypto.randomUUID();
  const identifierId = crypto.randomUUID();
  await db.perpetrator.create({
    data: {
      id,
      organisationId,
      roles: ["RECRUITER"],
      relation: "NEIGHBOUR",
      nationality: "UZ",
      activeIn: ["UZ", "RU"],
      nameEncrypted: encryptField(RECRUITER.name, fieldContext("perpetrators", "name_encrypted", id)),
      aliasesEncrypted: encryptField(
        JSON.stringify([RECRUITER.alias]),
        fieldContext("perpetrators", "aliases_encrypted", id),
      ),
      nameHash: nameHash(RECRUITER.name),
      nameKeys: [...new Set([RECRUITER.name, RECRUITER.alias].flatMap(nameKeysOf))],
      notesEncrypted: encryptField(notes, fieldContext("perpetrators", "notes_encrypted", id)),
      source: "THIRD_PARTY",
      confidence: "PROBABLE",
      createdById,
      identifiers: {
        create: {
          id: identifierId,
          organisationId,
          kind: "PHONE",
          valueEncrypted: encryptField(
            RECRUITER.phone,
            fieldContext("perpetrator_identifiers", "value_encrypted", identifierId),
          ),
          valueHash: identifierHash("PHONE", RECRUITER.phone),
        },
      },
    },
  });
  return id;
}

async function situation(
  db: PrismaClient,
  org: { id: string; coordinator: string },
  code: string,
  fields: { countryCode: string; regionCode: string; place: string; summary: string; sector: "CONSTRUCTION" | "OTHER" },
  exploitation: "FORCED_LABOUR" | "SEXUAL_EXPLOITATION",
  peopleEstimated: number,
) {
  const id = crypto.randomUUID();
  const year = new Date().getUTCFullYear();
  const counter = await db.situationReferenceCounter.upsert({
    where: { organisationId_year: { organisationId: org.id, year } },
    create: { organisationId: org.id, year, last: 1 },
    update: { last: { increment: 1 } },
  });
  await db.situation.create({
    data: {
      id,
      organisationId: org.id,
      reference: `${code}-S-${year}-${String(counter.last).padStart(4, "0")}`,
      countryCode: fields.countryCode,
      regionCode: fields.regionCode,
      placeEncrypted: encryptField(fields.place, fieldContext("situations", "place_encrypted", id)),
      exploitationTypes: [exploitation],
      labourSectors: [fields.sector],
      startedOn: new Date(Date.now() - 150 * 86_400_000),
      peopleEstimated,
      summaryEncrypted: encryptField(fields.summary, fieldContext("situations", "summary_encrypted", id)),
      createdById: org.coordinator,
      assignedToId: org.coordinator,
    },
  });
  // The organisation's first people and calls stand for those of the situation.
  const people = await db.victim.findMany({
    where: { organisationId: org.id },
    orderBy: { createdAt: "asc" },
    take: 2,
  });
  const calls = await db.hotlineCall.findMany({
    where: { organisationId: org.id },
    orderBy: { receivedAt: "desc" },
    take: 2,
  });
  await db.situationPerson.createMany({
    data: people.map((p) => ({ situationId: id, victimId: p.id, linkedById: org.coordinator })),
  });
  await db.situationCall.createMany({
    data: calls.map((c) => ({ situationId: id, callId: c.id, linkedById: org.coordinator })),
  });
  return id;
}

export async function seedDemoSituations(db: PrismaClient) {
  const tashkent = await organisation(db, "TSH");
  const almaty = await organisation(db, "ALA");
  const moscow = await organisation(db, "MOS");
  const kiln = await situation(
    db,
    tashkent,
    "TSH",
    {
      countryCode: "RU",
      regionCode: "RU-MOS",
      place: "brick kiln near Noginsk",
      summary: "Twelve men from one village in Kashkadarya; passports kept by the foreman; unpaid since spring.",
      sector: "CONSTRUCTION",
    },
    "FORCED_LABOUR",
    12,
  );
  await situation(
    db,
    almaty,
    "ALA",
    {
      countryCode: "KZ",
      regionCode: "KZ-75",
      place: "rented flat, Auezov district",
      summary: "Four young women brought for 'restaurant work'; phones taken; one escaped and called the hotline.",
      sector: "OTHER",
    },
    "SEXUAL_EXPLOITATION",
    4,
  );
  const ofTashkent = await recruiter(db, tashkent.id, tashkent.operator, "Sent the brigade by bus from Qarshi.");
  await db.situationPerpetrator.create({
    data: { situationId: kiln, perpetratorId: ofTashkent, role: "RECRUITER", linkedById: tashkent.coordinator },
  });
  await recruiter(db, moscow.id, moscow.coordinator, "Named by two men met at the railway station.");
}
