// Storing a file, and removing a wrong upload. Storing: checked (size, then type from the content), sealed with the data key, and written
// with its row and its audit event in one transaction, so a refused or failed upload leaves nothing.
// With an object store (STORAGE_URL, decision 0029) the sealed content goes there first, under a
// random key, and is removed again if the row is not written.
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptBytes, encryptField, fieldContext } from "@/lib/crypto";
import { MAX_ATTACHMENT_BYTES } from "./codes";
import { allowedTypeOf } from "./sniff";
import { cleanFileName } from "./file-name";
import { resolveParentForUpload } from "./parents";
import { readableAttachment } from "./data";
import { mayDeleteFile } from "./policy";
import { newObjectKey, objectStore } from "./object-store";
import { sweepRemovedObjects } from "./object-sweep";
import type { AttachmentTarget } from "./schema";

export interface UploadedFile {
  name: string;
  content: Uint8Array;
}

/** Refuses what may not be stored, before anything is written: empty, too large, or not an accepted type. */
export async function checkedType(file: UploadedFile) {
  if (file.content.byteLength === 0) throw new AppError("INVALID", "errors.fileEmpty", { file: "errors.fileEmpty" });
  if (file.content.byteLength > MAX_ATTACHMENT_BYTES)
    throw new AppError("TOO_LARGE", "errors.fileTooLarge", { file: "errors.fileTooLarge" });
  const type = await allowedTypeOf(file.content);
  if (!type) throw new AppError("UNPROCESSABLE", "errors.fileTypeNotAllowed", { file: "errors.fileTypeNotAllowed" });
  return type;
}

export async function createAttachment(scope: Scope, target: AttachmentTarget, file: UploadedFile) {
  const contentType = await checkedType(file);
  const id = crypto.randomUUID();
  // Sealed before the transaction opens: a 20 MB encryption does not hold a connection.
  const sealed = encryptBytes(file.content, fieldContext("attachment_blobs", "content_encrypted", id));
  const store = objectStore();
  if (!store) return writeRow(scope, target, file, { id, contentType, sealed, storageKey: null });
  const storageKey = newObjectKey();
  await store.put(storageKey, sealed);
  try {
    return await writeRow(scope, target, file, { id, contentType, sealed, storageKey });
  } catch (error) {
    // Refused (a parent the actor may not attach to) or failed: the object goes with the row.
    await store.remove(storageKey).catch(() => {});
    throw error;
  }
}

/** The row, the sealed content where the database keeps it, and the audit event, in one transaction. */
function writeRow(
  scope: Scope,
  target: AttachmentTarget,
  file: UploadedFile,
  stored: {
    id: string;
    contentType: Awaited<ReturnType<typeof checkedType>>;
    sealed: Buffer;
    storageKey: string | null;
  },
) {
  const { id, contentType, sealed, storageKey } = stored;
  const name = cleanFileName(file.name, contentType);
  return dbFor(scope).$transaction(
    async (tx) => {
      const { victimId } = await resolveParentForUpload(tx, scope, target.parentType, target.parentId);
      await tx.attachment.create({
        data: {
          id,
          organisationId: scope.organisationId!,
          victimId,
          parentType: target.parentType,
          parentId: target.parentId,
          fileNameEncrypted: encryptField(name, fieldContext("attachments", "file_name_encrypted", id)),
          contentType,
          sizeBytes: file.content.byteLength,
          storage: storageKey ? "OBJECT_STORE" : "DATABASE",
          storageKey,
          uploadedById: scope.userId,
        },
      });
      if (!storageKey)
        await tx.attachmentBlob.create({
          data: { id, organisationId: scope.organisationId!, contentEncrypted: new Uint8Array(sealed) },
        });
      await appendAudit(tx, scope, {
        action: "attachment.upload",
        ...(victimId ? { recordType: "VICTIM" as const, recordId: victimId } : {}),
        details: {
          attachmentId: id,
          parentType: target.parentType,
          parentId: target.parentId,
          contentType,
          sizeBytes: file.content.byteLength,
        },
      });
      return { id, victimId, name, contentType, sizeBytes: file.content.byteLength };
    },
    { timeout: 30_000 },
  );
}

/**
 * Removes a wrong upload: its row and, by the cascade, its sealed content, with the audit event in
 * the same transaction. Only a file the actor may read, of its own organisation, by its case staff
 * (the shelter's staff for a file on a stay); anything else answers as missing.
 */
export async function deleteAttachment(scope: Scope, attachmentId: string) {
  const removed = await dbFor(scope).$transaction(async (tx) => {
    const file = await readableAttachment(scope, attachmentId, tx);
    if (!mayDeleteFile(scope, file)) throw new AppError("NOT_FOUND");
    await tx.attachment.delete({ where: { id: file.id } });
    await appendAudit(tx, scope, {
      action: "attachment.delete",
      ...(file.victimId ? { recordType: "VICTIM" as const, recordId: file.victimId } : {}),
      details: { attachmentId: file.id, parentType: file.parentType, parentId: file.parentId },
    });
    return { victimId: file.victimId, parentType: file.parentType, parentId: file.parentId };
  });
  // The row is gone: its object in the store goes now (or at the next sweep, if the store fails).
  if (scope.organisationId) await sweepRemovedObjects(scope.organisationId);
  return removed;
}
