// The kinds of record an audit event or a sharing grant points at (the database's RecordType):
// read by the audit log's filter and by the grants alike, so neither folder imports the other.
export const RECORD_TYPES = [
  "ORGANISATION",
  "MEMBERSHIP",
  "VICTIM",
  "REPATRIATION",
  "HOTLINE_CALL",
  "SHELTER_STAY",
  "INVITATION",
  "SITUATION",
  "PERPETRATOR",
] as const;
