import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { loadCallOr404 } from "@/lib/hotline/load-call";
import type { HotlineCallFormValues } from "@/lib/hotline/schema";
import { CallForm } from "@/components/hotline/call-form";

export default async function EditCallPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("hotline.calls.log");
  const call = await loadCallOr404(actor.scope, (await params).id);
  if (call.organisationId !== actor.current?.organisationId || call.voidedAt) notFound();
  const t = await getTranslations("hotline");
  const values: HotlineCallFormValues = {
    receivedAt: call.receivedAt.toISOString(),
    durationSeconds: call.durationSeconds ?? "",
    channel: call.channel,
    language: call.language ?? "",
    callType: call.callType,
    callerRelationship: call.callerRelationship ?? "",
    callerCountry: call.callerCountry ?? "",
    callerRegion: call.callerRegion ?? "",
    callerPhone: call.callerPhone ?? "",
    callbackConsent: call.callbackConsent,
    personSex: call.personSex ?? "",
    personAgeGroup: call.personAgeGroup ?? "",
    personCitizenship: call.personCitizenship ?? "",
    personCountryNow: call.personCountryNow ?? "",
    topics: call.topics,
    urgency: call.urgency ?? "",
    summary: call.summary ?? "",
    actions: call.actions,
    callbackDueAt: call.callbackDueAt?.toISOString() ?? "",
    followUpOfId: call.followUpOfId ?? "",
  } as HotlineCallFormValues;
  return (
    <>
      <h1>{t("editTitle")}</h1>
      <CallForm mode="edit" callId={call.id} version={call.version} initialValues={values} organisationCountry={actor.current?.countryCode ?? "UZ"} />
    </>
  );
}
