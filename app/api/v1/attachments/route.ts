import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { createAttachment } from "@/lib/attachments/mutations";
import { isNavigation, outcomeWord, readUpload, safeReturnPath } from "@/lib/attachments/upload-request";

/**
 * Attaches a file (multipart: parentType, parentId, file) to a record the caller may change. The
 * type is told from the content; over 20 MB is refused before the body is read; nothing is stored
 * unless everything passes. A browser posting the form without JavaScript is sent back to its page.
 */
export const POST = apiHandler(async (request) => {
  const navigation = isNavigation(request);
  // Any signed-in member: what they may attach to is the parent's own rule (lib/attachments/parents.ts).
  const actor = await requireApiActor();
  if (!navigation) {
    const { target, file } = await readUpload(request);
    const created = await createAttachment(actor.scope, target, file);
    return NextResponse.json(
      { id: created.id, name: created.name, contentType: created.contentType, sizeBytes: created.sizeBytes },
      { status: 201 },
    );
  }
  let back = safeReturnPath(request.headers.get("referer") ? new URL(request.headers.get("referer")!).pathname : null);
  let outcome = "added";
  try {
    const { target, file, returnTo } = await readUpload(request);
    back = returnTo ?? back;
    await createAttachment(actor.scope, target, file);
  } catch (error) {
    outcome = outcomeWord(error);
  }
  // A relative location: behind a proxy, the URL the server sees is not the one the browser used.
  return new NextResponse(null, { status: 303, headers: { location: `${back ?? "/"}?file=${outcome}#files` } });
});
