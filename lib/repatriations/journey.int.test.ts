// The whole road home on real PostgreSQL: each step's record and the conditions to leave it, the
// checklist each step starts with, follow-ups, closing, the bell, the figures, and what a receiving
// side keeps once a request ends.
import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { consentAll, setup } from "@/tests/support/repatriations";
import { getNotificationSummary } from "@/lib/notifications/data";
import { markCaseNoticesRead, markNotificationsRead } from "@/lib/notifications/mutations";
import { completeTask, postMessage, transitionRepatriation, updateStep } from "./mutations";
import { getRepatriation, listMessages, listRepatriations, listTasks } from "./data";
import { getRepatriationFigures } from "./figures";
import { addRecoveryStep, createDocument, updateDocument } from "@/lib/documents/mutations";
import { documentSchema, recoveryStepSchema, updateDocumentSchema } from "@/lib/documents/schema";
import { listDocuments } from "@/lib/documents/data";
import { registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("a repatriation from request to closure", () => {
  it("records each step, refuses to move on while a step is incomplete, and closes after the follow-ups", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    await transitionRepatriation(receiver, id, { to: "ACCEPTED" });
    await transitionRepatriation(receiver, id, { to: "RISK_ASSESSMENT" });

    // The assessment is the home side's: the sender may not write it.
    await expect(updateStep(sender, id, { riskOutcome: "SAFE" })).rejects.toMatchObject({
      messageKey: "errors.repatriationWrongSide",
    });
    // Fields of a later step are refused while the case is here.
    await expect(updateStep(receiver, id, { travelDate: inDays(20) })).rejects.toMatchObject({
      messageKey: "errors.fieldNotForStep",
      fields: { travelDate: "errors.fieldNotForStep" },
    });
    await expect(transitionRepatriation(receiver, id, { to: "TRAVEL_DOCUMENTS" })).rejects.toMatchObject({
      messageKey: "errors.riskAssessmentMissing",
    });
    await updateStep(receiver, id, {
      riskOutcome: "SAFE_WITH_SUPPORT",
      riskNotes: "Mother and sister welcome her back; recruiter moved away",
    });
    await transitionRepatriation(receiver, id, { to: "TRAVEL_DOCUMENTS" });

    // The certificate of return is one of the person's documents, asked of the consulate; the
    // travel-documents step names it and reads where it stands.
    const certificate = await createDocument(
      sender,
      victimId,
      documentSchema.parse({
        type: "CERTIFICATE_OF_RETURN",
        issuingCountry: "UZ",
        holder: "CONSULATE",
        number: "VV 4471",
      }),
    );
    await addRecoveryStep(
      sender,
      certificate.id,
      recoveryStepSchema.parse({ kind: "CONSULATE_REQUEST", takenOn: inDays(0) }),
    );
    // Only the person's organisation names its document, and only a passport or a certificate of
    // return of this person.
    await expect(updateStep(receiver, id, { travelDocumentId: certificate.id })).rejects.toMatchObject({
      fields: { travelDocumentId: "errors.repatriationWrongSide" },
    });
    const card = await createDocument(
      sender,
      victimId,
      documentSchema.parse({ type: "MIGRATION_CARD", holder: "PERSON" }),
    );
    const other = await registerVictim(
      sender,
      registerVictimSchema.parse({
        givenName: "Нигора",
        familyName: "Юсупова",
        estimatedAge: 31,
        sex: "FEMALE",
        citizenships: ["UZ"],
        identifiedOn: "2026-04-01",
        identifiedBy: "NGO_OUTREACH",
      }),
    );
    const othersPassport = await createDocument(
      sender,
      other.id,
      documentSchema.parse({ type: "PASSPORT", holder: "PERSON" }),
    );
    for (const wrong of [card.id, othersPassport.id, crypto.randomUUID()])
      await expect(updateStep(sender, id, { travelDocumentId: wrong })).rejects.toMatchObject({
        fields: { travelDocumentId: "errors.travelDocumentUnknown" },
      });
    await updateStep(sender, id, { travelDocumentId: certificate.id, consulate: "Consulate of Uzbekistan in Almaty" });
    // The home side sees where the document stands without reading the document itself.
    const seen = (await getRepatriation(receiver, id))!.record!;
    expect(seen).toMatchObject({ documentType: "CERTIFICATE_OF_RETURN", documentStatus: "APPLIED" });
    expect(JSON.stringify(seen)).not.toContain("VV 4471");
    expect(await listDocuments(receiver, victimId)).toBeNull();

    const plan = {
      travelDate: inDays(20),
      transport: "AIR" as const,
      route: "Almaty - Tashkent",
      handoverPoint: "Tashkent airport, arrivals hall",
      escort: "Caseworker of the Almaty Crisis Centre",
    };
    await expect(transitionRepatriation(sender, id, { to: "TRAVEL_PLANNED", ...plan })).rejects.toMatchObject({
      messageKey: "errors.travelDocumentNotIssued",
    });
    // Issued and kept by the organisation until the journey: the document's own record says so.
    const issued = { type: "CERTIFICATE_OF_RETURN", issuingCountry: "UZ", holder: "ORGANISATION", number: "VV 4471" };
    await updateDocument(
      sender,
      certificate.id,
      updateDocumentSchema.parse({ ...issued, expiresOn: inDays(10), version: 1 }),
    );
    // A fine for the overstay holds her in Kazakhstan: the side where she is records it and its end.
    await updateStep(sender, id, { exitConditions: ["FINES"], exitNotes: "Fine for overstaying, 120 000 KZT" });
    await expect(transitionRepatriation(sender, id, { to: "TRAVEL_PLANNED", ...plan })).rejects.toMatchObject({
      messageKey: "errors.exitConditionsOpen",
    });
    await expect(updateStep(receiver, id, { exitResolved: true })).rejects.toMatchObject({
      fields: { exitResolved: "errors.repatriationWrongSide" },
    });
    await updateStep(sender, id, { exitResolved: true });
    await expect(transitionRepatriation(sender, id, { to: "TRAVEL_PLANNED", ...plan })).rejects.toMatchObject({
      messageKey: "errors.documentExpiresBeforeTravel",
    });
    await updateDocument(
      sender,
      certificate.id,
      updateDocumentSchema.parse({ ...issued, expiresOn: inDays(60), version: 2 }),
    );
    await expect(
      transitionRepatriation(sender, id, { to: "TRAVEL_PLANNED", travelDate: inDays(20) }),
    ).rejects.toMatchObject({ messageKey: "errors.travelPlanIncomplete" });
    await transitionRepatriation(sender, id, { to: "TRAVEL_PLANNED", ...plan });
    await transitionRepatriation(sender, id, { to: "IN_TRANSIT" });

    await expect(
      transitionRepatriation(receiver, id, { to: "HANDED_OVER", arrivedOn: inDays(0) }),
    ).rejects.toMatchObject({ messageKey: "errors.handoverIncomplete" });
    await transitionRepatriation(receiver, id, {
      to: "HANDED_OVER",
      arrivedOn: "2026-06-30",
      receivedBy: "Safe Return Tashkent, duty caseworker",
    });
    await expect(transitionRepatriation(receiver, id, { to: "REINTEGRATION" })).rejects.toMatchObject({
      messageKey: "errors.reintegrationPlanMissing",
    });
    await transitionRepatriation(receiver, id, {
      to: "REINTEGRATION",
      supportAreas: ["HEALTH", "LIVELIHOOD_AND_VOCATIONAL"],
    });

    const followUps = (await listTasks(receiver, id))!.filter((t) => t.kind === "FOLLOW_UP");
    expect(followUps.map((t) => t.dueOn?.toISOString().slice(0, 10))).toEqual([
      "2026-07-30",
      "2026-09-30",
      "2026-12-30",
      "2027-06-30",
    ]);
    expect(followUps.map((t) => t.assigneeSide)).toEqual(["RECEIVING", "RECEIVING", "RECEIVING", "RECEIVING"]);
    await expect(transitionRepatriation(receiver, id, { to: "CLOSED" })).rejects.toMatchObject({
      messageKey: "errors.followUpsOpen",
    });
    await expect(completeTask(receiver, id, followUps[0]!.id, {})).rejects.toMatchObject({
      fields: { note: "errors.followUpNoteRequired" },
    });
    for (const task of followUps)
      await completeTask(receiver, id, task.id, { note: "Living with her mother, attends sewing course" });
    await transitionRepatriation(receiver, id, { to: "CLOSED" });

    const closed = (await getRepatriation(sender, id))!;
    expect(closed.status).toBe("CLOSED");
    expect(closed.record).toMatchObject({
      riskOutcome: "SAFE_WITH_SUPPORT",
      documentStatus: "ISSUED",
      transport: "AIR",
      receivedBy: "Safe Return Tashkent, duty caseworker",
      supportAreas: ["HEALTH", "LIVELIHOOD_AND_VOCATIONAL"],
    });
    expect(closed.events.map((e) => e.toStatus).filter(Boolean)).toEqual([
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
    ]);
    expect((await listTasks(sender, id))!.find((t) => t.kind === "FOLLOW_UP")?.note).toBe(
      "Living with her mother, attends sewing course",
    );
    // Ended cases are read-only.
    await expect(updateStep(receiver, id, { supportAreas: ["LEGAL"] })).rejects.toMatchObject({
      messageKey: "errors.repatriationEnded",
    });
  });
});

describe("notifications", () => {
  it("ring for the other side's members on requests, moves and messages, and count overdue tasks of one's own side", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    const analyst = scopeOf(await createUser({ organisationId: tashkent.id, role: "ANALYST" }), "ANALYST", tashkent.id);
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    let bell = await getNotificationSummary(receiver);
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ kind: "REPATRIATION_REQUESTED", repatriationId: id, status: "REQUESTED" });
    expect((await getNotificationSummary(sender)).unread).toBe(0);
    expect((await getNotificationSummary(analyst)).unread).toBe(0);

    await transitionRepatriation(receiver, id, { to: "ACCEPTED" });
    await postMessage(receiver, id, { text: "We accept; family visit next week" });
    const senderBell = await getNotificationSummary(sender);
    expect(senderBell.items.map((i) => i.kind).sort()).toEqual(["REPATRIATION_MESSAGE", "REPATRIATION_STATUS"]);
    expect(senderBell.unread).toBe(2);
    await markNotificationsRead(sender);
    expect((await getNotificationSummary(sender)).unread).toBe(0);

    // Overdue: the receiving side's template task, made overdue here; the sender's bell does not count it.
    const { addTask } = await import("./mutations");
    await addTask(sender, id, {
      title: "Call the consulate",
      assigneeSide: "RECEIVING",
      dueOn: new Date("2026-01-05"),
    });
    bell = await getNotificationSummary(receiver);
    expect(bell.overdueTasks).toBe(1);
    expect((await getNotificationSummary(sender)).overdueTasks).toBe(0);
  });

  it("count as read once the case is opened (the page's action, not its render); another organisation's case is not found", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    const other = await setup();
    await consentAll(other.sender, other.victimId, other.tashkent.id);
    await transitionRepatriation(other.sender, other.id, { to: "REQUESTED" });
    expect((await getNotificationSummary(receiver)).unread).toBe(1);

    await expect(markCaseNoticesRead(receiver, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markCaseNoticesRead(other.receiver, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getNotificationSummary(receiver)).unread).toBe(1);
    expect((await getNotificationSummary(other.receiver)).unread).toBe(1);

    await markCaseNoticesRead(receiver, id);
    expect((await getNotificationSummary(receiver)).unread).toBe(0);
    expect((await getNotificationSummary(other.receiver)).unread).toBe(1);
  });
});

describe("when a request ends", () => {
  it("leaves the receiving side the outline and its own messages, not the person or the sender's messages", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    await postMessage(sender, id, { text: "She speaks Uzbek and some Russian" });
    await postMessage(receiver, id, { text: "We have no place in the Fergana valley this month" });
    expect((await getRepatriation(receiver, id))!.person).not.toBeNull();
    await transitionRepatriation(receiver, id, { to: "DECLINED", reason: "No capacity in the region" });
    const outline = (await getRepatriation(receiver, id))!;
    expect(outline).toMatchObject({
      status: "DECLINED",
      person: null,
      record: null,
      endReason: "No capacity in the region",
    });
    expect((await listMessages(receiver, id))!.map((m) => m.text)).toEqual([
      "We have no place in the Fergana valley this month",
    ]);
    expect((await listMessages(sender, id))!).toHaveLength(2);
    const board = await listRepatriations(receiver, {});
    expect(board.items.find((r) => r.id === id)).toMatchObject({ person: null, status: "DECLINED" });
  });
});

describe("the board and the figures", () => {
  it("filters by country pair and status, and counts only the organisation's cases, for an analyst too", async () => {
    const { sender, receiver, almaty, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    const pair = `${(await getRepatriation(sender, id))!.sending.country}-${(await getRepatriation(sender, id))!.receiving.country}`;
    expect((await listRepatriations(sender, { pair })).items.map((r) => r.id)).toContain(id);
    expect((await listRepatriations(sender, { status: "CLOSED" })).items.map((r) => r.id)).not.toContain(id);
    expect((await listRepatriations(receiver, { status: "REQUESTED" })).items[0]).toMatchObject({
      id,
      side: "RECEIVING",
      otherOrganisation: almaty.name,
      waitingOn: "RECEIVING",
      overdueTasks: 0,
    });

    await transitionRepatriation(receiver, id, { to: "ACCEPTED" });
    const analyst = scopeOf(await createUser({ organisationId: almaty.id, role: "ANALYST" }), "ANALYST", almaty.id);
    const figures = (await getRepatriationFigures(analyst))!;
    expect(figures.pairs).toHaveLength(1);
    expect(figures).toMatchObject({ open: 1, stalled: 0, medianDaysToHandover: null, handedOverCount: 0 });
    expect(figures.medianDaysInStatus.map((s) => s.status)).toEqual(["DRAFT", "REQUESTED"]);
    // The analyst sees no case itself.
    expect((await listRepatriations(analyst, {})).items).toEqual([]);
    expect(await getRepatriation(analyst, id)).toBeNull();
    const stranger = await createOrganisation("stranger");
    const strangerAnalyst = scopeOf(
      await createUser({ organisationId: stranger.id, role: "ANALYST" }),
      "ANALYST",
      stranger.id,
    );
    expect((await getRepatriationFigures(strangerAnalyst))!.pairs).toEqual([]);
    const caseWorker = scopeOf(
      await createUser({ organisationId: almaty.id, role: "CASE_WORKER" }),
      "CASE_WORKER",
      almaty.id,
    );
    expect(await getRepatriationFigures(caseWorker)).toBeNull();
  });
});

describe("what the request shares", () => {
  it("grants the minimal set plus the fields the sending side chooses, and only with the request", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    const { db } = await import("@/tests/support/prisma");
    await transitionRepatriation(sender, id, { to: "REQUESTED", sharedFields: ["regionOfOrigin", "documentExpiry"] });
    const grant = await db.accessGrant.findFirstOrThrow({
      where: { recordId: victimId, granteeOrganisationId: tashkent.id, revokedAt: null },
    });
    expect(grant).toMatchObject({ scope: "MINIMAL", fields: ["regionOfOrigin", "documentExpiry"] });
    await expect(
      transitionRepatriation(receiver, id, { to: "ACCEPTED", sharedFields: ["narrative"] }),
    ).rejects.toMatchObject({ fields: { sharedFields: "errors.fieldNotForStep" } });
  });
});
