"use client";
// Connects a react-hook-form form to a server action: validates in the browser with the shared
// zod schema, sends, and puts server-side field errors (business rules) back on their fields.
// Input is never cleared on failure, so nothing typed is lost.
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

export function useActionSubmit<TInput extends FieldValues, TOutput, TData>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own context type
  form: UseFormReturn<TInput, any, TOutput>,
  action: (values: TOutput) => Promise<ActionResult<TData>>,
  onSuccess: (data: TData) => void,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values, event) => {
    setFormError(null);
    let result: ActionResult<TData>;
    try {
      result = await action(values);
    } catch {
      setFormError("errors.network");
      return;
    }
    if (result.ok) {
      onSuccess(result.data);
      return;
    }
    const known = form.getValues();
    const fields = Object.entries(result.fields ?? {});
    for (const [name, key] of fields) {
      if (name in known) form.setError(name as Path<TInput>, { message: key });
    }
    // A specific message (not just the generic code behind field errors) is shown too, unless the
    // same message already stands under a field the form shows: a refusal is said once.
    const generic = ["errors.INVALID", "errors.CONFLICT", "errors.UNPROCESSABLE"].includes(result.messageKey);
    const element = event?.target instanceof HTMLFormElement ? event.target : null;
    const shownOnField = fields.some(
      ([name, key]) => key === result.messageKey && name in known && element?.elements.namedItem(name) != null,
    );
    if (!shownOnField && (!generic || fields.length === 0 || fields.some(([name]) => !(name in known))))
      setFormError(result.messageKey);
  });
  return { submit, formError, setFormError };
}
