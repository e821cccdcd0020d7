// A checklist task closes with the step (or the saved record) that ends
// it, in the same transaction; the bell names the case by its number, never by the person's name.
import { describe, expect, it } from "vitest";
import { consentAll, setup } from "@/tests/support/repatriations";
import { getNotificationSummary } from "@/lib/notifications/data";
import { transitionRepatriation, updateStep } from "./mutations";
import { getRepatriation, listTasks } from "./data";
import { addRecoveryStep, createDocument } from "@/lib/documents/mutations";
import { documentSchema, recoveryStepSchema } from "@/lib/documents/schema";

const today = new Date().toISOString().slice(0, 10);

const openTasks = async (scope: Parameters<typeof listTasks>[0], id: string) =>
  ((await listTasks(scope, id)) ?? [])
    .filter((t) => !t.doneOn)
    .map((t) => t.templateKey ?? t.title)
    .sort();

describe("#15.7 tasks close with the step that ends them", () => {
  it("closes 'review the request' on acceptance, the assessment's tasks on moving on, and a document task once the record shows it done", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    expect(await openTasks(receiver, id)).toEqual(["reviewRequest"]);
    await transitionRepatriation(receiver, id, { to: "ACCEPTED" });
    expect(await openTasks(receiver, id)).toEqual([]);
    const review = (await listTasks(receiver, id))!.find((t) => t.templateKey === "reviewRequest")!;
    expect(review.doneOn).not.toBeNull();

    await transitionRepatriation(receiver, id, { to: "RISK_ASSESSMENT" });
    expect(await openTasks(receiver, id)).toEqual(["checkExitConditions", "checkRecruiterNearby", "contactFamily"]);
    // Nothing holds her where she is: recording so ends the sender's check.
    await updateStep(sender, id, { exitConditions: [] });
    expect(await openTasks(receiver, id)).toEqual(["checkRecruiterNearby", "contactFamily"]);
    await updateStep(receiver, id, { riskOutcome: "SAFE", riskNotes: "Family welcomes her back" });
    await transitionRepatriation(receiver, id, { to: "TRAVEL_DOCUMENTS" });
    expect(await openTasks(receiver, id)).toEqual(["applyForDocument"]);
    // Naming a passport the consulate was asked to replace ends the sender's document task once
    // the request is on record.
    const passport = await createDocument(sender, victimId, documentSchema.parse({ type: "PASSPORT", holder: "LOST" }));
    await updateStep(sender, id, { travelDocumentId: passport.id });
    expect(await openTasks(receiver, id)).toEqual(["applyForDocument"]);
    await addRecoveryStep(sender, passport.id, recoveryStepSchema.parse({ kind: "CONSULATE_REQUEST", takenOn: today }));
    await updateStep(sender, id, { consulate: "Consulate of Uzbekistan in Almaty" });
    expect(await openTasks(receiver, id)).toEqual([]);
  });

  it("closes the review on a decline too, and leaves a cancelled request's task as it was", async () => {
    const declined = await setup();
    await consentAll(declined.sender, declined.victimId, declined.tashkent.id);
    await transitionRepatriation(declined.sender, declined.id, { to: "REQUESTED" });
    await transitionRepatriation(declined.receiver, declined.id, {
      to: "DECLINED",
      reason: "No capacity in the region",
    });
    expect(await openTasks(declined.sender, declined.id)).toEqual([]);

    const cancelled = await setup();
    await consentAll(cancelled.sender, cancelled.victimId, cancelled.tashkent.id);
    await transitionRepatriation(cancelled.sender, cancelled.id, { to: "REQUESTED" });
    await transitionRepatriation(cancelled.sender, cancelled.id, { to: "CANCELLED", reason: "She chose to stay" });
    expect(await openTasks(cancelled.sender, cancelled.id)).toEqual(["reviewRequest"]);
  });
});

describe("#15.7 the bell names the case", () => {
  it("gives each notice the case number of its person, and no name", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    const caseNumber = (await getRepatriation(sender, id))!.person!.caseNumber;
    expect(caseNumber).toBeTruthy();
    const bell = await getNotificationSummary(receiver);
    const notice = bell.items.find((n) => n.repatriationId === id)!;
    expect(notice).toMatchObject({ kind: "REPATRIATION_REQUESTED", caseNumber });
    expect(JSON.stringify(notice)).not.toContain("Каримова");

    // Once cancelled, the person is hidden from the receiving side: its notices keep no number.
    await transitionRepatriation(sender, id, { to: "CANCELLED", reason: "She chose to stay" });
    const after = await getNotificationSummary(receiver);
    for (const n of after.items.filter((i) => i.repatriationId === id)) expect(n.caseNumber).toBeNull();
  });
});
