"use server";
// Server actions for case work: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { recordAuthorityReport } from "./authority-reports";
import {
  authorityReportSchema,
  caseNoteSchema,
  closeCaseSchema,
  recordConsentSchema,
  supportItemSchema,
  withdrawConsentSchema,
} from "./schema";
import {
  addCaseNote,
  addSupportItem,
  closeCase,
  recordConsent,
  reopenCase,
  updateSupportItem,
  withdrawConsent,
} from "./mutations";

const ids = z.object({ victimId: z.uuid(), itemId: z.uuid().optional() });

async function onRecord<S extends z.core.$ZodType, T>(
  target: unknown,
  schema: S,
  raw: unknown,
  work: (
    scope: Awaited<ReturnType<typeof requireActor>>["scope"],
    victimId: string,
    itemId: string | undefined,
    input: z.infer<S>,
  ) => Promise<T>,
): Promise<ActionResult<T>> {
  const actor = await requireActor("cases.write");
  const parsed = ids.safeParse(target);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(schema, raw, (input) =>
    work(actor.scope, parsed.data.victimId, parsed.data.itemId, input),
  );
  if (result.ok) revalidatePath(`/victims/${parsed.data.victimId}`);
  return result;
}

export async function addCaseNoteAction(target: unknown, raw: unknown) {
  return onRecord(target, caseNoteSchema, raw, (scope, victimId, _item, input) =>
    addCaseNote(scope, victimId, input).then(() => undefined),
  );
}

export async function recordConsentAction(target: unknown, raw: unknown) {
  return onRecord(target, recordConsentSchema, raw, (scope, victimId, _item, input) =>
    recordConsent(scope, victimId, input).then(() => undefined),
  );
}

export async function withdrawConsentAction(target: unknown, raw: unknown) {
  return onRecord(target, withdrawConsentSchema, raw, (scope, victimId, consentId, input) =>
    withdrawConsent(scope, victimId, consentId ?? "", input),
  );
}

export async function addSupportItemAction(target: unknown, raw: unknown) {
  return onRecord(target, supportItemSchema, raw, (scope, victimId, _item, input) =>
    addSupportItem(scope, victimId, input).then(() => undefined),
  );
}

export async function updateSupportItemAction(target: unknown, raw: unknown) {
  return onRecord(target, supportItemSchema, raw, (scope, victimId, itemId, input) =>
    updateSupportItem(scope, victimId, itemId ?? "", input),
  );
}

export async function closeCaseAction(target: unknown, raw: unknown) {
  return onRecord(target, closeCaseSchema, raw, (scope, victimId, _item, input) => closeCase(scope, victimId, input));
}

export async function reopenCaseAction(target: unknown) {
  return onRecord(target, z.undefined(), undefined, (scope, victimId) => reopenCase(scope, victimId));
}

/** The police or another authority was told: on the person's consent, or a coordinator's decision. */
export async function recordAuthorityReportAction(target: unknown, raw: unknown) {
  return onRecord(target, authorityReportSchema, raw, (scope, victimId, _item, input) =>
    recordAuthorityReport(scope, victimId, input).then(() => undefined),
  );
}
