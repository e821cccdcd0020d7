// Who sees and acts on reminders. A reminder is its organisation's alone (row-level security too).
//   CASE_WORKER           their own (assigned to them)
//   COORDINATOR, ORG_ADMIN their own, the queue of those assigned to no one, and all; they assign
// Anyone who sees a reminder may mark it done or dismiss it (with a reason). A reminder about a
// person shows only while the one rule shows the actor that person (lib/tasks/data.ts).
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import type { TaskView } from "./codes";

export function mayUseTasks(scope: Scope): scope is Scope & { organisationId: string } {
  return scope.organisationId !== null && roleHas(scope.role, "cases.list");
}

/** The organisation's coordinators: every reminder, and who does each. */
export function mayManageTasks(scope: Scope) {
  return mayUseTasks(scope) && roleHas(scope.role, "cases.read.all");
}

/** The views the actor may open (a case worker has their own only). */
export function taskViewsFor(scope: Scope): TaskView[] {
  if (!mayUseTasks(scope)) return [];
  return mayManageTasks(scope) ? ["mine", "unassigned", "all"] : ["mine"];
}
