// Refused access goes on the trail (ASVS 16.3.2): a signed-in user who gets "not found" for a
// page, a record or an API path. Denials and true absences answer alike (404) by design, so both
// are recorded as `auth.denied`, with the path (ids, never names) and the request id.
//
// Recorded where the app refuses (denyAccess in pages, the API handler, server actions), never
// in app/not-found.tsx: Next.js renders that component with every page, as the fallback of its
// not-found boundary, so an event written there would claim a denial on every page view.
import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { appendDenied } from "@/lib/audit/denial";

export async function recordDenied(path: string | null, permission?: string) {
  const actor = await getActor().catch(() => null);
  if (actor) await appendDenied(actor.scope, path, permission);
}

/** For pages: records the refusal, then answers with the 404 page (no hint the record exists). */
export async function denyAccess(): Promise<never> {
  await recordDenied((await headers()).get("x-pathname"));
  notFound();
}
