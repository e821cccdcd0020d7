// Demo legal proceedings: in Almaty, a criminal case against the woman who recruited the young
// women of the flat (one of them a victim and a witness, a court hearing in three weeks); in
// Moscow, a woman charged under migration law whose court applied the non-punishment principle.
// Invented people, courts' cases and lawyers; encrypted like real records.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { encryptField, fieldContext } from "../lib/crypto";
import { nameHash, nameKeysOf } from "../lib/perpetrators/keys";

const DAY = 86_400_000;
const day = (offset: number) => {
  const d = new Date(Date.now() + offset * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};
const RECRUITER = "Алия Жумабаева";

async function organisation(db: PrismaClient, code: string) {
  const org = await db.organisation.findFirstOrThrow({
    where: { code },
    select: { id: true, memberships: { select: { userId: true, role: true } } },
  });
  const member = (role: string) => org.memberships.find((m) => m.role === role)!.userId;
  return { id: org.id, coordinator: member("COORDINATOR"), caseWorker: member("CASE_WORKER") };
}

function sealed(table: string, column: string, id: string, value: string) {
  return encryptField(value, fieldContext(table, column, id));
}

async function hearing(
  db: PrismaClient,
  proceeding: { id: string; organisationId: string; recordedById: string },
  heldOn: Date,
  status: "SCHEDULED" | "HELD",
  note: string,
  timeOfDay: string | null = null,
) {
  const id = crypto.randomUUID();
  await db.proceedingHearing.create({
    data: {
      id,
      proceedingId: proceeding.id,
      organisationId: proceeding.organisationId,
      heldOn,
      timeOfDay,
      status,
      noteEncrypted: sealed("proceeding_hearings", "note_encrypted", id, note),
      recordedById: proceeding.recordedById,
    },
  });
}

export async function seedDemoProceedings(db: PrismaClient) {
  const almaty = await organisation(db, "ALA");
  const moscow = await organisation(db, "MOS");

  // Almaty: the flat's situation, its recruiter, and one of its women a victim in the criminal case.
  const flat = await db.situation.findFirstOrThrow({
    where: { organisationId: almaty.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, people: { select: { victimId: true }, orderBy: { linkedAt: "asc" } } },
  });
  const victimId = (flat.people[1] ?? flat.people[0])!.victimId;
  const recruiterId = crypto.randomUUID();
  await db.perpetrator.create({
    data: {
      id: recruiterId,
      organisationId: almaty.id,
      roles: ["RECRUITER"],
      nationality: "KZ",
      activeIn: ["KZ", "UZ"],
      nameEncrypted: sealed("perpetrators", "name_encrypted", recruiterId, RECRUITER),
      nameHash: nameHash(RECRUITER),
      nameKeys: nameKeysOf(RECRUITER),
      notesEncrypted: sealed(
        "perpetrators",
        "notes_encrypted",
        recruiterId,
        "Offered 'restaurant work' through an online advert; met the women at the bus station.",
      ),
      source: "VICTIM",
      confidence: "PROBABLE",
      createdById: almaty.coordinator,
    },
  });
  await db.situationPerpetrator.create({
    data: { situationId: flat.id, perpetratorId: recruiterId, role: "RECRUITER", linkedById: almaty.coordinator },
  });
  await db.personPerpetrator.create({
    data: {
      victimId,
      perpetratorId: recruiterId,
      organisationId: almaty.id,
      role: "RECRUITER",
      linkedById: almaty.coordinator,
    },
  });
  const criminal = { id: crypto.randomUUID(), organisationId: almaty.id, recordedById: almaty.coordinator };
  await db.legalProceeding.create({
    data: {
      ...criminal,
      victimId,
      kind: "CRIMINAL",
      authority: "COURT",
      authorityName: "Ауэзовский районный суд г. Алматы",
      countryCode: "KZ",
      caseNumberEncrypted: sealed("legal_proceedings", "case_number_encrypted", criminal.id, "267500031000148"),
      role: "VICTIM",
      lawyerEncrypted: sealed(
        "legal_proceedings",
        "lawyer_encrypted",
        criminal.id,
        "Адвокат Ким Елена Викторовна, +7 701 555 12 34",
      ),
      openedOn: day(-60),
      protectionAsked: ["CLOSED_HEARING", "NO_CONFRONTATION", "REMOTE_TESTIMONY"],
      protectionGranted: ["CLOSED_HEARING"],
      compensationClaimed: "3000000",
      compensationCurrency: "KZT",
      situationId: flat.id,
      notesEncrypted: sealed(
        "legal_proceedings",
        "notes_encrypted",
        criminal.id,
        "Against the recruiter under art. 128 of the Criminal Code (trafficking in persons); she is a victim and a witness.",
      ),
      perpetrators: { create: { perpetratorId: recruiterId, organisationId: almaty.id } },
    },
  });
  await hearing(db, criminal, day(-20), "HELD", "Questioned by the investigator, with her lawyer");
  await hearing(db, criminal, day(21), "SCHEDULED", "Court hearing: her testimony, closed to the public", "10:00");

  // Moscow: a woman whose passport the employer kept, charged with breaking the migration rules;
  // the court found she had been compelled and closed the case.
  const charged = await db.victim.findFirstOrThrow({
    where: { organisationId: moscow.id, status: { notIn: ["CLOSED", "CLOSED_REFERRED"] }, sex: "FEMALE" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const administrative = { id: crypto.randomUUID(), organisationId: moscow.id, recordedById: moscow.caseWorker };
  await db.legalProceeding.create({
    data: {
      ...administrative,
      victimId: charged.id,
      kind: "ADMINISTRATIVE",
      authority: "COURT",
      authorityName: "Никулинский районный суд г. Москвы",
      countryCode: "RU",
      caseNumberEncrypted: sealed("legal_proceedings", "case_number_encrypted", administrative.id, "5-1187/2026"),
      role: "ACCUSED",
      lawyerEncrypted: sealed(
        "legal_proceedings",
        "lawyer_encrypted",
        administrative.id,
        "Адвокат Орлов Сергей Петрович, +7 916 555 43 21",
      ),
      openedOn: day(-45),
      protectionAsked: ["ANONYMITY"],
      outcome: "NON_PUNISHMENT_APPLIED",
      outcomeOn: day(-10),
      notesEncrypted: sealed(
        "legal_proceedings",
        "notes_encrypted",
        administrative.id,
        "Charged under art. 18.8 of the Code of Administrative Offences (no registration); the court accepted that the employer kept her passport and closed the case without a fine or expulsion.",
      ),
    },
  });
  await hearing(db, administrative, day(-10), "HELD", "The lawyer argued the non-punishment principle");
}
