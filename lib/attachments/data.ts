// Reading files: the list of a person's files (names, sizes, what they are attached to), the files
// of one record (a labour claim's, a repatriation's tasks', a shelter's stays') and one file's
// content for download. All go through the one person rule (lib/attachments/policy.ts says who),
// all are audited with ids only, and a file the reader may not have answers as missing.
import "server-only";
import { objectStore } from "./object-store";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { peopleShowingFields, personShowingField, residentShowingField } from "@/lib/access/people";
import { decryptField, fieldContext, openBytes } from "@/lib/crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { repatriationWhere } from "@/lib/repatriations/policy";
import { stayWhere } from "@/lib/shelters/policy";
import {
  ATTACHMENTS_FIELD,
  CARE_VIEW_PARENTS,
  mayDeleteFile,
  mayReadUnpersonedFile,
  SEES_PERSON_FIELD,
} from "./policy";
import type { AttachmentParentType } from "./codes";
import type { AttachmentView } from "./types";

const fileName = (id: string, value: string) =>
  decryptField(value, fieldContext("attachments", "file_name_encrypted", id));

/**
 * Which of a person's files the actor reads, and whose person it is (the download's audit goes to
 * that organisation's trail): all of them through a view that shows documents; only its own
 * organisation's uploads while it sees the person otherwise; through a shelter's care view, only
 * its own organisation's files on stays; none (null) when it does not see the person.
 */
async function personFilesAccess(
  scope: Scope,
  victimId: string,
): Promise<{ where: Prisma.AttachmentWhereInput; ownerOrganisationId: string } | null> {
  const whole = await personShowingField(scope, victimId, ATTACHMENTS_FIELD);
  if (whole) return { where: { victimId }, ownerOrganisationId: whole.organisationId };
  if (!scope.organisationId) return null;
  const seen = await personShowingField(scope, victimId, SEES_PERSON_FIELD);
  if (seen)
    return { where: { victimId, organisationId: scope.organisationId }, ownerOrganisationId: seen.organisationId };
  const resident = await residentShowingField(scope, victimId, SEES_PERSON_FIELD);
  if (resident) {
    // The stays of the shelters they work in (not the person's stays in the organisation's others).
    const stays = await dbFor(scope).shelterStay.findMany({
      where: { AND: [{ victimId }, stayWhere(scope)] },
      select: { id: true },
    });
    return {
      where: {
        victimId,
        organisationId: scope.organisationId,
        parentType: { in: [...CARE_VIEW_PARENTS] },
        parentId: { in: stays.map((s) => s.id) },
      },
      ownerOrganisationId: resident.organisationId,
    };
  }
  return null;
}

async function personFilesWhere(scope: Scope, victimId: string): Promise<Prisma.AttachmentWhereInput | null> {
  return (await personFilesAccess(scope, victimId))?.where ?? null;
}

const LIST_SELECT = {
  id: true,
  organisationId: true,
  parentType: true,
  parentId: true,
  fileNameEncrypted: true,
  contentType: true,
  sizeBytes: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
} satisfies Prisma.AttachmentSelect;

type ListRow = Prisma.AttachmentGetPayload<{ select: typeof LIST_SELECT }>;

function toView(scope: Scope, row: ListRow): AttachmentView {
  const own = row.organisationId === scope.organisationId;
  return {
    id: row.id,
    parentType: row.parentType,
    parentId: row.parentId,
    name: fileName(row.id, row.fileNameEncrypted),
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt,
    ownOrganisation: own,
    // A partner's staff are not named to another organisation.
    uploadedBy: own ? row.uploadedBy.name : null,
    mayDelete: mayDeleteFile(scope, row),
  };
}

/** The files about a person, newest first (at most 200); null where the actor does not see the person. */
export async function listPersonAttachments(scope: Scope, victimId: string): Promise<AttachmentView[] | null> {
  const where = await personFilesWhere(scope, victimId);
  if (!where) return null;
  return auditedRead(scope, async (tx) => {
    const rows = await tx.attachment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: LIST_SELECT,
    });
    if (rows.length)
      await appendAudit(tx, scope, {
        action: "attachment.list",
        recordType: "VICTIM",
        recordId: victimId,
        details: { attachmentIds: rows.map((r) => r.id) },
      });
    return rows.map((row) => toView(scope, row));
  });
}

/** The files on records without one person (labour claims), for their organisation's case staff. */
export async function listRecordAttachments(
  scope: Scope,
  parentType: Extract<AttachmentParentType, "LABOUR_CLAIM">,
  parentIds: readonly string[],
): Promise<AttachmentView[]> {
  if (parentIds.length === 0) return [];
  if (!scope.organisationId || !mayReadUnpersonedFile(scope, { organisationId: scope.organisationId })) return [];
  return auditedRead(scope, async (tx) => {
    const rows = await tx.attachment.findMany({
      where: { parentType, parentId: { in: [...parentIds] }, organisationId: scope.organisationId!, victimId: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: LIST_SELECT,
    });
    if (rows.length)
      await appendAudit(tx, scope, {
        action: "attachment.list",
        details: {
          parentType,
          parentIds: [...new Set(rows.map((r) => r.parentId))],
          attachmentIds: rows.map((r) => r.id),
        },
      });
    return rows.map((row) => toView(scope, row));
  });
}

/**
 * The files on a repatriation's checklist tasks, for either side of the case: about the case's
 * person, so through the same rule as the person's own list (the receiving side sees the sending
 * side's files only where its grant names documents, and always its own). Null for a case the actor
 * does not see, or whose person it does not see.
 */
export async function listRepatriationTaskAttachments(
  scope: Scope,
  repatriationId: string,
): Promise<AttachmentView[] | null> {
  const db = dbFor(scope);
  const found = await db.repatriation.findFirst({
    where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
    select: { victimId: true, tasks: { select: { id: true } } },
  });
  if (!found) return null;
  const where = await personFilesWhere(scope, found.victimId);
  if (!where) return null;
  if (found.tasks.length === 0) return [];
  return db.$transaction(async (tx) => {
    const rows = await tx.attachment.findMany({
      where: {
        AND: [where, { parentType: "REPATRIATION_STEP", parentId: { in: found.tasks.map((t) => t.id) } }],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: LIST_SELECT,
    });
    if (rows.length)
      await appendAudit(tx, scope, {
        action: "attachment.list",
        recordType: "VICTIM",
        recordId: found.victimId,
        details: { repatriationId, attachmentIds: rows.map((r) => r.id) },
      });
    return rows.map((row) => toView(scope, row));
  });
}

/**
 * The files on shelter stays the actor sees (the bed board's residents), each stay's through its
 * person's rule: shelter staff, through the care view, their own organisation's files on stays.
 */
export async function listStayAttachments(scope: Scope, stayIds: readonly string[]): Promise<AttachmentView[]> {
  if (stayIds.length === 0) return [];
  const db = dbFor(scope);
  const stays = await db.shelterStay.findMany({
    where: { AND: [{ id: { in: [...stayIds] } }, stayWhere(scope)] },
    select: { id: true, victimId: true },
  });
  // The rule for all the board's people in two reads (personFilesAccess's tiers, person by person).
  const seen = await peopleShowingFields(
    scope,
    stays.map((s) => s.victimId),
    [ATTACHMENTS_FIELD, SEES_PERSON_FIELD],
  );
  const wheres: Prisma.AttachmentWhereInput[] = [];
  for (const stay of stays) {
    const person = seen.get(stay.victimId);
    if (!person || !scope.organisationId) continue;
    const onStay = { victimId: stay.victimId, parentType: "SHELTER_STAY" as const, parentId: stay.id };
    if (person.listed && person.shows.has(ATTACHMENTS_FIELD)) wheres.push(onStay);
    // Otherwise only the organisation's own uploads (a stay is a care-view parent: its stays were
    // read under stayWhere, the shelters the actor works in).
    else if (person.shows.has(SEES_PERSON_FIELD)) wheres.push({ ...onStay, organisationId: scope.organisationId });
  }
  if (wheres.length === 0) return [];
  return db.$transaction(async (tx) => {
    const rows = await tx.attachment.findMany({
      where: { OR: wheres },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: { ...LIST_SELECT, victimId: true },
    });
    const byPerson = new Map<string, string[]>();
    for (const row of rows) byPerson.set(row.victimId!, [...(byPerson.get(row.victimId!) ?? []), row.id]);
    for (const [victimId, attachmentIds] of byPerson)
      await appendAudit(tx, scope, {
        action: "attachment.list",
        recordType: "VICTIM",
        recordId: victimId,
        details: { parentType: "SHELTER_STAY", attachmentIds },
      });
    return rows.map((row) => toView(scope, row));
  });
}

/**
 * A file the actor may read, with whose it is (the organisation whose person or claim it is, for
 * the audit trail); NOT_FOUND otherwise. Used by the download and by removal.
 */
export async function readableAttachment(scope: Scope, attachmentId: string, tx?: Tx) {
  const db = tx ?? dbFor(scope);
  const row = await db.attachment.findFirst({
    where: { id: attachmentId },
    select: {
      id: true,
      organisationId: true,
      victimId: true,
      parentType: true,
      parentId: true,
      fileNameEncrypted: true,
      contentType: true,
      sizeBytes: true,
      storage: true,
      storageKey: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.victimId) {
    const access = await personFilesAccess(scope, row.victimId);
    if (!access) throw new AppError("NOT_FOUND");
    const allowed = await db.attachment.count({ where: { AND: [{ id: row.id }, access.where] } });
    if (!allowed) throw new AppError("NOT_FOUND");
    return { ...row, ownerOrganisationId: access.ownerOrganisationId };
  }
  if (!mayReadUnpersonedFile(scope, row)) throw new AppError("NOT_FOUND");
  return { ...row, ownerOrganisationId: row.organisationId };
}

/**
 * One file's content, for download: decrypted only after the rule allows it, and the reading
 * audited in the same transaction, in the trail of the organisation whose person it is.
 */
export async function openAttachment(scope: Scope, attachmentId: string) {
  const row = await readableAttachment(scope, attachmentId);
  // From the object store, read before the transaction opens: a slow store holds no connection.
  const fromStore = row.storage === "OBJECT_STORE" ? await readStoredObject(row.storageKey) : null;
  return dbFor(scope).$transaction(
    async (tx) => {
      const sealed =
        fromStore ??
        (await tx.attachmentBlob.findFirst({ where: { id: row.id }, select: { contentEncrypted: true } }))
          ?.contentEncrypted;
      if (!sealed) throw new AppError("NOT_FOUND");
      const content = openBytes(sealed, fieldContext("attachment_blobs", "content_encrypted", row.id));
      const details = { attachmentId: row.id, contentType: row.contentType, sizeBytes: row.sizeBytes };
      const subject = row.victimId ? { recordType: "VICTIM" as const, recordId: row.victimId } : {};
      // In the trail of the organisation whose person (or claim) it is, a partner's reading included.
      await appendAudit(tx, scope, {
        action: "attachment.download",
        ...subject,
        organisationId: row.ownerOrganisationId,
        details,
      });
      return { name: fileName(row.id, row.fileNameEncrypted), contentType: row.contentType, content };
    },
    { timeout: 30_000 },
  );
}

/**
 * A file's sealed content from the object store. A file stored there while the app now runs
 * without a store configured cannot be read: said plainly in the log, answered as a server error.
 */
async function readStoredObject(storageKey: string | null): Promise<Buffer> {
  const store = objectStore();
  if (!store || !storageKey)
    throw new Error("An attachment is kept in the object store, and STORAGE_URL is not set: the file cannot be read.");
  return store.get(storageKey);
}
