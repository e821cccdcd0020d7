// Who may attach a file, and who may download one.
//
// Attaching: whoever may change the record the file goes on (lib/attachments/parents.ts asks each
// domain's own rule): a person's record, document, consent or legal case, the person's organisation
// on an open record; a labour claim, its organisation; a repatriation step, either side while the case
// is live; a shelter stay, the shelter's staff.
//
// Downloading (and seeing that a file exists): a file about a person follows the one visibility
// rule: whoever sees the whole person, or a partner whose live grant names "documents"
// (personShowingField). The organisation that uploaded a file keeps it while it still sees the
// person at all (a receiving organisation's certificate of return, say). A file on a labour claim
// (no one person) is its organisation's, for those who read its cases. Row-level security holds the
// same (migration 20261206211657).
//
// Shelter staff see a resident through the care view, which has no documents: they see the person,
// so they keep their own organisation's uploads, but only those on stays in the shelters they work
// in (what they run). A scan of the passport a case worker of the same organisation attached is not
// theirs to read.
//
// Removing a wrong upload: the uploader's organisation only, its case staff for a file on a case
// record, the shelter's staff for a file on a stay; and only while they may read the file at all.
import { DOCUMENTS_FIELD } from "@/lib/documents/policy";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { mayRunShelter } from "@/lib/shelters/policy";
import type { AttachmentParentType } from "./codes";

/** The field of a person's view that opens their files to a partner. */
export const ATTACHMENTS_FIELD = DOCUMENTS_FIELD;

/** A field every view of a visible person shows: "does the actor see this person at all?" */
export const SEES_PERSON_FIELD = "givenName";

/** A file with no person (a labour claim's): its organisation's case staff. */
export function mayReadUnpersonedFile(scope: Scope, file: { organisationId: string }) {
  return file.organisationId === scope.organisationId && roleHas(scope.role, "cases.list");
}

/** What of a resident's files the care view reaches: its own organisation's files on stays. */
export const CARE_VIEW_PARENTS: readonly AttachmentParentType[] = ["SHELTER_STAY"];

/** Whether the actor may remove a file it may read (a wrong upload). */
export function mayDeleteFile(scope: Scope, file: { organisationId: string; parentType: AttachmentParentType }) {
  if (!scope.organisationId || file.organisationId !== scope.organisationId) return false;
  return file.parentType === "SHELTER_STAY" ? mayRunShelter(scope) : roleHas(scope.role, "cases.write");
}
