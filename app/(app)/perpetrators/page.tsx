import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { parseListQuery } from "@/lib/list-query";
import { formatDate } from "@/lib/i18n/format";
import { listPerpetrators } from "@/lib/perpetrators/data";
import { countWaitingContactRequests } from "@/lib/perpetrators/contact-requests";
import { mayContactOrganisations } from "@/lib/perpetrators/policy";
import { listPerpetratorsQuerySchema } from "@/lib/perpetrators/schema";
import { PERPETRATOR_KINDS, PERPETRATOR_ROLES } from "@/lib/perpetrators/codes";
import { Options } from "@/components/ui/options";
import { Pagination } from "@/components/ui/pagination";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("perpetrators"))("title") };
}

export default async function PerpetratorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  // Analysts and shelter staff get 404: they see no perpetrator record (lib/perpetrators/policy.ts).
  const actor = await requireActor("perpetrators.list");
  const params = await searchParams;
  const query = parseListQuery(listPerpetratorsQuerySchema, params);
  const { items, nextCursor } = await listPerpetrators(actor.scope, query);
  const waiting = await countWaitingContactRequests(actor.scope);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <div className="page-header">
        <h1>{t("perpetrators.title")}</h1>
      </div>
      <p className="muted">{t("perpetrators.intro")}</p>
      {mayContactOrganisations(actor.scope) ? (
        <p data-testid="contact-requests-waiting">
          <Link href="/perpetrators/requests">{t("perpetrators.contact.waiting", { count: waiting })}</Link>
        </p>
      ) : null}
      {/* Filters without words (a part played, a kind): they may travel in the URL; a name never does. */}
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="role">{t("perpetrators.roles")}</label>
          <select id="role" name="role" defaultValue={query.role ?? ""}>
            <Options values={PERPETRATOR_ROLES} label={(v) => t(`situations.roles.${v}`)} empty={t("common.all")} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="kind">{t("perpetrators.kind")}</label>
          <select id="kind" name="kind" defaultValue={query.kind ?? ""}>
            <Options values={PERPETRATOR_KINDS} label={(v) => t(`perpetrators.kinds.${v}`)} empty={t("common.all")} />
          </select>
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("common.filter")}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="muted">{t("perpetrators.none")}</p>
      ) : (
        <TableWrap>
          <table className="list one-line" data-testid="perpetrators-table">
            <thead>
              <tr>
                <th>{t("perpetrators.name")}</th>
                <th>{t("perpetrators.kind")}</th>
                <th>{t("perpetrators.roles")}</th>
                <th>{t("perpetrators.confidence")}</th>
                <th>{t("perpetrators.source")}</th>
                <th>{t("perpetrators.situations")}</th>
                <th>{t("perpetrators.recordedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td className="clip" title={p.name}>
                    <Link href={`/perpetrators/${p.id}`}>{p.name}</Link>
                    {p.sharedBy ? (
                      <span className="muted">
                        {" "}
                        · {t("perpetrators.sharing.sharedByShort", { organisation: p.sharedBy })}
                      </span>
                    ) : null}
                  </td>
                  <td>{t(`perpetrators.kinds.${p.kind}`)}</td>
                  <td className="clip">{p.roles.map((r) => t(`situations.roles.${r}`)).join(", ")}</td>
                  <td>{t(`perpetrators.confidences.${p.confidence}`)}</td>
                  <td>{t(`situations.sources.${p.source}`)}</td>
                  <td>{p.situations}</td>
                  <td>{formatDate(p.createdAt, locale, actor.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        basePath="/perpetrators"
        params={{ role: query.role, kind: query.kind, cursor: query.cursor }}
        nextCursor={nextCursor}
        labels={{ next: t("common.next"), first: t("common.first") }}
      />
    </>
  );
}
