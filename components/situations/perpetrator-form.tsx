"use client";
// On a situation's page: record a perpetrator (recruiter, broker, employer…) linked to it. As the
// name or phone is typed, "Check" asks whether the organisation recorded them before, and how many
// other organisations did (a number only).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { createPerpetratorAction, matchPerpetratorsAction } from "@/lib/perpetrators/actions";
import { PERPETRATOR_RELATIONS, PERPETRATOR_ROLES, PERPETRATOR_SOURCES } from "@/lib/perpetrators/codes";
import { perpetratorFormSchema } from "@/lib/perpetrators/schema";
import { Alert } from "@/components/ui/alert";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

const Perpetrator = defineForm(perpetratorFormSchema);

type Seen = { own: { id: string; name: string }[]; otherOrganisations: number } | null;

export function PerpetratorForm({ situationId }: { situationId: string }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [seen, setSeen] = useState<Seen>(null);
  const [saved, setSaved] = useState(false);
  const form = Perpetrator.useForm({ defaultValues: { name: "", role: "RECRUITER", phone: "", source: "VICTIM" } });
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
      setSeen(null);
      form.reset();
      router.refresh();
    },
  );
  const check = async () => {
    const { name, phone } = form.getValues();
    const answer = await matchPerpetratorsAction({
      name: name || undefined,
      identifiers: phone ? [{ kind: "PHONE", value: phone }] : [],
    });
    setSeen(answer.ok ? { own: answer.data.own, otherOrganisations: answer.data.otherOrganisations } : null);
  };
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
            <button type="button" className="btn btn-secondary" onClick={check}>
              {t("situations.checkSeenBefore")}
            </button>
          </p>
          {seen ? (
            <div role="status" className="notice" data-testid="seen-before">
              <p>
                {seen.own.length
                  ? t("situations.seenOwn", { names: seen.own.map((p) => p.name).join(", ") })
                  : t("situations.notSeenOwn")}
              </p>
              <p>{t("situations.seenElsewhere", { count: seen.otherOrganisations })}</p>
            </div>
          ) : null}
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
