"use client";
// A react-hook-form form made from the shared zod schema: its values are the schema's input (as
// the inputs hold it), its submitted values the schema's output, so a form declares no types of its own.
import { useForm, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod/mini";

/** A schema a form can be made from: an object of fields. */
export type FormSchema = z.core.$ZodType<unknown, FieldValues>;

/**
 * What a form's inputs hold where the schema expects a choice or a text: an empty string until
 * one is chosen or typed (a select's "—", an empty date). The schema judges it when the form is
 * checked, with its own message ("errors.invalidChoice", or an optional field left out).
 */
type Blankable<T> = T extends string
  ? T | ""
  : T extends Date
    ? T
    : T extends readonly (infer U)[]
      ? [U] extends [string]
        ? T
        : Blankable<U>[]
      : T extends object
        ? { [K in keyof T]: Blankable<T[K]> }
        : T;

/** The values of a form made from `S`, as its inputs hold them. */
export type SchemaFormValues<S extends FormSchema> = { [K in keyof z.input<S>]: Blankable<z.input<S>[K]> };
/** The values a form made from `S` submits: the schema's output. */
export type SchemaFormOutput<S extends FormSchema> = z.output<S>;
export type SchemaForm<S extends FormSchema> = UseFormReturn<SchemaFormValues<S>, unknown, SchemaFormOutput<S>>;
export type SchemaFormOptions<S extends FormSchema> = Omit<
  UseFormProps<SchemaFormValues<S>, unknown, SchemaFormOutput<S>>,
  "resolver"
>;

export function useSchemaForm<S extends FormSchema>(schema: S, options?: SchemaFormOptions<S>): SchemaForm<S> {
  // The resolver checks whatever the inputs hold: the blank strings above are the schema's to refuse.
  const resolver = zodResolver(schema) as unknown as Resolver<SchemaFormValues<S>, unknown, SchemaFormOutput<S>>;
  return useForm<SchemaFormValues<S>, unknown, SchemaFormOutput<S>>({ ...options, resolver });
}
