import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/i18n/format";
import { listReceivedContactRequests } from "@/lib/perpetrators/contact-requests";
import { ContactAnswerForm } from "@/components/perpetrators/contact-answer-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("perpetrators"))("contact.inboxTitle") };
}

/** Requests from other organisations that recorded a perpetrator matching one of ours (coordinators). */
export default async function ContactRequestsPage() {
  const actor = await requireActor("perpetrators.contact");
  const requests = await listReceivedContactRequests(actor.scope);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["errors", "perpetrators", "common"]}>
      <>
        <p>
          <Link href="/perpetrators">{t("perpetrators.allRecords")}</Link>
        </p>
        <h1>{t("perpetrators.contact.inboxTitle")}</h1>
        <p className="muted">{t("perpetrators.contact.inboxIntro")}</p>
        {requests.length === 0 ? (
          <p className="muted">{t("perpetrators.contact.inboxEmpty")}</p>
        ) : (
          <ul className="stack" data-testid="contact-requests">
            {requests.map((r) => (
              <li key={r.id} className="card">
                <p>
                  <strong>{r.from}</strong> · {formatDateTime(r.createdAt, locale, actor.timeZone)} ·{" "}
                  {t(`perpetrators.contact.statuses.${r.status}`)}
                </p>
                <p style={{ whiteSpace: "pre-wrap" }}>{r.message}</p>
                <p>
                  <Link href={`/perpetrators/${r.matchedPerpetratorId}`}>{t("perpetrators.contact.yourRecord")}</Link>
                </p>
                {r.status === "PENDING" ? <ContactAnswerForm recipientId={r.id} /> : null}
                {r.answer ? (
                  <p className="muted">{t("perpetrators.contact.youAnswered", { answer: r.answer })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </>
    </ClientMessages>
  );
}
