import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { listCallbackQueue } from "@/lib/hotline/data";
import { CallsTable } from "@/components/hotline/calls-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hotline"))("callbacksTitle") };
}

export default async function CallbacksPage() {
  const actor = await requireActor("hotline.calls.read");
  const calls = await listCallbackQueue(actor.scope);
  const t = await getTranslations("hotline");
  const locale = await getLocale();
  return (
    <>
      <p>
        <Link href="/hotline">← {t("title")}</Link>
      </p>
      <h1>{t("callbacksTitle")}</h1>
      {calls.length === 0 ? (
        <p className="muted">{t("callbacksNone")}</p>
      ) : (
        <CallsTable
          calls={calls}
          locale={locale}
          timeZone={actor.timeZone}
          highlightOverdue
          callbackLinks={roleHas(actor.role, "hotline.calls.log")}
        />
      )}
    </>
  );
}
