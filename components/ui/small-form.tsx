"use client";
// The frame of the small forms on a record page (a note, a consent, a support item…): validates
// with the shared schema, sends, shows the outcome, clears itself on success.
import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "./alert";
import { SubmitButton } from "./submit-button";
import { useActionSubmit } from "./use-action-form";
import { usePostFallback } from "./post-fallback";

export function SmallForm<S extends z.ZodType<unknown, FieldValues>>(props: {
  schema: S;
  defaults: DefaultValues<z.input<S> & FieldValues>;
  action: (values: z.output<S>) => Promise<ActionResult<unknown>>;
  submitLabel: string;
  successMessage: string;
  children: (form: UseFormReturn<z.input<S> & FieldValues, unknown, z.output<S>>) => ReactNode;
  variant?: "danger" | "secondary";
  /** Clear the form after success (a new note); false for forms that edit a stored record. */
  resetOnSuccess?: boolean;
  testId?: string;
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const form = useForm<z.input<S> & FieldValues, unknown, z.output<S>>({
    resolver: zodResolver(props.schema as never) as never,
    defaultValues: props.defaults,
  });
  const { submit, formError } = useActionSubmit(form, props.action, () => {
    setDone(true);
    if (props.resetOnSuccess !== false) form.reset(props.defaults);
    router.refresh();
  });
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate onChange={() => setDone(false)} data-testid={props.testId}>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      {done ? <Alert kind="success">{props.successMessage}</Alert> : null}
      <fieldset disabled={form.formState.isSubmitting}>
        {props.children(form)}
        <div>
          <SubmitButton busy={form.formState.isSubmitting} label={props.submitLabel} busyLabel={t("common.saving")} variant={props.variant} />
        </div>
      </fieldset>
    </form>
  );
}
