"use client";
// The frame of the small forms on a record page (a note, a consent, a support item…): validates
// with the shared schema, sends, shows the outcome, clears itself on success. A form whose send is
// final (a discharge, an answer to a request) passes `confirm`: the first press then only asks,
// saying what will happen, and the outcome is said in the page's message outlet, which stays in view
// when the refreshed page no longer shows the form.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, type DefaultValues } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "./alert";
import { SubmitButton } from "./submit-button";
import { useActionSubmit } from "./use-action-form";
import { usePostFallback } from "./post-fallback";
import { announce } from "./flash";
import {
  useSchemaForm,
  type FormSchema,
  type SchemaForm,
  type SchemaFormOutput,
  type SchemaFormValues,
} from "./use-schema-form";

export function SmallForm<S extends FormSchema, D = unknown>(props: {
  schema: S;
  defaults: NoInfer<DefaultValues<SchemaFormValues<S>>>;
  action: (values: SchemaFormOutput<S>) => Promise<ActionResult<D>>;
  submitLabel: string;
  /** What was done, said after success; from the action's answer where it depends on it ("sent to 2"). */
  successMessage: string | ((data: D) => string);
  /** The fields, which read the form from its context (components/ui/form-field.tsx); a function where they need the form itself. */
  children: ReactNode | ((form: SchemaForm<S>) => ReactNode);
  variant?: "danger" | "secondary";
  /** Clear the form after success (a new note); false for forms that edit a stored record. */
  resetOnSuccess?: boolean;
  testId?: string;
  /** The stored record the form edits: when it changes (a save, the other side's save), the form shows it; unsaved edits stay. */
  stored?: NoInfer<SchemaFormValues<S>>;
  /** Ask before sending: what will happen (may depend on the values) and the confirming button's label. */
  confirm?: { question: string | ((values: SchemaFormOutput<S>) => string); confirmLabel: string };
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const form = useSchemaForm(props.schema, {
    defaultValues: props.defaults,
    ...(props.stored ? { values: props.stored, resetOptions: { keepDirtyValues: true } } : {}),
  });
  const { submit, formError } = useActionSubmit(form, props.action, (data) => {
    const said = typeof props.successMessage === "function" ? props.successMessage(data) : props.successMessage;
    if (props.confirm) announce(said);
    else setDone(said);
    if (props.resetOnSuccess !== false) form.reset(props.defaults);
    router.refresh();
  });
  // The question asked before a final send (null: not asking).
  const [asking, setAsking] = useState<string | null>(null);
  const step = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) step.current?.focus();
  }, [asking]);
  const confirm = props.confirm;
  const ask = form.handleSubmit((values) =>
    setAsking(typeof confirm?.question === "function" ? confirm.question(values) : (confirm?.question ?? "")),
  );
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    if (confirm && asking === null) return ask(event);
    await submit(event);
    setAsking(null);
  };
  const busy = form.formState.isSubmitting;
  return (
    <form
      {...postFallback}
      className="stack"
      onSubmit={onSubmit}
      noValidate
      onChange={() => setDone(null)}
      data-testid={props.testId}
    >
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      {done ? <Alert kind="success">{done}</Alert> : null}
      <fieldset disabled={busy || asking !== null}>
        <FormProvider {...form}>
          {typeof props.children === "function" ? props.children(form) : props.children}
        </FormProvider>
        {asking === null ? (
          <div>
            <SubmitButton
              busy={busy}
              label={props.submitLabel}
              busyLabel={t("common.saving")}
              variant={props.variant}
            />
          </div>
        ) : null}
      </fieldset>
      {confirm && asking !== null ? (
        <div
          role="group"
          aria-label={asking}
          className="confirm-step"
          ref={step}
          tabIndex={-1}
          data-testid="confirm-step"
        >
          <p className="confirm-question">{asking}</p>
          <span className="confirm-buttons">
            <SubmitButton busy={busy} label={confirm.confirmLabel} busyLabel={t("common.saving")} variant="danger" />
            <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => setAsking(null)}>
              {t("common.cancel")}
            </button>
          </span>
        </div>
      ) : null}
    </form>
  );
}
