"use client";
// The hotline intake, built for an operator typing while talking: keyboard only, digits 1–7 pick
// the call type, Ctrl+Enter saves and starts the next call, the draft is saved as you type, and
// the phone number shows earlier calls from it before saving.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { formatTime } from "@/lib/i18n/format";
import { useDisplayTimeZone } from "@/components/i18n/use-time-zone";
import { createHotlineCallSchema, isUnusualCallTime, unusualCallTime, type CreateHotlineCallInput, type HotlineCallFormValues } from "@/lib/hotline/schema";
import { createHotlineCallAction, discardHotlineCallDraftAction, updateHotlineCallAction } from "@/lib/hotline/actions";
import {
  ACTIONS,
  AGE_GROUPS,
  CALL_LANGUAGES,
  CALL_TYPE_KEYS,
  CALL_TYPES,
  CHANNELS,
  RELATIONSHIPS,
  TOPICS,
  URGENCIES,
} from "@/lib/hotline/codes";
import { SEXES } from "@/lib/victims/codes";
import { toDateTimeLocalValue } from "@/lib/time/zoned";
import { emptyCall, toLocalInput } from "@/lib/hotline/form-values";
import { Field, fieldAria } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { Alert } from "@/components/ui/alert";
import { CountryOptions } from "@/components/ui/country-options";
import type { CountryChoice } from "@/lib/i18n/countries";
import { ToggleGroup } from "@/components/ui/toggle-group";
import { useActionSubmit } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { RepeatCallerNotice } from "./repeat-caller-notice";
import { callDateInputBounds, ReceivedAtField } from "./received-at-field";
import { useDraftAutosave } from "./use-draft-autosave";
import { usePostFallback } from "@/components/ui/post-fallback";

const isTextTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !["radio", "checkbox", "button", "submit"].includes(target.type)));

export function CallForm(props: {
  mode: "create" | "edit";
  initialValues: HotlineCallFormValues;
  organisationCountry: string;
  callId?: string;
  version?: number;
  draftRestored?: boolean;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
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
  const [changingTime, setChangingTime] = useState<boolean | null>(props.mode === "edit" ? null : Boolean(props.draftRestored));
  // "Now" is when the operator started entering this call: its first keystroke after the form opened or was reset.
  const startedAt = useRef<string | null>(null);
  const firstField = useRef<HTMLInputElement | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const form = useForm<HotlineCallFormValues, unknown, CreateHotlineCallInput>({
    resolver: zodResolver(createHotlineCallSchema),
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
  const phone = useWatch({ control: form.control, name: "callerPhone" }) as string | undefined;
  const isData = callType === "DATA";
  // A refused time unfolds the input, so the message sits beside what is wrong.
  const timeShown = changingTime === null ? null : changingTime || Boolean(errors.receivedAt);
  const receivedAt = useWatch({ control: form.control, name: "receivedAt" });
  const typedTime = timeShown !== false && typeof receivedAt === "string" && receivedAt ? new Date(receivedAt) : null;
  // The box appears for a typed time over a day ago or ahead of now (an edit only if the time was changed); the
  // server asks for it too, so it shows whenever the answer names it.
  const askConfirmation =
    Boolean(errors.confirmUnusualTime) ||
    (typedTime !== null && isUnusualCallTime(typedTime) && (props.mode === "create" || Boolean(form.formState.dirtyFields.receivedAt)));

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
      form.reset({ ...emptyCall(), receivedAt: toDateTimeLocalValue(new Date()), phoneDefaultCountry: props.organisationCountry });
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

  // Digits pick the call type (outside text fields); Ctrl+Enter saves from anywhere in the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        formRef.current?.requestSubmit();
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey || isTextTarget(event.target)) return;
      const type = CALL_TYPE_KEYS[event.key];
      if (!type) return;
      event.preventDefault();
      form.setValue("callType", type, { shouldDirty: true });
      document.getElementById(`callType-${type}`)?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [form]);

  // On opening, and after each saved call once the form is enabled again, focus goes to the call
  // type. (After a failed save, focus stays on the first field with an error.)
  const focusedAfter = useRef(-1);
  useEffect(() => {
    if (isSubmitting || focusedAfter.current === callsSaved) return;
    focusedAfter.current = callsSaved;
    firstField.current?.focus();
  }, [callsSaved, isSubmitting]);

  const message = (key?: string) => (key ? t(key) : undefined);
  const { ref: callTypeRef, ...callTypeField } = form.register("callType");

  const discard = async () => {
    draft.cancel();
    await discardHotlineCallDraftAction().catch(() => undefined);
    form.reset({ ...emptyCall(), receivedAt: toDateTimeLocalValue(new Date()), phoneDefaultCountry: props.organisationCountry });
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
    <form {...postFallback} ref={formRef} className="stack intake" onSubmit={onSubmit} noValidate aria-label={t("hotline.intakeTitle")}>
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
        <fieldset className="radio-group">
          <legend>{t("hotline.callType")}</legend>
          <div className="radio-row">
            {CALL_TYPES.map((type, index) => (
              <label key={type}>
                <input
                  type="radio"
                  id={`callType-${type}`}
                  value={type}
                  {...callTypeField}
                  ref={(el) => {
                    callTypeRef(el);
                    if (index === 0) firstField.current = el;
                  }}
                />
                <kbd>{index + 1}</kbd> {t(`hotline.callTypes.${type}`)}
              </label>
            ))}
          </div>
          <span className="hint muted">{t("hotline.callTypeKeys")}</span>
        </fieldset>

        <div className="grid">
          <ReceivedAtField
            changing={timeShown}
            onChangingChange={setChangingTime}
            error={message(errors.receivedAt?.message)}
            registration={form.register("receivedAt")}
          />
          {isData ? (
            <Field id="durationSeconds" label={t("hotline.duration")} error={message(errors.durationSeconds?.message)}>
              <Controller
                control={form.control}
                name="durationSeconds"
                render={({ field }) => (
                  <input
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={240}
                    step="any"
                    {...fieldAria("durationSeconds", errors.durationSeconds?.message)}
                    name={field.name}
                    ref={field.ref}
                    onBlur={field.onBlur}
                    value={field.value === "" || field.value === undefined || field.value === null ? "" : Number(field.value) / 60}
                    onChange={(event) => field.onChange(event.target.value === "" ? "" : Math.round(Number(event.target.value) * 60))}
                  />
                )}
              />
            </Field>
          ) : null}
          <Field id="channel" label={t("hotline.channel")} error={message(errors.channel?.message)}>
            <select {...fieldAria("channel", errors.channel?.message)} {...form.register("channel")}>
              <Options values={CHANNELS} label={(c) => t(`hotline.channels.${c}`)} />
            </select>
          </Field>
          {isData ? (
            <Field id="language" label={t("hotline.language")} error={message(errors.language?.message)}>
              <select {...fieldAria("language", errors.language?.message)} {...form.register("language")}>
                <Options values={CALL_LANGUAGES} label={(l) => t(`hotline.languages.${l}`)} empty={t("hotline.notRecorded")} />
              </select>
            </Field>
          ) : null}
        </div>
        {askConfirmation ? (
          <div className="field">
            <label className="checkbox-field">
              <input type="checkbox" {...fieldAria("confirmUnusualTime", errors.confirmUnusualTime?.message)} {...form.register("confirmUnusualTime")} />{" "}
              {typedTime !== null && unusualCallTime(typedTime) === "future" ? t("hotline.confirmFutureTime") : t("hotline.confirmUnusualTime")}
            </label>
            {errors.confirmUnusualTime?.message ? (
              <span className="field-error" id="confirmUnusualTime-error" role="alert">
                {t(errors.confirmUnusualTime.message)}
              </span>
            ) : null}
          </div>
        ) : null}

        {isData ? (
          <>
            <section aria-labelledby="caller-heading">
              <h2 id="caller-heading">{t("hotline.caller")}</h2>
              <div className="grid">
                <Field id="callerPhone" label={t("hotline.callerPhone")} hint={t("hotline.callerPhoneHint")} error={message(errors.callerPhone?.message)}>
                  <input type="tel" autoComplete="off" {...fieldAria("callerPhone", errors.callerPhone?.message, "hint")} {...form.register("callerPhone")} />
                </Field>
                <Field id="callerRelationship" label={t("hotline.callerRelationship")} error={message(errors.callerRelationship?.message)}>
                  <select {...fieldAria("callerRelationship", errors.callerRelationship?.message)} {...form.register("callerRelationship")}>
                    <Options values={RELATIONSHIPS} label={(r) => t(`hotline.relationships.${r}`)} empty={t("hotline.notRecorded")} />
                  </select>
                </Field>
                <Field id="callerCountry" label={t("hotline.callerCountry")} error={message(errors.callerCountry?.message)}>
                  <select {...fieldAria("callerCountry", errors.callerCountry?.message)} {...form.register("callerCountry")}>
                    <option value="">{t("hotline.notRecorded")}</option>
                    <CountryOptions countries={props.countries} />
                  </select>
                </Field>
                <Field id="callerRegion" label={t("hotline.callerRegion")} error={message(errors.callerRegion?.message)}>
                  <input autoComplete="off" maxLength={120} {...fieldAria("callerRegion", errors.callerRegion?.message)} {...form.register("callerRegion")} />
                </Field>
              </div>
              <RepeatCallerNotice phone={phone} defaultCountry={props.organisationCountry} />
              <label className="checkbox-field">
                <input type="checkbox" id="callbackConsent" {...form.register("callbackConsent")} /> {t("hotline.callbackConsent")}
              </label>
            </section>

            <section aria-labelledby="person-heading">
              <h2 id="person-heading">{t("hotline.person")}</h2>
              <div className="grid">
                <Field id="personSex" label={t("hotline.personSex")} error={message(errors.personSex?.message)}>
                  <select {...fieldAria("personSex", errors.personSex?.message)} {...form.register("personSex")}>
                    <Options values={SEXES} label={(s) => t(`victims.sexes.${s}`)} empty={t("hotline.notRecorded")} />
                  </select>
                </Field>
                <Field id="personAgeGroup" label={t("hotline.personAgeGroup")} error={message(errors.personAgeGroup?.message)}>
                  <select {...fieldAria("personAgeGroup", errors.personAgeGroup?.message)} {...form.register("personAgeGroup")}>
                    <Options values={AGE_GROUPS} label={(a) => t(`hotline.ageGroups.${a}`)} empty={t("hotline.notRecorded")} />
                  </select>
                </Field>
                <Field id="personCitizenship" label={t("hotline.personCitizenship")} error={message(errors.personCitizenship?.message)}>
                  <select {...fieldAria("personCitizenship", errors.personCitizenship?.message)} {...form.register("personCitizenship")}>
                    <option value="">{t("hotline.notRecorded")}</option>
                    <CountryOptions countries={props.countries} />
                  </select>
                </Field>
                <Field id="personCountryNow" label={t("hotline.personCountryNow")} error={message(errors.personCountryNow?.message)}>
                  <select {...fieldAria("personCountryNow", errors.personCountryNow?.message)} {...form.register("personCountryNow")}>
                    <option value="">{t("hotline.notRecorded")}</option>
                    <CountryOptions countries={props.countries} />
                  </select>
                </Field>
              </div>
            </section>

            <section aria-labelledby="call-heading">
              <h2 id="call-heading" className="visually-hidden">
                {t("hotline.details")}
              </h2>
              <Controller
                control={form.control}
                name="topics"
                render={({ field }) => (
                  <ToggleGroup
                    id="topics"
                    label={t("hotline.topics")}
                    options={TOPICS}
                    labelOf={(topic) => t(`hotline.topicNames.${topic}`)}
                    value={(field.value ?? []) as (typeof TOPICS)[number][]}
                    onChange={field.onChange}
                    error={message(errors.topics?.message ?? errors.topics?.root?.message)}
                  />
                )}
              />
              <fieldset className="radio-group" aria-describedby={errors.urgency ? "urgency-error" : undefined}>
                <legend>{t("hotline.urgency")}</legend>
                <div className="radio-row">
                  {URGENCIES.map((u) => (
                    <label key={u}>
                      <input type="radio" value={u} {...form.register("urgency")} /> {t(`hotline.urgencies.${u}`)}
                    </label>
                  ))}
                </div>
                {errors.urgency?.message ? (
                  <span className="field-error" id="urgency-error" role="alert">
                    {t(errors.urgency.message)}
                  </span>
                ) : null}
              </fieldset>
              <Field id="summary" label={t("hotline.summary")} hint={t("hotline.summaryHint")} error={message(errors.summary?.message)}>
                <textarea rows={5} maxLength={4000} {...fieldAria("summary", errors.summary?.message, "hint")} {...form.register("summary")} />
              </Field>
              <Controller
                control={form.control}
                name="actions"
                render={({ field }) => (
                  <ToggleGroup
                    id="actions"
                    label={t("hotline.actions")}
                    options={ACTIONS}
                    labelOf={(action) => t(`hotline.actionNames.${action}`)}
                    value={(field.value ?? []) as (typeof ACTIONS)[number][]}
                    onChange={field.onChange}
                    error={message(errors.actions?.message ?? errors.actions?.root?.message)}
                  />
                )}
              />
              <Field id="callbackDueAt" label={t("hotline.callbackDueAt")} error={message(errors.callbackDueAt?.message)}>
                <input type="datetime-local" {...callDateInputBounds()} {...fieldAria("callbackDueAt", errors.callbackDueAt?.message)} {...form.register("callbackDueAt")} />
              </Field>
            </section>
          </>
        ) : null}

        <div className="page-header">
          <button type="submit" className="btn" disabled={isSubmitting} aria-busy={isSubmitting}>
            {isSubmitting ? t("common.saving") : props.mode === "create" ? t("hotline.saveAndNext") : t("common.save")}
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
  );
}
