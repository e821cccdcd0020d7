import { describe, expect, it } from "vitest";
import { ORG_ROLES } from "@/lib/roles/roles";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { consentAll, setup } from "@/tests/support/repatriations";
import { getVictimRecord } from "@/lib/victims/data";
import { recordConsent } from "@/lib/casework/mutations";
import { transitionRepatriation } from "./mutations";
import { getRepatriation } from "./data";
import { ownerUrl } from "@/tests/support/prisma";

describe("repatriations on real PostgreSQL", () => {
  it("cannot be requested without the person's consents", async () => {
    const { sender, tashkent, victimId, id } = await setup();
    await expect(transitionRepatriation(sender, id, { to: "REQUESTED" })).rejects.toMatchObject({
      messageKey: "errors.requestConsentsMissing",
    });
    await recordConsent(sender, victimId, {
      sheetLanguage: "ru",
      kind: "RETURN",
      givenOn: new Date("2026-04-02"),
      method: "WRITTEN",
    });
    await expect(transitionRepatriation(sender, id, { to: "REQUESTED" })).rejects.toMatchObject({
      messageKey: "errors.noSharingConsent",
    });
    await recordConsent(sender, victimId, {
      sheetLanguage: "ru",
      kind: "SHARING",
      granteeOrganisationId: tashkent.id,
      givenOn: new Date("2026-04-02"),
      method: "WRITTEN",
    });
    await expect(transitionRepatriation(sender, id, { to: "REQUESTED" })).resolves.toEqual({ status: "REQUESTED" });
  });

  it("gives the receiving side access on request and takes it away on decline", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    expect(await getRepatriation(receiver, id)).toBeNull(); // a draft is the sender's alone
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    expect((await getRepatriation(receiver, id))?.nextMoves).toEqual(["ACCEPTED", "DECLINED", "CANCELLED"]);
    expect((await getVictimRecord(receiver, victimId))?.record).toMatchObject({
      givenName: "Дилфуза",
      narrative: null,
    });
    await expect(transitionRepatriation(receiver, id, { to: "DECLINED" })).rejects.toMatchObject({
      messageKey: "errors.reasonRequired",
    });
    await transitionRepatriation(receiver, id, { to: "DECLINED", reason: "family not safe to return to" });
    expect(await getVictimRecord(receiver, victimId)).toBeNull();
    expect((await getRepatriation(receiver, id))?.status).toBe("DECLINED");
  });

  it("gives every role of a third organisation 404 on the case and the person", async () => {
    const { sender, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    const bishkek = await createOrganisation("third");
    for (const role of ORG_ROLES) {
      const scope = scopeOf(await createUser({ organisationId: bishkek.id, role }), role, bishkek.id);
      expect(await getRepatriation(scope, id), role).toBeNull();
      expect(await getVictimRecord(scope, victimId), role).toBeNull();
      await expect(transitionRepatriation(scope, id, { to: "CANCELLED", reason: "x" }), role).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("leaves one winner when two people answer at once, and tells the other why", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    const colleague = scopeOf(
      await createUser({ organisationId: tashkent.id, role: "COORDINATOR" }),
      "COORDINATOR",
      tashkent.id,
    );
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    const results = await Promise.allSettled([
      transitionRepatriation(receiver, id, { to: "ACCEPTED" }),
      transitionRepatriation(colleague, id, { to: "DECLINED", reason: "no capacity this month" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(["errors.repatriationEnded", "errors.repatriationNotNext"]).toContain(lost[0]!.reason.messageKey);
    const events = (await getRepatriation(sender, id))!.events.map((e) => e.toStatus);
    expect(events.filter((s) => s === "ACCEPTED" || s === "DECLINED")).toHaveLength(1);
  });

  it("blocks travel after a NOT_SAFE assessment until a coordinator records a decision", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    for (const step of [
      [sender, { to: "REQUESTED" }],
      [receiver, { to: "ACCEPTED" }],
      [receiver, { to: "RISK_ASSESSMENT" }],
    ] as const)
      await transitionRepatriation(step[0], id, step[1]);
    await expect(
      transitionRepatriation(receiver, id, {
        to: "TRAVEL_DOCUMENTS",
        riskOutcome: "NOT_SAFE",
        riskNotes: "uncle was the recruiter",
      }),
    ).rejects.toMatchObject({
      messageKey: "errors.notSafeBlocksTravel",
    });
    await transitionRepatriation(receiver, id, {
      to: "TRAVEL_DOCUMENTS",
      riskOutcome: "NOT_SAFE",
      riskOverride: "She will live with her aunt in another region; police informed.",
    });
    expect((await getRepatriation(sender, id))?.status).toBe("TRAVEL_DOCUMENTS");
  });
});

describe("messages and checklist", () => {
  it("lets both sides write encrypted messages and work tasks, and shows overdue ones", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    const { postMessage, addTask, completeTask } = await import("./mutations");
    const { listMessages, listTasks } = await import("./data");
    await postMessage(sender, id, { text: "Her passport is held by the employer in Almaty" });
    await postMessage(receiver, id, { text: "We can meet her at Tashkent airport" });
    expect((await listMessages(receiver, id))!.map((m) => m.text)).toEqual([
      "Her passport is held by the employer in Almaty",
      "We can meet her at Tashkent airport",
    ]);
    const task = await addTask(receiver, id, {
      title: "Visit the family",
      assigneeSide: "RECEIVING",
      dueOn: new Date("2026-01-01"),
    });
    const tasks = (await listTasks(sender, id))!;
    expect(tasks.find((t) => t.id === task.id)).toMatchObject({ overdue: true, assigneeSide: "RECEIVING" });
    expect(tasks.find((t) => t.templateKey === "reviewRequest")).toMatchObject({
      assigneeSide: "RECEIVING",
      overdue: false,
      kind: "CHECKLIST",
    });
    await expect(completeTask(sender, id, task.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await completeTask(receiver, id, task.id);
    expect((await listTasks(sender, id))!.find((t) => t.id === task.id)).toMatchObject({ overdue: false });
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    const raw = JSON.stringify(
      (await client.query("SELECT * FROM repatriation_messages WHERE repatriation_id = $1", [id])).rows,
    );
    await client.end();
    expect(raw).not.toContain("passport");
    const stranger = await createOrganisation("stranger");
    const outsider = scopeOf(
      await createUser({ organisationId: stranger.id, role: "COORDINATOR" }),
      "COORDINATOR",
      stranger.id,
    );
    expect(await listMessages(outsider, id)).toBeNull();
    await expect(postMessage(outsider, id, { text: "hello" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
