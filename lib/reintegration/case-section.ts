// What the reintegration section of a case's page shows (decision 0031), loaded from the case the
// page already read (lib/repatriations/case-file.ts), with the page's yes/no answers: only where
// the reader sees the person, once the person is home.
import "server-only";
import type { Scope } from "@/lib/roles/scope";
import type { RepatriationStatus, Side } from "@/lib/repatriations/codes";
import { listSituationsOf } from "@/lib/situations/data";
import { getReintegration } from "./data";
import { FLAG_STATUSES, mayKeepReintegration } from "./policy";
import { monthOfTask } from "./codes";

export async function loadReintegrationSection(
  scope: Scope,
  found: { id: string; status: RepatriationStatus; sides: readonly Side[]; person: { id: string } | null },
  tasks:
    | readonly {
        id: string;
        kind: string;
        templateKey: string | null;
        doneOn: Date | null;
        dueOn: Date | null;
        overdue: boolean;
      }[]
    | null,
) {
  if (!found.person || !FLAG_STATUSES.includes(found.status)) return null;
  const data = await getReintegration(scope, found.id, true);
  if (!data) return null;
  const mayKeep = mayKeepReintegration(scope.role, found.sides, found.status);
  const mayFlag = mayKeepReintegration(scope.role, found.sides, found.status, FLAG_STATUSES);
  const situations = mayFlag ? await listSituationsOf(scope, { victimId: found.person.id }) : [];
  return {
    data,
    mayKeep,
    mayFlag,
    situations: situations.map((s) => ({ id: s.id, name: s.reference })),
    /** The open follow-up tasks, each answered by a survey. */
    openFollowUps: (tasks ?? []).flatMap((task) => {
      const month = task.kind === "FOLLOW_UP" && !task.doneOn ? monthOfTask(task.templateKey) : null;
      return month ? [{ taskId: task.id, month, dueOn: task.dueOn, overdue: task.overdue }] : [];
    }),
  };
}
