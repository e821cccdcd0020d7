"use client";
import { useTranslations } from "next-intl";
import { breakGlassSchema } from "@/lib/victims/schema";
import { breakGlassAction } from "@/lib/victims/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { SmallForm } from "@/components/ui/small-form";

/** Opening a restricted record: the reason is required, recorded and shown to the ORG_ADMIN. */
export function BreakGlassForm({ victimId }: { victimId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={breakGlassSchema}
      defaults={{ reason: "" }}
      action={(values) => breakGlassAction(victimId, values)}
      submitLabel={t("victims.breakGlass")}
      successMessage={t("victims.breakGlassDone")}
      variant="danger"
    >
      {(form) => (
        <Field id="breakGlassReason" label={t("victims.breakGlassReason")} error={form.formState.errors.reason?.message ? t(form.formState.errors.reason.message as string) : undefined}>
          <textarea rows={3} {...fieldAria("breakGlassReason", form.formState.errors.reason?.message as string)} {...form.register("reason")} />
        </Field>
      )}
    </SmallForm>
  );
}
