import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { listAssignableMembers, listTasks } from "@/lib/tasks/data";
import { taskQuerySchema } from "@/lib/tasks/schema";
import { taskViewsFor } from "@/lib/tasks/policy";
import { TASK_STATUSES } from "@/lib/tasks/codes";
import { isOverdue } from "@/lib/tasks/due";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { localDay } from "@/lib/time/zoned";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TaskActions } from "@/components/tasks/task-actions";
import { getFollowUpsElsewhere } from "@/lib/home/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tasks"))("title") };
}

/**
 * Reminders of dates that matter: the actor's own, and for coordinators the queue no one has taken
 * and everything. Open ones by due day, the late ones marked; the person by case number only.
 */
export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("cases.list");
  const query = taskQuerySchema.parse(await searchParams);
  const views = taskViewsFor(actor.scope);
  const view = views.includes(query.view) ? query.view : "mine";
  const [page, members, elsewhere] = await Promise.all([
    listTasks(actor.scope, { ...query, view }),
    listAssignableMembers(actor.scope),
    getFollowUpsElsewhere(actor.scope),
  ]);
  const t = await getTranslations();
  const locale = await getLocale();
  const today = localDay(new Date(), actor.timeZone);
  const day = (d: Date) => formatDate(d, locale, "UTC");
  const link = (change: Partial<typeof query>) => {
    const next = { ...query, view, ...change };
    return `/tasks?view=${next.view}&status=${next.status}${next.page > 1 ? `&page=${next.page}` : ""}`;
  };
  const items = page?.items ?? [];
  return (
    <ClientMessages namespaces={["errors", "tasks"]}>
      <>
        <h1>{t("tasks.title")}</h1>
        <p className="muted">{t("tasks.intro")}</p>
        <nav aria-label={t("tasks.views")} className="toggle-links">
          {views.map((v) => (
            <Link key={v} href={link({ view: v, page: 1 })} aria-current={v === view ? "page" : undefined}>
              {t(`tasks.view.${v}`)}
            </Link>
          ))}
        </nav>
        <nav aria-label={t("tasks.statusLabel")} className="toggle-links">
          {TASK_STATUSES.map((s) => (
            <Link key={s} href={link({ status: s, page: 1 })} aria-current={s === query.status ? "page" : undefined}>
              {t(`tasks.status.${s}`)}
            </Link>
          ))}
        </nav>
        {items.length === 0 ? (
          <p className="muted" data-testid="tasks-empty">
            {t("tasks.empty")}
          </p>
        ) : (
          <ul className="stack" data-testid="tasks">
            {items.map((task) => {
              const late = isOverdue(task, today);
              return (
                <li key={task.id} className="card" data-testid={`task-${task.id}`}>
                  <p>
                    <strong>{t(`tasks.kinds.${task.kind}`, { date: task.eventOn ? day(task.eventOn) : "" })}</strong>
                  </p>
                  <p className={late ? "alert" : "muted"}>
                    {late ? `${t("tasks.overdue")} · ` : ""}
                    {t("tasks.dueOn", { date: day(task.dueOn) })}
                    {task.person ? (
                      <>
                        {" · "}
                        <Link href={`/victims/${task.person.id}`}>{task.person.caseNumber}</Link>
                      </>
                    ) : null}
                    {" · "}
                    {task.assignee ? t("tasks.assignedTo", { name: task.assignee.name }) : t("tasks.queue")}
                  </p>
                  {task.status === "OPEN" ? (
                    <TaskActions
                      task={{ id: task.id, version: task.version, assigneeId: task.assignee?.id ?? null }}
                      members={views.length > 1 ? members : null}
                    />
                  ) : (
                    <p className="muted">
                      {t(`tasks.status.${task.status}`)}
                      {task.closedAt ? ` · ${formatDateTime(task.closedAt, locale, actor.timeZone)}` : ""}
                      {task.dismissReason ? ` · ${task.dismissReason}` : ""}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <p>
          {query.page > 1 ? <Link href={link({ page: query.page - 1 })}>{t("tasks.previous")}</Link> : null}{" "}
          {page?.hasMore ? <Link href={link({ page: query.page + 1 })}>{t("tasks.next")}</Link> : null}
        </p>
        {elsewhere.callbacksDue > 0 || elsewhere.returnStepsOverdue > 0 ? (
          <section aria-labelledby="elsewhere-heading" className="card" data-testid="follow-ups-elsewhere">
            <h2 id="elsewhere-heading">{t("tasks.elsewhere.title")}</h2>
            <ul>
              {elsewhere.callbacksDue > 0 ? (
                <li>
                  <Link href="/hotline/callbacks">
                    {t("tasks.elsewhere.callbacks", {
                      count: elsewhere.callbacksDue,
                      overdue: elsewhere.callbacksOverdue,
                    })}
                  </Link>
                </li>
              ) : null}
              {elsewhere.returnStepsOverdue > 0 ? (
                <li>
                  <Link href="/repatriations">
                    {t("tasks.elsewhere.returnSteps", { count: elsewhere.returnStepsOverdue })}
                  </Link>
                </li>
              ) : null}
            </ul>
          </section>
        ) : null}
      </>
    </ClientMessages>
  );
}
