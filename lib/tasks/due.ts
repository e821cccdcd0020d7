// The day a reminder falls due: its date less the kind's lead days (calendar dates, UTC midnight).
import { LEAD_DAYS, type TaskKind } from "./codes";

const DAY = 86_400_000;

export function dueOnOf(kind: Exclude<TaskKind, "MANUAL">, eventOn: Date): Date {
  return new Date(eventOn.getTime() - LEAD_DAYS[kind] * DAY);
}

/** Whether an open reminder is late on `today` (YYYY-MM-DD in the organisation's zone). */
export function isOverdue(task: { dueOn: Date; status: string }, today: string): boolean {
  return task.status === "OPEN" && task.dueOn.toISOString().slice(0, 10) < today;
}
