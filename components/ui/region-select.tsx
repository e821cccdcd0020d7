"use client";
// A region chosen from the lists of the countries it goes with (the caller's country, a person's
// citizenships: lib/i18n/regions.ts, named in the user's language by the page). Shown only when one
// of them has a list; a chosen region that no longer belongs to them is emptied, so a region never
// stays behind under another country.
import { useEffect } from "react";
import { useFormContext, useWatch, type FieldValues, type Path, type PathValue } from "react-hook-form";
import { FormSelect } from "./form-field";

export type RegionChoices = Record<string, { code: string; name: string }[]>;

export function RegionSelect<T extends FieldValues>({
  name,
  countries,
  label,
  emptyLabel,
  regions,
}: {
  name: Path<T>;
  /** ISO 3166-1 alpha-2 codes whose lists are offered, in order. */
  countries: readonly string[];
  label: string;
  emptyLabel: string;
  regions: RegionChoices;
}) {
  const { control, setValue } = useFormContext<T>();
  const value = String(useWatch({ control, name }) ?? "");
  const listed = countries.flatMap((country) => regions[country] ?? []);
  const belongs = !value || listed.some((r) => r.code === value);
  useEffect(() => {
    if (!belongs) setValue(name, "" as PathValue<T, Path<T>>, { shouldDirty: true });
  }, [belongs, name, setValue]);
  if (!listed.length) return null;
  return (
    <FormSelect<T> name={name} label={label}>
      <option value="">{emptyLabel}</option>
      {listed.map((r) => (
        <option key={r.code} value={r.code}>
          {r.name}
        </option>
      ))}
    </FormSelect>
  );
}
