"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import {
  breakGlassSchema,
  createVictimFromCallSchema,
  findPersonForCallSchema,
  linkPersonToCallSchema,
  registerGroupFromCallSchema,
  duplicateCheckSchema,
  registerVictimSchema,
  updateVictimSchema,
} from "./schema";
import {
  breakGlass,
  createVictimFromCall,
  linkPersonToCall,
  registerGroupFromCall,
  registerVictim,
  updateVictim,
} from "./mutations";
import { checkDuplicates, findPeopleToLink } from "./data";
import type { PersonToLink } from "./types";
import type { DuplicateMatch } from "./types";

const idSchema = z.uuid();

export async function createVictimFromCallAction(
  callId: unknown,
  raw: unknown,
): Promise<ActionResult<{ id: string; caseNumber: string }>> {
  const actor = await requireActor("victims.create.fromCall");
  const id = idSchema.safeParse(callId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(createVictimFromCallSchema, raw, (input) =>
    createVictimFromCall(actor.scope, id.data, input),
  );
  if (result.ok) revalidatePath(`/hotline/${id.data}`);
  return result;
}

/** Several people named in one call, registered at once. */
export async function registerGroupFromCallAction(
  callId: unknown,
  raw: unknown,
): Promise<ActionResult<{ id: string; caseNumber: string }[]>> {
  const actor = await requireActor("victims.create.fromCall");
  const id = idSchema.safeParse(callId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(registerGroupFromCallSchema, raw, (input) =>
    registerGroupFromCall(actor.scope, id.data, input),
  );
  if (result.ok) revalidatePath(`/hotline/${id.data}`);
  return result;
}

/** On a call's page: the actor's own organisation's records matching a name or case number. */
export async function findPeopleForCallAction(raw: unknown): Promise<ActionResult<PersonToLink[]>> {
  const actor = await requireActor("cases.list");
  return runAction(findPersonForCallSchema, raw, (input) => findPeopleToLink(actor.scope, input.q));
}

/** Links the record chosen among those found to the call. */
export async function linkPersonToCallAction(callId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.list");
  const id = idSchema.safeParse(callId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(linkPersonToCallSchema, raw, (input) =>
    linkPersonToCall(actor.scope, id.data, input.victimId).then(() => undefined),
  );
  if (result.ok) revalidatePath(`/hotline/${id.data}`);
  return result;
}

export async function registerVictimAction(raw: unknown): Promise<ActionResult<{ id: string; caseNumber: string }>> {
  const actor = await requireActor();
  const result = await runAction(registerVictimSchema, raw, (input) => registerVictim(actor.scope, input));
  if (result.ok) revalidatePath("/victims");
  return result;
}

export async function updateVictimAction(victimId: unknown, raw: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor("cases.write");
  const id = idSchema.safeParse(victimId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(updateVictimSchema, raw, (input) => updateVictim(actor.scope, id.data, input));
  if (result.ok) revalidatePath(`/victims/${id.data}`);
  return result;
}

/** Before registering: possible matches anywhere in the network (other organisations by name only). */
export async function checkDuplicatesAction(raw: unknown): Promise<ActionResult<DuplicateMatch[]>> {
  const actor = await requireActor();
  return runAction(duplicateCheckSchema, raw, (input) => checkDuplicates(actor.scope, input));
}

export async function breakGlassAction(victimId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.breakGlass");
  const id = idSchema.safeParse(victimId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(breakGlassSchema, raw, (input) => breakGlass(actor.scope, id.data, input));
  if (result.ok) revalidatePath(`/victims/${id.data}`);
  return result;
}
