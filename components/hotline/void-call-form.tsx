"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { voidHotlineCallSchema, type VoidHotlineCallInput } from "@/lib/hotline/schema";
import { voidHotlineCallAction } from "@/lib/hotline/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

export function VoidCallForm({ callId, version }: { callId: string; version: number }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const form = useForm<z.input<typeof voidHotlineCallSchema>, unknown, VoidHotlineCallInput>({
    resolver: zodResolver(voidHotlineCallSchema),
    defaultValues: { reason: "", version },
  });
  const { submit, formError } = useActionSubmit(form, (values) => voidHotlineCallAction(callId, values), () => {
    setDone(true);
    router.refresh();
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      {done ? <Alert kind="success">{t("hotline.voidDone")}</Alert> : null}
      <p className="muted">{t("hotline.voidHint")}</p>
      <fieldset disabled={isSubmitting}>
        <Field id="voidReason" label={t("hotline.voidReason")} error={errors.reason?.message && t(errors.reason.message)}>
          <input {...fieldAria("voidReason", errors.reason?.message)} {...form.register("reason")} />
        </Field>
        <div>
          <SubmitButton busy={isSubmitting} label={t("hotline.void")} busyLabel={t("common.saving")} variant="danger" />
        </div>
      </fieldset>
    </form>
  );
}
