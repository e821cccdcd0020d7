"use server";
// Server actions for claims for unpaid wages: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { findPeopleToLink } from "@/lib/victims/data";
import type { PersonToLink } from "@/lib/victims/types";
import { createLabourClaim, updateLabourClaim } from "./mutations";
import { findClaimPeopleSchema, labourClaimSchema, updateLabourClaimSchema } from "./schema";

const id = z.uuid();

/** Revalidates the pages of everyone named on the claim (their case files show it). */
function revalidatePeople(people: { victimId: string }[]) {
  for (const p of people) revalidatePath(`/victims/${p.victimId}`);
}

/** On a person's page: a claim for them and, optionally, other people of the organisation. */
export async function createLabourClaimAction(victimId: unknown, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(victimId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(labourClaimSchema, raw, async (input) => {
    const created = await createLabourClaim(actor.scope, parsed.data, input);
    revalidatePeople(input.people);
    return created;
  });
  return result;
}

/** On a person's page: a change to one of their claims, at the version read. */
export async function updateLabourClaimAction(
  victimId: unknown,
  claimId: unknown,
  raw: unknown,
): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.write");
  const person = id.safeParse(victimId);
  const claim = id.safeParse(claimId);
  if (!person.success || !claim.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(updateLabourClaimSchema, raw, async (input) => {
    await updateLabourClaim(actor.scope, person.data, claim.data, input);
    revalidatePeople([{ victimId: person.data }, ...input.people]);
  });
  return result;
}

/**
 * In the claim form: the organisation's own people to add as co-workers, found by the people list's
 * own search (names in any script or a case number; only those the actor may see, audited).
 */
export async function findClaimPeopleAction(raw: unknown): Promise<ActionResult<PersonToLink[]>> {
  const actor = await requireActor("cases.write");
  return runAction(findClaimPeopleSchema, raw, (input) => findPeopleToLink(actor.scope, input.q));
}
