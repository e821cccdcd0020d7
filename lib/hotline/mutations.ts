import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, encryptField, fieldContext, lookupHash } from "@/lib/crypto";
import { roleHas } from "@/lib/roles/permissions";
import { hotlineCallWhere, mayLogCalls } from "./policy";
import { normalisePhone } from "./phone";
import { isListedRegion } from "@/lib/i18n/regions";
import { summaryTokens } from "./search";
import { readHotlineCall } from "./data";
import {
  confirmTimeMessage,
  isUnusualCallTime,
  type ApiCreateHotlineCallInput,
  type CreateHotlineCallInput,
  type UpdateHotlineCallInput,
  type VoidHotlineCallInput,
} from "./schema";

function assertMayLog(scope: Scope): asserts scope is Scope & { organisationId: string } {
  if (!mayLogCalls(scope)) throw new AppError("NOT_FOUND");
}

/** Column values of a call from validated input: number normalised, hashed and encrypted. */
/** `id`: the call's row, which its encrypted fields are bound to. */
function callColumns(input: CreateHotlineCallInput, defaultCountry: string, id: string) {
  const phone = input.callerPhone
    ? normalisePhone(input.callerPhone, input.phoneDefaultCountry ?? defaultCountry)
    : null;
  if (input.callerPhone && !phone)
    throw new AppError("INVALID", "errors.INVALID", { callerPhone: "errors.invalidPhone" });
  const isData = input.callType === "DATA";
  // The schema checks the region's country; whether the list holds it is checked here, where the
  // lists are (they stay out of the form's JavaScript).
  if (isData && input.callerRegion && !isListedRegion(input.callerRegion, [input.callerCountry]))
    throw new AppError("INVALID", "errors.INVALID", { callerRegion: "errors.invalidRegion" });
  return {
    receivedAt: input.receivedAt,
    durationSeconds: input.durationSeconds ?? null,
    channel: input.channel,
    language: input.language ?? null,
    callType: input.callType,
    // A non-data call (silent, hang-up…) keeps only its type and time, whatever else was typed.
    callerRelationship: isData ? (input.callerRelationship ?? null) : null,
    callerCountry: isData ? (input.callerCountry ?? null) : null,
    callerRegion: isData ? (input.callerRegion ?? null) : null,
    callerPlace: isData ? (input.callerPlace ?? null) : null,
    callerPhoneEncrypted: phone
      ? encryptField(phone, fieldContext("hotline_calls", "caller_phone_encrypted", id))
      : null,
    callerPhoneHash: phone ? lookupHash(phone) : null,
    callbackConsent: isData ? input.callbackConsent : false,
    personSex: isData ? (input.personSex ?? null) : null,
    personAgeGroup: isData ? (input.personAgeGroup ?? null) : null,
    personCitizenship: isData ? (input.personCitizenship ?? null) : null,
    personCountryNow: isData ? (input.personCountryNow ?? null) : null,
    topics: isData ? input.topics : [],
    urgency: isData ? (input.urgency ?? null) : null,
    summaryEncrypted: input.summary
      ? encryptField(input.summary, fieldContext("hotline_calls", "summary_encrypted", id))
      : null,
    summaryTokens: summaryTokens(input.summary),
    actions: isData ? input.actions : [],
    callbackDueAt: isData ? (input.callbackDueAt ?? null) : null,
  };
}

/** A follow-up must answer a call of the same organisation, which then counts as called back. */
async function linkFollowUp(tx: Tx, scope: Scope & { organisationId: string }, followUpOfId: string | undefined) {
  if (!followUpOfId) return null;
  const original = await tx.hotlineCall.findFirst({
    where: {
      AND: [{ id: followUpOfId, organisationId: scope.organisationId, voidedAt: null }, hotlineCallWhere(scope)],
    },
    select: { id: true },
  });
  if (!original) throw new AppError("INVALID", "errors.INVALID", { followUpOfId: "errors.unknownCall" });
  await tx.hotlineCall.update({
    where: { id: original.id },
    data: { callbackCompletedAt: new Date(), version: { increment: 1 } },
  });
  await appendAudit(tx, scope, {
    action: "hotline_call.callback_done",
    recordType: "HOTLINE_CALL",
    recordId: original.id,
  });
  return original.id;
}

const CHILD_AGE_GROUPS: readonly string[] = ["AGE_0_11", "AGE_12_17"];

type ReportRow = {
  authorityReportBasis: string | null;
  authorityReportReasonEncrypted: string | null;
  authorityReportDecidedById: string | null;
};

/**
 * "Referred to the police" rests on the person's consent, or on a coordinator's decision for a
 * child at risk or in imminent danger, with a reason (encrypted, the decider kept). An edit that
 * leaves basis and reason as they were keeps the decision, whoever edits.
 */
function reportColumns(input: CreateHotlineCallInput, scope: Scope, id: string, current?: ReportRow) {
  const police = input.callType === "DATA" && input.actions.includes("REFERRED_TO_POLICE");
  const basis = police ? (input.reportBasis ?? null) : null;
  if (!basis || basis === "CONSENT")
    return { authorityReportBasis: basis, authorityReportReasonEncrypted: null, authorityReportDecidedById: null };
  const reason = input.reportReason ?? "";
  const context = fieldContext("hotline_calls", "authority_report_reason_encrypted", id);
  if (
    current?.authorityReportBasis === basis &&
    current.authorityReportReasonEncrypted &&
    decryptField(current.authorityReportReasonEncrypted, context) === reason
  )
    return {
      authorityReportBasis: basis,
      authorityReportReasonEncrypted: current.authorityReportReasonEncrypted,
      authorityReportDecidedById: current.authorityReportDecidedById,
    };
  if (!roleHas(scope.role, "cases.authorityReport.override"))
    throw new AppError("INVALID", "errors.INVALID", { reportBasis: "errors.overrideCoordinatorOnly" });
  if (basis === "CHILD_AT_RISK" && !CHILD_AGE_GROUPS.includes(input.personAgeGroup ?? ""))
    throw new AppError("INVALID", "errors.INVALID", { reportBasis: "errors.overrideNotAChild" });
  if (reason.length < 10)
    throw new AppError("INVALID", "errors.INVALID", { reportReason: "errors.overrideReasonRequired" });
  return {
    authorityReportBasis: basis,
    authorityReportReasonEncrypted: encryptField(reason, context),
    authorityReportDecidedById: scope.userId,
  };
}

export async function createHotlineCall(
  scope: Scope,
  input: CreateHotlineCallInput | ApiCreateHotlineCallInput,
  options: { source: "intake" | "api"; defaultCountry: string },
) {
  assertMayLog(scope);
  return dbFor(scope).$transaction((tx) => insertHotlineCall(tx, scope, input, options));
}

/**
 * A new call from the API, answered with the call as a read shows it (audited as one), read in
 * the transaction that wrote it.
 */
export async function createHotlineCallAndRead(
  scope: Scope,
  input: ApiCreateHotlineCallInput,
  options: { source: "api"; defaultCountry: string },
) {
  assertMayLog(scope);
  return dbFor(scope).$transaction(async (tx) => {
    const { id } = await insertHotlineCall(tx, scope, input, options);
    return readHotlineCall(tx, scope, id);
  });
}

async function insertHotlineCall(
  tx: Tx,
  scope: Scope & { organisationId: string },
  input: CreateHotlineCallInput | ApiCreateHotlineCallInput,
  options: { source: "intake" | "api"; defaultCountry: string },
) {
  const followUpOfId = await linkFollowUp(tx, scope, input.followUpOfId);
  const id = crypto.randomUUID();
  const call = await tx.hotlineCall.create({
    data: {
      id,
      ...callColumns(input, options.defaultCountry, id),
      ...reportColumns(input, scope, id),
      status: "status" in input ? input.status : "COMPLETE",
      organisationId: scope.organisationId,
      operatorId: scope.userId,
      followUpOfId,
    },
    select: { id: true },
  });
  await appendAudit(tx, scope, {
    action: "hotline_call.create",
    recordType: "HOTLINE_CALL",
    recordId: call.id,
    details: { source: options.source, callType: input.callType },
  });
  // The intake's draft has become this call.
  if (options.source === "intake") await tx.hotlineCallDraft.deleteMany({ where: { userId: scope.userId } });
  return call;
}

const AUDITED_FIELDS = [
  "receivedAt",
  "durationSeconds",
  "channel",
  "language",
  "callType",
  "callerRelationship",
  "callerCountry",
  "callerRegion",
  "callerPlace",
  "callerPhoneHash",
  "callbackConsent",
  "personSex",
  "personAgeGroup",
  "personCitizenship",
  "personCountryNow",
  "topics",
  "urgency",
  "summaryTokens",
  "actions",
  "authorityReportBasis",
  "callbackDueAt",
] as const;

/**
 * Edits or completes a call. The audit event lists the changed fields and keeps the previous
 * values encrypted, so a correction never erases what was first recorded.
 */
export async function updateHotlineCall(
  scope: Scope,
  id: string,
  input: UpdateHotlineCallInput,
  defaultCountry: string,
) {
  const db = dbFor(scope);
  assertMayLog(scope);
  return db.$transaction(async (tx) => {
    const current = await tx.hotlineCall.findFirst({
      where: { AND: [{ id, organisationId: scope.organisationId }, hotlineCallWhere(scope)] },
    });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.voidedAt) throw new AppError("UNPROCESSABLE", "errors.callVoided");
    const next = { ...callColumns(input, defaultCountry, id), ...reportColumns(input, scope, id, current) };
    const changed = AUDITED_FIELDS.filter((field) => JSON.stringify(current[field]) !== JSON.stringify(next[field]));
    // An old call keeps its old time without a word; moving it to more than a day ago, or ahead of now, is asked.
    if (changed.includes("receivedAt") && isUnusualCallTime(next.receivedAt) && !input.confirmUnusualTime) {
      throw new AppError("INVALID", "errors.INVALID", { confirmUnusualTime: confirmTimeMessage(next.receivedAt) });
    }
    const updated = await tx.hotlineCall.updateMany({
      where: { id, version: input.version },
      data: { ...next, status: "COMPLETE", version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
    const previous = Object.fromEntries(changed.map((field) => [field, current[field]]));
    await appendAudit(tx, scope, {
      action: "hotline_call.update",
      recordType: "HOTLINE_CALL",
      recordId: id,
      details: {
        changed: [...changed, ...(current.summaryEncrypted !== null && !input.summary ? ["summary"] : [])],
        previous: encryptField(
          JSON.stringify({
            ...previous,
            summaryEncrypted: current.summaryEncrypted,
            callerPhoneEncrypted: current.callerPhoneEncrypted,
          }),
          fieldContext("audit_events", "details.previous", id),
        ),
      },
    });
  });
}

/** Calls are never deleted: one recorded by mistake is voided with a reason, and drops out of lists and figures. */
export async function voidHotlineCall(scope: Scope, id: string, input: VoidHotlineCallInput) {
  const db = dbFor(scope);
  assertMayLog(scope);
  await db.$transaction(async (tx) => {
    const updated = await tx.hotlineCall.updateMany({
      where: { id, organisationId: scope.organisationId, voidedAt: null, version: input.version },
      data: { voidedAt: new Date(), voidReason: input.reason, voidedById: scope.userId, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const exists = await tx.hotlineCall.count({ where: { id, organisationId: scope.organisationId } });
      throw exists ? new AppError("CONFLICT", "errors.staleRecord") : new AppError("NOT_FOUND");
    }
    await appendAudit(tx, scope, { action: "hotline_call.void", recordType: "HOTLINE_CALL", recordId: id });
  });
}

/** Saves what the operator has typed so far (encrypted); one draft per operator. */
export async function saveHotlineCallDraft(scope: Scope, values: Record<string, unknown>) {
  const db = dbFor(scope);
  assertMayLog(scope);
  const payloadEncrypted = encryptField(
    JSON.stringify(values),
    fieldContext("hotline_call_drafts", "payload_encrypted", scope.userId),
  );
  const draft = await db.hotlineCallDraft.upsert({
    where: { userId: scope.userId },
    create: { userId: scope.userId, organisationId: scope.organisationId, payloadEncrypted },
    update: { organisationId: scope.organisationId, payloadEncrypted },
    select: { updatedAt: true },
  });
  return { savedAt: draft.updatedAt };
}

export async function discardHotlineCallDraft(scope: Scope) {
  const db = dbFor(scope);
  await db.hotlineCallDraft.deleteMany({ where: { userId: scope.userId } });
}

/** Every export is audited with its filters (codes and dates only; the search words are not kept). */
export async function recordHotlineExport(scope: Scope, query: Record<string, unknown>) {
  const db = dbFor(scope);
  const { q, cursor: _cursor, ...filters } = query;
  await db.$transaction((tx) =>
    appendAudit(tx, scope, {
      action: "hotline_call.export",
      recordType: "HOTLINE_CALL",
      details: { ...filters, searched: Boolean(q) } as never,
    }),
  );
}
