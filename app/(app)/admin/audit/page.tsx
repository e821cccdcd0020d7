import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { listAuditActors, listAuditEvents } from "@/lib/audit/data";
import { listAuditQuerySchema } from "@/lib/audit/schema";
import { RECORD_TYPES } from "@/lib/vocabulary/records";
import { parseListQuery } from "@/lib/list-query";
import { formatDateTime } from "@/lib/i18n/format";
import { Pagination } from "@/components/ui/pagination";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

/** The organisation's audit trail for its ORG_ADMIN: who did what, when, to which record. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("org.audit.read");
  const params = await searchParams;
  const query = parseListQuery(listAuditQuerySchema, params);
  const [{ items, nextCursor }, actors] = await Promise.all([
    listAuditEvents(actor.scope, query),
    listAuditActors(actor.scope),
  ]);
  const t = await getTranslations();
  const locale = await getLocale();
  const exportParams = new URLSearchParams(
    Object.entries(query).filter(([k, v]) => v && k !== "cursor") as [string, string][],
  );
  return (
    <>
      <div className="page-header">
        <h1>{t("audit.title")}</h1>
        <a
          className="btn btn-secondary"
          href={`/admin/audit/export${exportParams.size ? `?${exportParams}` : ""}`}
          download
        >
          {t("audit.export")}
        </a>
      </div>
      <p className="muted">{t("audit.intro")}</p>
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="action">{t("audit.action")}</label>
          <input
            id="action"
            name="action"
            defaultValue={query.action ?? ""}
            placeholder="victim.read, auth."
            maxLength={60}
          />
        </div>
        <div className="field">
          <label htmlFor="actor">{t("audit.actor")}</label>
          <select id="actor" name="actor" defaultValue={query.actor ?? ""}>
            <NamedOptions items={actors} empty={t("common.all")} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="recordType">{t("audit.recordType")}</label>
          <select id="recordType" name="recordType" defaultValue={query.recordType ?? ""}>
            <Options values={RECORD_TYPES} label={(v) => t(`audit.recordTypes.${v}`)} empty={t("common.all")} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="recordId">{t("audit.recordId")}</label>
          <input id="recordId" name="recordId" defaultValue={query.recordId ?? ""} maxLength={64} />
        </div>
        <div className="field">
          <label htmlFor="from">{t("audit.from")}</label>
          <input id="from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="to">{t("audit.to")}</label>
          <input id="to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("common.filter")}
        </button>
        <Link href="/admin/audit">{t("common.clear")}</Link>
      </form>
      {items.length === 0 ? (
        <p className="muted">{t("audit.none")}</p>
      ) : (
        <TableWrap label={t("audit.title")}>
          <table className="list one-line" data-testid="audit-table">
            <thead>
              <tr>
                <th>{t("audit.when")}</th>
                <th>{t("audit.actor")}</th>
                <th>{t("audit.action")}</th>
                <th>{t("audit.record")}</th>
                <th>{t("audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={String(e.id)}>
                  <td>{formatDateTime(e.at, locale, actor.timeZone)}</td>
                  <td>{e.actor?.name ?? t("audit.system")}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{e.recordType ? `${t(`audit.recordTypes.${e.recordType}`)} ${e.recordId ?? ""}` : ""}</td>
                  <td className="clip" title={e.details ? JSON.stringify(e.details) : undefined}>
                    <code className="muted">{e.details ? JSON.stringify(e.details) : ""}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        basePath="/admin/audit"
        params={params}
        nextCursor={nextCursor}
        labels={{ next: t("common.next"), first: t("common.first") }}
      />
    </>
  );
}
