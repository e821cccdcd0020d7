// The answer to a create whose write has committed and whose record is then read back through the
// read path (with that read's own audit event). If the database cannot be reached or written at
// that moment (a full disk refuses the read's audit event), the record is stored all the same:
// answering 503 would make the client send the create again and store the person twice. The
// answer is then the new id alone, which reveals nothing the caller did not send; the create's own
// audit event, written with it, is the trail (tests/system/faults.test.ts, the full disk).
import { isDatabaseUnavailable, isStorageFull } from "@/lib/db-unavailable";

export async function readBackAfterCreate<T>(read: () => Promise<T | null>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isDatabaseUnavailable(error) || isStorageFull(error)) return null;
    throw error;
  }
}
