import { describe, expect, it } from "vitest";
import { RecordType } from "@/lib/generated/prisma/enums";
import en from "@/messages/en.json";
import { RECORD_TYPES } from "./records";

describe("record types", () => {
  // The audit log names each event's record by this list; one missing (invitations were) shows a
  // raw key on the log and cannot be filtered for.
  it("are the database's, each with a name on the audit log", () => {
    expect([...RECORD_TYPES].sort()).toEqual(Object.values(RecordType).sort());
    for (const type of RECORD_TYPES) expect(en.audit.recordTypes[type], type).toBeTruthy();
  });
});
