"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import { voidHotlineCallSchema } from "@/lib/hotline/schema";
import { voidHotlineCallAction } from "@/lib/hotline/actions";
import { defineForm } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

const VoidCall = defineForm(voidHotlineCallSchema);

export function VoidCallForm({ callId, version }: { callId: string; version: number }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const form = VoidCall.useForm({ defaultValues: { reason: "", version } });
  const { submit, formError } = useActionSubmit(
    form,
    (values) => voidHotlineCallAction(callId, values),
    () => {
      setDone(true);
      router.refresh();
    },
  );
  const { isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        {done ? <Alert kind="success">{t("hotline.voidDone")}</Alert> : null}
        <p className="muted">{t("hotline.voidHint")}</p>
        <fieldset disabled={isSubmitting}>
          <VoidCall.Input name="reason" id="voidReason" label={t("hotline.voidReason")} />
          <div>
            <SubmitButton
              busy={isSubmitting}
              label={t("hotline.void")}
              busyLabel={t("common.saving")}
              variant="danger"
            />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
