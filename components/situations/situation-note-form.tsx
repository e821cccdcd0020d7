"use client";
// A note on the situation's timeline (encrypted; whoever sees the situation reads it).
import { useTranslations } from "next-intl";
import { situationNoteSchema } from "@/lib/situations/schema";
import { addSituationNoteAction } from "@/lib/situations/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const Note = defineForm(situationNoteSchema);

export function SituationNoteForm({ situationId }: { situationId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Note.schema}
      defaults={{ body: "" }}
      action={(v) => addSituationNoteAction(situationId, v)}
      submitLabel={t("situations.addNote")}
      successMessage={t("situations.noteAdded")}
    >
      <Note.Textarea name="body" id="situationNote" label={t("situations.note")} rows={3} maxLength={4000} />
    </SmallForm>
  );
}
