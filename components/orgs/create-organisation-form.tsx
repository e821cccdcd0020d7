"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { createOrganisationSchema, ORGANISATION_KINDS, type CreateOrganisationInput } from "@/lib/orgs/schema";
import { createOrganisationAction } from "@/lib/orgs/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import type { CountryChoice } from "@/lib/i18n/countries";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";
import { InvitationLink } from "@/components/invitations/invitation-link";
import type { InvitationLinkView } from "@/lib/invitations/schema";

export function CreateOrganisationForm({ countries }: { countries: { first: CountryChoice[]; rest: CountryChoice[] } }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  // The first administrator's invitation link, shown once (#14.13).
  const [invitation, setInvitation] = useState<InvitationLinkView | null>(null);
  const form = useForm<z.input<typeof createOrganisationSchema>, unknown, CreateOrganisationInput>({
    resolver: zodResolver(createOrganisationSchema),
    defaultValues: { name: "", code: "", kind: "NGO", countryCode: "", timeZone: "", adminName: "", adminEmail: "" },
  });
  const { submit, formError } = useActionSubmit(form, createOrganisationAction, (data) => {
    setInvitation(data.adminInvitation);
    form.reset();
    router.refresh();
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      {invitation ? (
        <>
          <Alert kind="success">{t("orgs.created")}</Alert>
          <InvitationLink path={invitation.path} expiresAt={invitation.expiresAt} />
        </>
      ) : null}
      <fieldset disabled={isSubmitting}>
        <Field id="name" label={t("orgs.name")} error={err(errors.name?.message)}>
          <input {...fieldAria("name", errors.name?.message)} {...form.register("name")} />
        </Field>
        <Field id="code" label={t("orgs.code")} hint={t("errors.invalidOrganisationCode")} error={err(errors.code?.message)}>
          <input autoCapitalize="characters" maxLength={5} {...fieldAria("code", errors.code?.message, "hint")} {...form.register("code")} />
        </Field>
        <Field id="kind" label={t("orgs.kind")} error={err(errors.kind?.message)}>
          <select {...fieldAria("kind", errors.kind?.message)} {...form.register("kind")}>
            <Options values={ORGANISATION_KINDS} label={(kind) => t(`orgKinds.${kind}`)} />
          </select>
        </Field>
        <Field id="countryCode" label={t("orgs.country")} error={err(errors.countryCode?.message)}>
          <select {...fieldAria("countryCode", errors.countryCode?.message)} {...form.register("countryCode")}>
            <option value="">{t("orgs.chooseCountry")}</option>
            <CountryOptions countries={countries} />
          </select>
        </Field>
        <Field id="timeZone" label={t("orgs.timeZone")} error={err(errors.timeZone?.message)}>
          <input placeholder="Asia/Tashkent" {...fieldAria("timeZone", errors.timeZone?.message)} {...form.register("timeZone")} />
        </Field>
        <h2>{t("orgs.admin")}</h2>
        <Field id="adminName" label={t("orgs.adminName")} error={err(errors.adminName?.message)}>
          <input autoComplete="off" {...fieldAria("adminName", errors.adminName?.message)} {...form.register("adminName")} />
        </Field>
        <Field id="adminEmail" label={t("orgs.adminEmail")} error={err(errors.adminEmail?.message)}>
          <input type="email" autoComplete="off" {...fieldAria("adminEmail", errors.adminEmail?.message)} {...form.register("adminEmail")} />
        </Field>
        <div>
          <SubmitButton busy={isSubmitting} label={t("orgs.add")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
