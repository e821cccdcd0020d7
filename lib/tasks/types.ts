// A reminder as the list shows it: what, when, about whom (the case number only: a list on a
// screen others may see never names the person), and who does it.
import type { TaskKind, TaskStatus } from "./codes";

export interface TaskRow {
  id: string;
  kind: TaskKind;
  status: TaskStatus;
  dueOn: Date;
  eventOn: Date | null;
  version: number;
  person: { id: string; caseNumber: string } | null;
  assignee: { id: string; name: string } | null;
  dismissReason: string | null;
  closedAt: Date | null;
}

export interface AssignableMember {
  id: string;
  name: string;
}
