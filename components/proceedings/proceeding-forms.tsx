"use client";
// On a person's page: record a case they are part of (with its first hearing, if known), change one
// (its authority, the person's role, protection, compensation, outcome, links), and record a
// hearing. The case number, the lawyer and the notes are encrypted on the server; links are offered
// only to the organisation's own situations the person is in and the perpetrator records linked to
// the person (and checked again on the server).
import { useTranslations } from "next-intl";
import {
  HEARING_STATUSES,
  PROCEEDING_AUTHORITIES,
  PROCEEDING_KINDS,
  PROCEEDING_OUTCOMES,
  PROCEEDING_ROLES,
  PROTECTION_MEASURES,
  type ProceedingAuthority,
  type ProceedingKind,
  type ProceedingOutcome,
  type ProceedingRole,
  type ProtectionMeasure,
} from "@/lib/proceedings/codes";
import { hearingSchema, proceedingSchema, updateHearingSchema, updateProceedingSchema } from "@/lib/proceedings/schema";
import {
  addHearingAction,
  addProceedingAction,
  updateHearingAction,
  updateProceedingAction,
} from "@/lib/proceedings/actions";
import { CURRENCIES } from "@/lib/vocabulary/currencies";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm, FormInput } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import { SmallForm } from "@/components/ui/small-form";

const Add = defineForm(proceedingSchema);
const Edit = defineForm(updateProceedingSchema);
const Hearing = defineForm(hearingSchema);
const HearingChange = defineForm(updateHearingSchema);

type Countries = { first: CountryChoice[]; rest: CountryChoice[] };

/** What a case may be linked to: the organisation's own records, as the viewer sees them. */
export interface LinkChoices {
  situations: { id: string; reference: string }[];
  perpetrators: { id: string; name: string }[];
}

/** The stored case as the edit form's values (dates as YYYY-MM-DD, blanks as ""). */
export interface ProceedingValues {
  id: string;
  version: number;
  kind: ProceedingKind;
  authority: ProceedingAuthority;
  authorityName: string;
  countryCode: string;
  caseNumber: string;
  role: ProceedingRole;
  lawyer: string;
  openedOn: string;
  protectionAsked: ProtectionMeasure[];
  protectionGranted: ProtectionMeasure[];
  compensationClaimed: string;
  compensationAwarded: string;
  compensationCurrency: string;
  outcome: ProceedingOutcome;
  outcomeOn: string;
  situationId: string;
  perpetratorIds: string[];
  notes: string;
}

function ProceedingFields({ prefix, countries, links }: { prefix: string; countries: Countries; links: LinkChoices }) {
  const t = useTranslations("proceedings");
  return (
    <>
      <div className="grid">
        <Add.Select name="kind" id={`${prefix}Kind`} label={t("kind")}>
          <Options values={PROCEEDING_KINDS} label={(v) => t(`kinds.${v}`)} />
        </Add.Select>
        <Add.Select name="role" id={`${prefix}Role`} label={t("role")}>
          <Options values={PROCEEDING_ROLES} label={(v) => t(`roles.${v}`)} />
        </Add.Select>
        <Add.Select name="authority" id={`${prefix}Authority`} label={t("authority")}>
          <Options values={PROCEEDING_AUTHORITIES} label={(v) => t(`authorities.${v}`)} />
        </Add.Select>
        <Add.Input name="authorityName" id={`${prefix}AuthorityName`} label={t("authorityName")} />
        <Add.Select name="countryCode" id={`${prefix}Country`} label={t("country")}>
          <CountryOptions countries={countries} />
        </Add.Select>
        <Add.Input name="caseNumber" id={`${prefix}CaseNumber`} label={t("caseNumber")} autoComplete="off" />
        <Add.Input name="openedOn" id={`${prefix}OpenedOn`} label={t("openedOn")} type="date" />
        <Add.Input name="lawyer" id={`${prefix}Lawyer`} label={t("lawyer")} autoComplete="off" />
      </div>
      <Add.Checkboxes
        name="protectionAsked"
        id={`${prefix}ProtectionAsked`}
        label={t("protectionAsked")}
        options={PROTECTION_MEASURES}
        labelOf={(v) => t(`measures.${v}`)}
      />
      <Add.Checkboxes
        name="protectionGranted"
        id={`${prefix}ProtectionGranted`}
        label={t("protectionGranted")}
        options={PROTECTION_MEASURES}
        labelOf={(v) => t(`measures.${v}`)}
      />
      <div className="grid">
        <Add.Input
          name="compensationClaimed"
          id={`${prefix}Claimed`}
          label={t("compensationClaimed")}
          inputMode="decimal"
        />
        <Add.Input
          name="compensationAwarded"
          id={`${prefix}Awarded`}
          label={t("compensationAwarded")}
          inputMode="decimal"
        />
        <Add.Select name="compensationCurrency" id={`${prefix}Currency`} label={t("compensationCurrency")}>
          <Options values={CURRENCIES} label={(v) => v} empty="" />
        </Add.Select>
        <Add.Select name="outcome" id={`${prefix}Outcome`} label={t("outcome")}>
          <Options values={PROCEEDING_OUTCOMES} label={(v) => t(`outcomes.${v}`)} />
        </Add.Select>
        <Add.Input name="outcomeOn" id={`${prefix}OutcomeOn`} label={t("outcomeOn")} type="date" />
        {links.situations.length ? (
          <Add.Select name="situationId" id={`${prefix}Situation`} label={t("situation")}>
            <option value="">{t("situationNone")}</option>
            {links.situations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.reference}
              </option>
            ))}
          </Add.Select>
        ) : null}
      </div>
      {links.perpetrators.length ? (
        <Add.Checkboxes
          name="perpetratorIds"
          id={`${prefix}Perpetrators`}
          label={t("perpetrators")}
          options={links.perpetrators.map((p) => p.id)}
          labelOf={(id) => links.perpetrators.find((p) => p.id === id)?.name ?? id}
        />
      ) : null}
      <Add.Textarea name="notes" id={`${prefix}Notes`} label={t("notes")} rows={2} />
    </>
  );
}

export function AddProceedingForm({
  victimId,
  countries,
  defaultCountry,
  links,
}: {
  victimId: string;
  countries: Countries;
  defaultCountry: string;
  links: LinkChoices;
}) {
  const t = useTranslations("proceedings");
  return (
    <SmallForm
      schema={Add.schema}
      defaults={{
        kind: "CRIMINAL",
        authority: "POLICE",
        authorityName: "",
        countryCode: defaultCountry,
        caseNumber: "",
        role: "VICTIM",
        lawyer: "",
        openedOn: "",
        protectionAsked: [],
        protectionGranted: [],
        compensationClaimed: "",
        compensationAwarded: "",
        compensationCurrency: "",
        outcome: "PENDING",
        outcomeOn: "",
        situationId: "",
        perpetratorIds: [],
        notes: "",
        hearings: [{ heldOn: "", timeOfDay: "", status: "SCHEDULED", note: "" }],
      }}
      action={(v) => addProceedingAction(victimId, v)}
      submitLabel={t("add")}
      successMessage={t("added")}
      resetOnSuccess
      testId="add-proceeding-form"
    >
      <ProceedingFields prefix="newProceeding" countries={countries} links={links} />
      <fieldset>
        <legend>{t("hearings.first")}</legend>
        <div className="grid">
          {/* The hearings list is typed loosely (a blank row is dropped before it is read): plain fields. */}
          <FormInput name="hearings.0.heldOn" id="newProceedingHearingOn" label={t("hearings.heldOn")} type="date" />
          <FormInput
            name="hearings.0.timeOfDay"
            id="newProceedingHearingTime"
            label={t("hearings.timeOfDay")}
            type="time"
          />
        </div>
      </fieldset>
    </SmallForm>
  );
}

export function EditProceedingForm({
  proceeding,
  countries,
  links,
}: {
  proceeding: ProceedingValues;
  countries: Countries;
  links: LinkChoices;
}) {
  const t = useTranslations("proceedings");
  const { id, ...values } = proceeding;
  return (
    <SmallForm
      schema={Edit.schema}
      defaults={values}
      stored={values}
      action={(v) => updateProceedingAction(id, v)}
      submitLabel={t("save")}
      successMessage={t("saved")}
      variant="secondary"
      testId={`edit-proceeding-${id}`}
    >
      <ProceedingFields prefix={`proceeding-${id}-`} countries={countries} links={links} />
    </SmallForm>
  );
}

/** A hearing as its change form starts: what is recorded, and the version it was read at. */
export interface HearingRecord {
  id: string;
  heldOn: string;
  timeOfDay: string | null;
  status: (typeof HEARING_STATUSES)[number];
  note: string | null;
  version: number;
}

/** A hearing postponed (a new date), held or cancelled; its reminder follows on the server. */
export function EditHearingForm({ hearing }: { hearing: HearingRecord }) {
  const t = useTranslations("proceedings.hearings");
  const values = {
    heldOn: hearing.heldOn,
    timeOfDay: hearing.timeOfDay ?? "",
    status: hearing.status,
    note: hearing.note ?? "",
    version: hearing.version,
  };
  const prefix = `hearing-${hearing.id}`;
  return (
    <SmallForm
      schema={HearingChange.schema}
      defaults={values}
      stored={values}
      action={(v) => updateHearingAction(hearing.id, v)}
      submitLabel={t("save")}
      successMessage={t("saved")}
      resetOnSuccess={false}
      variant="secondary"
      testId={`edit-hearing-${hearing.id}`}
    >
      <div className="grid">
        <HearingChange.Input name="heldOn" id={`${prefix}-on`} label={t("heldOn")} type="date" />
        <HearingChange.Input name="timeOfDay" id={`${prefix}-time`} label={t("timeOfDay")} type="time" />
        <HearingChange.Select name="status" id={`${prefix}-status`} label={t("status")}>
          <Options values={HEARING_STATUSES} label={(v) => t(`statuses.${v}`)} />
        </HearingChange.Select>
      </div>
      <HearingChange.Textarea name="note" id={`${prefix}-note`} label={t("note")} rows={2} />
    </SmallForm>
  );
}

export function HearingForm({ proceedingId, today }: { proceedingId: string; today: string }) {
  const t = useTranslations("proceedings.hearings");
  return (
    <SmallForm
      schema={Hearing.schema}
      defaults={{ heldOn: today, timeOfDay: "", status: "SCHEDULED", note: "" }}
      action={(v) => addHearingAction(proceedingId, v)}
      submitLabel={t("add")}
      successMessage={t("added")}
      resetOnSuccess
      variant="secondary"
      testId={`hearing-form-${proceedingId}`}
    >
      <div className="grid">
        <Hearing.Input name="heldOn" id={`hearing-${proceedingId}-on`} label={t("heldOn")} type="date" />
        <Hearing.Input name="timeOfDay" id={`hearing-${proceedingId}-time`} label={t("timeOfDay")} type="time" />
        <Hearing.Select name="status" id={`hearing-${proceedingId}-status`} label={t("status")}>
          <Options values={HEARING_STATUSES} label={(v) => t(`statuses.${v}`)} />
        </Hearing.Select>
      </div>
      <Hearing.Textarea name="note" id={`hearing-${proceedingId}-note`} label={t("note")} rows={2} />
    </SmallForm>
  );
}
