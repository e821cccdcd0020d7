"use client";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createOrganisationSchema, ORGANISATION_KINDS } from "@/lib/orgs/schema";
import { createOrganisationAction } from "@/lib/orgs/actions";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import type { CountryChoice } from "@/lib/i18n/countries";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";
import { InvitationLink } from "@/components/invitations/invitation-link";
import type { InvitationLinkView } from "@/lib/invitations/schema";

const Organisation = defineForm(createOrganisationSchema);

export function CreateOrganisationForm({
  countries,
}: {
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  // The first administrator's invitation link, shown once.
  const [invitation, setInvitation] = useState<InvitationLinkView | null>(null);
  const form = Organisation.useForm({
    defaultValues: { name: "", code: "", kind: "NGO", countryCode: "", timeZone: "", adminName: "", adminEmail: "" },
  });
  const { submit, formError } = useActionSubmit(form, createOrganisationAction, (data) => {
    setInvitation(data.adminInvitation);
    form.reset();
    router.refresh();
  });
  const { isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        {invitation ? (
          <>
            <Alert kind="success">{t("orgs.created")}</Alert>
            <InvitationLink path={invitation.path} expiresAt={invitation.expiresAt} />
          </>
        ) : null}
        <fieldset disabled={isSubmitting}>
          <Organisation.Input name="name" label={t("orgs.name")} />
          <Organisation.Input
            name="code"
            label={t("orgs.code")}
            hint={t("errors.invalidOrganisationCode")}
            autoCapitalize="characters"
            maxLength={5}
          />
          <Organisation.Select name="kind" label={t("orgs.kind")}>
            <Options values={ORGANISATION_KINDS} label={(kind) => t(`orgKinds.${kind}`)} />
          </Organisation.Select>
          <Organisation.Select name="countryCode" label={t("orgs.country")}>
            <option value="">{t("orgs.chooseCountry")}</option>
            <CountryOptions countries={countries} />
          </Organisation.Select>
          <Organisation.Input name="timeZone" label={t("orgs.timeZone")} placeholder="Asia/Tashkent" />
          <h2>{t("orgs.admin")}</h2>
          <Organisation.Input name="adminName" label={t("orgs.adminName")} autoComplete="off" />
          <Organisation.Input name="adminEmail" label={t("orgs.adminEmail")} type="email" autoComplete="off" />
          <div>
            <SubmitButton busy={isSubmitting} label={t("orgs.add")} busyLabel={t("common.saving")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
