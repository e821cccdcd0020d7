// Shapes the hotline pages hand to components (components never import data.ts).
export interface HotlineCallRow {
  id: string;
  organisationId: string;
  status: string;
  receivedAt: Date;
  durationSeconds: number | null;
  channel: string;
  language: string | null;
  callType: string;
  callerRelationship: string | null;
  callerCountry: string | null;
  personSex: string | null;
  personAgeGroup: string | null;
  personCitizenship: string | null;
  personCountryNow: string | null;
  topics: string[];
  urgency: string | null;
  actions: string[];
  callbackDueAt: Date | null;
  callbackCompletedAt: Date | null;
  voidedAt: Date | null;
  authorityReportBasis: string | null;
  operator: { id: string; name: string };
  /** Set in the callback queue: the callback is past due. */
  overdue?: boolean;
}

export interface MonthFigures {
  days: { day: string; CRITICAL: number; URGENT: number; NON_CRITICAL: number; other: number }[];
  topics: { topic: string; count: number }[];
  total: number;
}
