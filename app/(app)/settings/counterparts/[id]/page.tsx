import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { denyAccess } from "@/lib/auth/denied";
import { parseRouteId } from "@/lib/http/route-id";
import { countryChoices } from "@/lib/i18n/countries";
import { countryName, formatDateTime } from "@/lib/i18n/format";
import { getCounterpart } from "@/lib/counterparts/data";
import { mayManageCounterparts, mayWriteCounterparts } from "@/lib/counterparts/policy";
import { CounterpartActiveButton, EditCounterpartForm } from "@/components/counterparts/counterpart-forms";
import { Facts } from "@/components/casefile/facts";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("counterparts"))("details") };
}

/** One counterpart of the organisation's directory: its details, their correction, and whether it is offered. */
export default async function CounterpartPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("counterparts.read");
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  // Another organisation's counterpart reads as not found (row-level security holds the same).
  const counterpart = await getCounterpart(actor.scope, id);
  if (!counterpart) return denyAccess();
  const t = await getTranslations();
  const locale = await getLocale();
  const none = t("hotline.notRecorded");
  return (
    <ClientMessages namespaces={["errors", "counterparts"]}>
      <>
        <p>
          <Link href="/settings/counterparts">{t("counterparts.all")}</Link>
        </p>
        <div className="page-header">
          <h1>{counterpart.name}</h1>
        </div>
        <div className="card stack">
          <Facts
            testId="counterpart-details"
            rows={[
              [t("counterparts.type"), t(`counterparts.types.${counterpart.type}`)],
              [t("counterparts.country"), countryName(counterpart.countryCode, locale)],
              [t("counterparts.contactPerson"), counterpart.contactPerson ?? none],
              [t("counterparts.phone"), counterpart.phone ?? none],
              [
                t("counterparts.email"),
                counterpart.email ? <a href={`mailto:${counterpart.email}`}>{counterpart.email}</a> : none,
              ],
              [t("counterparts.notes"), counterpart.notes ?? none],
              [t("counterparts.status"), t(counterpart.active ? "counterparts.active" : "counterparts.inactive")],
              [t("counterparts.createdAt"), formatDateTime(counterpart.createdAt, locale, actor.timeZone)],
              [t("counterparts.updatedAt"), formatDateTime(counterpart.updatedAt, locale, actor.timeZone)],
            ]}
          />
          {mayManageCounterparts(actor.scope) ? (
            <CounterpartActiveButton
              counterpart={{
                id: counterpart.id,
                name: counterpart.name,
                active: counterpart.active,
                version: counterpart.version,
              }}
            />
          ) : null}
        </div>
        {mayWriteCounterparts(actor.scope) ? (
          <section aria-labelledby="counterpart-edit">
            <h2 id="counterpart-edit">{t("counterparts.edit")}</h2>
            <div className="card">
              <EditCounterpartForm
                countries={countryChoices(locale)}
                counterpart={{
                  id: counterpart.id,
                  version: counterpart.version,
                  name: counterpart.name,
                  countryCode: counterpart.countryCode,
                  type: counterpart.type,
                  contactPerson: counterpart.contactPerson ?? "",
                  phone: counterpart.phone ?? "",
                  email: counterpart.email ?? "",
                  notes: counterpart.notes ?? "",
                }}
              />
            </div>
          </section>
        ) : null}
      </>
    </ClientMessages>
  );
}
