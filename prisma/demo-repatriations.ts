// Demo repatriations between the demo organisations, in several statuses and with backdated
// timelines, so the board, the figures (medians, stalled cases) and the bell have something to
// show: Almaty -> Tashkent, Moscow -> Dushanbe, Moscow -> Bishkek, Almaty -> Bishkek; and one of
// each kind of return (decision 0030): Moscow alone with IOM in Osh, a deportation from Russia
// that Tashkent meets tomorrow, a self-organised return to Tashkent, a person who stays in Moscow.
// Invented people and events; step records encrypted like real ones.
import type { PrismaClient, RepatriationStatus } from "../lib/generated/prisma/client";
import { encryptField, fieldContext } from "../lib/crypto";
import { scoreAnswers } from "../lib/reintegration/survey";

/** Each item with a row id made here, so its encrypted fields can be bound to the row. */
const withIds = <T extends object>(items: readonly T[]) => items.map((item) => ({ ...item, id: crypto.randomUUID() }));

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const dayOnly = (d: Date) => new Date(d.toISOString().slice(0, 10));
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

interface DemoCase {
  from: string;
  /** The receiving organisation; the same as `from` when the organisation works the case alone. */
  to: string;
  kind?: "ASSISTED" | "DEPORTATION" | "SELF_ORGANISED";
  /** The other side outside Tumar, added to the working organisation's directory. */
  counterpart?: { name: string; country: string; type: "IOM" | "EMBASSY_CONSULATE"; phone: string; email?: string };
  /** For a deportation: the country the person is deported from. */
  deportedFrom?: string;
  citizenship: string;
  /** Statuses reached, with how many days ago; the last is the current status. */
  path: [RepatriationStatus, number][];
  riskOutcome?: "SAFE" | "SAFE_WITH_SUPPORT" | "NOT_SAFE";
  riskNotes?: string;
  details?: Record<string, unknown>;
  /** The person's document the travel rests on, recorded among their documents (decision 0027). */
  travelDocument?: {
    type: "PASSPORT" | "CERTIFICATE_OF_RETURN";
    holder: "PERSON" | "ORGANISATION" | "CONSULATE" | "EMPLOYER";
    expiresIn?: number;
    steps?: {
      kind: "ASKED_HOLDER" | "CONSULATE_REQUEST" | "REPLACEMENT_APPLIED";
      daysAgo: number;
      note: string;
      outcome?: "PENDING" | "SUCCEEDED";
    }[];
  };
  endReason?: string;
  tasks?: {
    key: string;
    side: "SENDING" | "RECEIVING";
    status: RepatriationStatus;
    dueIn: number;
    done?: boolean;
    kind?: "FOLLOW_UP";
    note?: string;
    /** A follow-up's survey answers (lib/reintegration/survey.ts), scored as the app scores them. */
    survey?: Record<string, string>;
  }[];
  /** The reintegration plan's items. */
  assistance?: {
    type: "MICRO_GRANT" | "VOCATIONAL_TRAINING" | "MEDICAL" | "PSYCHOSOCIAL";
    status: "PLANNED" | "IN_PROGRESS" | "COMPLETED";
    provider: string;
    amount?: string;
    currency?: string;
  }[];
  messages?: { side: "SENDING" | "RECEIVING"; text: string; daysAgo: number }[];
}

const CASES: DemoCase[] = [
  {
    from: "ALA",
    to: "TSH",
    citizenship: "UZ",
    path: [
      ["DRAFT", 44],
      ["REQUESTED", 40],
      ["ACCEPTED", 36],
      ["RISK_ASSESSMENT", 35],
      ["TRAVEL_DOCUMENTS", 12],
    ],
    riskOutcome: "SAFE_WITH_SUPPORT",
    riskNotes: "Mother and sister in Andijan welcome her back; the recruiter, a neighbour, has moved to Russia.",
    details: { consulate: "Consulate General of Uzbekistan in Almaty" },
    travelDocument: {
      type: "CERTIFICATE_OF_RETURN",
      holder: "CONSULATE",
      steps: [{ kind: "CONSULATE_REQUEST", daysAgo: 11, note: "Applied in person with the caseworker; photos taken." }],
    },
    tasks: [
      { key: "applyForDocument", side: "SENDING", status: "TRAVEL_DOCUMENTS", dueIn: -2 },
      { key: "contactFamily", side: "RECEIVING", status: "RISK_ASSESSMENT", dueIn: -20, done: true },
    ],
    messages: [
      {
        side: "SENDING",
        text: "The employer still holds her passport; we have applied for a certificate of return.",
        daysAgo: 11,
      },
      {
        side: "RECEIVING",
        text: "Nothing stands against her at home. We can meet her at Tashkent airport once a date is set.",
        daysAgo: 9,
      },
    ],
  },
  {
    from: "ALA",
    to: "TSH",
    citizenship: "UZ",
    path: [
      ["DRAFT", 200],
      ["REQUESTED", 196],
      ["ACCEPTED", 190],
      ["RISK_ASSESSMENT", 189],
      ["TRAVEL_DOCUMENTS", 175],
      ["TRAVEL_PLANNED", 160],
      ["IN_TRANSIT", 152],
      ["HANDED_OVER", 151],
      ["REINTEGRATION", 150],
      ["CLOSED", 5],
    ],
    riskOutcome: "SAFE",
    travelDocument: {
      type: "PASSPORT",
      holder: "PERSON",
      expiresIn: 900,
      steps: [
        {
          kind: "ASKED_HOLDER",
          daysAgo: 180,
          note: "The employer handed it over after the labour inspectorate called.",
          outcome: "SUCCEEDED",
        },
      ],
    },
    details: {
      exitConditions: [],
      travelDate: day(-152),
      transport: "RAIL",
      handoverPoint: "Tashkent railway station",
      arrivedOn: day(-151),
      receivedBy: "Safe Return Tashkent duty caseworker",
      supportAreas: ["HEALTH", "LIVELIHOOD_AND_VOCATIONAL"],
    },
    tasks: [
      {
        key: "followUp1",
        side: "RECEIVING",
        status: "REINTEGRATION",
        dueIn: -120,
        done: true,
        kind: "FOLLOW_UP",
        note: "Living with his parents, started work at a relative's workshop.",
        survey: {
          incomeSource: "IRREGULAR",
          debts: "HEAVY",
          housing: "STABLE",
          familyAcceptance: "ACCEPTED",
          communityAcceptance: "PARTLY",
          health: "FAIR",
          feelsSafe: "PARTLY",
          wishToMigrate: "SOME",
        },
      },
      {
        key: "followUp3",
        side: "RECEIVING",
        status: "REINTEGRATION",
        dueIn: -60,
        done: true,
        kind: "FOLLOW_UP",
        note: "Attends the vocational course; no contact from the recruiters.",
        survey: {
          incomeSource: "REGULAR",
          debts: "MANAGEABLE",
          housing: "STABLE",
          familyAcceptance: "ACCEPTED",
          communityAcceptance: "ACCEPTED",
          health: "GOOD",
          feelsSafe: "YES",
          wishToMigrate: "SOME",
        },
      },
      {
        key: "followUp6",
        side: "RECEIVING",
        status: "REINTEGRATION",
        dueIn: -6,
        done: true,
        kind: "FOLLOW_UP",
        note: "Stable; case can close.",
        survey: {
          incomeSource: "REGULAR",
          debts: "NONE",
          housing: "STABLE",
          familyAcceptance: "ACCEPTED",
          communityAcceptance: "ACCEPTED",
          health: "GOOD",
          feelsSafe: "YES",
          wishToMigrate: "NONE",
        },
      },
    ],
    assistance: [
      { type: "VOCATIONAL_TRAINING", status: "COMPLETED", provider: "Andijan vocational college (welding)" },
      { type: "MEDICAL", status: "COMPLETED", provider: "District polyclinic" },
      { type: "MICRO_GRANT", status: "COMPLETED", provider: "IOM Tashkent", amount: "800.00", currency: "USD" },
    ],
  },
  {
    from: "MOS",
    to: "DUS",
    citizenship: "TJ",
    path: [
      ["DRAFT", 6],
      ["REQUESTED", 3],
    ],
    tasks: [{ key: "reviewRequest", side: "RECEIVING", status: "REQUESTED", dueIn: 4 }],
    messages: [
      {
        side: "SENDING",
        text: "He needs medical care after a fall at the construction site; can you arrange it in Dushanbe?",
        daysAgo: 3,
      },
    ],
  },
  {
    from: "MOS",
    to: "DUS",
    citizenship: "TJ",
    path: [
      ["DRAFT", 70],
      ["REQUESTED", 66],
      ["ACCEPTED", 60],
      ["RISK_ASSESSMENT", 45],
    ],
    riskOutcome: "NOT_SAFE",
    riskNotes: "The family arranged the recruitment and expects repayment of the debt.",
    tasks: [{ key: "checkRecruiterNearby", side: "RECEIVING", status: "RISK_ASSESSMENT", dueIn: -31 }],
  },
  {
    from: "MOS",
    to: "BIS",
    citizenship: "KG",
    path: [
      ["DRAFT", 30],
      ["REQUESTED", 28],
      ["ACCEPTED", 26],
      ["RISK_ASSESSMENT", 25],
      ["TRAVEL_DOCUMENTS", 18],
      ["TRAVEL_PLANNED", 4],
      ["IN_TRANSIT", 0],
    ],
    riskOutcome: "SAFE",
    travelDocument: { type: "PASSPORT", holder: "PERSON", expiresIn: 700 },
    details: {
      exitConditions: ["FINES"],
      exitNotes: "Administrative fine for the expired registration, paid on his behalf.",
      exitResolved: true,
      reentryBanUntil: day(5 * 365),
      travelDate: day(0),
      route: "Moscow (Vnukovo) - Bishkek (Manas)",
      transport: "AIR",
      escort: "IOM escort",
      handoverPoint: "Manas airport, arrivals hall",
      handoverPeople: "Bishkek Migrant Support caseworker",
    },
    tasks: [{ key: "arrangeReception", side: "RECEIVING", status: "TRAVEL_PLANNED", dueIn: 0, done: true }],
  },
  {
    from: "MOS",
    to: "BIS",
    citizenship: "KG",
    path: [
      ["DRAFT", 50],
      ["REQUESTED", 48],
      ["DECLINED", 41],
    ],
    endReason: "The person's home region is covered by our partner in Osh; please send the request there.",
  },
  { from: "ALA", to: "BIS", citizenship: "KG", path: [["DRAFT", 2]] },
  {
    // Bishkek's partner covers the south through IOM: Moscow works the return alone with IOM in Osh.
    from: "MOS",
    to: "MOS",
    counterpart: {
      name: "IOM Sub-Office in Osh",
      country: "KG",
      type: "IOM",
      phone: "+996 3222 5 00 00",
      email: "osh.office@example.org",
    },
    citizenship: "KG",
    path: [
      ["DRAFT", 21],
      ["REQUESTED", 20],
      ["ACCEPTED", 16],
      ["RISK_ASSESSMENT", 15],
    ],
    details: {
      exitConditions: ["EXPULSION_ORDER", "FINES"],
      exitNotes: "Court ordered administrative expulsion; the fine is unpaid.",
      risksOnReturn: ["RECRUITER_REACH"],
      risksOnReturnNotes: "The recruiter's brother lives in the same village (IOM Osh).",
    },
    tasks: [{ key: "checkExitConditions", side: "SENDING", status: "RISK_ASSESSMENT", dueIn: -1 }],
    messages: [
      {
        side: "SENDING",
        text: "IOM Osh agreed by phone to meet him at Osh airport and house him for a week.",
        daysAgo: 16,
      },
    ],
  },
  {
    // Announced by the consulate yesterday: deported from Russia tomorrow, met at Tashkent airport.
    from: "TSH",
    to: "TSH",
    kind: "DEPORTATION",
    deportedFrom: "RU",
    counterpart: {
      name: "Consulate General of Uzbekistan in Yekaterinburg",
      country: "RU",
      type: "EMBASSY_CONSULATE",
      phone: "+7 343 000 00 00",
    },
    citizenship: "UZ",
    path: [
      ["DRAFT", 1],
      ["TRAVEL_PLANNED", 1],
    ],
    details: {
      travelDate: day(1),
      route: "Yekaterinburg (Koltsovo) - Tashkent, flight 542",
      transport: "AIR",
      handoverPoint: "Tashkent International Airport, border control of terminal 2",
    },
    tasks: [{ key: "arrangeReception", side: "RECEIVING", status: "TRAVEL_PLANNED", dueIn: 1 }],
  },
  {
    // She bought her own ticket home; Tashkent met her when she reported in.
    from: "ALA",
    to: "TSH",
    kind: "SELF_ORGANISED",
    citizenship: "UZ",
    path: [
      ["DRAFT", 40],
      ["REQUESTED", 39],
      ["ACCEPTED", 37],
      ["RISK_ASSESSMENT", 36],
      ["TRAVEL_DOCUMENTS", 30],
      ["TRAVEL_PLANNED", 20],
      ["HANDED_OVER", 14],
    ],
    riskOutcome: "SAFE",
    travelDocument: { type: "PASSPORT", holder: "PERSON", expiresIn: 1200 },
    details: {
      exitConditions: [],
      travelDate: day(-15),
      transport: "ROAD",
      arrivedOn: day(-14),
      receivedBy: "Safe Return Tashkent caseworker, at the office",
    },
    tasks: [{ key: "firstNightPlace", side: "RECEIVING", status: "HANDED_OVER", dueIn: -13, done: true }],
  },
  {
    from: "MOS",
    to: "DUS",
    citizenship: "TJ",
    path: [
      ["DRAFT", 35],
      ["REQUESTED", 33],
      ["ACCEPTED", 30],
      ["STAYS", 12],
    ],
    endReason: "She has a patent to work legally and chose to stay; the legal-status work goes on in her record.",
  },
];

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The travel document among the person's documents, with the steps taken to get it. */
async function seedTravelDocument(
  tx: Tx,
  document: NonNullable<DemoCase["travelDocument"]>,
  victimId: string,
  issuingCountry: string,
  organisationId: string,
  recordedById: string,
) {
  const id = crypto.randomUUID();
  await tx.personDocument.create({
    data: {
      id,
      victimId,
      organisationId,
      recordedById,
      type: document.type,
      issuingCountry,
      holder: document.holder,
      expiresOn: document.expiresIn ? new Date(day(document.expiresIn)) : null,
      steps: {
        create: withIds(document.steps ?? []).map((step) => ({
          id: step.id,
          organisationId,
          recordedById,
          kind: step.kind,
          takenOn: dayOnly(daysAgo(step.daysAgo)),
          outcome: step.outcome ?? "PENDING",
          noteEncrypted: encryptField(step.note, fieldContext("document_recovery_steps", "note_encrypted", step.id)),
        })),
      },
    },
  });
  return id;
}

export async function seedDemoRepatriations(db: PrismaClient) {
  const orgs = await db.organisation.findMany({
    where: { code: { in: ["TSH", "ALA", "BIS", "DUS", "MOS"] } },
    select: {
      id: true,
      code: true,
      countryCode: true,
      memberships: { where: { role: "COORDINATOR" }, select: { userId: true } },
    },
  });
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const used = new Set<string>();
  for (const demo of CASES) {
    const sender = byCode.get(demo.from)!;
    const receiver = byCode.get(demo.to)!;
    const senderCoordinator = sender.memberships[0]!.userId;
    const receiverCoordinator = receiver.memberships[0]!.userId;
    const candidates = await db.victim.findMany({
      where: { organisationId: sender.id, status: { in: ["ACTIVE", "FOLLOW_UP"] } },
      orderBy: { caseNumber: "asc" },
      select: { id: true, citizenships: true },
    });
    const victim =
      candidates.find((v) => !used.has(v.id) && v.citizenships.includes(demo.citizenship)) ??
      candidates.find((v) => !used.has(v.id));
    if (!victim) continue;
    used.add(victim.id);
    const [current, currentDaysAgo] = demo.path.at(-1)!;
    const requested = demo.path.find(([s]) => s === "REQUESTED");
    const alone = sender.id === receiver.id;
    await db.$transaction(async (tx) => {
      const counterpart = demo.counterpart
        ? await tx.counterpart.create({
            data: {
              organisationId: sender.id,
              name: demo.counterpart.name,
              countryCode: demo.counterpart.country,
              type: demo.counterpart.type,
              phone: demo.counterpart.phone,
              email: demo.counterpart.email ?? null,
              createdById: senderCoordinator,
            },
          })
        : null;
      if (requested) {
        const givenOn = dayOnly(daysAgo(requested[1] + 1));
        await tx.victimConsent.createMany({
          data: [
            { victimId: victim.id, kind: "RETURN", givenOn, method: "WRITTEN", recordedById: senderCoordinator },
            {
              victimId: victim.id,
              kind: "SHARING",
              ...(counterpart ? { granteeCounterpartId: counterpart.id } : { granteeOrganisationId: receiver.id }),
              givenOn,
              method: "WRITTEN",
              recordedById: senderCoordinator,
            },
          ],
        });
      }
      const ended = current === "DECLINED" || current === "CANCELLED" || current === "STAYS";
      const grant =
        requested && !alone
          ? await tx.accessGrant.create({
              data: {
                recordType: "VICTIM",
                recordId: victim.id,
                ownerOrganisationId: sender.id,
                granteeOrganisationId: receiver.id,
                scope: "MINIMAL",
                reason: "repatriation",
                grantedById: senderCoordinator,
                createdAt: daysAgo(requested[1]),
                ...(ended ? { revokedAt: daysAgo(currentDaysAgo), revokedById: receiverCoordinator } : {}),
              },
            })
          : null;
      const receivingSteps: RepatriationStatus[] = [
        "ACCEPTED",
        "DECLINED",
        "RISK_ASSESSMENT",
        "TRAVEL_DOCUMENTS",
        "HANDED_OVER",
        "REINTEGRATION",
        "CLOSED",
      ];
      // Ids made here so the encrypted fields can be bound to their rows.
      const id = crypto.randomUUID();
      const tasksWithIds = withIds(demo.tasks ?? []);
      const taskIds = tasksWithIds.map((t) => t.id);
      const travelDocumentId = demo.travelDocument
        ? await seedTravelDocument(tx, demo.travelDocument, victim.id, demo.citizenship, sender.id, senderCoordinator)
        : null;
      const repatriation = await tx.repatriation.create({
        data: {
          id,
          victimId: victim.id,
          kind: demo.kind ?? "ASSISTED",
          sendingOrganisationId: sender.id,
          receivingOrganisationId: receiver.id,
          sendingCountry: demo.deportedFrom ?? sender.countryCode,
          receivingCountry: counterpart && demo.kind !== "DEPORTATION" ? counterpart.countryCode : receiver.countryCode,
          counterpartId: counterpart?.id ?? null,
          counterpartSide: counterpart ? (demo.kind === "DEPORTATION" ? "SENDING" : "RECEIVING") : null,
          sendingCoordinatorId: senderCoordinator,
          receivingCoordinatorId: requested && current !== "REQUESTED" ? receiverCoordinator : null,
          status: current,
          statusChangedAt: daysAgo(currentDaysAgo),
          riskOutcome: demo.riskOutcome ?? null,
          riskNotesEncrypted: demo.riskNotes
            ? encryptField(demo.riskNotes, fieldContext("repatriations", "risk_notes_encrypted", id))
            : null,
          stepDetailsEncrypted: demo.details
            ? encryptField(JSON.stringify(demo.details), fieldContext("repatriations", "step_details_encrypted", id))
            : null,
          travelDocumentId,
          endReason: demo.endReason ?? null,
          grantId: grant?.id ?? null,
          createdById: senderCoordinator,
          createdAt: daysAgo(demo.path[0]![1]),
          events: {
            create: demo.path.map(([status, ago], index) => ({
              actorId: receivingSteps.includes(status) ? receiverCoordinator : senderCoordinator,
              organisationId: receivingSteps.includes(status) ? receiver.id : sender.id,
              fromStatus: index === 0 ? null : demo.path[index - 1]![0],
              toStatus: status,
              summary: index === 0 ? "created" : `${demo.path[index - 1]![0]} -> ${status}`,
              createdAt: daysAgo(ago),
            })),
          },
          tasks: {
            create: tasksWithIds.map(({ id: taskId, ...t }) => ({
              id: taskId,
              status: t.status,
              kind: t.kind ?? "CHECKLIST",
              title: "",
              templateKey: t.key,
              assigneeSide: t.side,
              dueOn: dayOnly(new Date(Date.now() + t.dueIn * DAY)),
              doneOn: t.done ? dayOnly(new Date(Date.now() + Math.min(0, t.dueIn) * DAY)) : null,
              noteEncrypted: t.note
                ? encryptField(t.note, fieldContext("repatriation_tasks", "note_encrypted", taskId))
                : null,
              createdById: senderCoordinator,
            })),
          },
          messages: {
            create: withIds(demo.messages ?? []).map(({ id: messageId, ...m }) => ({
              id: messageId,
              authorId: m.side === "SENDING" ? senderCoordinator : receiverCoordinator,
              organisationId: m.side === "SENDING" ? sender.id : receiver.id,
              textEncrypted: encryptField(m.text, fieldContext("repatriation_messages", "text_encrypted", messageId)),
              createdAt: daysAgo(m.daysAgo),
            })),
          },
        },
      });
      // The surveys of the follow-ups done, scored by the app's own rule, and the plan's items.
      for (const [index, task] of (demo.tasks ?? []).entries()) {
        if (!task.survey) continue;
        const taskId = taskIds[index]!;
        const followUpId = crypto.randomUUID();
        const scores = scoreAnswers(task.survey);
        await tx.reintegrationFollowUp.create({
          data: {
            id: followUpId,
            repatriationId: id,
            taskId,
            month: Number(task.key.replace("followUp", "")),
            conductedOn: dayOnly(new Date(Date.now() + Math.min(0, task.dueIn) * DAY)),
            answersEncrypted: encryptField(
              JSON.stringify(task.survey),
              fieldContext("reintegration_follow_ups", "answers_encrypted", followUpId),
            ),
            economicScore: scores.economic,
            socialScore: scores.social,
            psychosocialScore: scores.psychosocial,
            overallScore: scores.overall,
            recordedById: receiverCoordinator,
          },
        });
      }
      if (demo.assistance?.length)
        await tx.reintegrationAssistance.createMany({
          data: demo.assistance.map((a) => ({
            repatriationId: id,
            type: a.type,
            status: a.status,
            provider: a.provider,
            amount: a.amount ?? null,
            currency: a.currency ?? null,
            recordedById: receiverCoordinator,
          })),
        });
      if (current === "REQUESTED" && !alone) {
        const members = await tx.membership.findMany({
          where: { organisationId: receiver.id, role: { in: ["ORG_ADMIN", "COORDINATOR"] } },
          select: { userId: true },
        });
        await tx.notification.createMany({
          data: members.map((m) => ({
            userId: m.userId,
            organisationId: receiver.id,
            kind: "REPATRIATION_REQUESTED" as const,
            repatriationId: repatriation.id,
            status: "REQUESTED" as const,
            createdAt: daysAgo(currentDaysAgo),
          })),
        });
      }
    });
  }
}
