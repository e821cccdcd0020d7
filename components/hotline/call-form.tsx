"use client";
// The hotline intake, built for an operator typing while talking: keyboard only, digits 1–7 pick
// the call type, Ctrl+Enter saves and starts the next call (call-form/use-call-keyboard.ts), the
// draft is saved as you type, and the phone number shows earlier calls from it before saving.
// The sections are in call-form/; this file holds what the whole form shares.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { formatTime } from "@/lib/i18n/format";
import { useDisplayTimeZone } from "@/components/i18n/use-time-zone";
import { unusualCallTime, type HotlineCallFormValues } from "@/lib/hotline/schema";
import { createHotlineCallAction, discardHotlineCallDraftAction, updateHotlineCallAction } from "@/lib/hotline/actions";
import { toDateTimeLocalValue } from "@/lib/time/zoned";
import { emptyCall, toLocalInput } from "@/lib/hotline/form-values";
import { Alert } from "@/components/ui/alert";
import { useActionSubmit } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { useDraftAutosave } from "./use-draft-autosave";
import { usePostFallback } from "@/components/ui/post-fallback";
import { Call, type Countries } from "./call-form/fields";
import { CallTypeField } from "./call-form/call-type-field";
import { TimeSection } from "./call-form/time-section";
import { CallerSection } from "./call-form/caller-section";
import type { RegionChoices } from "@/components/ui/region-select";
import { PersonSection } from "./call-form/person-section";
import { DetailsSection } from "./call-form/details-section";
import { useCallKeyboard, useFocusOnNextCall } from "./call-form/use-call-keyboard";

export function CallForm(props: {
  mode: "create" | "edit";
  initialValues: HotlineCallFormValues;
  organisationCountry: string;
  callId?: string;
  version?: number;
  draftRestored?: boolean;
  countries: Countries;
  /** The region lists of the countries that have one, named in the user's language. */
  regions: RegionChoices;
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const locale = useLocale();
  const timeZone = useDisplayTimeZone();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [callsSaved, setCallsSaved] = useState(0);
  const [restored, setRestored] = useState(Boolean(props.draftRestored));
  // A new call reads "received now" unless the operator unfolds the date (a restored draft keeps
  // the time it was started at, so it shows it); an edited call always shows its date.
  const [changingTime, setChangingTime] = useState<boolean | null>(
    props.mode === "edit" ? null : Boolean(props.draftRestored),
  );
  // "Now" is when the operator started entering this call: its first keystroke after the form opened or was reset.
  const startedAt = useRef<string | null>(null);
  const firstField = useRef<HTMLInputElement | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const form = Call.useForm({
    // Dates are shown in the browser's time zone, so they are converted here, in the browser.
    defaultValues: {
      ...props.initialValues,
      receivedAt: toLocalInput(props.initialValues.receivedAt) || toDateTimeLocalValue(new Date()),
      callbackDueAt: toLocalInput(props.initialValues.callbackDueAt),
      phoneDefaultCountry: props.organisationCountry,
    },
  });
  const draft = useDraftAutosave(props.mode === "create");
  const scheduleDraft = draft.schedule;
  const { errors, isSubmitting } = form.formState;
  const callType = useWatch({ control: form.control, name: "callType" });
  const isData = callType === "DATA";
  // A refused time unfolds the input, so the message sits beside what is wrong.
  const timeShown = changingTime === null ? null : changingTime || Boolean(errors.receivedAt);
  const receivedAt = useWatch({ control: form.control, name: "receivedAt" });
  const typedTime = timeShown !== false && typeof receivedAt === "string" && receivedAt ? new Date(receivedAt) : null;
  // The box appears for a typed time over a day ago or ahead of now (an edit only if the time was changed); the
  // server asks for it too, so it shows whenever the answer names it.
  const unusualTime = typedTime !== null ? unusualCallTime(typedTime) : null;
  const askConfirmation =
    Boolean(errors.confirmUnusualTime) ||
    (unusualTime !== null && (props.mode === "create" || Boolean(form.formState.dirtyFields.receivedAt)));

  const { submit, formError } = useActionSubmit(
    form,
    async (values): Promise<ActionResult<unknown>> =>
      props.mode === "create"
        ? createHotlineCallAction(values)
        : updateHotlineCallAction(props.callId, { ...values, version: props.version }),
    () => {
      if (props.mode === "edit") {
        router.push(`/hotline/${props.callId}?updated=1`);
        router.refresh();
        return;
      }
      draft.cancel();
      startedAt.current = null;
      setChangingTime(false);
      setSaved(true);
      setCallsSaved((n) => n + 1);
      setRestored(false);
      form.reset({
        ...emptyCall(),
        receivedAt: toDateTimeLocalValue(new Date()),
        phoneDefaultCountry: props.organisationCountry,
      });
      router.refresh();
    },
  );

  // Autosave: every change schedules a draft save (create mode only).
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        // Only a change to a field counts: form.reset() after saving (no field name) neither
        // hides the "saved" message nor saves the empty form as a draft.
        callback: ({ values, name }) => {
          if (!name) return;
          startedAt.current ??= toDateTimeLocalValue(new Date());
          setSaved(false);
          scheduleDraft(values as Record<string, unknown>);
        },
      }),
    [form, scheduleDraft],
  );

  useCallKeyboard(form, formRef);
  useFocusOnNextCall(firstField, callsSaved, isSubmitting);

  const discard = async () => {
    draft.cancel();
    await discardHotlineCallDraftAction().catch(() => undefined);
    form.reset({
      ...emptyCall(),
      receivedAt: toDateTimeLocalValue(new Date()),
      phoneDefaultCountry: props.organisationCountry,
    });
    startedAt.current = null;
    setChangingTime(false);
    setRestored(false);
    firstField.current?.focus();
  };

  // Received "now": the time the operator started this call, set just before it is checked and sent.
  const onSubmit: typeof submit = (event) => {
    if (timeShown === false) form.setValue("receivedAt", startedAt.current ?? toDateTimeLocalValue(new Date()));
    return submit(event);
  };

  return (
    <FormProvider {...form}>
      <form
        {...postFallback}
        ref={formRef}
        className="stack intake"
        onSubmit={onSubmit}
        noValidate
        aria-label={t("hotline.intakeTitle")}
      >
        {restored ? (
          <div className="notice" role="status">
            {t("hotline.draftRestored")}{" "}
            <button type="button" className="btn-link" onClick={discard}>
              {t("hotline.discardDraft")}
            </button>
          </div>
        ) : null}
        {saved ? <Alert kind="success">{t("hotline.saved")}</Alert> : null}
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        <fieldset disabled={isSubmitting}>
          <CallTypeField first={firstField} />
          <TimeSection
            isData={isData}
            timeShown={timeShown}
            onTimeShownChange={setChangingTime}
            confirmTime={askConfirmation ? (unusualTime ?? "past") : null}
          />
          {isData ? (
            <>
              <CallerSection
                form={form}
                countries={props.countries}
                regions={props.regions}
                organisationCountry={props.organisationCountry}
              />
              <PersonSection countries={props.countries} />
              <DetailsSection />
            </>
          ) : null}

          <div className="page-header">
            <button type="submit" className="btn" disabled={isSubmitting} aria-busy={isSubmitting}>
              {isSubmitting
                ? t("common.saving")
                : props.mode === "create"
                  ? t("hotline.saveAndNext")
                  : t("common.save")}
            </button>
            {props.mode === "create" ? (
              <span className="draft-status" role="status" data-testid="draft-status">
                {draft.status.state === "saving"
                  ? t("hotline.draftSaving")
                  : draft.status.state === "saved"
                    ? t("hotline.draftSaved", { time: formatTime(draft.status.at, locale, timeZone) })
                    : draft.status.state === "offline"
                      ? t("hotline.draftOffline")
                      : ""}
              </span>
            ) : null}
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
