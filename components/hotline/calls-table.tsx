import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { HotlineCallRow } from "@/lib/hotline/types";
import { formatDateTime } from "@/lib/i18n/format";

export function UrgencyBadge({ urgency, label }: { urgency: string | null; label: string }) {
  if (!urgency) return null;
  const tone = urgency === "CRITICAL" ? "badge badge-critical" : urgency === "URGENT" ? "badge badge-urgent" : "badge";
  return <span className={tone}>{label}</span>;
}

/** Calls as a table. Never shows a phone number or a summary. */
export async function CallsTable({
  calls,
  locale,
  timeZone,
  highlightOverdue,
  callbackLinks,
}: {
  calls: HotlineCallRow[];
  locale: string;
  timeZone: string;
  /** The callback queue: due dates instead of status, overdue rows highlighted. */
  highlightOverdue?: boolean;
  /** Adds "Record the callback" to each row (for those who log calls). */
  callbackLinks?: boolean;
}) {
  const t = await getTranslations("hotline");
  return (
    <div className="table-wrap">
      <table className="list" data-testid="calls-table">
        <thead>
          <tr>
            <th>{t("receivedAt")}</th>
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
            return (
              <tr key={call.id} className={overdue ? "row-overdue" : undefined}>
                <td>
                  <Link href={`/hotline/${call.id}`}>{formatDateTime(call.receivedAt, locale, timeZone)}</Link>
                </td>
                <td>{t(`callTypes.${call.callType}`)}</td>
                <td>
                  <UrgencyBadge urgency={call.urgency} label={call.urgency ? t(`urgencyShort.${call.urgency}`) : ""} />
                </td>
                <td>{call.topics.map((topic) => t(`topicNames.${topic}`)).join(", ")}</td>
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
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
