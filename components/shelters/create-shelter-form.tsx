"use client";
import { useTranslations } from "next-intl";
import { createShelterFormSchema, parseBedLines } from "@/lib/shelters/schema";
import { createShelterAction } from "@/lib/shelters/actions";
import { POPULATIONS, STAY_SERVICES } from "@/lib/shelters/codes";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { SmallForm } from "@/components/ui/small-form";
import { CountryOptions } from "@/components/ui/country-options";

const Shelter = defineForm(createShelterFormSchema);

export function CreateShelterForm({
  countries,
  defaultCountry,
}: {
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
  defaultCountry: string;
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Shelter.schema}
      defaults={{
        name: "",
        city: "",
        countryCode: defaultCountry,
        address: "",
        phone: "",
        population: "WOMEN",
        minAge: "",
        maxAge: "",
        capacity: 10,
        services: [],
        beds: "",
      }}
      action={(values) => createShelterAction({ ...values, beds: parseBedLines(values.beds) })}
      submitLabel={t("shelters.create")}
      successMessage={t("shelters.created")}
    >
      <div className="grid">
        {(["name", "city", "address", "phone"] as const).map((name) => (
          <Shelter.Input
            key={name}
            name={name}
            id={`shelter-${name}`}
            label={t(`shelters.${name}`)}
            hint={name === "address" || name === "phone" ? t("shelters.secretHint") : undefined}
          />
        ))}
        <Shelter.Select name="countryCode" id="shelter-country" label={t("orgs.country")}>
          <CountryOptions countries={countries} />
        </Shelter.Select>
        <Shelter.Select name="population" id="shelter-population" label={t("shelters.population")}>
          <Options values={POPULATIONS} label={(v) => t(`shelters.populations.${v}`)} />
        </Shelter.Select>
        <Shelter.Input name="minAge" id="shelter-minAge" label={t("shelters.minAge")} type="number" />
        <Shelter.Input name="maxAge" id="shelter-maxAge" label={t("shelters.maxAge")} type="number" />
        <Shelter.Input name="capacity" id="shelter-capacity" label={t("shelters.capacity")} type="number" min={1} />
      </div>
      <Shelter.Toggles
        name="services"
        id="shelter-services"
        label={t("shelters.services")}
        options={STAY_SERVICES}
        labelOf={(v) => t(`shelters.serviceKinds.${v}`)}
      />
      <Shelter.Textarea
        name="beds"
        id="shelter-beds"
        label={t("shelters.beds")}
        hint={t("shelters.bedsHint")}
        rows={4}
      />
    </SmallForm>
  );
}
