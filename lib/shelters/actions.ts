"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import {
  admitSchema,
  answerPlacementSchema,
  assignStaffSchema,
  createShelterSchema,
  placementRequestSchema,
  updateStaySchema,
} from "./schema";
import {
  admitToShelter,
  answerPlacement,
  assignShelterStaff,
  createShelter,
  requestPlacement,
  setShelterActive,
  unassignShelterStaff,
  updateStay,
  withdrawPlacement,
} from "./mutations";

const id = z.uuid();

export async function createShelterAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("shelters.manage");
  const result = await runAction(createShelterSchema, raw, (input) => createShelter(actor.scope, input));
  if (result.ok) revalidatePath("/shelters");
  return result;
}

export async function assignShelterStaffAction(shelterId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("shelters.manage");
  const target = id.safeParse(shelterId);
  if (!target.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(assignStaffSchema, raw, ({ userId }) =>
    assignShelterStaff(actor.scope, target.data, userId),
  );
  if (result.ok) revalidatePath(`/shelters/${target.data}`);
  return result;
}

export async function admitAction(shelterId: unknown, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("shelters.stays.write");
  const target = id.safeParse(shelterId);
  if (!target.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(admitSchema, raw, (input) => admitToShelter(actor.scope, target.data, input));
  if (result.ok) revalidatePath(`/shelters/${target.data}`);
  return result;
}

export async function updateStayAction(stayId: unknown, raw: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor("shelters.stays.write");
  const target = id.safeParse(stayId);
  if (!target.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(updateStaySchema, raw, (input) => updateStay(actor.scope, target.data, input));
  if (result.ok) revalidatePath("/shelters");
  return result;
}

export async function requestPlacementAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  // Asking for a placement shares the person: the roles that may refer.
  const actor = await requireActor("cases.referral.send");
  const result = await runAction(placementRequestSchema, raw, (input) => requestPlacement(actor.scope, input));
  if (result.ok) revalidatePath("/shelters/requests");
  return result;
}

export async function answerPlacementAction(requestId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("shelters.stays.write");
  const target = id.safeParse(requestId);
  if (!target.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(answerPlacementSchema, raw, (input) =>
    answerPlacement(actor.scope, target.data, input),
  );
  if (result.ok) revalidatePath("/shelters/requests");
  return result;
}

export async function withdrawPlacementAction(requestId: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.referral.send");
  const target = id.safeParse(requestId);
  if (!target.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(z.undefined(), undefined, () => withdrawPlacement(actor.scope, target.data));
  if (result.ok) revalidatePath("/shelters/requests");
  return result;
}

export async function setShelterActiveAction(shelterId: unknown, active: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("shelters.manage");
  const target = id.safeParse(shelterId);
  if (!target.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(z.boolean(), active, (value) => setShelterActive(actor.scope, target.data, value));
  if (result.ok) revalidatePath(`/shelters/${target.data}`);
  return result;
}

/** Takes a staff member off a shelter of the actor's organisation. */
export async function unassignShelterStaffAction(shelterId: unknown, userId: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("shelters.manage");
  const target = id.safeParse(shelterId);
  if (!target.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(id, userId, (staffUserId) =>
    unassignShelterStaff(actor.scope, target.data, staffUserId),
  );
  if (result.ok) revalidatePath(`/shelters/${target.data}`);
  return result;
}
