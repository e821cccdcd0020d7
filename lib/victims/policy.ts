import type { Scope } from "@/lib/auth/scope";
import { caseRecordWhere } from "@/lib/access/policy";

/** Victim records: the organisation's own (narrowed by role) and those shared with it. */
export function victimWhere(scope: Scope, sharedIds: readonly string[] = []) {
  return caseRecordWhere(scope, { ownerField: "organisationId", personalFields: ["assignedToId", "createdById"] }, sharedIds);
}
