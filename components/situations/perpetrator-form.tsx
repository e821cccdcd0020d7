"use client";
// On a situation's page: record a perpetrator (recruiter, broker, employer…) linked to it. As the
// name or phone is typed (and on "Seen before?"), it asks whether the organisation recorded them
// before, and how many other organisations did (a number only): use-seen-before.ts decides when.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { z } from "zod/mini";
import { createPerpetratorAction, matchPerpetratorsAction } from "@/lib/perpetrators/actions";
import { PERPETRATOR_RELATIONS, PERPETRATOR_ROLES, PERPETRATOR_SOURCES } from "@/lib/perpetrators/codes";
import { perpetratorFormSchema } from "@/lib/perpetrators/schema";
import { Alert } from "@/components/ui/alert";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";
import { useSeenBefore, type SeenBeforeState } from "./use-seen-before";

const Perpetrator = defineForm(perpetratorFormSchema);

export function PerpetratorForm({ situationId }: { situationId: string }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = Perpetrator.useForm({ defaultValues: { name: "", role: "RECRUITER", phone: "", source: "VICTIM" } });
  const [name, phone] = useWatch({ control: form.control, name: ["name", "phone"] });
  const seen = useSeenBefore(matchPerpetratorsAction, name ?? "", phone ?? "");
  const toApi = (v: z.output<typeof perpetratorFormSchema>) => ({
    name: v.name,
    roles: [v.role],
    relation: v.relation,
    source: v.source,
    identifiers: v.phone ? [{ kind: "PHONE" as const, value: v.phone }] : [],
    situationId,
  });
  const { submit, formError } = useActionSubmit(
    form,
    (values) => createPerpetratorAction(toApi(values)),
    () => {
      setSaved(true);
      seen.reset();
      form.reset();
      router.refresh();
    },
  );
  const { isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate data-testid="perpetrator-form">
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        {saved ? <Alert kind="success">{t("situations.perpetratorRecorded")}</Alert> : null}
        <fieldset disabled={isSubmitting}>
          <div className="grid">
            <Perpetrator.Input
              name="name"
              id="perpetratorName"
              label={t("situations.perpetratorName")}
              autoComplete="off"
            />
            <Perpetrator.Input
              name="phone"
              id="perpetratorPhone"
              label={t("situations.perpetratorPhone")}
              type="tel"
              autoComplete="off"
            />
            <Perpetrator.Select name="role" id="perpetratorRole" label={t("situations.perpetratorRole")}>
              <Options values={PERPETRATOR_ROLES} label={(v) => t(`situations.roles.${v}`)} />
            </Perpetrator.Select>
            <Perpetrator.Select name="relation" id="perpetratorRelation" label={t("situations.perpetratorRelation")}>
              <Options
                values={PERPETRATOR_RELATIONS}
                label={(v) => t(`situations.relations.${v}`)}
                empty={t("hotline.notRecorded")}
              />
            </Perpetrator.Select>
            <Perpetrator.Select name="source" id="perpetratorSource" label={t("situations.perpetratorSource")}>
              <Options values={PERPETRATOR_SOURCES} label={(v) => t(`situations.sources.${v}`)} />
            </Perpetrator.Select>
          </div>
          <p>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={seen.check}
              aria-describedby="seen-before-hint"
            >
              {t("situations.checkSeenBefore")}
            </button>{" "}
            <span className="hint" id="seen-before-hint">
              {t("situations.seenBeforeHint")}
            </span>
          </p>
          {/* Always in the page, so screen readers announce each new answer (politely, after typing). */}
          <div
            role="status"
            aria-live="polite"
            className={seen.state.state === "idle" ? undefined : "notice"}
            data-testid="seen-before"
          >
            <SeenBefore state={seen.state} />
          </div>
          <div>
            <SubmitButton
              busy={isSubmitting}
              label={t("situations.recordPerpetrator")}
              busyLabel={t("common.saving")}
            />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}

function SeenBefore({ state }: { state: SeenBeforeState }) {
  const t = useTranslations();
  if (state.state === "idle") return null;
  if (state.state === "checking") return <p>{t("situations.seenBeforeChecking")}</p>;
  if (state.state !== "answered") return <p>{t(state.messageKey)}</p>;
  const { own, otherOrganisations } = state.answer;
  return (
    <>
      <p>
        {own.length
          ? t("situations.seenOwn", { names: own.map((p) => p.name).join(", ") })
          : t("situations.notSeenOwn")}
      </p>
      <p>{t("situations.seenElsewhere", { count: otherOrganisations })}</p>
    </>
  );
}
