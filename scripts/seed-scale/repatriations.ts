// Repatriations at scale: people registered by organisations in destination countries (Russia,
// Kazakhstan, …) brought home to an organisation in their country of citizenship, in every status
// of the state machine. Each case carries what the app would have written on the way: the consents
// to return and to share, the access grant the receiving side reads the person through (revoked
// when the case ended), a timeline event per step, the checklist tasks of the steps passed (done)
// and of the current one (open), a few encrypted messages, and the bell's notification for a
// request still waiting. Older cases are mostly finished; live ones moved within the last months.
import crypto from "node:crypto";
import type pg from "pg";
import { encryptField, fieldContext } from "../../lib/crypto";
import { CHECKLIST_TEMPLATES, FOLLOW_UP_MONTHS } from "../../lib/repatriations/steps";
import type { RepatriationStatus } from "../../lib/repatriations/codes";
import { pick, weighted } from "../../prisma/demo-calls";
import { copyRows } from "./copy";
import { ORIGIN_COUNTRIES, type ScaleOrganisation } from "./network";
import type { SeededPerson } from "./people";

const DAY_MS = 86_400_000;
const FORWARD: RepatriationStatus[] = [
  "DRAFT",
  "REQUESTED",
  "ACCEPTED",
  "RISK_ASSESSMENT",
  "TRAVEL_DOCUMENTS",
  "TRAVEL_PLANNED",
  "IN_TRANSIT",
  "HANDED_OVER",
  "REINTEGRATION",
  "CLOSED",
];
/** Steps the receiving side takes (the rest are the sending side's). */
const RECEIVING_STEPS = new Set<RepatriationStatus>([
  "ACCEPTED",
  "DECLINED",
  "RISK_ASSESSMENT",
  "TRAVEL_DOCUMENTS",
  "HANDED_OVER",
  "REINTEGRATION",
  "CLOSED",
]);
/** How cases stand at the end of a decade: most finished, every status present. */
const FINAL_STATUS: [RepatriationStatus, number][] = [
  ["DRAFT", 3],
  ["REQUESTED", 4],
  ["ACCEPTED", 3],
  ["DECLINED", 5],
  ["RISK_ASSESSMENT", 4],
  ["TRAVEL_DOCUMENTS", 5],
  ["TRAVEL_PLANNED", 3],
  ["IN_TRANSIT", 1],
  ["HANDED_OVER", 2],
  ["REINTEGRATION", 10],
  ["CLOSED", 50],
  ["CANCELLED", 5],
  ["STAYS", 5],
];
const MESSAGES = [
  "Documents applied for at the consulate; we will send the reference number.",
  "The family has been contacted and agrees to receive him.",
  "Please confirm the handover point and the name of the person meeting her.",
  "Medical check done; fit to travel.",
];

/** The statuses a case went through to reach `final`, in order. */
export function pathTo(rnd: () => number, final: RepatriationStatus): RepatriationStatus[] {
  if (final === "DECLINED") return ["DRAFT", "REQUESTED", "DECLINED"];
  if (final === "CANCELLED") return [...FORWARD.slice(0, 1 + Math.floor(rnd() * 6)), "CANCELLED"];
  // A person decides to stay before the journey (after the request, at the latest once it is planned).
  if (final === "STAYS") return [...FORWARD.slice(0, 2 + Math.floor(rnd() * 5)), "STAYS"];
  return FORWARD.slice(0, FORWARD.indexOf(final) + 1);
}

/** Days spent before moving on from each status (reintegration lasts months). */
const daysIn = (rnd: () => number, status: RepatriationStatus) =>
  status === "REINTEGRATION" ? 120 + rnd() * 100 : status === "TRAVEL_DOCUMENTS" ? 7 + rnd() * 40 : 1 + rnd() * 12;

export async function createRepatriations(
  db: pg.PoolClient,
  rnd: () => number,
  organisations: ScaleOrganisation[],
  people: SeededPerson[],
  options: { repatriations: number; now: Date; batch: number },
  progress: (done: number) => void,
): Promise<number> {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const receiversIn = new Map(
    ORIGIN_COUNTRIES.map((c) => [c, organisations.filter((o) => o.countryCode === c && o.coordinatorIds.length > 0)]),
  );
  // People away from home: registered abroad, with a partner organisation at home to receive them.
  const candidates = people.filter((p) => {
    const org = byId.get(p.organisationId)!;
    return (
      !ORIGIN_COUNTRIES.includes(org.countryCode) &&
      org.coordinatorIds.length > 0 &&
      receiversIn.get(p.citizenship)?.length
    );
  });
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const now = options.now.getTime();
  const tables = {
    victim_consents: [],
    access_grants: [],
    // Before the cases that name them.
    person_documents: [],
    document_recovery_steps: [],
    repatriations: [],
    repatriation_events: [],
    repatriation_tasks: [],
    repatriation_messages: [],
    notifications: [],
  } as Record<string, Record<string, unknown>[]>;
  const flush = async () => {
    for (const [table, rows] of Object.entries(tables)) {
      await copyRows(db, table, rows);
      rows.length = 0;
    }
  };
  let done = 0;
  for (const person of candidates.slice(0, options.repatriations)) {
    const sender = byId.get(person.organisationId)!;
    const receiver = pick(rnd, receiversIn.get(person.citizenship)!);
    // The first cases take each status once, so even a small seed has them all.
    const final = done < FINAL_STATUS.length ? FINAL_STATUS[done]![0] : weighted(rnd, FINAL_STATUS);
    const path = pathTo(rnd, final);
    const stays = path.map((s) => daysIn(rnd, s) * DAY_MS);
    const length = stays.slice(0, -1).reduce((a, b) => a + b, 0);
    const live = !["CLOSED", "DECLINED", "CANCELLED", "STAYS"].includes(final);
    // A live case entered its status in the last 90 days (some of them stalled); a finished one
    // ended any time after the person was registered.
    const firstDay = person.createdAt.getTime() + DAY_MS;
    const end = live ? now - rnd() * 90 * DAY_MS : firstDay + length + rnd() * Math.max(0, now - firstDay - length);
    const start = Math.max(firstDay, Math.min(end, now) - length);
    const at: Date[] = [];
    for (let i = 0, t = start; i < path.length; t += stays[i]!, i++) at.push(new Date(Math.min(t, now)));
    const changedAt = at.at(-1)!;
    const sending = pick(rnd, sender.coordinatorIds);
    const receiving = pick(rnd, receiver.coordinatorIds);
    const id = crypto.randomUUID();
    const reached = (s: RepatriationStatus) => path.includes(s);
    // From the travel-documents step on, the case names a certificate of return among the person's
    // documents: asked of the consulate, and kept by the organisation once issued (decision 0027).
    const travelDocumentId = reached("TRAVEL_DOCUMENTS") ? crypto.randomUUID() : null;
    if (travelDocumentId) {
      const askedOn = at[FORWARD.indexOf("TRAVEL_DOCUMENTS")]!;
      tables.person_documents!.push({
        id: travelDocumentId,
        organisationId: sender.id,
        victimId: person.id,
        type: "CERTIFICATE_OF_RETURN",
        issuingCountry: person.citizenship,
        holder: reached("TRAVEL_PLANNED") ? "ORGANISATION" : "CONSULATE",
        recordedById: sending,
        version: 1,
        createdAt: askedOn,
        updatedAt: changedAt,
      });
      tables.document_recovery_steps!.push({
        id: crypto.randomUUID(),
        documentId: travelDocumentId,
        organisationId: sender.id,
        kind: "CONSULATE_REQUEST",
        takenOn: new Date(Math.floor(askedOn.getTime() / DAY_MS) * DAY_MS),
        outcome: reached("TRAVEL_PLANNED") ? "SUCCEEDED" : "PENDING",
        recordedById: sending,
        createdAt: askedOn,
      });
    }
    const requestedAt = path.includes("REQUESTED") ? at[1]! : null;
    let grantId: string | null = null;
    if (requestedAt) {
      const givenOn = new Date(Math.floor(requestedAt.getTime() / DAY_MS) * DAY_MS - DAY_MS);
      tables.victim_consents!.push(
        {
          id: crypto.randomUUID(),
          victimId: person.id,
          kind: "RETURN",
          givenOn,
          method: "WRITTEN",
          recordedById: sending,
          createdAt: requestedAt,
          updatedAt: options.now,
        },
        {
          id: crypto.randomUUID(),
          victimId: person.id,
          kind: "SHARING",
          granteeOrganisationId: receiver.id,
          givenOn,
          method: "WRITTEN",
          recordedById: sending,
          createdAt: requestedAt,
          updatedAt: options.now,
        },
      );
      grantId = crypto.randomUUID();
      tables.access_grants!.push({
        id: grantId,
        recordType: "VICTIM",
        recordId: person.id,
        ownerOrganisationId: sender.id,
        granteeOrganisationId: receiver.id,
        scope: "MINIMAL",
        fields: [],
        reason: "repatriation",
        grantedById: sending,
        revokedAt: live ? null : changedAt,
        revokedById: live ? null : receiving,
        createdAt: requestedAt,
        updatedAt: options.now,
      });
    }
    const riskOutcome = reached("TRAVEL_DOCUMENTS")
      ? weighted(rnd, [
          ["SAFE", 60],
          ["SAFE_WITH_SUPPORT", 40],
        ])
      : reached("RISK_ASSESSMENT") && rnd() < 0.5
        ? weighted(rnd, [
            ["SAFE", 45],
            ["SAFE_WITH_SUPPORT", 40],
            ["NOT_SAFE", 15],
          ])
        : null;
    tables.repatriations!.push({
      id,
      victimId: person.id,
      sendingOrganisationId: sender.id,
      receivingOrganisationId: receiver.id,
      sendingCountry: sender.countryCode,
      receivingCountry: receiver.countryCode,
      sendingCoordinatorId: sending,
      receivingCoordinatorId: reached("ACCEPTED") ? receiving : null,
      targetTravelDate: reached("TRAVEL_PLANNED")
        ? new Date(Math.floor(at[FORWARD.indexOf("TRAVEL_PLANNED")]!.getTime() / DAY_MS) * DAY_MS + 7 * DAY_MS)
        : null,
      status: final,
      statusChangedAt: changedAt,
      riskOutcome,
      riskNotesEncrypted: riskOutcome
        ? encryptField(
            "Family visited; the recruiter is not in the area.",
            fieldContext("repatriations", "risk_notes_encrypted", id),
          )
        : null,
      stepDetailsEncrypted: reached("TRAVEL_DOCUMENTS")
        ? encryptField(
            JSON.stringify({ consulate: "Consulate General in the capital" }),
            fieldContext("repatriations", "step_details_encrypted", id),
          )
        : null,
      travelDocumentId,
      endReason:
        final === "DECLINED"
          ? "No capacity to receive at present."
          : final === "CANCELLED"
            ? "The receiving organisation closed its office."
            : final === "STAYS"
              ? "The person decided to stay and regularise their status."
              : null,
      grantId,
      createdById: sending,
      version: path.length,
      createdAt: at[0],
      updatedAt: changedAt,
    });
    path.forEach((status, i) => {
      const receivingStep = RECEIVING_STEPS.has(status);
      tables.repatriation_events!.push({
        id: crypto.randomUUID(),
        repatriationId: id,
        actorId: receivingStep ? receiving : sending,
        organisationId: receivingStep ? receiver.id : sender.id,
        fromStatus: i === 0 ? null : path[i - 1],
        toStatus: status,
        summary: i === 0 ? "created" : `${path[i - 1]} -> ${status}`,
        createdAt: at[i],
        updatedAt: at[i],
      });
      const current = i === path.length - 1;
      const day = (t: number) => new Date(Math.floor(t / DAY_MS) * DAY_MS);
      for (const template of CHECKLIST_TEMPLATES[status] ?? []) {
        const due = at[i]!.getTime() + template.dueInDays * DAY_MS;
        tables.repatriation_tasks!.push({
          id: crypto.randomUUID(),
          repatriationId: id,
          status,
          kind: "CHECKLIST",
          title: "",
          templateKey: template.key,
          assigneeSide: template.side,
          dueOn: day(due),
          doneOn: current && live ? null : day(Math.min(due, at[Math.min(i + 1, path.length - 1)]!.getTime())),
          createdById: sending,
          createdAt: at[i],
          updatedAt: at[i],
        });
      }
      if (status === "REINTEGRATION") {
        FOLLOW_UP_MONTHS.forEach((months) => {
          const due = at[i]!.getTime() + months * 30 * DAY_MS;
          const doneOn = due < (current ? now : at[i + 1]!.getTime()) ? day(due) : null;
          const taskId = crypto.randomUUID();
          tables.repatriation_tasks!.push({
            id: taskId,
            repatriationId: id,
            status,
            kind: "FOLLOW_UP",
            title: "",
            templateKey: `followUp${months}`,
            assigneeSide: "RECEIVING",
            dueOn: day(due),
            doneOn,
            noteEncrypted: doneOn
              ? encryptField(
                  "Living with family; no contact from the recruiters.",
                  fieldContext("repatriation_tasks", "note_encrypted", taskId),
                )
              : null,
            createdById: receiving,
            createdAt: at[i],
            updatedAt: at[i],
          });
        });
      }
    });
    if (requestedAt) {
      for (let m = Math.floor(rnd() * 4); m > 0; m--) {
        const fromSender = rnd() < 0.5;
        const messageId = crypto.randomUUID();
        tables.repatriation_messages!.push({
          id: messageId,
          repatriationId: id,
          authorId: fromSender ? sending : receiving,
          organisationId: fromSender ? sender.id : receiver.id,
          textEncrypted: encryptField(
            pick(rnd, MESSAGES),
            fieldContext("repatriation_messages", "text_encrypted", messageId),
          ),
          createdAt: new Date(requestedAt.getTime() + rnd() * (changedAt.getTime() - requestedAt.getTime())),
          updatedAt: options.now,
        });
      }
    }
    if (final === "REQUESTED") {
      for (const userId of receiver.coordinatorIds) {
        tables.notifications!.push({
          id: crypto.randomUUID(),
          userId,
          organisationId: receiver.id,
          kind: "REPATRIATION_REQUESTED",
          repatriationId: id,
          status: "REQUESTED",
          createdAt: changedAt,
          updatedAt: changedAt,
        });
      }
    }
    done += 1;
    if (done % options.batch === 0) {
      await flush();
      progress(done);
    }
  }
  await flush();
  progress(done);
  return done;
}
