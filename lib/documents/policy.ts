// Who reads and writes a person's documents. Reading follows the one visibility rule
// (lib/access/person.ts): whoever sees the whole record, or a partner whose grant names
// "documents"; shelter staff's care view does not include them. Writing is the person's own
// organisation's, on an open record the actor may change (lib/victims/editable.ts).
import type { PersonView } from "@/lib/access/person";
import { viewShows } from "@/lib/access/person";

export function viewIncludesDocuments(view: PersonView): boolean {
  return viewShows(view, "documents");
}
