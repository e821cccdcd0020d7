"use server";
// Server actions for perpetrator records: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { matchPerpetrators } from "./data";
import { createPerpetrator, linkPerpetratorToCall, linkPerpetratorToPerson } from "./mutations";
import { answerContactRequest, sendContactRequest } from "./contact-requests";
import { endPerpetratorShare, sharePerpetrator } from "./sharing";
import {
  answerContactRequestSchema,
  contactRequestSchema,
  createPerpetratorSchema,
  linkPerpetratorToCallSchema,
  linkPerpetratorToPersonSchema,
  perpetratorMatchSchema,
  sharePerpetratorSchema,
} from "./schema";
import { z } from "zod";

/** Records a perpetrator (from a situation's page, linked to it). */
export async function createPerpetratorAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("perpetrators.write");
  const result = await runAction(createPerpetratorSchema, raw, (input) => createPerpetrator(actor.scope, input));
  if (result.ok) revalidatePath("/situations", "layout");
  return result;
}

/** "Seen before?" while a name or an identifier is typed: own matches, and a count elsewhere. */
export async function matchPerpetratorsAction(raw: unknown) {
  const actor = await requireActor("perpetrators.write");
  return runAction(perpetratorMatchSchema, raw, (input) => matchPerpetrators(actor.scope, input));
}

/** On a person's page: a perpetrator record's part in what happened to them. */
export async function linkPerpetratorToPersonAction(victimId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("perpetrators.write");
  const id = z.uuid().safeParse(victimId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(linkPerpetratorToPersonSchema, raw, (input) =>
    linkPerpetratorToPerson(actor.scope, id.data, input),
  );
  if (result.ok) revalidatePath(`/victims/${id.data}`);
  return result;
}

/** From a record's page: ask the organisations that recorded a match to get in touch. */
export async function sendContactRequestAction(
  perpetratorId: unknown,
  raw: unknown,
): Promise<ActionResult<{ asked: number }>> {
  const actor = await requireActor("perpetrators.contact");
  const id = z.uuid().safeParse(perpetratorId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(contactRequestSchema, raw, (input) => sendContactRequest(actor.scope, id.data, input));
  if (result.ok) revalidatePath(`/perpetrators/${id.data}`);
  return result;
}

/** From the requests page: answer a request, or decline it. */
export async function answerContactRequestAction(recipientId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("perpetrators.contact");
  const id = z.uuid().safeParse(recipientId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(answerContactRequestSchema, raw, (input) =>
    answerContactRequest(actor.scope, id.data, input),
  );
  if (result.ok) revalidatePath("/perpetrators/requests");
  return result;
}

/** On a call's page: a perpetrator record the caller named, with their part. */
export async function linkPerpetratorToCallAction(callId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("perpetrators.write");
  const id = z.uuid().safeParse(callId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(linkPerpetratorToCallSchema, raw, (input) =>
    linkPerpetratorToCall(actor.scope, id.data, input),
  );
  if (result.ok) revalidatePath(`/hotline/${id.data}`);
  return result;
}

/** From a record's page: share it with the partner of a person's grant (decision 0022). */
export async function sharePerpetratorAction(
  perpetratorId: unknown,
  raw: unknown,
): Promise<ActionResult<{ grantId: string; partner: string }>> {
  const actor = await requireActor("perpetrators.share");
  const id = z.uuid().safeParse(perpetratorId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(sharePerpetratorSchema, raw, (input) => sharePerpetrator(actor.scope, id.data, input));
  if (result.ok) revalidatePath(`/perpetrators/${id.data}`);
  return result;
}

/** From a record's page: end one share; the partner no longer sees the record. */
export async function endPerpetratorShareAction(perpetratorId: unknown, grantId: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("perpetrators.share");
  const ids = z.object({ perpetratorId: z.uuid(), grantId: z.uuid() }).safeParse({ perpetratorId, grantId });
  if (!ids.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(z.undefined(), undefined, () =>
    endPerpetratorShare(actor.scope, ids.data.perpetratorId, ids.data.grantId),
  );
  if (result.ok) revalidatePath(`/perpetrators/${ids.data.perpetratorId}`);
  return result;
}
