import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { dbFor } from "@/lib/db";
import { answerContactRequestSchema, contactRequestSchema, createPerpetratorSchema } from "./schema";
import { createPerpetrator } from "./mutations";
import {
  answerContactRequest,
  countWaitingContactRequests,
  listReceivedContactRequests,
  listSentContactRequests,
  sendContactRequest,
} from "./contact-requests";

type Role = "COORDINATOR" | "CASE_WORKER";

async function member(organisationId: string, role: Role = "COORDINATOR") {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

const recruiter = (name: string, phone?: string) =>
  createPerpetratorSchema.parse({
    name,
    roles: ["RECRUITER"],
    source: "VICTIM",
    identifiers: phone ? [{ kind: "PHONE", value: phone }] : [],
  });

const ask = contactRequestSchema.parse({ message: "He took twelve men from Kasbi in June; can we compare notes?" });

describe("contact requests between organisations that recorded the same perpetrator", () => {
  it("reaches only the organisations with a match, tells the asker only how many, and shows an answer only once given", async () => {
    const [tashkent, moscow, bishkek, almaty] = await Promise.all([1, 2, 3, 4].map(() => createOrganisation()));
    const asker = await member(tashkent!.id);
    const moscowCoordinator = await member(moscow!.id);
    const bishkekCoordinator = await member(bishkek!.id);
    const almatyCoordinator = await member(almaty!.id);
    const phone = `+99890${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    const mine = await createPerpetrator(asker, recruiter(`Rustam Kholmatov ${phone}`, phone));
    // Moscow knows him by the phone, Bishkek by the name in Cyrillic; Almaty has someone else.
    const moscowRecord = await createPerpetrator(moscowCoordinator, recruiter("Рустам", phone));
    const bishkekRecord = await createPerpetrator(bishkekCoordinator, recruiter(`Холматов Рустам ${phone}`));
    await createPerpetrator(almatyCoordinator, recruiter("Someone Else", "+77011234567"));

    expect(await sendContactRequest(asker, mine.id, ask)).toEqual({ asked: 2 });
    // The asker sees the request but nobody who was asked, until someone answers.
    expect((await listSentContactRequests(asker, mine.id)).map((r) => r.answers)).toEqual([[]]);
    expect(await dbFor(asker).perpetratorContactRecipient.count()).toBe(0);
    // Each asked organisation sees it with its own matching record; Almaty sees nothing.
    const atMoscow = await listReceivedContactRequests(moscowCoordinator);
    expect(atMoscow.map((r) => [r.from, r.matchedPerpetratorId, r.status])).toEqual([
      [tashkent!.name, moscowRecord.id, "PENDING"],
    ]);
    expect(atMoscow[0]?.message).toBe(ask.message);
    expect((await listReceivedContactRequests(bishkekCoordinator)).map((r) => r.matchedPerpetratorId)).toEqual([
      bishkekRecord.id,
    ]);
    expect(await listReceivedContactRequests(almatyCoordinator)).toEqual([]);
    expect(await countWaitingContactRequests(moscowCoordinator)).toBe(1);
    // The message is stored encrypted.
    const stored = await db.perpetratorContactRequest.findFirstOrThrow({ where: { perpetratorId: mine.id } });
    expect(asJson(stored)).not.toContain("Kasbi");

    // Bishkek declines (the asker never sees it); Moscow answers (and is named to the asker).
    const bishkekRow = (await listReceivedContactRequests(bishkekCoordinator))[0]!;
    await answerContactRequest(bishkekCoordinator, bishkekRow.id, answerContactRequestSchema.parse({ decline: true }));
    const moscowRow = atMoscow[0]!;
    // Another organisation cannot answer for Moscow.
    await expect(
      answerContactRequest(
        almatyCoordinator,
        moscowRow.id,
        answerContactRequestSchema.parse({ answer: "We know nothing, but here we are." }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await answerContactRequest(
      moscowCoordinator,
      moscowRow.id,
      answerContactRequestSchema.parse({ answer: "Call our coordinator on +7 495 000 00 00; we have two cases." }),
    );
    await expect(
      answerContactRequest(moscowCoordinator, moscowRow.id, answerContactRequestSchema.parse({ decline: true })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const sent = await listSentContactRequests(asker, mine.id);
    expect(sent[0]?.answers.map((a) => [a.organisation, a.answer])).toEqual([
      [moscow!.name, "Call our coordinator on +7 495 000 00 00; we have two cases."],
    ]);
    expect(asJson(sent)).not.toContain(bishkek!.name);
    expect(await countWaitingContactRequests(moscowCoordinator)).toBe(0);
    const trail = await db.auditEvent.findMany({
      where: {
        action: { startsWith: "perpetrator.contact" },
        organisationId: { in: [tashkent!.id, moscow!.id, bishkek!.id] },
      },
      select: { action: true },
    });
    expect(trail.map((e) => e.action).sort()).toEqual([
      "perpetrator.contact_answered",
      "perpetrator.contact_declined",
      "perpetrator.contact_request",
      "perpetrator.contact_requests_read",
      "perpetrator.contact_requests_read",
      "perpetrator.contact_requests_read",
    ]);
  });

  it("keeps nothing when nobody else recorded a match, and refuses other roles and other organisations' records", async () => {
    const org = await createOrganisation();
    const other = await createOrganisation();
    const coordinator = await member(org.id);
    const worker = await member(org.id, "CASE_WORKER");
    const outsider = await member(other.id);
    const lonely = await createPerpetrator(coordinator, recruiter(`Nobody Else ${crypto.randomUUID()}`));
    expect(await sendContactRequest(coordinator, lonely.id, ask)).toEqual({ asked: 0 });
    expect(await db.perpetratorContactRequest.count({ where: { perpetratorId: lonely.id } })).toBe(0);
    await expect(sendContactRequest(worker, lonely.id, ask)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendContactRequest(outsider, lonely.id, ask)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The database function does nothing for a request that is not the caller's organisation's.
    const forged = await dbFor(outsider).$queryRaw<{ sent: number }[]>`
      SELECT perpetrator_contact_request_send(${crypto.randomUUID()}::uuid) AS sent`;
    expect(forged[0]?.sent).toBe(0);
    // Ten requests a day per user (this one sent one above): the eleventh is refused.
    for (let i = 0; i < 9; i++) await sendContactRequest(coordinator, lonely.id, ask);
    await expect(sendContactRequest(coordinator, lonely.id, ask)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      messageKey: "errors.contactRequestLimit",
    });
  });
});
