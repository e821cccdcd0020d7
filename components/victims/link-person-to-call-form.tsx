"use client";
// On a call's page: find a record the organisation already holds (a name in any script, or a case
// number; the list's own search, so only people the actor may see) and link it to the call. The
// words travel in the action's body, never in the address.
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import { findPersonForCallSchema, linkPersonToCallSchema } from "@/lib/victims/schema";
import { findPeopleForCallAction, linkPersonToCallAction } from "@/lib/victims/actions";
import type { PersonToLink } from "@/lib/victims/types";
import { defineForm } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SmallForm } from "@/components/ui/small-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

const Find = defineForm(findPersonForCallSchema);
const Choose = defineForm(linkPersonToCallSchema);

export function LinkPersonToCallForm({ callId }: { callId: string }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const [found, setFound] = useState<PersonToLink[] | null>(null);
  const form = Find.useForm({ defaultValues: { q: "" } });
  const { submit, formError } = useActionSubmit(form, findPeopleForCallAction, setFound);
  const label = (p: PersonToLink) =>
    [p.caseNumber, p.names ?? t("hotline.linkNamesHidden"), p.estimatedAge !== null ? `~${p.estimatedAge}` : null]
      .filter(Boolean)
      .join(" · ");
  return (
    <div className="stack" data-testid="link-person-to-call">
      <FormProvider {...form}>
        <form {...postFallback} className="stack" onSubmit={submit} noValidate onChange={() => setFound(null)}>
          {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
          <Find.Input
            name="q"
            id="linkPersonQuery"
            label={t("hotline.linkFind")}
            hint={t("hotline.linkFindHint")}
            autoComplete="off"
            maxLength={200}
          />
          <div>
            <SubmitButton
              busy={form.formState.isSubmitting}
              label={t("hotline.linkFindButton")}
              busyLabel={t("hotline.linkSearching")}
              variant="secondary"
            />
          </div>
        </form>
      </FormProvider>
      <div aria-live="polite">
        {found === null ? null : found.length === 0 ? (
          <p className="muted">{t("hotline.linkNoneFound")}</p>
        ) : (
          <SmallForm
            schema={Choose.schema}
            defaults={{ victimId: "" }}
            action={(values) => linkPersonToCallAction(callId, values)}
            submitLabel={t("hotline.linkPerson")}
            successMessage={t("hotline.personLinked")}
            testId="link-person-choice"
          >
            <Choose.Radios
              name="victimId"
              id="linkVictimId"
              label={t("hotline.linkChoose")}
              options={found.map((p) => p.id)}
              labelOf={(id) => label(found.find((p) => p.id === id)!)}
            />
          </SmallForm>
        )}
      </div>
    </div>
  );
}
