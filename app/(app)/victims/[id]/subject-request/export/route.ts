// A data-subject request's file: everything the organisation holds on the person, decrypted, as
// JSON (decision 0033). The own organisation's coordinator only; anyone else 404. Audited.
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { routeIdOr404 } from "@/lib/http/route-id";
import { getSubjectExport } from "@/lib/subject-requests/data";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor("cases.subjectRequest");
  const { caseNumber, data } = await getSubjectExport(actor.scope, routeIdOr404((await context.params).id), "file");
  return new Response(JSON.stringify(data, null, 2) + "\n", {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="person-${caseNumber.replace(/[^A-Za-z0-9-]/g, "")}.json"`,
      "cache-control": "no-store",
    },
  });
});
