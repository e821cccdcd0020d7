// Demo claims for unpaid wages: three Uzbek men who built for a Moscow construction firm and were
// paid nothing for months (Moscow's: roubles, partly recovered through the labour inspectorate, the
// firm a perpetrator record of the organisation's), and two women of an Almaty greenhouse (Almaty's:
// tenge, filed, the employer a private person known by name only). Invented people and firms;
// encrypted like real records.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { encryptField, fieldContext } from "../lib/crypto";
import { nameHash, nameKeysOf } from "../lib/perpetrators/keys";

const DAY = 86_400_000;
const dayAgo = (days: number) => {
  const d = new Date(Date.now() - days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

async function organisation(db: PrismaClient, code: string) {
  const org = await db.organisation.findFirstOrThrow({
    where: { code },
    select: { id: true, memberships: { select: { userId: true, role: true } } },
  });
  return { id: org.id, caseWorker: org.memberships.find((m) => m.role === "CASE_WORKER")!.userId };
}

/** The organisation's open records, those of `citizenship` and `sex` first. */
async function workers(
  db: PrismaClient,
  organisationId: string,
  citizenship: string,
  sex: "MALE" | "FEMALE",
  n: number,
) {
  const open = await db.victim.findMany({
    where: { organisationId, status: { in: ["ACTIVE", "FOLLOW_UP"] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, citizenships: true, sex: true },
  });
  const fits = (v: (typeof open)[number]) => v.citizenships.includes(citizenship) && v.sex === sex;
  return [...open.filter(fits), ...open.filter((v) => !fits(v))].slice(0, n).map((v) => v.id);
}

async function claim(
  db: PrismaClient,
  org: { id: string; caseWorker: string },
  fields: {
    employerPerpetratorId?: string;
    employerName?: string;
    countryCode: string;
    workFrom: Date;
    workTo: Date;
    currency: string;
    route: "LABOUR_INSPECTORATE" | "NEGOTIATION";
    status: "PARTLY_RECOVERED" | "FILED";
    filedOn: Date;
    notes: string;
  },
  people: { victimId: string; owed: string; recovered: string }[],
) {
  const id = crypto.randomUUID();
  const { employerName, notes, ...rest } = fields;
  await db.labourClaim.create({
    data: {
      id,
      organisationId: org.id,
      ...rest,
      employerNameEncrypted: employerName
        ? encryptField(employerName, fieldContext("labour_claims", "employer_name_encrypted", id))
        : null,
      notesEncrypted: encryptField(notes, fieldContext("labour_claims", "notes_encrypted", id)),
      recordedById: org.caseWorker,
      people: { create: people.map((p) => ({ ...p, organisationId: org.id })) },
    },
  });
}

export async function seedDemoLabourClaims(db: PrismaClient) {
  const moscow = await organisation(db, "MOS");
  const almaty = await organisation(db, "ALA");

  const firm = "ООО «СтройМонолит»";
  const firmId = crypto.randomUUID();
  await db.perpetrator.create({
    data: {
      id: firmId,
      organisationId: moscow.id,
      kind: "ORGANISATION",
      roles: ["EXPLOITER"],
      relation: "EMPLOYER",
      activeIn: ["RU"],
      nameEncrypted: encryptField(firm, fieldContext("perpetrators", "name_encrypted", firmId)),
      nameHash: nameHash(firm),
      nameKeys: nameKeysOf(firm),
      notesEncrypted: encryptField(
        "Residential blocks in Novaya Moskva; the foreman kept the passports.",
        fieldContext("perpetrators", "notes_encrypted", firmId),
      ),
      source: "VICTIM",
      confidence: "PROBABLE",
      createdById: moscow.caseWorker,
    },
  });
  const [a, b, c] = await workers(db, moscow.id, "UZ", "MALE", 3);
  if (a && b && c)
    await claim(
      db,
      moscow,
      {
        employerPerpetratorId: firmId,
        countryCode: "RU",
        workFrom: dayAgo(320),
        workTo: dayAgo(140),
        currency: "RUB",
        route: "LABOUR_INSPECTORATE",
        status: "PARTLY_RECOVERED",
        filedOn: dayAgo(120),
        notes: "The inspectorate ordered payment; the firm paid part and disputes the rest.",
      },
      [
        { victimId: a, owed: "185000.00", recovered: "60000.00" },
        { victimId: b, owed: "160000.00", recovered: "60000.00" },
        { victimId: c, owed: "142500.50", recovered: "0.00" },
      ],
    );

  const [d, e] = await workers(db, almaty.id, "UZ", "FEMALE", 2);
  if (d && e)
    await claim(
      db,
      almaty,
      {
        employerName: "ИП Жумабаев, тепличное хозяйство",
        countryCode: "KZ",
        workFrom: dayAgo(250),
        workTo: dayAgo(90),
        currency: "KZT",
        route: "NEGOTIATION",
        status: "FILED",
        filedOn: dayAgo(45),
        notes: "Written demand handed over; an answer promised within a month.",
      },
      [
        { victimId: d, owed: "950000.00", recovered: "0.00" },
        { victimId: e, owed: "720000.00", recovered: "150000.00" },
      ],
    );
}
