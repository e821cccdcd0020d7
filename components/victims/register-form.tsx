"use client";
// Registering a person, identity first. While the names, birth date or document number are
// typed, the whole network is checked for the same person.
import { useRouter } from "next/navigation";
import { FormProvider, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { RegisterVictimValues } from "@/lib/victims/schema";
import { registerVictimAction } from "@/lib/victims/actions";
import type { CountryChoice } from "@/lib/i18n/countries";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { IdentityFields } from "./identity-fields";
import { Identity } from "./identity-form";
import { DuplicateNotice } from "./duplicate-notice";
import { usePostFallback } from "@/components/ui/post-fallback";

export function RegisterVictimForm({
  defaults,
  countries,
}: {
  defaults: RegisterVictimValues;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const form = Identity.useForm({ defaultValues: defaults });
  const { submit, formError } = useActionSubmit(form, registerVictimAction, (victim) => {
    router.push(`/victims/${victim.id}?registered=${encodeURIComponent(victim.caseNumber)}`);
  });
  const { isSubmitting } = form.formState;
  const [givenName, familyName, givenNameLatin, familyNameLatin, birthDate, documentNumber] = useWatch({
    control: form.control,
    name: ["givenName", "familyName", "givenNameLatin", "familyNameLatin", "birthDate", "documentNumber"],
  });
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack intake" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        <fieldset disabled={isSubmitting}>
          <IdentityFields countries={countries} />
          <DuplicateNotice
            input={{ givenName, familyName, givenNameLatin, familyNameLatin, birthDate, documentNumber }}
          />
          <div>
            <SubmitButton busy={isSubmitting} label={t("victims.registerAnyway")} busyLabel={t("common.saving")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
