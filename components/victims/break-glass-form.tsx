"use client";
import { useTranslations } from "next-intl";
import { breakGlassSchema } from "@/lib/victims/schema";
import { breakGlassAction } from "@/lib/victims/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const BreakGlass = defineForm(breakGlassSchema);

/** Opening a restricted record: the reason is required, recorded and shown to the ORG_ADMIN. */
export function BreakGlassForm({ victimId }: { victimId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={BreakGlass.schema}
      defaults={{ reason: "" }}
      action={(values) => breakGlassAction(victimId, values)}
      submitLabel={t("victims.breakGlass")}
      successMessage={t("victims.breakGlassDone")}
      variant="danger"
    >
      <BreakGlass.Textarea name="reason" id="breakGlassReason" label={t("victims.breakGlassReason")} rows={3} />
    </SmallForm>
  );
}
