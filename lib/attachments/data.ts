// Reading files: the list of a person's files (names, sizes, what they are attached to) and one
// file's content for download. Both go through the one person rule (lib/attachments/policy.ts says
// who), both are audited with ids only, and a file the reader may not have answers as missing.
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { personShowingField } from "@/lib/access/people";
import { decryptField, fieldContext, openBytes } from "@/lib/crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ATTACHMENTS_FIELD, mayReadUnpersonedFile, SEES_PERSON_FIELD } from "./policy";
import type { AttachmentParentType } from "./codes";
import type { AttachmentView } from "./types";

const fileName = (id: string, value: string) =>
  decryptField(value, fieldContext("attachments", "file_name_encrypted", id));

/**
 * Which of a person's files the actor reads: all of them through a view that shows documents; only
 * its own organisation's uploads while it sees the person otherwise; none (null) when it does not
 * see the person.
 */
async function personFilesWhere(scope: Scope, victimId: string): Promise<Prisma.AttachmentWhereInput | null> {
  if (await personShowingField(scope, victimId, ATTACHMENTS_FIELD)) return { victimId };
  if (scope.organisationId && (await personShowingField(scope, victimId, SEES_PERSON_FIELD)))
    return { victimId, organisationId: scope.organisationId };
  return null;
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
  };
}

/** The files about a person, newest first (at most 200); null where the actor does not see the person. */
export async function listPersonAttachments(scope: Scope, victimId: string): Promise<AttachmentView[] | null> {
  const where = await personFilesWhere(scope, victimId);
  if (!where) return null;
  return dbFor(scope).$transaction(async (tx) => {
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

/** The files on a record without one person (a labour claim), for its organisation's case staff. */
export async function listRecordAttachments(
  scope: Scope,
  parentType: Extract<AttachmentParentType, "LABOUR_CLAIM">,
  parentId: string,
): Promise<AttachmentView[]> {
  if (!scope.organisationId || !mayReadUnpersonedFile(scope, { organisationId: scope.organisationId })) return [];
  return dbFor(scope).$transaction(async (tx) => {
    const rows = await tx.attachment.findMany({
      where: { parentType, parentId, organisationId: scope.organisationId!, victimId: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: LIST_SELECT,
    });
    if (rows.length)
      await appendAudit(tx, scope, {
        action: "attachment.list",
        details: { parentType, parentId, attachmentIds: rows.map((r) => r.id) },
      });
    return rows.map((row) => toView(scope, row));
  });
}

/**
 * One file's content, for download: decrypted only after the rule allows it, and the reading
 * audited in the same transaction, in the trail of the organisation whose person it is.
 */
export async function openAttachment(scope: Scope, attachmentId: string) {
  const db = dbFor(scope);
  const row = await db.attachment.findFirst({
    where: { id: attachmentId },
    select: {
      id: true,
      organisationId: true,
      victimId: true,
      fileNameEncrypted: true,
      contentType: true,
      sizeBytes: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  let ownerOrganisationId: string;
  if (row.victimId) {
    const where = await personFilesWhere(scope, row.victimId);
    if (!where || (where.organisationId && where.organisationId !== row.organisationId))
      throw new AppError("NOT_FOUND");
    ownerOrganisationId = (await personShowingField(scope, row.victimId, SEES_PERSON_FIELD))!.organisationId;
  } else {
    if (!mayReadUnpersonedFile(scope, row)) throw new AppError("NOT_FOUND");
    ownerOrganisationId = row.organisationId;
  }
  return db.$transaction(
    async (tx) => {
      const blob = await tx.attachmentBlob.findFirst({ where: { id: row.id }, select: { contentEncrypted: true } });
      if (!blob) throw new AppError("NOT_FOUND");
      const content = openBytes(blob.contentEncrypted, fieldContext("attachment_blobs", "content_encrypted", row.id));
      const details = { attachmentId: row.id, contentType: row.contentType, sizeBytes: row.sizeBytes };
      const subject = row.victimId ? { recordType: "VICTIM" as const, recordId: row.victimId } : {};
      // In the trail of the organisation whose person (or claim) it is, a partner's reading included.
      await appendAudit(tx, scope, {
        action: "attachment.download",
        ...subject,
        organisationId: ownerOrganisationId,
        details,
      });
      return { name: fileName(row.id, row.fileNameEncrypted), contentType: row.contentType, content };
    },
    { timeout: 30_000 },
  );
}
