// Sample victim records for each demo organisation: names in Cyrillic and Latin, every status,
// encrypted contact data and narratives, some linked to seeded hotline calls. Invented people.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { encryptField, fieldContext } from "../lib/crypto";
import { nameSearchKey } from "../lib/text/name-key";
import { nextCaseNumber } from "../lib/victims/case-number";
import { documentNumberHash } from "../lib/victims/identifiers";
import { attachDemoPdf } from "./demo-files";

const PEOPLE: {
  given: string;
  family: string;
  patronymic: string;
  givenLatin: string;
  familyLatin: string;
  sex: "FEMALE" | "MALE";
  citizenship: string;
}[] = [
  {
    given: "Гулнора",
    family: "Каримова",
    patronymic: "Рустамовна",
    givenLatin: "Gulnora",
    familyLatin: "Karimova",
    sex: "FEMALE",
    citizenship: "UZ",
  },
  {
    given: "Шерзод",
    family: "Назаров",
    patronymic: "Алишерович",
    givenLatin: "Sherzod",
    familyLatin: "Nazarov",
    sex: "MALE",
    citizenship: "UZ",
  },
  {
    given: "Дилноза",
    family: "Юсупова",
    patronymic: "",
    givenLatin: "Dilnoza",
    familyLatin: "Yusupova",
    sex: "FEMALE",
    citizenship: "UZ",
  },
  {
    given: "Ҷамшед",
    family: "Раҳимов",
    patronymic: "",
    givenLatin: "Jamshed",
    familyLatin: "Rahimov",
    sex: "MALE",
    citizenship: "TJ",
  },
  {
    given: "Зарина",
    family: "Назарзода",
    patronymic: "",
    givenLatin: "Zarina",
    familyLatin: "Nazarzoda",
    sex: "FEMALE",
    citizenship: "TJ",
  },
  {
    given: "Нурбек",
    family: "Өмүрбеков",
    patronymic: "",
    givenLatin: "Nurbek",
    familyLatin: "Omurbekov",
    sex: "MALE",
    citizenship: "KG",
  },
  {
    given: "Айгерим",
    family: "Нурланқызы",
    patronymic: "",
    givenLatin: "Aigerim",
    familyLatin: "Nurlankyzy",
    sex: "FEMALE",
    citizenship: "KZ",
  },
  {
    given: "Бахтиёр",
    family: "Холматов",
    patronymic: "Ғуломович",
    givenLatin: "Bakhtiyor",
    familyLatin: "Kholmatov",
    sex: "MALE",
    citizenship: "UZ",
  },
  {
    given: "Малика",
    family: "Раҳимова",
    patronymic: "",
    givenLatin: "Malika",
    familyLatin: "Rakhimova",
    sex: "FEMALE",
    citizenship: "TJ",
  },
  {
    given: "Азамат",
    family: "Токтогулов",
    patronymic: "",
    givenLatin: "Azamat",
    familyLatin: "Toktogulov",
    sex: "MALE",
    citizenship: "KG",
  },
  {
    given: "Нигора",
    family: "Эргашева",
    patronymic: "",
    givenLatin: "Nigora",
    familyLatin: "Ergasheva",
    sex: "FEMALE",
    citizenship: "UZ",
  },
  {
    given: "Фарход",
    family: "Алиев",
    patronymic: "Рустамович",
    givenLatin: "Farhod",
    familyLatin: "Aliev",
    sex: "MALE",
    citizenship: "TJ",
  },
];

const STATUSES = ["ACTIVE", "ACTIVE", "ACTIVE", "FOLLOW_UP", "CLOSED", "CLOSED_REFERRED"] as const;
const NARRATIVES = [
  "Recruited by a neighbour for construction work; passport taken on arrival, wages withheld for four months.",
  "Invited to work as a waitress; on arrival told to repay a travel debt, movement restricted.",
  "Worked in greenhouses without pay; employer threatened to call the migration police.",
];

export async function seedDemoVictims(
  db: PrismaClient,
  organisations: { id: string; code: string; coordinatorId: string; caseWorkerId: string }[],
) {
  for (const [orgIndex, org] of organisations.entries()) {
    const calls = await db.hotlineCall.findMany({
      where: {
        organisationId: org.id,
        callType: "DATA",
        topics: { hasSome: ["SUSPECTED_TRAFFICKING", "LABOUR_EXPLOITATION"] },
      },
      orderBy: { receivedAt: "desc" },
      take: 3,
      select: { id: true, receivedAt: true, actions: true },
    });
    for (let i = 0; i < 10; i++) {
      const p = PEOPLE[(i + orgIndex * 3) % PEOPLE.length]!;
      const status = STATUSES[i % STATUSES.length]!;
      const call = calls[i];
      const birthYear = 1980 + ((i * 7 + orgIndex) % 25);
      await db.$transaction(async (tx) => {
        const caseNumber = await nextCaseNumber(tx, org, new Date().getUTCFullYear());
        const documentNumber = `${p.citizenship === "UZ" ? "FA" : p.citizenship === "TJ" ? "A" : "AC"}${String(1000000 + orgIndex * 1000 + i * 37)}`;
        const id = crypto.randomUUID();
        const victim = await tx.victim.create({
          data: {
            id,
            organisationId: org.id,
            caseNumber,
            status,
            closureReason: status.startsWith("CLOSED") ? "Returned home; reintegration completed" : null,
            closedAt: status.startsWith("CLOSED") ? new Date() : null,
            riskLevel: (["HIGH", "MEDIUM", "LOW"] as const)[i % 3],
            identifiedOn: call?.receivedAt ?? new Date(Date.now() - (i + 1) * 9 * 86_400_000),
            identifiedBy: call ? "HOTLINE" : (["NGO_OUTREACH", "IOM", "POLICE", "SELF_REFERRAL"] as const)[i % 4]!,
            givenName: p.given,
            familyName: p.family,
            patronymic: p.patronymic,
            givenNameLatin: p.givenLatin,
            familyNameLatin: p.familyLatin,
            sex: p.sex,
            birthDate: i % 4 === 3 ? null : new Date(Date.UTC(birthYear, (i * 5) % 12, 1 + ((i * 11) % 27))),
            estimatedAge: i % 4 === 3 ? 30 + i : null,
            citizenships: [p.citizenship],
            languages: [
              p.citizenship === "UZ" ? "uz" : p.citizenship === "TJ" ? "tg" : p.citizenship === "KG" ? "ky" : "kk",
              "ru",
            ],
            passportStatus: (["HELD_BY_TRAFFICKER_OR_EMPLOYER", "WITH_PERSON", "LOST", "EXPIRED"] as const)[i % 4],
            documentNumberEncrypted: encryptField(
              documentNumber,
              fieldContext("victims", "document_number_encrypted", id),
            ),
            documentNumberHash: documentNumberHash(documentNumber),
            phoneEncrypted: encryptField(
              `+99890${String(1000000 + i * 7919 + orgIndex).slice(0, 7)}`,
              fieldContext("victims", "phone_encrypted", id),
            ),
            traffickingStatus: (["POSSIBLE_VICTIM", "ACTUAL_VICTIM"] as const)[i % 2],
            exploitationTypes: [
              (["FORCED_LABOUR", "SEXUAL_EXPLOITATION", "FORCED_LABOUR", "FORCED_BEGGING"] as const)[i % 4]!,
            ],
            labourSectors: [(["CONSTRUCTION", "AGRICULTURE", "HOSPITALITY", "DOMESTIC_WORK"] as const)[i % 4]!],
            meansOfControl: ["WITHHOLDS_DOCUMENTS", "TAKES_EARNINGS"],
            recruitmentMethod: (["FRIEND_OR_NEIGHBOUR", "RELATIVE", "ONLINE_OR_SOCIAL_MEDIA"] as const)[i % 3],
            narrativeEncrypted: encryptField(
              NARRATIVES[i % NARRATIVES.length]!,
              fieldContext("victims", "narrative_encrypted", id),
            ),
            createdById: org.coordinatorId,
            assignedToId: i % 2 === 0 ? org.caseWorkerId : org.coordinatorId,
          },
        });
        await tx.victimSearchKey.create({
          data: {
            victimId: victim.id,
            organisationId: org.id,
            key: nameSearchKey([p.given, p.family, p.patronymic, p.givenLatin, p.familyLatin]),
          },
        });
        await tx.supportPlanItem.createMany({
          data: [
            { victimId: victim.id, area: "PSYCHOSOCIAL", status: status.startsWith("CLOSED") ? "DONE" : "IN_PROGRESS" },
            { victimId: victim.id, area: "DOCUMENTS", status: "PLANNED" },
          ],
        });
        // The first people of each organisation have papers on record: a passport (the employer
        // keeps the first one's) with the steps taken to get it back, and their status in Russia.
        if (i < 3 && !status.startsWith("CLOSED")) {
          const documentId = crypto.randomUUID();
          await tx.personDocument.create({
            data: {
              id: documentId,
              organisationId: org.id,
              victimId: victim.id,
              type: "PASSPORT",
              issuingCountry: p.citizenship,
              numberEncrypted: encryptField(
                documentNumber,
                fieldContext("person_documents", "number_encrypted", documentId),
              ),
              numberHash: documentNumberHash(documentNumber),
              expiresOn: new Date(Date.UTC(2029, i, 15)),
              holder: i === 0 ? "EMPLOYER" : "PERSON",
              recordedById: org.caseWorkerId,
            },
          });
          // A scan of the first one's passport: the copy the person kept on her phone.
          if (i === 0)
            await attachDemoPdf(tx, {
              organisationId: org.id,
              victimId: victim.id,
              parentType: "DOCUMENT",
              parentId: documentId,
              name: "passport scan.pdf",
              line: "Tumar demo: passport scan (invented)",
              uploadedById: org.caseWorkerId,
            });
          if (i === 0)
            await tx.documentRecoveryStep.createMany({
              data: [
                {
                  documentId,
                  organisationId: org.id,
                  kind: "ASKED_HOLDER",
                  takenOn: new Date(Date.now() - 20 * 86_400_000),
                  outcome: "REFUSED",
                  recordedById: org.caseWorkerId,
                },
                {
                  documentId,
                  organisationId: org.id,
                  kind: "POLICE_REPORT",
                  takenOn: new Date(Date.now() - 12 * 86_400_000),
                  outcome: "PENDING",
                  recordedById: org.caseWorkerId,
                },
              ],
            });
          await tx.legalStatus.create({
            data: {
              organisationId: org.id,
              victimId: victim.id,
              countryCode: "RU",
              registration: i === 1 ? "REGISTERED" : "EXPIRED",
              registeredUntil: i === 1 ? new Date(Date.now() + 40 * 86_400_000) : null,
              permit: i === 1 ? "PATENT" : "NONE",
              permitUntil: i === 1 ? new Date(Date.now() + 25 * 86_400_000) : null,
              overstaySince: i === 1 ? null : new Date(Date.now() - 90 * 86_400_000),
              finesOwed: i === 0 ? 5000 : null,
              finesCurrency: i === 0 ? "RUB" : null,
              finesDueOn: i === 0 ? new Date(Date.now() + 10 * 86_400_000) : null,
              removal: i === 2 ? "ADMINISTRATIVE_EXPULSION" : "NONE",
              removalDecidedOn: i === 2 ? new Date(Date.now() - 30 * 86_400_000) : null,
              reEntryBanUntil: i === 2 ? new Date(Date.now() + 5 * 365 * 86_400_000) : null,
              updatedById: org.caseWorkerId,
            },
          });
        }
        if (call) {
          await tx.hotlineCall.update({
            where: { id: call.id },
            data: { actions: [...new Set([...call.actions, "CASE_OPENED" as const])] },
          });
          await tx.callPerson.create({
            data: { callId: call.id, victimId: victim.id, how: "OPENED", linkedById: org.coordinatorId },
          });
        }
      });
    }
  }
}
