import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getNotificationSummary } from "@/lib/notifications/data";
import { mayWorkRepatriations } from "@/lib/repatriations/policy";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { countryName, formatDate, formatDateTime } from "@/lib/i18n/format";
import { ActionButton } from "@/components/ui/action-button";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/**
 * The bell's list: what happened on the organisation's repatriations and intake, and overdue tasks
 * of our side (coordinators); the cases given to them (case workers).
 */
export default async function NotificationsPage() {
  const actor = await requireActor("cases.list");
  const summary = await getNotificationSummary(actor.scope);
  const t = await getTranslations();
  const locale = await getLocale();
  const tz = actor.timeZone;
  return (
    <ClientMessages namespaces={["errors"]}>
      <>
        <div className="page-header">
          <h1>{t("notifications.title")}</h1>
          {summary.unread > 0 ? (
            <ActionButton
              label={t("notifications.markAllRead")}
              doneMessage={t("notifications.allRead")}
              run={markNotificationsReadAction}
            />
          ) : null}
        </div>
        {mayWorkRepatriations(actor.scope) ? (
          <>
            <h2>{t("notifications.overdueTasks")}</h2>
            {summary.overdue.length === 0 ? (
              <p className="muted">{t("notifications.noOverdue")}</p>
            ) : (
              <ul data-testid="overdue-tasks">
                {summary.overdue.map((task) => (
                  <li key={task.id}>
                    <Link href={`/repatriations/${task.repatriationId}`}>
                      {task.templateKey ? t(`repatriations.templates.${task.templateKey}`) : task.title}
                    </Link>{" "}
                    <span className="muted">
                      {t("notifications.dueOn", { date: task.dueOn ? formatDate(task.dueOn, locale, "UTC") : "" })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : null}
        <h2>{t("notifications.recent")}</h2>
        {summary.items.length === 0 ? (
          <p className="muted">{t("notifications.none")}</p>
        ) : (
          <ul className="notifications" data-testid="notifications">
            {summary.items.map((n) => (
              <li key={n.id} className={n.readAt ? undefined : "unread"}>
                {n.victimId ? (
                  <>
                    <Link href={`/victims/${n.victimId}`}>
                      {t(`notifications.kinds.${n.kind}`, { caseNumber: n.victim?.caseNumber ?? "", status: "" })}
                    </Link>{" "}
                    <span className="muted">{formatDateTime(n.createdAt, locale, tz)}</span>
                  </>
                ) : (
                  <>
                    <Link href={`/repatriations/${n.repatriationId}`}>
                      {t(`notifications.kinds.${n.kind}`, {
                        status: n.status ? t(`repatriations.statuses.${n.status}`) : "",
                      })}
                    </Link>{" "}
                    <span className="muted">
                      {n.caseNumber ? `${t("notifications.caseNumber", { caseNumber: n.caseNumber })} · ` : ""}
                      {n.repatriation
                        ? `${countryName(n.repatriation.sendingCountry, locale)} → ${countryName(n.repatriation.receivingCountry, locale)} · `
                        : ""}
                      {formatDateTime(n.createdAt, locale, tz)}
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </>
    </ClientMessages>
  );
}
