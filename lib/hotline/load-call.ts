import "server-only";
import type { Scope } from "@/lib/roles/scope";
import { getHotlineCall } from "./data";
import { denyAccess } from "@/lib/auth/denied";
import { parseRouteId } from "@/lib/http/route-id";

/** For pages: the call with this id in the actor's scope, or the 404 page (no hint it exists). */
export async function loadCallOr404(scope: Scope, rawId: string) {
  const id = parseRouteId(rawId);
  if (!id) return denyAccess();
  const call = await getHotlineCall(scope, id);
  if (!call) return denyAccess();
  return call;
}
