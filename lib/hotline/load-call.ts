import "server-only";
import { z } from "zod";
import type { Scope } from "@/lib/auth/scope";
import { getHotlineCall } from "./data";
import { denyAccess } from "@/lib/audit/denied";

/** For pages: the call with this id in the actor's scope, or the 404 page (no hint it exists). */
export async function loadCallOr404(scope: Scope, rawId: string) {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) return denyAccess();
  const call = await getHotlineCall(scope, id.data);
  if (!call) return denyAccess();
  return call;
}
