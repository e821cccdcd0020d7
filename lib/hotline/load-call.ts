import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Scope } from "@/lib/auth/scope";
import { getHotlineCall } from "./data";

/** For pages: the call with this id in the actor's scope, or the 404 page (no hint it exists). */
export async function loadCallOr404(scope: Scope, rawId: string) {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const call = await getHotlineCall(scope, id.data);
  if (!call) notFound();
  return call;
}
