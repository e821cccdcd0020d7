import { notFound } from "next/navigation";
import Link from "next/link";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getVictim } from "@/lib/victims/data";
import { countryName, formatDate, formatDateTime } from "@/lib/i18n/format";

export default async function VictimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const victim = await getVictim(actor.scope, id.data);
  if (!victim) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const tz = actor.current?.timeZone;
  return (
    <>
      <h1>
        {victim.givenName} {victim.familyName}
      </h1>
      <dl className="card">
        <dt>{t("victims.caseNumber")}</dt>
        <dd data-testid="case-number">{victim.caseNumber}</dd>
        <dt>{t("victims.status")}</dt>
        <dd>{t(`victims.statuses.${victim.status}`)}</dd>
        <dt>{t("victims.sex")}</dt>
        <dd>{t(`victims.sexes.${victim.sex}`)}</dd>
        <dt>{victim.birthDate ? t("victims.birthDate") : t("victims.estimatedAge")}</dt>
        <dd>{victim.birthDate ? formatDate(victim.birthDate, locale, "UTC") : (victim.estimatedAge ?? t("hotline.notRecorded"))}</dd>
        <dt>{t("victims.citizenship")}</dt>
        <dd>{victim.citizenships.map((c) => countryName(c, locale)).join(", ") || t("hotline.notRecorded")}</dd>
        <dt>{t("victims.identifiedOn")}</dt>
        <dd>{formatDate(victim.identifiedOn, locale, "UTC")}</dd>
        <dt>{t("victims.identifiedBy")}</dt>
        <dd>{t(`victims.identifiedByOptions.${victim.identifiedBy}`)}</dd>
      </dl>
      {victim.hotlineCalls.length ? (
        <>
          <h2>{t("victims.calls")}</h2>
          <ul>
            {victim.hotlineCalls.map((call) => (
              <li key={call.id}>
                <Link href={`/hotline/${call.id}`}>{formatDateTime(call.receivedAt, locale, tz)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
