import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { routeIdOr404 } from "@/lib/http/route-id";
import { openAttachment } from "@/lib/attachments/data";
import { attachmentDisposition } from "@/lib/attachments/file-name";

type Context = { params: Promise<{ attachmentId: string }> };

/**
 * Downloads a file: an audited read, always as an attachment (never shown inline, so a file can
 * run nothing in the app's origin), never cached. 404 for a file the caller may not have.
 */
export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const file = await openAttachment(actor.scope, routeIdOr404((await context.params).attachmentId));
  return new NextResponse(new Uint8Array(file.content), {
    status: 200,
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.content.byteLength),
      "content-disposition": attachmentDisposition(file.name),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
});
