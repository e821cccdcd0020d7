// Contact requests: "seen before" across the network says only how many other organisations
// recorded a match. A coordinator may ask them to get in touch; the database finds them and the
// asker never learns which were asked. Each asked organisation's coordinators see the request with
// their own matching record and choose to answer (which names them to the asker) or to decline
// (which the asker never sees). Every step is audited; sending is limited per user.
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, encryptField, fieldContext } from "@/lib/crypto";
import { consumePerUser, type PerUserLimit } from "@/lib/rate-limit";
import { mayContactOrganisations, perpetratorWhere } from "./policy";
import type { AnswerContactRequestInput, ContactRequestInput } from "./schema";

/** Each request reaches other organisations' coordinators: a handful a day is plenty. */
export const CONTACT_REQUEST_LIMIT: PerUserLimit = {
  prefix: "perpcontact_user",
  points: 10,
  duration: 24 * 60 * 60,
  messageKey: "errors.contactRequestLimit",
};

type OrgScope = Scope & { organisationId: string };

function assertContacts(scope: Scope): asserts scope is OrgScope {
  if (!mayContactOrganisations(scope)) throw new AppError("NOT_FOUND");
}

const open = (table: string, column: string, id: string, value: string) =>
  decryptField(value, fieldContext(table, column, id));

/** Asks the organisations that recorded a match of one of the actor's records; how many were asked. */
export async function sendContactRequest(scope: Scope, perpetratorId: string, input: ContactRequestInput) {
  assertContacts(scope);
  const where = await perpetratorWhere(scope);
  await consumePerUser(CONTACT_REQUEST_LIMIT, scope.userId);
  return dbFor(scope).$transaction(async (tx) => {
    const own = await tx.perpetrator.findFirst({
      where: { AND: [{ id: perpetratorId }, where] },
      select: { nameHash: true, identifiers: { select: { valueHash: true } } },
    });
    if (!own) throw new AppError("NOT_FOUND");
    // Nobody else recorded a match: nothing to send, nothing kept but the audit event.
    const [counted] = await tx.$queryRaw<{ matches: number }[]>`
      SELECT perpetrator_network_matches(${own.identifiers.map((i) => i.valueHash)}::text[], ${own.nameHash}) AS matches`;
    if (!counted?.matches) {
      await appendAudit(tx, scope, { action: "perpetrator.contact_request", details: { perpetratorId, asked: 0 } });
      return { asked: 0 };
    }
    const id = crypto.randomUUID();
    await tx.perpetratorContactRequest.create({
      data: {
        id,
        organisationId: scope.organisationId,
        perpetratorId,
        askedById: scope.userId,
        messageEncrypted: encryptField(
          input.message,
          fieldContext("perpetrator_contact_requests", "message_encrypted", id),
        ),
      },
    });
    const [sent] = await tx.$queryRaw<{ sent: number }[]>`
      SELECT perpetrator_contact_request_send(${id}::uuid) AS sent`;
    const asked = sent?.sent ?? 0;
    await appendAudit(tx, scope, {
      action: "perpetrator.contact_request",
      details: { perpetratorId, requestId: id, asked },
    });
    return { asked };
  });
}

/** Requests the actor's organisation sent about a record, with the answers given (and only those). */
export async function listSentContactRequests(scope: Scope, perpetratorId: string) {
  if (!mayContactOrganisations(scope)) return [];
  const rows = await dbFor(scope).perpetratorContactRequest.findMany({
    where: { perpetratorId, organisationId: scope.organisationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      messageEncrypted: true,
      askedBy: { select: { name: true } },
      // The policy shows the asker an asked organisation's row only once it has answered.
      recipients: {
        where: { status: "ANSWERED" },
        orderBy: { answeredAt: "asc" },
        select: {
          id: true,
          answerEncrypted: true,
          answeredAt: true,
          organisation: { select: { name: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    askedBy: r.askedBy.name,
    message: open("perpetrator_contact_requests", "message_encrypted", r.id, r.messageEncrypted),
    answers: r.recipients.map((a) => ({
      id: a.id,
      organisation: a.organisation.name,
      answeredAt: a.answeredAt,
      answer: a.answerEncrypted
        ? open("perpetrator_contact_recipients", "answer_encrypted", a.id, a.answerEncrypted)
        : "",
    })),
  }));
}

/** Requests that reached the actor's organisation, newest first; the reading is audited. */
export async function listReceivedContactRequests(scope: Scope) {
  if (!mayContactOrganisations(scope)) return [];
  const organisationId = scope.organisationId;
  return dbFor(scope).$transaction(async (tx) => {
    const rows = await tx.perpetratorContactRecipient.findMany({
      where: { organisationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: {
        id: true,
        status: true,
        createdAt: true,
        answeredAt: true,
        answerEncrypted: true,
        matchedPerpetratorId: true,
        request: {
          select: {
            id: true,
            messageEncrypted: true,
            organisation: { select: { name: true } },
            askedBy: { select: { name: true } },
          },
        },
      },
    });
    if (rows.length)
      await appendAudit(tx, scope, {
        action: "perpetrator.contact_requests_read",
        details: { recipients: rows.map((r) => r.id) },
      });
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt,
      answeredAt: r.answeredAt,
      from: r.request.organisation.name,
      askedBy: r.request.askedBy.name,
      message: open("perpetrator_contact_requests", "message_encrypted", r.request.id, r.request.messageEncrypted),
      answer: r.answerEncrypted
        ? open("perpetrator_contact_recipients", "answer_encrypted", r.id, r.answerEncrypted)
        : null,
      matchedPerpetratorId: r.matchedPerpetratorId,
    }));
  });
}

/** How many requests wait for the actor's organisation's answer (the perpetrators page says so). */
export async function countWaitingContactRequests(scope: Scope) {
  if (!mayContactOrganisations(scope)) return 0;
  return dbFor(scope).perpetratorContactRecipient.count({
    where: { organisationId: scope.organisationId, status: "PENDING" },
  });
}

/** Answers (naming the organisation to the asker) or declines (the asker never sees it), once. */
export async function answerContactRequest(scope: Scope, recipientId: string, input: AnswerContactRequestInput) {
  assertContacts(scope);
  return dbFor(scope).$transaction(async (tx) => {
    const row = await tx.perpetratorContactRecipient.findFirst({
      where: { id: recipientId, organisationId: scope.organisationId },
      select: { id: true, status: true, requestId: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    if (row.status !== "PENDING") throw new AppError("CONFLICT", "errors.contactRequestAnswered");
    await tx.perpetratorContactRecipient.update({
      where: { id: row.id },
      data: {
        status: input.decline ? "DECLINED" : "ANSWERED",
        answerEncrypted: input.decline
          ? null
          : encryptField(input.answer!, fieldContext("perpetrator_contact_recipients", "answer_encrypted", row.id)),
        answeredById: scope.userId,
        answeredAt: new Date(),
      },
    });
    await appendAudit(tx, scope, {
      action: input.decline ? "perpetrator.contact_declined" : "perpetrator.contact_answered",
      details: { recipientId: row.id, requestId: row.requestId },
    });
  });
}
