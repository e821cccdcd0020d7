// Which hearing of a case comes next: the earliest one still scheduled on or after today (dates
// are calendar dates, "YYYY-MM-DD", so strings compare in order). Pure, so that the case file and
// the API say the same.
import { isoDate } from "@/lib/time/zoned";
import type { HearingView } from "./types";

export function nextHearing<H extends Pick<HearingView, "heldOn" | "timeOfDay" | "status">>(
  hearings: readonly H[],
  today: string,
): H | null {
  let next: H | null = null;
  for (const h of hearings) {
    if (h.status !== "SCHEDULED" || isoDate(h.heldOn) < today) continue;
    const key = `${isoDate(h.heldOn)} ${h.timeOfDay ?? "99:99"}`;
    if (!next || key < `${isoDate(next.heldOn)} ${next.timeOfDay ?? "99:99"}`) next = h;
  }
  return next;
}
