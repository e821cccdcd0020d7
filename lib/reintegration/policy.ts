// Who keeps a returned person's reintegration (decision 0031): the home side of the case (the
// receiving organisation, or the organisation working alone), by those who move its cases, while
// the person is home (handed over, reintegrating). What became of the person later (migrated
// again, trafficked again, out of contact) may still be recorded on a closed case.
import type { AnyRole } from "@/lib/roles/roles";
import type { RepatriationStatus, Side } from "@/lib/repatriations/codes";
import { mayMove } from "@/lib/repatriations/state-machine";

/** The statuses in which the plan and the follow-ups are worked. */
export const REINTEGRATION_STATUSES: readonly RepatriationStatus[] = ["HANDED_OVER", "REINTEGRATION"];
/** The statuses in which the flags may be set: the person is home, or the case closed. */
export const FLAG_STATUSES: readonly RepatriationStatus[] = ["HANDED_OVER", "REINTEGRATION", "CLOSED"];

export function mayKeepReintegration(
  role: AnyRole,
  sides: readonly Side[],
  status: RepatriationStatus,
  statuses: readonly RepatriationStatus[] = REINTEGRATION_STATUSES,
): boolean {
  return sides.includes("RECEIVING") && mayMove(role, sides) && statuses.includes(status);
}
