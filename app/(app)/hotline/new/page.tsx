import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { countryChoices } from "@/lib/i18n/countries";
import { regionChoices } from "@/lib/i18n/region-choices";
import { getHotlineCall, getHotlineCallDraft } from "@/lib/hotline/data";
import { callFromDraft, emptyCall } from "@/lib/hotline/form-values";
import { formatDateTime } from "@/lib/i18n/format";
import { CallForm } from "@/components/hotline/call-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { parseRouteId } from "@/lib/http/route-id";
import { organisationCountry } from "@/lib/orgs/countries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hotline"))("intakeTitle") };
}

export default async function NewCallPage({ searchParams }: { searchParams: Promise<{ followUp?: string }> }) {
  const actor = await requireActor("hotline.calls.log");
  const t = await getTranslations("hotline");
  const locale = await getLocale();
  const followUpId = parseRouteId((await searchParams).followUp);
  const original = followUpId ? await getHotlineCall(actor.scope, followUpId) : null;
  // A callback starts a fresh form; otherwise the operator's unsaved draft comes back.
  const draft = original ? null : await getHotlineCallDraft(actor.scope);
  const initialValues = original
    ? {
        ...emptyCall(original.id),
        callerPhone: original.callerPhone ?? "",
        channel: original.channel,
        language: original.language ?? "",
      }
    : draft
      ? callFromDraft(draft.values)
      : emptyCall();
  return (
    <ClientMessages namespaces={["errors", "hotline", "victims"]}>
      <>
        <div className="page-header">
          <h1>{original ? t("callbackTitle") : t("intakeTitle")}</h1>
          <Link href="/hotline">{t("list")}</Link>
        </div>
        {/* In a new tab: the call being logged stays as it is while the operator reads to the caller. */}
        <p>
          <a href="/information-sheets" target="_blank" rel="noopener">
            {(await getTranslations("sheets"))("openInformationSheets")}
          </a>
        </p>
        {original ? (
          <p className="notice">
            <Link href={`/hotline/${original.id}`}>
              {t("followUpOf", { date: formatDateTime(original.receivedAt, locale, actor.timeZone) })}
            </Link>
          </p>
        ) : null}
        <CallForm
          mode="create"
          initialValues={initialValues}
          organisationCountry={organisationCountry(actor)}
          countries={countryChoices(await getLocale())}
          regions={regionChoices(await getLocale())}
          draftRestored={Boolean(draft)}
        />
      </>
    </ClientMessages>
  );
}
