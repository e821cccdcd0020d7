// Reminders: their kinds and how long before the date each asks to act. The lead days are the
// practice of the field: a passport renewed through a consulate abroad takes weeks; a patent must
// be renewed before it lapses or the person is in breach the next day; a hearing needs the person
// found, briefed and brought.

export const TASK_KINDS = [
  "DOCUMENT_EXPIRY",
  "HEARING",
  "FINE_DUE",
  "PERMIT_ENDS",
  "REGISTRATION_ENDS",
  "SUPPORT_ITEM",
  "CONSENT_REVIEW",
  "MANUAL",
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ["OPEN", "DONE", "DISMISSED"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Days before the date that the reminder falls due (the migration's backfill uses the same). */
export const LEAD_DAYS: Record<Exclude<TaskKind, "MANUAL">, number> = {
  DOCUMENT_EXPIRY: 60,
  HEARING: 3,
  FINE_DUE: 7,
  PERMIT_ENDS: 14,
  REGISTRATION_ENDS: 7,
  SUPPORT_ITEM: 0,
  // A guardian's consent for a child: on the day they come of age, ask for their own.
  CONSENT_REVIEW: 0,
};

/** The lists of /tasks: the actor's own, the coordinators' queue (no one assigned), everything. */
export const TASK_VIEWS = ["mine", "unassigned", "all"] as const;
export type TaskView = (typeof TASK_VIEWS)[number];
