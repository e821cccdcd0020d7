export const POPULATIONS = ["WOMEN", "MEN", "CHILDREN", "ADOLESCENTS", "FAMILIES", "MIXED"] as const;
export const STAY_SERVICES = [
  "MEDICAL",
  "PSYCHOLOGICAL",
  "LEGAL",
  "EDUCATION",
  "VOCATIONAL_TRAINING",
  "FAMILY_CONTACT",
  "DOCUMENT_RECOVERY",
  "OTHER",
] as const;
export const EXIT_DESTINATIONS = [
  "RETURNED_HOME_REPATRIATED",
  "FAMILY",
  "INDEPENDENT_LIVING",
  "OTHER_SHELTER",
  "HOSPITAL",
  "LEFT_WITHOUT_NOTICE",
  "DETAINED",
  "DECEASED",
  "UNKNOWN",
] as const;

/**
 * A placement request's status as of now: an accepted request whose hold ran out reads as lapsed
 * (EXPIRED) before anybody has written that down. Reads never write: the lapse is recorded by the
 * next write that evaluates this shelter's holds or touches the request (recordLapsedHolds), and
 * the grant the hold opened has stopped by its own clock already.
 */
export function placementStatusNow<S extends string>(
  request: { status: S; holdUntil: Date | null },
  now: Date,
): S | "EXPIRED" {
  return request.status === "ACCEPTED" && request.holdUntil && request.holdUntil <= now ? "EXPIRED" : request.status;
}
