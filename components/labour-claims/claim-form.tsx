"use client";
// On a person's page: record a claim for unpaid wages, or change one. One employer (a record of the
// organisation's, or a name), one currency, and the people of the claim: this person first, then
// co-workers added from those recruited together (the person's situations) or found by the people
// list's own search (only the organisation's people the actor may see), each with what they are owed
// and what has been recovered for them.
import { useState, type KeyboardEvent } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { CLAIM_ROUTES, CLAIM_STATUSES } from "@/lib/labour-claims/codes";
import { labourClaimSchema, updateLabourClaimSchema } from "@/lib/labour-claims/schema";
import { createLabourClaimAction, findClaimPeopleAction, updateLabourClaimAction } from "@/lib/labour-claims/actions";
import type { ClaimChoices, ClaimPersonRow } from "@/lib/labour-claims/types";
import type { PersonToLink } from "@/lib/victims/types";
import { CURRENCIES, type Currency } from "@/lib/vocabulary/currencies";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm } from "@/components/ui/form-field";
import { FieldError } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import { SmallForm } from "@/components/ui/small-form";

const Claim = defineForm(labourClaimSchema);
const Edit = defineForm(updateLabourClaimSchema);

type Countries = { first: CountryChoice[]; rest: CountryChoice[] };

/** The stored claim as the edit form's values (dates as YYYY-MM-DD, blanks as ""). */
export interface ClaimValues {
  id: string;
  version: number;
  employerPerpetratorId: string;
  employerName: string;
  countryCode: string;
  workFrom: string;
  workTo: string;
  currency: Currency;
  route: (typeof CLAIM_ROUTES)[number];
  status: (typeof CLAIM_STATUSES)[number];
  filedOn: string;
  situationId: string;
  notes: string;
  people: ClaimPersonRow[];
}

/** The people of the claim: a row per person with the amounts, and the ways to add co-workers. */
function ClaimPeople({
  prefix,
  subjectId,
  initialLabels,
  coWorkers,
}: {
  prefix: string;
  subjectId: string;
  initialLabels: Record<string, string>;
  coWorkers: ClaimChoices["coWorkers"];
}) {
  const t = useTranslations("labourClaims");
  const form = useFormContext();
  const rows = useFieldArray({ control: form.control, name: "people", keyName: "key" });
  const [labels, setLabels] = useState(initialLabels);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<PersonToLink[] | null>(null);
  const [searching, setSearching] = useState(false);
  const people = rows.fields as unknown as (ClaimPersonRow & { key: string })[];
  const onClaim = new Set(people.map((p) => p.victimId));
  const add = (id: string, label: string) => {
    setLabels((l) => ({ ...l, [id]: label }));
    rows.append({ victimId: id, owed: "", recovered: "" });
  };
  const search = async () => {
    if (query.trim().length < 2) return;
    setSearching(true);
    try {
      const result = await findClaimPeopleAction({ q: query });
      setFound(result.ok ? result.data : []);
    } finally {
      setSearching(false);
    }
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter in the search box finds people; it does not send the claim.
    if (event.key === "Enter") {
      event.preventDefault();
      void search();
    }
  };
  // The list's own error (no one on it, someone not of the organisation) stands above its rows.
  const peopleField = Claim.useField("people", { id: `${prefix}-people` });
  const labelOf = (p: PersonToLink) => [p.caseNumber, p.names ?? t("namesHidden")].join(" · ");
  return (
    <fieldset className="stack" data-testid="claim-people">
      <legend>{t("people")}</legend>
      <p className="hint muted">{t("peopleHint")}</p>
      <FieldError id={peopleField.id} error={peopleField.error} />
      <ol className="stack">
        {people.map((row, i) => {
          const name = labels[row.victimId] ?? row.victimId;
          const subject = row.victimId === subjectId;
          return (
            <li key={row.key} className="card" data-testid={`claim-person-${i}`}>
              <p>
                <strong>{subject ? t("thisPerson", { name }) : name}</strong>
              </p>
              <div className="grid">
                <Claim.Input
                  name={`people.${i}.owed`}
                  id={`${prefix}-people-${i}-owed`}
                  label={t("owed")}
                  inputMode="decimal"
                  autoComplete="off"
                />
                <Claim.Input
                  name={`people.${i}.recovered`}
                  id={`${prefix}-people-${i}-recovered`}
                  label={t("recovered")}
                  inputMode="decimal"
                  autoComplete="off"
                />
              </div>
              {subject ? null : (
                <button
                  type="button"
                  className="btn btn-secondary"
                  aria-label={t("remove", { name })}
                  onClick={() => rows.remove(i)}
                >
                  {t("removeShort")}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {coWorkers.some((w) => !onClaim.has(w.id)) ? (
        <div className="stack" data-testid="claim-co-workers">
          <p>{t("coWorkers")}</p>
          <ul className="stack">
            {coWorkers
              .filter((w) => !onClaim.has(w.id))
              .map((w) => {
                const label = `${w.name} · ${w.caseNumber}`;
                return (
                  <li key={w.id}>
                    <button type="button" className="btn btn-secondary" onClick={() => add(w.id, label)}>
                      {t("addPerson", { name: label })}
                    </button>
                  </li>
                );
              })}
          </ul>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${prefix}-find`}>{t("find")}</label>
        <input
          id={`${prefix}-find`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setFound(null);
          }}
          onKeyDown={onKey}
          autoComplete="off"
          maxLength={200}
          aria-describedby={`${prefix}-find-hint`}
        />
        <span className="hint" id={`${prefix}-find-hint`}>
          {t("findHint")}
        </span>
      </div>
      <div>
        <button type="button" className="btn btn-secondary" onClick={() => void search()} disabled={searching}>
          {searching ? t("searching") : t("findButton")}
        </button>
      </div>
      <div aria-live="polite">
        {found === null ? null : found.filter((p) => !onClaim.has(p.id)).length === 0 ? (
          <p className="muted">{t("noneFound")}</p>
        ) : (
          <ul className="stack" data-testid="claim-found-people">
            {found
              .filter((p) => !onClaim.has(p.id))
              .map((p) => (
                <li key={p.id}>
                  <button type="button" className="btn btn-secondary" onClick={() => add(p.id, labelOf(p))}>
                    {t("addPerson", { name: labelOf(p) })}
                  </button>
                </li>
              ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}

function ClaimFields({
  prefix,
  subjectId,
  labels,
  choices,
  countries,
}: {
  prefix: string;
  subjectId: string;
  labels: Record<string, string>;
  choices: ClaimChoices;
  countries: Countries;
}) {
  const t = useTranslations("labourClaims");
  return (
    <>
      <div className="grid">
        {choices.employers.length ? (
          <Claim.Select
            name="employerPerpetratorId"
            id={`${prefix}-employerRecord`}
            label={t("employerRecord")}
            hint={t("employerRecordHint")}
          >
            <option value="">{t("employerNoRecord")}</option>
            {choices.employers.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Claim.Select>
        ) : null}
        <Claim.Input
          name="employerName"
          id={`${prefix}-employerName`}
          label={t("employerName")}
          hint={t("employerNameHint")}
          autoComplete="off"
          maxLength={200}
        />
        <Claim.Select name="countryCode" id={`${prefix}-country`} label={t("country")}>
          <CountryOptions countries={countries} />
        </Claim.Select>
        <Claim.Input name="workFrom" id={`${prefix}-workFrom`} label={t("workFrom")} type="date" />
        <Claim.Input name="workTo" id={`${prefix}-workTo`} label={t("workTo")} type="date" />
        <Claim.Select name="currency" id={`${prefix}-currency`} label={t("currency")} hint={t("currencyHint")}>
          <Options values={CURRENCIES} label={(v) => v} />
        </Claim.Select>
        <Claim.Select name="route" id={`${prefix}-route`} label={t("route")}>
          <Options values={CLAIM_ROUTES} label={(v) => t(`routes.${v}`)} />
        </Claim.Select>
        <Claim.Select name="status" id={`${prefix}-status`} label={t("status")}>
          <Options values={CLAIM_STATUSES} label={(v) => t(`statuses.${v}`)} />
        </Claim.Select>
        <Claim.Input name="filedOn" id={`${prefix}-filedOn`} label={t("filedOn")} type="date" />
        {choices.situations.length ? (
          <Claim.Select name="situationId" id={`${prefix}-situation`} label={t("situation")}>
            <option value="">{t("noSituation")}</option>
            {choices.situations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.reference}
              </option>
            ))}
          </Claim.Select>
        ) : null}
      </div>
      <ClaimPeople prefix={prefix} subjectId={subjectId} initialLabels={labels} coWorkers={choices.coWorkers} />
      <Claim.Textarea name="notes" id={`${prefix}-notes`} label={t("notes")} rows={3} />
    </>
  );
}

export function AddLabourClaimForm({
  victimId,
  personName,
  choices,
  countries,
  defaultCountry,
  defaultCurrency,
}: {
  victimId: string;
  personName: string;
  choices: ClaimChoices;
  countries: Countries;
  defaultCountry: string;
  defaultCurrency: Currency;
}) {
  const t = useTranslations("labourClaims");
  return (
    <SmallForm
      schema={Claim.schema}
      defaults={{
        employerPerpetratorId: "",
        employerName: "",
        countryCode: defaultCountry,
        workFrom: "",
        workTo: "",
        currency: defaultCurrency,
        route: "NEGOTIATION",
        status: "PREPARING",
        filedOn: "",
        situationId: choices.situations.length === 1 ? choices.situations[0]!.id : "",
        notes: "",
        people: [{ victimId, owed: "", recovered: "" }],
      }}
      action={(v) => createLabourClaimAction(victimId, v)}
      submitLabel={t("add")}
      successMessage={t("added")}
      resetOnSuccess
      testId="add-labour-claim-form"
    >
      <ClaimFields
        prefix="newClaim"
        subjectId={victimId}
        labels={{ [victimId]: personName }}
        choices={choices}
        countries={countries}
      />
    </SmallForm>
  );
}

export function EditLabourClaimForm({
  victimId,
  claim,
  choices,
  countries,
}: {
  victimId: string;
  claim: ClaimValues;
  choices: ClaimChoices;
  countries: Countries;
}) {
  const t = useTranslations("labourClaims");
  const { id, people, ...fields } = claim;
  const values = {
    ...fields,
    people: people.map(({ victimId: v, owed, recovered }) => ({ victimId: v, owed, recovered })),
  };
  return (
    <SmallForm
      schema={Edit.schema}
      defaults={values}
      stored={values}
      action={(v) => updateLabourClaimAction(victimId, id, v)}
      submitLabel={t("save")}
      successMessage={t("saved")}
      variant="secondary"
      testId={`edit-labour-claim-${id}`}
    >
      <ClaimFields
        prefix={`claim-${id}`}
        subjectId={victimId}
        labels={Object.fromEntries(people.map((p) => [p.victimId, p.label]))}
        choices={choices}
        countries={countries}
      />
    </SmallForm>
  );
}
