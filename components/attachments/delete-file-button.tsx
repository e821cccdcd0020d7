"use client";
// Removes a wrong upload, after asking: the file and its sealed content are gone for good.
import { useTranslations } from "next-intl";
import { deleteAttachmentAction } from "@/lib/attachments/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function DeleteFileButton({ id, name, returnTo }: { id: string; name: string; returnTo: string }) {
  const t = useTranslations("attachments");
  return (
    <ConfirmActionButton
      label={t("delete")}
      question={t("deleteConfirm", { name })}
      confirmLabel={t("deleteYes")}
      doneMessage={t("deleted", { name })}
      run={() => deleteAttachmentAction(id, returnTo)}
      testId="file-delete"
    />
  );
}
