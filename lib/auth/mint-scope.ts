// The only place a Scope is created. Imported by lib/auth/actor.ts (for requests) and by tests and
// maintenance scripts that act as a named, real user. Nothing under app/ or components/ may
// import it (eslint), so a page cannot invent a scope.
import type { Scope, ScopeFields } from "@/lib/roles/scope";

export function mintScope(fields: ScopeFields): Scope {
  return Object.freeze({ ...fields }) as Scope;
}
