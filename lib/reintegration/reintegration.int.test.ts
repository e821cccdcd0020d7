// Reintegration after a return on a real database (decision 0031): the plan's items, the scored
// follow-up surveys, the flags, and the figures over them; only the home side keeps them, and
// another organisation finds nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { dbFor } from "@/lib/db";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { consentAll, setup } from "@/tests/support/repatriations";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { createSituation, linkPersonToSituation } from "@/lib/situations/mutations";
import { createSituationSchema } from "@/lib/situations/schema";
import { createRepatriation, transitionRepatriation } from "@/lib/repatriations/mutations";
import { addAssistance, recordFollowUp, setReintegrationFlags, updateAssistance } from "./mutations";
import { getReintegration } from "./data";
import { getReintegrationFigures } from "./figures";
import { assistanceSchema, followUpSchema, updateAssistanceSchema } from "./schema";

const today = new Date().toISOString().slice(0, 10);
const answers = {
  incomeSource: "IRREGULAR",
  debts: "MANAGEABLE",
  housing: "STABLE",
  familyAcceptance: "ACCEPTED",
  communityAcceptance: "PARTLY",
  health: "GOOD",
  feelsSafe: "YES",
  wishToMigrate: "SOME",
};

/** A deportation met by one organisation, brought to reintegration. */
async function homeCase() {
  const org = await createOrganisation("home");
  const member = async (role: "COORDINATOR" | "ANALYST" | "CASE_WORKER") =>
    scopeOf(await createUser({ organisationId: org.id, role }), role, org.id);
  const coordinator = await member("COORDINATOR");
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
  const { id } = await createRepatriation(coordinator, { victimId, kind: "DEPORTATION", fromCountry: "RU" });
  await transitionRepatriation(coordinator, id, { to: "HANDED_OVER", arrivedOn: today, receivedBy: "Duty caseworker" });
  return { org, coordinator, member, victimId, id };
}

describe("reintegration after a return", () => {
  it("keeps a plan, scores the 3-month follow-up from its answers and counts it in the figures", async () => {
    const { coordinator, member, id } = await homeCase();
    const grant = await addAssistance(
      coordinator,
      id,
      assistanceSchema.parse({ type: "MICRO_GRANT", amount: "1500", currency: "USD", provider: "IOM Tashkent" }),
    );
    // Only a grant or business support is money; an amount needs its currency.
    const medical = assistanceSchema.safeParse({ type: "MEDICAL", amount: "10", currency: "UZS" });
    expect(medical.error?.issues[0]).toMatchObject({ path: ["amount"], message: "errors.amountOnlyForMoney" });
    const noCurrency = assistanceSchema.safeParse({ type: "MICRO_GRANT", amount: "10" });
    expect(noCurrency.error?.issues[0]).toMatchObject({ path: ["currency"], message: "errors.currencyRequired" });
    await transitionRepatriation(coordinator, id, { to: "REINTEGRATION", supportAreas: ["LIVELIHOOD_AND_VOCATIONAL"] });
    await updateAssistance(coordinator, grant.id, {
      ...assistanceSchema.parse({ type: "MICRO_GRANT", amount: "1500", currency: "USD", status: "COMPLETED" }),
      version: 1,
    });
    await expect(
      updateAssistance(coordinator, grant.id, {
        ...assistanceSchema.parse({ type: "MICRO_GRANT", amount: "1500", currency: "USD", status: "CANCELLED" }),
        version: 1,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const tasks = await db.repatriationTask.findMany({
      where: { repatriationId: id, kind: "FOLLOW_UP" },
      select: { id: true, templateKey: true },
    });
    expect(tasks.map((t) => t.templateKey).sort()).toEqual(["followUp1", "followUp12", "followUp3", "followUp6"]);
    const threeMonths = tasks.find((t) => t.templateKey === "followUp3")!;
    const result = await recordFollowUp(
      coordinator,
      id,
      threeMonths.id,
      followUpSchema.parse({ conductedOn: today, ...answers, note: "Works at a relative's bakery" }),
    );
    // economic (0.5 + 0.5 + 1) / 3, social (1 + 0.5) / 2, psychosocial (1 + 1 + 0.5) / 3.
    expect(result).toMatchObject({ month: 3, economic: 0.667, social: 0.75, psychosocial: 0.833 });
    expect(result.overall).toBeCloseTo(0.667 * 0.35 + 0.75 * 0.3 + 0.833 * 0.35, 2);
    // The task is done; a second survey on it finds no open task.
    expect((await db.repatriationTask.findUniqueOrThrow({ where: { id: threeMonths.id } })).doneOn).not.toBeNull();
    await expect(
      recordFollowUp(coordinator, id, threeMonths.id, followUpSchema.parse({ conductedOn: today, ...answers })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The answers are sealed at rest; the page reads them back for those who see the person.
    const stored = await db.reintegrationFollowUp.findFirstOrThrow({ where: { repatriationId: id } });
    expect(stored.answersEncrypted).not.toContain("IRREGULAR");
    const read = (await getReintegration(coordinator, id, true))!;
    expect(read.followUps[0]).toMatchObject({ month: 3, answers, scores: { social: 0.75 } });
    expect(read.assistance[0]).toMatchObject({ type: "MICRO_GRANT", amount: "1500.00", currency: "USD" });
    expect((await getReintegration(coordinator, id, false))!.followUps[0]!.answers).toBeNull();

    // The organisation's analyst sees the figures, and no case.
    const analyst = await member("ANALYST");
    const figures = (await getReintegrationFigures(analyst))!;
    expect(figures.byKind).toEqual([{ kind: "DEPORTATION", points: [{ month: 3, mean: result.overall, n: 1 }] }]);
    expect(figures.byPair).toEqual([
      { sendingCountry: "RU", receivingCountry: "UZ", points: [{ month: 3, mean: result.overall, n: 1 }] },
    ]);
    expect(figures.byAssistance).toEqual([{ type: "MICRO_GRANT", points: [{ month: 3, mean: result.overall, n: 1 }] }]);
    expect(JSON.stringify(figures)).not.toContain(id);
    expect(await getReintegration(analyst, id, true)).toBeNull();
    // A case worker without the person's case cannot keep it.
    const worker = await member("CASE_WORKER");
    await expect(addAssistance(worker, id, assistanceSchema.parse({ type: "LEGAL" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Two surveys of one follow-up sent at once: one is recorded, the other refused.
    const sixMonths = tasks.find((t) => t.templateKey === "followUp6")!;
    const both = await Promise.allSettled(
      [0, 1].map(() =>
        recordFollowUp(coordinator, id, sixMonths.id, followUpSchema.parse({ conductedOn: today, ...answers })),
      ),
    );
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.reintegrationFollowUp.count({ where: { taskId: sixMonths.id } })).toBe(1);
  });

  it("records what became of the person, links a new situation of the own only, and tells another organisation nothing", async () => {
    const { coordinator, id, victimId } = await homeCase();
    const version = (await db.repatriation.findUniqueOrThrow({ where: { id } })).version;
    const situation = await createSituation(
      coordinator,
      createSituationSchema.parse({ countryCode: "RU", exploitationTypes: ["FORCED_LABOUR"] }),
    );
    // A situation the person is not in is refused; the new one they are in is linked.
    await expect(
      setReintegrationFlags(coordinator, id, { retraffickedSituationId: situation.id, version }),
    ).rejects.toMatchObject({ fields: { retraffickedSituationId: "errors.invalidChoice" } });
    await linkPersonToSituation(coordinator, situation.id, victimId);
    const stranger = scopeOf(
      await createUser({ organisationId: (await createOrganisation("stranger")).id, role: "COORDINATOR" }),
      "COORDINATOR",
      null,
    );
    await setReintegrationFlags(coordinator, id, {
      remigratedOn: new Date(today),
      retraffickedOn: new Date(today),
      retraffickedSituationId: situation.id,
      version,
    });
    expect((await getReintegration(coordinator, id, true))!.flags).toMatchObject({
      retraffickedSituationId: situation.id,
    });
    await expect(
      setReintegrationFlags(coordinator, id, { lostContactOn: new Date(today), version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await homeCase();
    const theirs = await createSituation(
      other.coordinator,
      createSituationSchema.parse({ countryCode: "RU", exploitationTypes: ["FORCED_LABOUR"] }),
    );
    await expect(
      setReintegrationFlags(coordinator, id, { retraffickedSituationId: theirs.id, version: version + 1 }),
    ).rejects.toMatchObject({ fields: { retraffickedSituationId: "errors.invalidChoice" } });
    await expect(setReintegrationFlags(other.coordinator, id, { version: version + 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await getReintegration(other.coordinator, id, true)).toBeNull();
    expect(await getReintegration(stranger, id, true)).toBeNull();
  });

  it("changes an item only through its own case: the API's URL naming another case finds nothing", async () => {
    const { coordinator, id } = await homeCase();
    const { id: victimId } = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Алишер",
        familyName: "Самаркандов",
        sex: "MALE",
        estimatedAge: 40,
        citizenships: ["UZ"],
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      }),
    );
    const { id: otherId } = await createRepatriation(coordinator, { victimId, kind: "DEPORTATION", fromCountry: "KZ" });
    await transitionRepatriation(coordinator, otherId, {
      to: "HANDED_OVER",
      arrivedOn: today,
      receivedBy: "Duty caseworker",
    });
    const item = await addAssistance(coordinator, id, assistanceSchema.parse({ type: "HOUSING" }));
    const change = updateAssistanceSchema.parse({ type: "HOUSING", status: "IN_PROGRESS", version: 1 });
    await expect(updateAssistance(coordinator, item.id, change, otherId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getReintegration(coordinator, id, false))!.assistance[0]).toMatchObject({
      status: "PLANNED",
      version: 1,
    });
    await updateAssistance(coordinator, item.id, change, id);
    expect((await getReintegration(coordinator, id, false))!.assistance[0]).toMatchObject({
      status: "IN_PROGRESS",
      version: 2,
    });
  });

  it("leaves the plan to the home side: the sending organisation of a network case is refused", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    await expect(addAssistance(receiver, id, assistanceSchema.parse({ type: "HOUSING" }))).rejects.toMatchObject({
      messageKey: "errors.reintegrationNotNow",
    });
    await expect(addAssistance(sender, id, assistanceSchema.parse({ type: "HOUSING" }))).rejects.toMatchObject({
      messageKey: "errors.reintegrationHomeSide",
    });
    // The database keeps it so too: the sending organisation, which sees the case, cannot write a plan item.
    await expect(
      dbFor(sender).reintegrationAssistance.create({
        data: { repatriationId: id, type: "HOUSING", recordedById: sender.userId },
      }),
    ).rejects.toThrow();
    expect(
      await dbFor(receiver).reintegrationAssistance.create({
        data: { repatriationId: id, type: "HOUSING", recordedById: receiver.userId },
        select: { id: true },
      }),
    ).toHaveProperty("id");
  });
});
