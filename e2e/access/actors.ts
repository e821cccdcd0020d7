// Who knocks in the access matrix: every role of the organisation that owns the records, a
// partner organisation the owner shared a record with (repatriation request: a MINIMAL grant), a
// partner in the same country without any grant, an organisation in another country, the network
// administrator, and nobody signed in.
import type { APIRequestContext } from "@playwright/test";
import type { OrgRole } from "../../lib/roles/roles";
import { DEMO_ROLES } from "../../prisma/demo-network";

export const OWNER_ROLES = ["admin", "coordinator", "caseworker", "hotline", "shelter", "analyst"] as const;
export type ActorKey = (typeof OWNER_ROLES)[number] | "granted" | "ungranted" | "foreign" | "network" | "anonymous";
export const ACTORS: readonly ActorKey[] = [...OWNER_ROLES, "granted", "ungranted", "foreign", "network", "anonymous"];

/** The owner's actors are named like the demo accounts' roles (`coordinator@…`). */
export const ROLE_OF = DEMO_ROLES as Record<(typeof OWNER_ROLES)[number], OrgRole>;

/** Signs in through next-auth's credentials endpoint (no browser); the context keeps the cookie. */
export async function signInContext(context: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`sign-in failed for an access-matrix actor: ${response.status()}`);
}
