import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { AddMemberForm } from "@/components/members/add-member-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export default async function NewMemberPage() {
  await requireActor("org.members.manage");
  const t = await getTranslations("members");
  return (
    <ClientMessages namespaces={["errors", "members", "invitations"]}>
      <>
        <h1>{t("addTitle")}</h1>
        <p className="muted">{t("addIntro")}</p>
        <AddMemberForm />
      </>
    </ClientMessages>
  );
}
