// Demo files: a one-page PDF saying it is a demo scan (invented, like every demo record), sealed as
// the app seals uploads.
import type { Prisma } from "../lib/generated/prisma/client";
import { encryptBytes, encryptField, fieldContext } from "../lib/crypto";

/** A valid one-page PDF with a line of text (Helvetica, ASCII). */
export function demoPdf(line: string): Buffer {
  const text = line.replace(/[()\\]/g, "");
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Attaches a demo PDF to a record of a person, as an upload by `uploadedById` would. */
export async function attachDemoPdf(
  tx: Prisma.TransactionClient,
  file: {
    organisationId: string;
    victimId: string | null;
    parentType: "VICTIM" | "DOCUMENT" | "CONSENT" | "PROCEEDING" | "LABOUR_CLAIM";
    parentId: string;
    name: string;
    line: string;
    uploadedById: string;
  },
) {
  const id = crypto.randomUUID();
  const content = demoPdf(file.line);
  await tx.attachment.create({
    data: {
      id,
      organisationId: file.organisationId,
      victimId: file.victimId,
      parentType: file.parentType,
      parentId: file.parentId,
      fileNameEncrypted: encryptField(file.name, fieldContext("attachments", "file_name_encrypted", id)),
      contentType: "application/pdf",
      sizeBytes: content.length,
      uploadedById: file.uploadedById,
    },
  });
  await tx.attachmentBlob.create({
    data: {
      id,
      organisationId: file.organisationId,
      contentEncrypted: new Uint8Array(
        encryptBytes(content, fieldContext("attachment_blobs", "content_encrypted", id)),
      ),
    },
  });
}
