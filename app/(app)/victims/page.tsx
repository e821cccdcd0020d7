import type { Metadata } from "next";
import Link from "next/link";
import { SearchField } from "@/components/ui/search-field";
import { ListFiltersForm } from "@/components/ui/list-filters-form";
import { listSearchOfPage } from "@/lib/search/query";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { listAssignableWorkers, listVictims } from "@/lib/victims/data";
import { listVictimsQuerySchema } from "@/lib/victims/schema";
import { EXPLOITATION_TYPES, RISK_LEVELS, VICTIM_STATUSES } from "@/lib/victims/codes";
import { ageOf } from "@/lib/victims/age";
import { DEFAULT_STALLED_DAYS, VICTIM_QUEUES } from "@/lib/victims/queues";
import { parseListQuery } from "@/lib/list-query";
import { countryName } from "@/lib/i18n/format";
import { Pagination } from "@/components/ui/pagination";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import { countryChoices } from "@/lib/i18n/countries";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("victims"))("listTitle") };
}

export default async function VictimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("cases.list");
  const search = listSearchOfPage("/victims", actor.scope.userId, await searchParams);
  const params = search.links;
  const query = parseListQuery(listVictimsQuerySchema, search.query);
  const [{ items, nextCursor }, workers] = await Promise.all([
    listVictims(actor.scope, query),
    listAssignableWorkers(actor.scope),
  ]);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <div className="page-header">
        <h1>{t("victims.listTitle")}</h1>
        {roleHas(actor.role, "cases.write") ? (
          <Link className="btn" href="/victims/new">
            {t("victims.register")}
          </Link>
        ) : null}
      </div>
      <ListFiltersForm list="victims">
        <SearchField
          label={t("victims.searchNames")}
          defaultValue={query.q}
          maxLength={200}
          title={t("victims.searchHint")}
          lostMessage={search.searchLost ? t("common.searchLost") : undefined}
        />
        <div className="field">
          <label htmlFor="status">{t("victims.status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""}>
            <Options values={VICTIM_STATUSES} label={(v) => t(`victims.statuses.${v}`)} empty={t("common.all")} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="riskLevel">{t("victims.riskLevel")}</label>
          <select id="riskLevel" name="riskLevel" defaultValue={query.riskLevel ?? ""}>
            <Options values={RISK_LEVELS} label={(v) => t(`victims.riskLevels.${v}`)} empty={t("common.all")} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="exploitationType">{t("victims.exploitationTypes")}</label>
          <select id="exploitationType" name="exploitationType" defaultValue={query.exploitationType ?? ""}>
            <Options
              values={EXPLOITATION_TYPES}
              label={(v) => t(`victims.exploitationTypeNames.${v}`)}
              empty={t("common.all")}
            />
          </select>
        </div>
        <div className="field">
          <label htmlFor="citizenship">{t("victims.citizenships")}</label>
          <select id="citizenship" name="citizenship" defaultValue={query.citizenship ?? ""}>
            <option value="">{t("common.all")}</option>
            <CountryOptions countries={countryChoices(locale)} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="assignedTo">{t("victims.assignedTo")}</label>
          <select id="assignedTo" name="assignedTo" defaultValue={query.assignedTo ?? ""}>
            <option value="">{t("common.all")}</option>
            {workers.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue">{t("victims.queue")}</label>
          <select id="queue" name="queue" defaultValue={query.queue ?? ""} data-testid="queue-filter">
            <Options
              values={VICTIM_QUEUES}
              label={(v) => t(`victims.queues.${v}`, { days: query.days ?? DEFAULT_STALLED_DAYS })}
              empty={t("common.all")}
            />
          </select>
          {query.days ? <input type="hidden" name="days" value={query.days} /> : null}
        </div>
        <label className="checkbox-field">
          <input type="checkbox" name="needsOpen" value="1" defaultChecked={Boolean(query.needsOpen)} />{" "}
          {t("victims.needsOpen")}
        </label>
        <button className="btn btn-secondary" type="submit">
          {t("common.filter")}
        </button>
        <Link href="/victims">{t("common.clear")}</Link>
      </ListFiltersForm>
      {items.length === 0 ? (
        <p className="muted">{t("victims.none")}</p>
      ) : (
        <TableWrap>
          <table className="list one-line" data-testid="victims-table">
            <thead>
              <tr>
                <th>{t("victims.caseNumber")}</th>
                <th>{t("members.name")}</th>
                <th>{t("victims.sex")}</th>
                <th>{t("victims.age")}</th>
                <th>{t("victims.citizenships")}</th>
                <th>{t("victims.status")}</th>
                <th>{t("victims.riskLevel")}</th>
                <th>{t("victims.assignedTo")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.id}>
                  <td>
                    <Link href={`/victims/${v.id}`}>{v.caseNumber}</Link>
                  </td>
                  <td>
                    {v.givenName} {v.familyName}
                    {v.givenNameLatin || v.familyNameLatin ? (
                      <span className="muted alt-line">{`${v.givenNameLatin} ${v.familyNameLatin}`.trim()}</span>
                    ) : null}
                  </td>
                  <td>{t(`victims.sexes.${v.sex}`)}</td>
                  <td>{ageOf(v) ?? t("hotline.notRecorded")}</td>
                  <td className="clip" title={v.citizenships.map((c) => countryName(c, locale)).join(", ")}>
                    {v.citizenships.map((c) => countryName(c, locale)).join(", ")}
                  </td>
                  <td>{t(`victims.statuses.${v.status}`)}</td>
                  <td>{v.riskLevel ? t(`victims.riskLevels.${v.riskLevel}`) : ""}</td>
                  <td>
                    {v.shared ? (
                      <span className="muted">{t("people.sharedWithUs")}</span>
                    ) : (
                      (v.assignedTo?.name ?? t("victims.unassigned"))
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        basePath="/victims"
        params={params}
        nextCursor={nextCursor}
        labels={{ next: t("common.next"), first: t("common.first") }}
      />
    </>
  );
}
