// The answers the API builds from real records match the schemas their operations declare: the
// presenters (lib/*/present.ts) run on records read from PostgreSQL, the JSON goes through
// JSON.stringify as NextResponse.json sends it, and lib/api/operation.ts's problemsWithAnswer
// checks it as the end-to-end tests do (e2e/fixtures/api.ts). Each answer seeds what it needs.
import { createAttachment } from "@/lib/attachments/mutations";
import { listPersonAttachments } from "@/lib/attachments/data";
import { presentAttachment } from "@/lib/attachments/present";
import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf, callInput } from "@/tests/support/factories";
import { consentAll, setup as repatriationSetup } from "@/tests/support/repatriations";
import { person, placementSetup } from "@/tests/support/placements";
import { problemsWithAnswer, splitOperationKey } from "@/lib/api/operation";
import { apiOperations, type OperationKey } from "./operations";
import { registerVictimSchema, updateVictimSchema } from "@/lib/victims/schema";
import { db } from "@/tests/support/prisma";
import { registerVictim, updateVictim } from "@/lib/victims/mutations";
import { checkDuplicates, getVictimRecord, listVictims } from "@/lib/victims/data";
import { presentDuplicateCheck, presentVictim, presentVictimListItem } from "@/lib/victims/present";
import { addSupportItem, recordConsent } from "@/lib/casework/mutations";
import { addRecoveryStep, createDocument } from "@/lib/documents/mutations";
import { listDocuments } from "@/lib/documents/data";
import { presentDocument, presentLegalStatus } from "@/lib/documents/present";
import { documentSchema, legalStatusSchema, recoveryStepSchema } from "@/lib/documents/schema";
import { listLegalStatuses, saveLegalStatus } from "@/lib/documents/legal-status";
import { createLabourClaim } from "@/lib/labour-claims/mutations";
import { listLabourClaims } from "@/lib/labour-claims/data";
import { presentLabourClaim } from "@/lib/labour-claims/present";
import { labourClaimSchema } from "@/lib/labour-claims/schema";
import { addHearing, createProceeding } from "@/lib/proceedings/mutations";
import { listProceedings } from "@/lib/proceedings/data";
import { presentProceeding } from "@/lib/proceedings/present";
import { hearingSchema, proceedingSchema } from "@/lib/proceedings/schema";
import { createReferral, decideReferral } from "@/lib/referrals/mutations";
import { listReferralsOfVictim } from "@/lib/referrals/data";
import { presentReferral } from "@/lib/referrals/present";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { getHotlineCall, listHotlineCalls } from "@/lib/hotline/data";
import { createHotlineCallSchema, listHotlineCallsQuerySchema } from "@/lib/hotline/schema";
import { presentCall, presentCallListItem } from "@/lib/hotline/present";
import { admitToShelter, answerPlacement, createShelter, requestPlacement, updateStay } from "@/lib/shelters/mutations";
import { getShelterBoard, listAvailability, listPlacementRequests, listShelters } from "@/lib/shelters/data";
import { createShelterSchema } from "@/lib/shelters/schema";
import {
  presentAvailability,
  presentPlacementRequests,
  presentShelterBoard,
  presentShelterListItem,
} from "@/lib/shelters/present";
import { addTask, completeTask, postMessage, transitionRepatriation, updateStep } from "@/lib/repatriations/mutations";
import { getRepatriation, listMessages, listRepatriations, listTasks } from "@/lib/repatriations/data";
import {
  createSituation,
  addSituationNote,
  linkCallToSituation,
  linkPersonToSituation,
} from "@/lib/situations/mutations";
import { createPerpetrator, linkPerpetratorToSituation } from "@/lib/perpetrators/mutations";
import { getPerpetrator, listPerpetrators, matchPerpetrators } from "@/lib/perpetrators/data";
import {
  createPerpetratorSchema,
  listPerpetratorsQuerySchema,
  perpetratorMatchSchema,
} from "@/lib/perpetrators/schema";
import { presentPerpetrator, presentPerpetratorListItem, presentPerpetratorMatch } from "@/lib/perpetrators/present";
import { getSituation, listSituations } from "@/lib/situations/data";
import { createSituationSchema, listSituationsQuerySchema } from "@/lib/situations/schema";
import { presentSituation, presentSituationListItem } from "@/lib/situations/present";
import { createCounterpart, patchCounterpart } from "@/lib/counterparts/mutations";
import { getCounterpart, listCounterparts } from "@/lib/counterparts/data";
import {
  createCounterpartSchema,
  listCounterpartsQuerySchema,
  patchCounterpartSchema,
} from "@/lib/counterparts/schema";
import { presentCounterpart } from "@/lib/counterparts/present";
import {
  presentRepatriation,
  presentRepatriationListItem,
  presentRepatriationMessage,
  presentRepatriationTask,
} from "@/lib/repatriations/present";
import { createRepatriation } from "@/lib/repatriations/mutations";
import { handToPartner } from "@/lib/repatriations/partner";
import { addAssistance, recordFollowUp, setReintegrationFlags, updateAssistance } from "@/lib/reintegration/mutations";
import { getReintegration } from "@/lib/reintegration/data";
import {
  presentReintegration,
  presentReintegrationAssistance,
  presentReintegrationFlags,
} from "@/lib/reintegration/present";
import { assistanceSchema, flagsSchema, followUpSchema, updateAssistanceSchema } from "@/lib/reintegration/schema";

/** Sends `value` as NextResponse.json would and checks it against the operation's answer for `status`. */
function expectAnswer(key: OperationKey, status: number, value: unknown) {
  const { method } = splitOperationKey(key);
  const sent: unknown = JSON.parse(JSON.stringify(value));
  expect(problemsWithAnswer(method, apiOperations[key], status, sent), `${key} ${status}`).toEqual([]);
}

const list = <T>(items: T[], nextCursor: string | null = null) => ({ items, nextCursor });

describe("the API's answers match their operations on real records", () => {
  it("victims: a full record, a list, a shared record, a duplicate check and a referral", async () => {
    const owner = await createOrganisation("owner");
    const partner = await createOrganisation("partner");
    const ownerCoordinator = scopeOf(
      await createUser({ organisationId: owner.id, role: "COORDINATOR" }),
      "COORDINATOR",
      owner.id,
    );
    const partnerCoordinator = scopeOf(
      await createUser({ organisationId: partner.id, role: "COORDINATOR" }),
      "COORDINATOR",
      partner.id,
    );
    const { id } = await registerVictim(
      ownerCoordinator,
      registerVictimSchema.parse({
        givenName: "Нигора",
        familyName: "Юсупова",
        sex: "FEMALE",
        birthDate: "1998-03-04",
        citizenships: ["UZ"],
        identifiedOn: "2026-01-01",
        identifiedBy: "IOM",
      }),
    );
    const read = presentVictim((await getVictimRecord(ownerCoordinator, id))!.record, false);
    await updateVictim(
      ownerCoordinator,
      id,
      updateVictimSchema.parse({
        ...read,
        phone: "+992931112233",
        narrative: "Held in a flat",
        documentNumber: "AB1234567",
        exploitationTypes: ["FORCED_LABOUR"],
        events: [{ kind: "EXPLOITATION", countryCode: "RU", place: "Podolsk", startedOn: "2025-05-01" }],
      }),
    );
    await addSupportItem(ownerCoordinator, id, {
      area: "HEALTH",
      status: "PLANNED",
      provider: "Clinic 3",
      plannedOn: new Date("2026-02-01"),
    });

    const document = await createDocument(
      ownerCoordinator,
      id,
      documentSchema.parse({ type: "PASSPORT", issuingCountry: "TJ", number: "400123456", holder: "EMPLOYER" }),
    );
    await addRecoveryStep(
      ownerCoordinator,
      document.id,
      recoveryStepSchema.parse({ kind: "CONSULATE_REQUEST", takenOn: "2026-02-02", note: "Consulate in Moscow" }),
    );
    const documents = (await listDocuments(ownerCoordinator, id))!;
    expectAnswer("GET /api/v1/victims/{id}/documents", 200, { items: documents.map(presentDocument) });
    expectAnswer("POST /api/v1/victims/{id}/documents", 201, presentDocument(documents[0]!));
    expectAnswer("PATCH /api/v1/victims/{id}/documents/{documentId}", 200, presentDocument(documents[0]!));
    expectAnswer("POST /api/v1/victims/{id}/documents/{documentId}/steps", 201, presentDocument(documents[0]!));
    await saveLegalStatus(
      ownerCoordinator,
      id,
      legalStatusSchema.parse({
        countryCode: "RU",
        registration: "EXPIRED",
        finesOwed: "2500.50",
        finesCurrency: "RUB",
        finesDueOn: "2026-09-01",
        removal: "DEPORTATION",
        removalDecidedOn: "2026-02-03",
        notes: "Appeal lodged",
      }),
    );
    const statuses = {
      items: (await listLegalStatuses(ownerCoordinator, id))!.map((s) => presentLegalStatus(s, "2026-06-01")),
    };
    expect(statuses.items[0]?.finesOwed).toBe("2500.50");
    expectAnswer("GET /api/v1/victims/{id}/legal-status", 200, statuses);
    expectAnswer("POST /api/v1/victims/{id}/legal-status", 200, statuses);
    await createLabourClaim(
      ownerCoordinator,
      id,
      labourClaimSchema.parse({
        employerName: "ООО СтройМонолит",
        countryCode: "RU",
        workFrom: "2025-04-01",
        currency: "RUB",
        route: "LABOUR_INSPECTORATE",
        filedOn: "2026-01-10",
        people: [{ victimId: id, owed: "120000", recovered: "40000.5" }],
      }),
    );
    const claims = (await listLabourClaims(ownerCoordinator, id))!.map(presentLabourClaim);
    expect(claims[0]?.person).toEqual({ owed: "120000.00", recovered: "40000.50" });
    expectAnswer("GET /api/v1/victims/{id}/labour-claims", 200, { items: claims });
    expectAnswer("POST /api/v1/victims/{id}/labour-claims", 201, claims[0]);
    expectAnswer("PATCH /api/v1/victims/{id}/labour-claims/{claimId}", 200, claims[0]);
    const proceeding = await createProceeding(
      ownerCoordinator,
      id,
      proceedingSchema.parse({
        kind: "ADMINISTRATIVE",
        authority: "COURT",
        countryCode: "RU",
        caseNumber: "5-118/2026",
        role: "ACCUSED",
        protectionAsked: ["ANONYMITY"],
        compensationClaimed: "1500.50",
        compensationCurrency: "RUB",
        outcome: "NON_PUNISHMENT_APPLIED",
        outcomeOn: "2026-03-01",
        hearings: [{ heldOn: "2026-02-20", status: "HELD" }],
      }),
    );
    await addHearing(
      ownerCoordinator,
      proceeding.id,
      hearingSchema.parse({ heldOn: "2099-02-01", timeOfDay: "09:30" }),
    );
    const [case_] = (await listProceedings(ownerCoordinator, id))!.map((p) => presentProceeding(p, "2026-06-01"));
    expect([case_?.compensationClaimed, case_?.nextHearing?.timeOfDay]).toEqual(["1500.50", "09:30"]);
    expectAnswer("GET /api/v1/victims/{id}/proceedings", 200, { items: [case_] });
    expectAnswer("POST /api/v1/victims/{id}/proceedings", 201, case_);
    expectAnswer("PATCH /api/v1/victims/{id}/proceedings/{proceedingId}", 200, case_);
    expectAnswer("POST /api/v1/victims/{id}/proceedings/{proceedingId}/hearings", 201, case_);
    expectAnswer("PATCH /api/v1/victims/{id}/proceedings/{proceedingId}/hearings/{hearingId}", 200, case_);

    const file = await createAttachment(
      ownerCoordinator,
      { parentType: "PROCEEDING", parentId: proceeding.id },
      { name: "summons.pdf", content: Buffer.from("%PDF-1.4\n% summons\n%%EOF\n") },
    );
    expectAnswer("POST /api/v1/attachments", 201, {
      id: file.id,
      name: file.name,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
    });
    const files = (await listPersonAttachments(ownerCoordinator, id))!.map(presentAttachment);
    expect(files.map((f) => f.parentType)).toEqual(["PROCEEDING"]);
    expectAnswer("GET /api/v1/victims/{id}/attachments", 200, { items: files });

    const record = (await getVictimRecord(ownerCoordinator, id))!;
    expect(record.record.events).toHaveLength(1);
    expectAnswer("GET /api/v1/victims/{id}", 200, presentVictim(record.record, record.shared));
    expectAnswer("POST /api/v1/victims", 201, presentVictim(record.record, record.shared));
    expectAnswer("POST /api/v1/victims", 201, { id });
    const { items, nextCursor } = await listVictims(ownerCoordinator, { limit: 25 });
    expect(items.map((v) => v.id)).toContain(id);
    expectAnswer("GET /api/v1/victims", 200, list(items.map(presentVictimListItem), nextCursor));

    expectAnswer(
      "POST /api/v1/victims/duplicate-check",
      200,
      presentDuplicateCheck(
        await checkDuplicates(ownerCoordinator, {
          givenName: "Nigora",
          familyName: "Yusupova",
          birthDate: new Date("1998-03-04"),
        }),
      ),
    );

    await recordConsent(ownerCoordinator, id, {
      kind: "SHARING",
      sheetLanguage: "ru",
      granteeOrganisationId: partner.id,
      givenOn: new Date("2026-01-03"),
      method: "WRITTEN",
    });
    const referral = await createReferral(ownerCoordinator, id, {
      toOrganisationId: partner.id,
      reason: "needs a shelter place",
      sharedFields: ["phone"],
    });
    const created = (await listReferralsOfVictim(ownerCoordinator, id)).find((r) => r.id === referral.id)!;
    expectAnswer("POST /api/v1/victims/{id}/referrals", 201, presentReferral(created));
    await decideReferral(partnerCoordinator, referral.id, { decision: "ACCEPT" });
    const shared = (await getVictimRecord(partnerCoordinator, id))!;
    expect(shared.shared).toBe(true);
    expectAnswer("GET /api/v1/victims/{id}", 200, presentVictim(shared.record, shared.shared));
    const partnerList = await listVictims(partnerCoordinator, { limit: 25 });
    expect(partnerList.items.map((v) => v.id)).toContain(id);
    expectAnswer(
      "GET /api/v1/victims",
      200,
      list(partnerList.items.map(presentVictimListItem), partnerList.nextCursor),
    );
  });

  it("hotline calls: one call and a list", async () => {
    const org = await createOrganisation("hotline");
    const operator = scopeOf(
      await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" }),
      "HOTLINE_OPERATOR",
      org.id,
    );
    const { id } = await createHotlineCall(
      operator,
      { ...callInput(), callerPhone: "+998901234567" },
      { source: "intake", defaultCountry: "UZ" },
    );
    const call = (await getHotlineCall(operator, id))!;
    expectAnswer("GET /api/v1/hotline-calls/{id}", 200, presentCall(call));
    expectAnswer("POST /api/v1/hotline-calls", 201, presentCall(call));
    const { items, nextCursor } = await listHotlineCalls(
      operator,
      listHotlineCallsQuerySchema.parse({}),
      "Asia/Tashkent",
    );
    expect(items.map((c) => c.id)).toContain(id);
    expectAnswer("GET /api/v1/hotline-calls", 200, list(items.map(presentCallListItem), nextCursor));
  });

  it("shelters: the list, availability, a bed board with a resident, stays and placement requests", async () => {
    const { shelterOrg, shelterCoordinator, requester, shelter } = await placementSetup(3);
    const own = await createShelter(
      shelterCoordinator,
      createShelterSchema.parse({
        name: `Board ${shelterOrg.code}`,
        city: "Almaty",
        countryCode: "KZ",
        address: "Secret 1",
        phone: "+77001234567",
        population: "WOMEN",
        minAge: 18,
        capacity: 2,
        beds: [{ room: "1", label: "A" }],
      }),
    );
    const resident = await person(shelterCoordinator, "Resident");
    const stay = await admitToShelter(shelterCoordinator, own.id, {
      victimId: resident,
      admittedAt: new Date(Date.now() - 86_400_000),
      plannedDischargeOn: new Date(Date.now() + 3 * 86_400_000),
    });
    expectAnswer("POST /api/v1/shelters/{id}/stays", 201, { id: stay.id });
    expectAnswer(
      "PATCH /api/v1/shelter-stays/{id}",
      200,
      await updateStay(shelterCoordinator, stay.id, {
        version: 1,
        addService: { kind: "MEDICAL", providedOn: new Date(), provider: "Clinic" },
      }),
    );
    expectAnswer(
      "GET /api/v1/shelters/{id}",
      200,
      presentShelterBoard((await getShelterBoard(shelterCoordinator, own.id))!),
    );
    expectAnswer(
      "GET /api/v1/shelters",
      200,
      list((await listShelters(shelterCoordinator)).map(presentShelterListItem)),
    );
    expectAnswer("POST /api/v1/shelters", 201, { id: own.id });
    expectAnswer(
      "GET /api/v1/shelters/availability",
      200,
      list((await listAvailability(requester, { city: "Almaty" })).map(presentAvailability)),
    );

    const asked = await person(requester, "Asked", shelterOrg.id);
    const placement = await requestPlacement(requester, {
      shelterId: shelter.id,
      victimId: asked,
      note: "woman, 24, needs a bed",
    });
    expectAnswer("POST /api/v1/placement-requests", 201, { id: placement.id, status: "PENDING" });
    await answerPlacement(shelterCoordinator, placement.id, { decision: "ACCEPT", holdHours: 24 });
    expectAnswer("POST /api/v1/placement-requests/{id}/answer", 200, { id: placement.id, answered: true });
    expectAnswer("POST /api/v1/placement-requests/{id}/withdraw", 200, { id: placement.id, status: "CANCELLED" });
    const incoming = presentPlacementRequests(await listPlacementRequests(shelterCoordinator));
    expect(incoming.incoming.map((r) => r.id)).toContain(placement.id);
    expectAnswer("GET /api/v1/placement-requests", 200, incoming);
    const outgoing = presentPlacementRequests(await listPlacementRequests(requester));
    expect(outgoing.outgoing.map((r) => r.id)).toContain(placement.id);
    expectAnswer("GET /api/v1/placement-requests", 200, outgoing);
  });

  it("repatriations: the case on both sides, the board, moves, step records, messages and tasks", async () => {
    const { tashkent, sender, receiver, victimId, id } = await repatriationSetup();
    expectAnswer("POST /api/v1/repatriations", 201, { id, status: "DRAFT" });
    await consentAll(sender, victimId, tashkent.id);
    expectAnswer(
      "POST /api/v1/repatriations/{id}/transitions",
      200,
      await transitionRepatriation(sender, id, { to: "REQUESTED" }),
    );
    await transitionRepatriation(receiver, id, { to: "ACCEPTED" });
    await transitionRepatriation(receiver, id, { to: "RISK_ASSESSMENT" });
    expectAnswer(
      "PATCH /api/v1/repatriations/{id}",
      200,
      await updateStep(receiver, id, { riskOutcome: "SAFE", riskNotes: "Parents welcome her" }),
    );
    const message = await postMessage(receiver, id, { text: "We will meet her at the airport" });
    expectAnswer("POST /api/v1/repatriations/{id}/messages", 201, {
      id: message.id,
      createdAt: message.createdAt.toISOString(),
    });
    const task = await addTask(sender, id, {
      title: "Certificate of return",
      assigneeSide: "SENDING",
      dueOn: new Date("2026-01-01"),
    });
    expectAnswer("POST /api/v1/repatriations/{id}/tasks", 201, { id: task.id });
    await completeTask(sender, id, task.id, {});
    expectAnswer("POST /api/v1/repatriations/{id}/tasks/{taskId}/done", 200, { id: task.id, done: true });

    for (const side of [sender, receiver]) {
      expectAnswer("GET /api/v1/repatriations/{id}", 200, presentRepatriation((await getRepatriation(side, id))!));
      const board = await listRepatriations(side, { limit: 25 });
      expect(board.items.map((r) => r.id)).toContain(id);
      expectAnswer(
        "GET /api/v1/repatriations",
        200,
        list(board.items.map(presentRepatriationListItem), board.nextCursor),
      );
      expectAnswer(
        "GET /api/v1/repatriations/{id}/messages",
        200,
        list((await listMessages(side, id))!.map(presentRepatriationMessage)),
      );
      expectAnswer(
        "GET /api/v1/repatriations/{id}/tasks",
        200,
        list((await listTasks(side, id))!.map(presentRepatriationTask)),
      );
    }
    const detail = presentRepatriation((await getRepatriation(receiver, id))!);
    expect(detail.record).toMatchObject({ riskOutcome: "SAFE", riskNotes: "Parents welcome her" });
  });
  it("reintegration: the plan, a changed item, a scored follow-up with and without its answers, the flags", async () => {
    const org = await createOrganisation("reintegration");
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const { id: victimId } = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Бобур",
        familyName: "Ташкентов",
        sex: "MALE",
        estimatedAge: 33,
        citizenships: ["UZ"],
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      }),
    );
    // A deportation the organisation meets alone, brought home and into reintegration.
    const today = new Date().toISOString().slice(0, 10);
    const { id } = await createRepatriation(coordinator, { victimId, kind: "DEPORTATION", fromCountry: "RU" });
    await transitionRepatriation(coordinator, id, { to: "HANDED_OVER", arrivedOn: today, receivedBy: "Duty officer" });
    const grant = await addAssistance(
      coordinator,
      id,
      assistanceSchema.parse({
        type: "MICRO_GRANT",
        amount: "1500",
        currency: "USD",
        provider: "IOM Tashkent",
        startsOn: today,
        endsOn: today,
      }),
    );
    expectAnswer("POST /api/v1/repatriations/{id}/reintegration/assistance", 201, { id: grant.id });
    await addAssistance(coordinator, id, assistanceSchema.parse({ type: "VOCATIONAL_TRAINING" }));
    await transitionRepatriation(coordinator, id, { to: "REINTEGRATION", supportAreas: ["LIVELIHOOD_AND_VOCATIONAL"] });
    await updateAssistance(
      coordinator,
      grant.id,
      updateAssistanceSchema.parse({
        type: "MICRO_GRANT",
        amount: "1500",
        currency: "USD",
        status: "COMPLETED",
        version: 1,
      }),
      id,
    );
    const task = (await listTasks(coordinator, id))!.find((t) => t.templateKey === "followUp1")!;
    const answers = {
      incomeSource: "REGULAR",
      debts: "NONE",
      housing: "TEMPORARY",
      familyAcceptance: "ACCEPTED",
      communityAcceptance: "PARTLY",
      health: "FAIR",
      feelsSafe: "YES",
      wishToMigrate: "NONE",
    };
    expectAnswer(
      "POST /api/v1/repatriations/{id}/reintegration/follow-ups",
      201,
      await recordFollowUp(coordinator, id, task.id, followUpSchema.parse({ conductedOn: today, ...answers })),
    );
    const before = (await getReintegration(coordinator, id, false))!;
    await setReintegrationFlags(coordinator, id, flagsSchema.parse({ lostContactOn: today, version: before.version }));

    // Answers where the reader sees the person (as the route decides from the case), none otherwise.
    const shown = (await getRepatriation(coordinator, id))!;
    expect(shown.person).not.toBeNull();
    const read = (await getReintegration(coordinator, id, shown.person !== null))!;
    const answer = presentReintegration(read);
    expect(answer.followUps[0]).toMatchObject({ month: 1, answers });
    expect(answer.assistance[0]).toMatchObject({ amount: "1500.00", status: "COMPLETED", version: 2 });
    expect(answer.flags.lostContactOn).toBe(`${today}T00:00:00.000Z`);
    expectAnswer("GET /api/v1/repatriations/{id}/reintegration", 200, answer);
    expectAnswer(
      "GET /api/v1/repatriations/{id}/reintegration",
      200,
      presentReintegration((await getReintegration(coordinator, id, false))!),
    );
    for (const item of read.assistance)
      expectAnswer(
        "PATCH /api/v1/repatriations/{id}/reintegration/assistance/{assistanceId}",
        200,
        presentReintegrationAssistance(item),
      );
    expectAnswer("PATCH /api/v1/repatriations/{id}/reintegration/flags", 200, presentReintegrationFlags(read));
  });
  it("situations: one with people (one restricted), a call and a note; the list; links", async () => {
    const org = await createOrganisation("situations");
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const worker = scopeOf(await createUser({ organisationId: org.id, role: "CASE_WORKER" }), "CASE_WORKER", org.id);
    const { id } = await createSituation(
      coordinator,
      createSituationSchema.parse({
        countryCode: "RU",
        regionCode: "RU-MOS",
        place: "Noginsk",
        exploitationTypes: ["FORCED_LABOUR"],
        labourSectors: ["CONSTRUCTION"],
        startedOn: "2026-06-01",
        peopleEstimated: 12,
        summary: "A brigade held at a kiln",
        assignedToId: worker.userId,
      }),
    );
    const visible = await person(coordinator, "Anvar");
    const restricted = await registerVictim(
      worker,
      registerVictimSchema.parse({
        givenName: "Jamshid",
        sex: "MALE",
        estimatedAge: 30,
        identifiedOn: "2026-11-01",
        identifiedBy: "HOTLINE",
        restricted: true,
      }),
    );
    expectAnswer("POST /api/v1/situations/{id}/people", 200, await linkPersonToSituation(coordinator, id, visible));
    await linkPersonToSituation(worker, id, restricted.id);
    const call = await createHotlineCall(coordinator, createHotlineCallSchema.parse(callInput()), {
      source: "intake",
      defaultCountry: "UZ",
    });
    expectAnswer("POST /api/v1/situations/{id}/calls", 200, await linkCallToSituation(coordinator, id, call.id));
    expectAnswer("POST /api/v1/situations/{id}/notes", 201, await addSituationNote(coordinator, id, { body: "Seen" }));
    const shown = presentSituation((await getSituation(coordinator, id))!);
    expect(shown.people.map((p) => p.shown)).toEqual(["person", "restricted"]);
    expectAnswer("GET /api/v1/situations/{id}", 200, shown);
    expectAnswer("POST /api/v1/situations", 201, shown);
    const { items, nextCursor } = await listSituations(coordinator, listSituationsQuerySchema.parse({}));
    expectAnswer("GET /api/v1/situations", 200, list(items.map(presentSituationListItem), nextCursor));
  });
  it("perpetrators: a record with identifiers, the list, a match and a link to a situation", async () => {
    const org = await createOrganisation("perpetrators");
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const situation = await createSituation(coordinator, createSituationSchema.parse({ countryCode: "RU" }));
    const { id } = await createPerpetrator(
      coordinator,
      createPerpetratorSchema.parse({
        name: "Бахром Юлдашев",
        roles: ["RECRUITER", "BROKER"],
        identifiers: [
          { kind: "PHONE", value: "+998 90 555 12 34" },
          { kind: "VEHICLE_PLATE", value: "01 A 123 BC" },
        ],
        source: "VICTIM",
      }),
    );
    expectAnswer(
      "POST /api/v1/situations/{id}/perpetrators",
      200,
      await linkPerpetratorToSituation(coordinator, situation.id, { perpetratorId: id, role: "RECRUITER" }),
    );
    const shown = presentPerpetrator((await getPerpetrator(coordinator, id))!);
    expect(shown.linkedSituations).toHaveLength(1);
    expectAnswer("GET /api/v1/perpetrators/{id}", 200, shown);
    expectAnswer("POST /api/v1/perpetrators", 201, shown);
    const { items, nextCursor } = await listPerpetrators(coordinator, listPerpetratorsQuerySchema.parse({}));
    expectAnswer("GET /api/v1/perpetrators", 200, list(items.map(presentPerpetratorListItem), nextCursor));
    expectAnswer(
      "POST /api/v1/perpetrators/match",
      200,
      presentPerpetratorMatch(
        await matchPerpetrators(coordinator, perpetratorMatchSchema.parse({ name: "Yuldashev" })),
      ),
    );
  });
  it("counterparts: one added with every field and one without, the list, a change", async () => {
    const org = await createOrganisation("counterparts");
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const { id } = await createCounterpart(
      coordinator,
      createCounterpartSchema.parse({
        name: "IOM Kabul",
        countryCode: "AF",
        type: "IOM",
        contactPerson: "Head of the return unit",
        phone: "+93 20 210 0000",
        email: "kabul@iom.example",
        notes: "Answers in Dari and English",
      }),
    );
    await createCounterpart(
      coordinator,
      createCounterpartSchema.parse({ name: "Ministry of Labour", countryCode: "UZ", type: "GOVERNMENT" }),
    );
    const shown = presentCounterpart((await getCounterpart(coordinator, id))!);
    expectAnswer("POST /api/v1/counterparts", 201, shown);
    expectAnswer("GET /api/v1/counterparts/{id}", 200, shown);
    const { items, nextCursor } = await listCounterparts(coordinator, listCounterpartsQuerySchema.parse({ limit: 1 }));
    expect(nextCursor).not.toBeNull();
    expectAnswer("GET /api/v1/counterparts", 200, list(items.map(presentCounterpart), nextCursor));
    await patchCounterpart(coordinator, id, patchCounterpartSchema.parse({ version: 1, email: null, active: false }));
    const changed = presentCounterpart((await getCounterpart(coordinator, id))!);
    expect(changed).toMatchObject({ email: null, active: false, version: 2 });
    expectAnswer("PATCH /api/v1/counterparts/{id}", 200, changed);
  });
  it("repatriations: a counterpart case handed to a partner that joined", async () => {
    const org = await createOrganisation("alone");
    const partner = await createOrganisation("joined");
    await db.organisation.update({ where: { id: org.id }, data: { countryCode: "KZ" } });
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const { id: counterpartId } = await createCounterpart(
      coordinator,
      createCounterpartSchema.parse({ name: "NGO before it joined", countryCode: partner.countryCode, type: "NGO" }),
    );
    const { id: victimId } = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Нодира",
        familyName: "Партнёрова",
        sex: "FEMALE",
        estimatedAge: 30,
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      }),
    );
    const { id } = await createRepatriation(coordinator, { victimId, counterpartId });
    await recordConsent(coordinator, victimId, {
      kind: "SHARING",
      sheetLanguage: "ru",
      granteeOrganisationId: partner.id,
      givenOn: new Date(),
      method: "WRITTEN",
    });
    expectAnswer(
      "POST /api/v1/repatriations/{id}/partner",
      200,
      await handToPartner(coordinator, id, { receivingOrganisationId: partner.id, version: 1 }),
    );
  });
});
