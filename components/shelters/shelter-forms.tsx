"use client";
// The forms of the shelter pages, each on the shared schemas in lib/shelters/schema.ts.
import { Controller } from "react-hook-form";
import { useTranslations } from "next-intl";
import {
  admitSchema,
  answerPlacementSchema,
  createShelterFormSchema,
  dischargeSchema,
  parseBedLines,
  placementRequestSchema,
  stayIncidentSchema,
  stayServiceSchema,
  updateStaySchema,
} from "@/lib/shelters/schema";
import type { ActionResult } from "@/lib/action-result";
import { admitAction, answerPlacementAction, assignShelterStaffAction, createShelterAction, requestPlacementAction, updateStayAction } from "@/lib/shelters/actions";
import { EXIT_DESTINATIONS, POPULATIONS, STAY_SERVICES } from "@/lib/shelters/codes";
import type { CountryChoice } from "@/lib/i18n/countries";
import { z } from "zod";
import { Field } from "@/components/ui/field";
import { NamedOptions } from "@/components/ui/named-options";
import { Options } from "@/components/ui/options";
import { SmallForm } from "@/components/ui/small-form";
import { ToggleGroup } from "@/components/ui/toggle-group";
import { CountryOptions } from "@/components/ui/country-options";

type Named = { id: string; name: string };

/**
 * The server names a nested field by its path in the PATCH body ("discharge.dischargedAt"); the
 * small forms know it by its own name, so the message lands next to the right field.
 */
async function unprefixed<T>(pending: Promise<ActionResult<T>>, prefix: string): Promise<ActionResult<T>> {
  const result = await pending;
  if (result.ok || !result.fields) return result;
  return { ...result, fields: Object.fromEntries(Object.entries(result.fields).map(([key, value]) => [key.startsWith(prefix) ? key.slice(prefix.length) : key, value])) };
}
type Bed = { id: string; label: string; room: string | null; taken: boolean };

/** Free beds as named choices ("Room 1: A"). */
const freeBeds = (beds: Bed[]) => beds.filter((b) => !b.taken).map((b) => ({ id: b.id, name: b.room ? `${b.room}: ${b.label}` : b.label }));
const useMessage = () => {
  const t = useTranslations();
  return (key: unknown) => (typeof key === "string" ? t(key) : undefined);
};

export function CreateShelterForm({ countries, defaultCountry }: { countries: { first: CountryChoice[]; rest: CountryChoice[] }; defaultCountry: string }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={createShelterFormSchema}
      defaults={{ name: "", city: "", countryCode: defaultCountry, address: "", phone: "", population: "WOMEN", minAge: "", maxAge: "", capacity: 10, services: [], beds: "" }}
      action={(values) => createShelterAction({ ...values, beds: parseBedLines(values.beds) })}
      submitLabel={t("shelters.create")}
      successMessage={t("shelters.created")}
    >
      {(form) => (
        <>
          <div className="grid">
            {(["name", "city", "address", "phone"] as const).map((name) => (
              <Field key={name} id={`shelter-${name}`} label={t(`shelters.${name}`)} hint={name === "address" || name === "phone" ? t("shelters.secretHint") : undefined} error={message(form.formState.errors[name]?.message)}>
                <input id={`shelter-${name}`} {...form.register(name)} />
              </Field>
            ))}
            <Field id="shelter-country" label={t("orgs.country")} error={message(form.formState.errors.countryCode?.message)}>
              <select id="shelter-country" {...form.register("countryCode")}>
                <CountryOptions countries={countries} />
              </select>
            </Field>
            <Field id="shelter-population" label={t("shelters.population")}>
              <select id="shelter-population" {...form.register("population")}>
                <Options values={POPULATIONS} label={(v) => t(`shelters.populations.${v}`)} />
              </select>
            </Field>
            <Field id="shelter-minAge" label={t("shelters.minAge")} error={message(form.formState.errors.minAge?.message)}>
              <input id="shelter-minAge" type="number" {...form.register("minAge")} />
            </Field>
            <Field id="shelter-maxAge" label={t("shelters.maxAge")} error={message(form.formState.errors.maxAge?.message)}>
              <input id="shelter-maxAge" type="number" {...form.register("maxAge")} />
            </Field>
            <Field id="shelter-capacity" label={t("shelters.capacity")} error={message(form.formState.errors.capacity?.message)}>
              <input id="shelter-capacity" type="number" min={1} {...form.register("capacity")} />
            </Field>
          </div>
          <Controller
            control={form.control}
            name="services"
            render={({ field }) => (
              <ToggleGroup id="shelter-services" label={t("shelters.services")} options={STAY_SERVICES} labelOf={(v) => t(`shelters.serviceKinds.${v}`)} value={(field.value as string[] as (typeof STAY_SERVICES)[number][]) ?? []} onChange={field.onChange} />
            )}
          />
          <Field id="shelter-beds" label={t("shelters.beds")} hint={t("shelters.bedsHint")} error={message(form.formState.errors.beds?.message)}>
            <textarea id="shelter-beds" rows={4} {...form.register("beds")} />
          </Field>
        </>
      )}
    </SmallForm>
  );
}

export function AdmitForm({ shelterId, today, beds, candidates }: { shelterId: string; today: string; beds: { id: string; label: string; room: string | null; taken: boolean }[]; candidates: { id: string; caseNumber: string; givenName: string; familyName: string; placementRequestId: string | null }[] }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={admitSchema}
      defaults={{ victimId: "", bedId: "", admittedAt: today, referredBy: "", plannedDischargeOn: "", healthNotes: "" }}
      action={(values) => admitAction(shelterId, { ...values, placementRequestId: candidates.find((c) => c.id === values.victimId)?.placementRequestId ?? undefined })}
      submitLabel={t("shelters.admit")}
      successMessage={t("shelters.admitted")}
    >
      {(form) => (
        <div className="grid">
          <Field id="admit-person" label={t("shelters.person")} error={message(form.formState.errors.victimId?.message)}>
            <select id="admit-person" {...form.register("victimId")}>
              <option value="">{t("hotline.notRecorded")}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.caseNumber} · {c.givenName} {c.familyName}
                  {c.placementRequestId ? ` (${t("shelters.held")})` : ""}
                </option>
              ))}
            </select>
          </Field>
          <Field id="admit-bed" label={t("shelters.bed")} error={message(form.formState.errors.bedId?.message)}>
            <select id="admit-bed" {...form.register("bedId")}>
              <NamedOptions items={freeBeds(beds)} empty={t("shelters.anyBed")} />
            </select>
          </Field>
          <Field id="admit-date" label={t("shelters.admittedAt")} error={message(form.formState.errors.admittedAt?.message)}>
            <input id="admit-date" type="date" {...form.register("admittedAt")} />
          </Field>
          <Field id="admit-planned" label={t("shelters.plannedDischarge")} error={message(form.formState.errors.plannedDischargeOn?.message)}>
            <input id="admit-planned" type="date" {...form.register("plannedDischargeOn")} />
          </Field>
          <Field id="admit-referred" label={t("shelters.referredBy")}>
            <input id="admit-referred" {...form.register("referredBy")} />
          </Field>
          <Field id="admit-health" label={t("shelters.healthNotes")} hint={t("shelters.healthNotesHint")}>
            <input id="admit-health" {...form.register("healthNotes")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

export function ServiceForm({ stayId, version, today }: { stayId: string; version: number; today: string }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={stayServiceSchema}
      defaults={{ kind: "MEDICAL", providedOn: today, provider: "" }}
      action={(values) => unprefixed(updateStayAction(stayId, { version, addService: values }), "addService.")}
      submitLabel={t("shelters.recordService")}
      successMessage={t("shelters.serviceRecorded")}
    >
      {(form) => (
        <div className="grid">
          <Field id={`service-${stayId}`} label={t("shelters.service")}>
            <select id={`service-${stayId}`} {...form.register("kind")}>
              <Options values={STAY_SERVICES} label={(v) => t(`shelters.serviceKinds.${v}`)} />
            </select>
          </Field>
          <Field id={`service-date-${stayId}`} label={t("casework.occurredOn")} error={message(form.formState.errors.providedOn?.message)}>
            <input id={`service-date-${stayId}`} type="date" {...form.register("providedOn")} />
          </Field>
          <Field id={`service-provider-${stayId}`} label={t("casework.provider")}>
            <input id={`service-provider-${stayId}`} {...form.register("provider")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

export function IncidentForm({ stayId, version, today }: { stayId: string; version: number; today: string }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={stayIncidentSchema}
      defaults={{ occurredAt: today, description: "" }}
      action={(values) => unprefixed(updateStayAction(stayId, { version, addIncident: values }), "addIncident.")}
      submitLabel={t("shelters.recordIncident")}
      successMessage={t("shelters.incidentRecorded")}
    >
      {(form) => (
        <div className="grid">
          <Field id={`incident-date-${stayId}`} label={t("casework.occurredOn")} error={message(form.formState.errors.occurredAt?.message)}>
            <input id={`incident-date-${stayId}`} type="date" {...form.register("occurredAt")} />
          </Field>
          <Field id={`incident-${stayId}`} label={t("shelters.incident")} hint={t("casework.noteHint")} error={message(form.formState.errors.description?.message)}>
            <input id={`incident-${stayId}`} {...form.register("description")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

export function MoveForm({ stayId, version, beds }: { stayId: string; version: number; beds: { id: string; label: string; room: string | null; taken: boolean }[] }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={updateStaySchema.pick({ moveToBedId: true })}
      defaults={{ moveToBedId: "" }}
      action={(values) => updateStayAction(stayId, { version, ...values })}
      submitLabel={t("shelters.move")}
      successMessage={t("shelters.moved")}
    >
      {(form) => (
        <Field id={`move-${stayId}`} label={t("shelters.moveTo")} error={message(form.formState.errors.moveToBedId?.message)}>
          <select id={`move-${stayId}`} {...form.register("moveToBedId")}>
            <NamedOptions items={freeBeds(beds)} empty={t("hotline.notRecorded")} />
          </select>
        </Field>
      )}
    </SmallForm>
  );
}

export function DischargeForm({ stayId, version, today }: { stayId: string; version: number; today: string }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={dischargeSchema}
      defaults={{ dischargedAt: today, exitDestination: "FAMILY", exitReason: "" }}
      action={(values) => unprefixed(updateStayAction(stayId, { version, discharge: values }), "discharge.")}
      submitLabel={t("shelters.discharge")}
      successMessage={t("shelters.discharged")}
      variant="danger"
      confirm={{ question: t("shelters.dischargeConfirm"), confirmLabel: t("shelters.dischargeYes") }}
    >
      {(form) => (
        <div className="grid">
          <Field id={`discharge-date-${stayId}`} label={t("shelters.dischargedAt")} error={message(form.formState.errors.dischargedAt?.message)}>
            <input id={`discharge-date-${stayId}`} type="date" {...form.register("dischargedAt")} />
          </Field>
          <Field id={`discharge-to-${stayId}`} label={t("shelters.exitDestination")}>
            <select id={`discharge-to-${stayId}`} {...form.register("exitDestination")}>
              <Options values={EXIT_DESTINATIONS} label={(v) => t(`shelters.exitDestinations.${v}`)} />
            </select>
          </Field>
          <Field id={`discharge-reason-${stayId}`} label={t("shelters.exitReason")}>
            <input id={`discharge-reason-${stayId}`} {...form.register("exitReason")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

export function AssignStaffForm({ shelterId, staff }: { shelterId: string; staff: Named[] }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={z.object({ userId: z.uuid("errors.invalidChoice") })}
      defaults={{ userId: "" }}
      action={(values) => assignShelterStaffAction(shelterId, values)}
      submitLabel={t("shelters.assign")}
      successMessage={t("shelters.assigned")}
    >
      {(form) => (
        <Field id="assign-staff" label={t("shelters.staffMember")}>
          <select id="assign-staff" {...form.register("userId")}>
            <NamedOptions items={staff} empty={t("hotline.notRecorded")} />
          </select>
        </Field>
      )}
    </SmallForm>
  );
}

export function PlacementRequestForm({ shelterId, people }: { shelterId: string; people: { id: string; caseNumber: string; givenName: string | null; familyName: string | null }[] }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={placementRequestSchema}
      defaults={{ shelterId, victimId: "", note: "" }}
      action={requestPlacementAction}
      submitLabel={t("shelters.requestPlacement")}
      successMessage={t("shelters.requestSent")}
    >
      {(form) => (
        <div className="grid">
          <Field id={`request-person-${shelterId}`} label={t("shelters.person")} hint={t("shelters.consentNeeded")} error={message(form.formState.errors.victimId?.message)}>
            <select id={`request-person-${shelterId}`} {...form.register("victimId")}>
              <option value="">{t("hotline.notRecorded")}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.caseNumber} · {p.givenName} {p.familyName}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`request-note-${shelterId}`} label={t("shelters.requestNote")} hint={t("shelters.requestNoteHint")} error={message(form.formState.errors.note?.message)}>
            <input id={`request-note-${shelterId}`} {...form.register("note")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

export function AnswerPlacementForm({ requestId }: { requestId: string }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={answerPlacementSchema}
      defaults={{ decision: "ACCEPT", holdHours: 48, reason: "" }}
      action={(values) => answerPlacementAction(requestId, values)}
      submitLabel={t("referrals.decide")}
      successMessage={t("referrals.decided")}
      confirm={{
        question: (values) => (values.decision === "ACCEPT" ? t("shelters.answerAcceptConfirm", { hours: values.holdHours ?? 48 }) : t("shelters.answerDeclineConfirm")),
        confirmLabel: t("shelters.answerYes"),
      }}
    >
      {(form) => (
        <div className="grid">
          <Field id={`answer-${requestId}`} label={t("referrals.decision")}>
            <select id={`answer-${requestId}`} {...form.register("decision")}>
              <Options values={["ACCEPT", "DECLINE"]} label={(v) => t(`referrals.decisions.${v}`)} />
            </select>
          </Field>
          <Field id={`hold-${requestId}`} label={t("shelters.holdHours")} error={message(form.formState.errors.holdHours?.message)}>
            <input id={`hold-${requestId}`} type="number" min={1} max={168} {...form.register("holdHours")} />
          </Field>
          <Field id={`answer-reason-${requestId}`} label={t("referrals.decisionReason")} error={message(form.formState.errors.reason?.message)}>
            <input id={`answer-reason-${requestId}`} {...form.register("reason")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}
