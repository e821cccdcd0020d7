// CSV export of the organisation's audit trail under the viewer's filters, streamed in batches.
// The export is itself audited. Events hold ids and codes, never personal data. Times are the
// organisation's local time with their offset, as the audit page shows them.
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { iterateAuditEvents } from "@/lib/audit/data";
import { recordAuditExport } from "@/lib/audit/mutations";
import { listAuditQuerySchema } from "@/lib/audit/schema";
import { parseListQuery } from "@/lib/list-query";
import { csvLine } from "@/lib/csv";
import { isoInZone, localDay } from "@/lib/time/zoned";

const MAX_ROWS = 500_000;
const HEADER = [
  "id",
  "at",
  "chain_seq",
  "actor_id",
  "actor_name",
  "action",
  "record_type",
  "record_id",
  "request_id",
  "details",
];

export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("org.audit.read");
  // The export covers the whole filtered trail, not the page the viewer was on.
  const query = {
    ...parseListQuery(listAuditQuerySchema, Object.fromEntries(new URL(request.url).searchParams)),
    cursor: undefined,
  };
  await recordAuditExport(actor.scope, query);
  const encoder = new TextEncoder();
  const rows = iterateAuditEvents(actor.scope, query, MAX_ROWS);
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(csvLine(HEADER)));
      for await (const batch of rows) {
        const text = batch
          .map((e) =>
            csvLine([
              String(e.id),
              isoInZone(e.at, actor.timeZone),
              e.chainSeq?.toString(),
              e.actor?.id,
              e.actor?.name,
              e.action,
              e.recordType,
              e.recordId,
              e.requestId,
              e.details ? JSON.stringify(e.details) : "",
            ]),
          )
          .join("");
        controller.enqueue(encoder.encode(text));
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${localDay(new Date(), actor.timeZone)}.csv"`,
    },
  });
});
