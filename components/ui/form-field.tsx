"use client";
// A form's field, named once: from its name, the field reads its registration, its ids, its aria
// attributes and its translated error from the form it sits in (react-hook-form's FormProvider),
// so label, control, hint and error cannot disagree. The markup is the one components/ui/field.tsx
// has always drawn: the end-to-end tests find fields by label and id.
//
// `defineForm(schema)` binds the whole set to one shared zod schema, so a field's name is checked
// against the form's values:
//   const Note = defineForm(caseNoteSchema);
//   <Note.Textarea name="text" id="noteText" label={noteLabel} hint={noteHint} rows={3} />
// Errors are translation keys (errors.*), translated here: a page with a form sends the `errors` namespace.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import {
  useController,
  useFormContext,
  useFormState,
  type ControllerRenderProps,
  type FieldValues,
  type Path,
  type UseFormRegisterReturn,
} from "react-hook-form";
import { Field, FieldError } from "./field";
import { ToggleGroup } from "./toggle-group";
import { useSchemaForm, type FormSchema, type SchemaFormOptions, type SchemaFormValues } from "./use-schema-form";

/** The attributes that tie a control to its label, hint and error. */
export type FieldAria = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };
/** What a registered control spreads: its aria attributes and its registration. */
export type FieldControl = FieldAria & UseFormRegisterReturn;

type FieldOptions = {
  /** The control's id, when it is not the field's name (two forms on a page, a prefix). */
  id?: string;
  /** Whether the field shows a hint, which the control's description then names. */
  hint?: unknown;
};

/** The field `name` of the form around: its id, translated error, aria attributes and registration. */
export function useFormField<T extends FieldValues = FieldValues>(name: Path<T>, options: FieldOptions = {}) {
  const { register, control, getFieldState } = useFormContext<T>();
  const formState = useFormState({ control, name });
  const t = useTranslations();
  const id = options.id ?? name;
  const fieldError = getFieldState(name, formState).error;
  // A list's own error (at least one topic…) stands on the list or, from some checks, on its root.
  const key = fieldError?.message ?? fieldError?.root?.message;
  const error = key ? t(key) : undefined;
  const describedBy = [options.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const aria: FieldAria = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
  return { id, name, error, aria, control, register: () => register(name) };
}

type FieldProps<T extends FieldValues> = { name: Path<T>; label: string } & Omit<FieldOptions, "hint"> & {
    hint?: string;
  };

/** A labelled field whose control is drawn by `children` from what it spreads (aria, registration). */
export function FormField<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  hint,
  children,
}: FieldProps<T> & { children: (control: FieldControl) => ReactNode }) {
  const field = useFormField<T>(name, { id, hint });
  return (
    <Field id={field.id} label={label} hint={hint} error={field.error}>
      {children({ ...field.aria, ...field.register() })}
    </Field>
  );
}

type Own = "id" | "name" | "onChange" | "onBlur" | "children";

export function FormInput<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  hint,
  ...input
}: FieldProps<T> & Omit<InputHTMLAttributes<HTMLInputElement>, Own>) {
  return (
    <FormField<T> name={name} label={label} id={id} hint={hint}>
      {(control) => <input {...input} {...control} />}
    </FormField>
  );
}

/** A select; its <option>s are the children. */
export function FormSelect<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  hint,
  children,
  ...select
}: FieldProps<T> & Omit<SelectHTMLAttributes<HTMLSelectElement>, Own> & { children: ReactNode }) {
  return (
    <FormField<T> name={name} label={label} id={id} hint={hint}>
      {(control) => (
        <select {...select} {...control}>
          {children}
        </select>
      )}
    </FormField>
  );
}

export function FormTextarea<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  hint,
  ...textarea
}: FieldProps<T> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Own>) {
  return (
    <FormField<T> name={name} label={label} id={id} hint={hint}>
      {(control) => <textarea {...textarea} {...control} />}
    </FormField>
  );
}

/** A labelled field whose control holds a value other than its input's (minutes kept as seconds…). */
export function ControlledFormField<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  hint,
  render,
}: FieldProps<T> & { render: (field: ControllerRenderProps<T, Path<T>>, aria: FieldAria) => ReactNode }) {
  const own = useFormField<T>(name, { id, hint });
  const { field } = useController<T>({ name, control: own.control });
  return (
    <Field id={own.id} label={label} hint={hint} error={own.error}>
      {render(field, own.aria)}
    </Field>
  );
}

/** A checkbox inside its label, its error after it. */
export function FormCheckbox<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  title,
}: {
  name: Path<T>;
  label: ReactNode;
  id?: string;
  title?: string;
}) {
  const field = useFormField<T>(name, { id });
  return (
    <>
      <label className="checkbox-field" title={title}>
        <input type="checkbox" {...field.aria} {...field.register()} /> {label}
      </label>
      <FieldError id={field.id} error={field.error} />
    </>
  );
}

type ChoiceProps<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  /** Prefix of the error's id (and of the toggles' name), when it is not the field's name. */
  id?: string;
  options: readonly string[];
  labelOf: (option: string) => string;
};

/** Several choices as toggles with one tab stop (components/ui/toggle-group.tsx), kept as a list. */
export function FormToggleGroup<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  options,
  labelOf,
}: ChoiceProps<T>) {
  const own = useFormField<T>(name, { id });
  const { field } = useController<T>({ name, control: own.control });
  return (
    <ToggleGroup
      id={own.id}
      label={label}
      options={options}
      labelOf={labelOf}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      error={own.error}
    />
  );
}

/** One choice of a few, as radio buttons under a legend. */
export function FormRadioGroup<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  options,
  labelOf,
}: ChoiceProps<T>) {
  const field = useFormField<T>(name, { id });
  const registration = field.register();
  return (
    <fieldset className="radio-group" aria-describedby={field.error ? `${field.id}-error` : undefined}>
      <legend>{label}</legend>
      <div className="radio-row">
        {options.map((option) => (
          <label key={option}>
            <input type="radio" value={option} {...registration} /> {labelOf(option)}
          </label>
        ))}
      </div>
      <FieldError id={field.id} error={field.error} />
    </fieldset>
  );
}

/** Several choices as plain checkboxes under a legend, kept as a list. */
export function FormCheckboxGroup<T extends FieldValues = FieldValues>({
  name,
  label,
  id,
  options,
  labelOf,
}: ChoiceProps<T>) {
  const field = useFormField<T>(name, { id });
  const registration = field.register();
  return (
    <fieldset className="checkbox-group" aria-describedby={field.error ? `${field.id}-error` : undefined}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option} className="checkbox-field">
          <input type="checkbox" value={option} {...registration} /> {labelOf(option)}
        </label>
      ))}
      <FieldError id={field.id} error={field.error} />
    </fieldset>
  );
}

/**
 * The form hook and the fields of one schema, typed by it: `name` is a path of the schema's input,
 * `useForm` makes the form (wrap its markup in FormProvider, or use SmallForm, which does).
 */
export function defineForm<S extends FormSchema>(schema: S) {
  type Values = SchemaFormValues<S>;
  return {
    schema,
    useForm: (options?: SchemaFormOptions<S>) => useSchemaForm(schema, options),
    useField: useFormField<Values>,
    Field: FormField<Values>,
    Input: FormInput<Values>,
    Select: FormSelect<Values>,
    Textarea: FormTextarea<Values>,
    Controlled: ControlledFormField<Values>,
    Checkbox: FormCheckbox<Values>,
    Toggles: FormToggleGroup<Values>,
    Radios: FormRadioGroup<Values>,
    Checkboxes: FormCheckboxGroup<Values>,
  };
}
