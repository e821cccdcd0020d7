// CSV export of the filtered call list, without personal fields (no phone, summary, region or
// names), streamed in batches. Each export is audited. Times are the organisation's local time
// with their offset (2026-03-03T20:46:00+05:00), as the screens show them.
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { iterateHotlineCalls } from "@/lib/hotline/data";
import { recordHotlineExport } from "@/lib/hotline/mutations";
import { listHotlineCallsQuerySchema } from "@/lib/hotline/schema";
import { parseListQuery } from "@/lib/list-query";
import { readListSearch } from "@/lib/search/query";
import { csvLine } from "@/lib/csv";
import { isoInZone, localDay } from "@/lib/time/zoned";

const MAX_ROWS = 200_000;
const HEADER = [
  "id",
  "received_at",
  "status",
  "call_type",
  "channel",
  "language",
  "duration_seconds",
  "caller_relationship",
  "caller_country",
  "person_sex",
  "person_age_group",
  "person_citizenship",
  "person_country_now",
  "topics",
  "urgency",
  "actions",
  "callback_due_at",
  "callback_completed_at",
  "voided",
];

export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("hotline.calls.read");
  // The list's own filters, its search words opened from their seal (the link carries no words).
  const { query: params } = readListSearch(actor.scope.userId, Object.fromEntries(new URL(request.url).searchParams));
  const query = parseListQuery(listHotlineCallsQuerySchema, params);
  const timeZone = actor.timeZone;
  const local = (instant: Date | null) => (instant ? isoInZone(instant, timeZone) : "");
  await recordHotlineExport(actor.scope, query);
  const encoder = new TextEncoder();
  const rows = iterateHotlineCalls(actor.scope, query, timeZone, MAX_ROWS);
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(csvLine(HEADER)));
      for await (const batch of rows) {
        const text = batch
          .map((c) =>
            csvLine([
              c.id,
              local(c.receivedAt),
              c.status,
              c.callType,
              c.channel,
              c.language,
              c.durationSeconds,
              c.callerRelationship,
              c.callerCountry,
              c.personSex,
              c.personAgeGroup,
              c.personCitizenship,
              c.personCountryNow,
              c.topics.join(";"),
              c.urgency,
              c.actions.join(";"),
              local(c.callbackDueAt),
              local(c.callbackCompletedAt),
              c.voidedAt ? "yes" : "",
            ]),
          )
          .join("");
        controller.enqueue(encoder.encode(text));
      }
      controller.close();
    },
  });
  const day = localDay(new Date(), timeZone);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="hotline-calls-${day}.csv"`,
    },
  });
});
