// What the shelter forms share: free beds as choices, and server messages put back on the fields.
import type { ActionResult } from "@/lib/action-result";

export type Bed = { id: string; label: string; room: string | null; taken: boolean };

/** Free beds as named choices ("Room 1: A"). */
export const freeBeds = (beds: Bed[]) =>
  beds.filter((b) => !b.taken).map((b) => ({ id: b.id, name: b.room ? `${b.room}: ${b.label}` : b.label }));

/**
 * The server names a nested field by its path in the PATCH body ("discharge.dischargedAt"); the
 * small forms know it by its own name, so the message lands next to the right field.
 */
export async function unprefixed<T>(pending: Promise<ActionResult<T>>, prefix: string): Promise<ActionResult<T>> {
  const result = await pending;
  if (result.ok || !result.fields) return result;
  return {
    ...result,
    fields: Object.fromEntries(
      Object.entries(result.fields).map(([key, value]) => [
        key.startsWith(prefix) ? key.slice(prefix.length) : key,
        value,
      ]),
    ),
  };
}
