import { Fragment } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { HotlineCallRow } from "@/lib/hotline/types";
import { formatDateTime } from "@/lib/i18n/format";
import { SortHeader } from "@/components/ui/sort-header";
import type { Snippet } from "@/lib/hotline/snippet";
import { TableWrap } from "@/components/ui/table-wrap";

export function UrgencyBadge({ urgency, label }: { urgency: string | null; label: string }) {
  if (!urgency) return null;
  const tone = urgency === "CRITICAL" ? "badge badge-critical" : urgency === "URGENT" ? "badge badge-urgent" : "badge";
  return <span className={tone}>{label}</span>;
}

/**
 * Calls as a table. Never shows a phone number; a summary only as the few words around a search's
 * match (`snippets`), under the call's row.
 */
export async function CallsTable({
  calls,
  locale,
  timeZone,
  highlightOverdue,
  callbackLinks,
  sort,
  snippets,
}: {
  calls: HotlineCallRow[];
  locale: string;
  timeZone: string;
  /** The callback queue: due dates instead of status, overdue rows highlighted. */
  highlightOverdue?: boolean;
  /** Adds "Record the callback" to each row (for those who log calls). */
  callbackLinks?: boolean;
  /** Makes "Received at" sort the list (newest or oldest first), keeping the page's filters. */
  sort?: { basePath: string; params: Record<string, string | undefined>; order: string };
  /** Words around the match in each found call's summary (a search of summaries). */
  snippets?: Map<string, Snippet>;
}) {
  const t = await getTranslations("hotline");
  const common = await getTranslations("common");
  return (
    <TableWrap>
      <table className="list one-line" data-testid="calls-table">
        <thead>
          <tr>
            {sort ? (
              <SortHeader
                label={t("receivedAt")}
                linkLabel={common("sortBy", { column: t("receivedAt") })}
                basePath={sort.basePath}
                params={sort.params}
                current={sort.order}
                options={[
                  { value: "newest", direction: "descending" },
                  { value: "oldest", direction: "ascending" },
                ]}
              />
            ) : (
              <th>{t("receivedAt")}</th>
            )}
            <th>{t("callType")}</th>
            <th>{t("urgency")}</th>
            <th>{t("topics")}</th>
            <th>{t("channel")}</th>
            <th>{t("operator")}</th>
            <th>{highlightOverdue ? t("callbackDueAt") : t("status")}</th>
            {callbackLinks ? <th>{t("recordCallback")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => {
            const overdue = highlightOverdue && call.overdue;
            const snippet = snippets?.get(call.id);
            return (
              <Fragment key={call.id}>
                <tr
                  className={
                    [overdue ? "row-overdue" : "", snippet ? "row-with-snippet" : ""].join(" ").trim() || undefined
                  }
                >
                  <td>
                    <Link href={`/hotline/${call.id}`}>{formatDateTime(call.receivedAt, locale, timeZone)}</Link>
                  </td>
                  <td>{t(`callTypes.${call.callType}`)}</td>
                  <td>
                    <UrgencyBadge
                      urgency={call.urgency}
                      label={call.urgency ? t(`urgencyShort.${call.urgency}`) : ""}
                    />
                  </td>
                  <td
                    className="clip"
                    title={call.topics.map((topic) => t(`topicNames.${topic}`)).join(", ") || undefined}
                  >
                    {call.topics.map((topic) => t(`topicNames.${topic}`)).join(", ")}
                  </td>
                  <td>{t(`channels.${call.channel}`)}</td>
                  <td>{call.operator.name}</td>
                  <td>
                    {highlightOverdue && call.callbackDueAt ? (
                      <>
                        {overdue ? <strong>{t("overdue")}: </strong> : null}
                        {formatDateTime(call.callbackDueAt, locale, timeZone)}
                      </>
                    ) : call.voidedAt ? (
                      <span className="badge badge-off">{t("voided")}</span>
                    ) : call.status === "INCOMPLETE" ? (
                      <span className="badge badge-urgent">{t("incomplete")}</span>
                    ) : call.callbackDueAt && !call.callbackCompletedAt ? (
                      t("callbackDue")
                    ) : (
                      t("complete")
                    )}
                  </td>
                  {callbackLinks ? (
                    <td>
                      <Link className="btn btn-secondary" href={`/hotline/new?followUp=${call.id}`}>
                        {t("recordCallback")}
                      </Link>
                    </td>
                  ) : null}
                </tr>
                {snippet ? (
                  <tr className="snippet-row" data-testid="call-snippet">
                    <td colSpan={callbackLinks ? 8 : 7}>
                      {snippet.cutStart ? "… " : ""}
                      {snippet.before}
                      <mark>{snippet.match}</mark>
                      {snippet.after}
                      {snippet.cutEnd ? " …" : ""}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
