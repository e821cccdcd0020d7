import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { listIncomingReferrals } from "@/lib/referrals/data";
import { formatDateTime } from "@/lib/i18n/format";
import { DecideReferralForm } from "@/components/referrals/referral-forms";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referrals"))("incoming") };
}

/** Referrals sent to this organisation. Before acceptance the receiver sees only the reason. */
export default async function ReferralsPage() {
  const actor = await requireActor("cases.referral.send");
  const referrals = await listIncomingReferrals(actor.scope);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["errors", "hotline", "referrals"]}>
      <>
        <h1>{t("referrals.incoming")}</h1>
        {referrals.length === 0 ? <p className="muted">{t("referrals.none")}</p> : null}
        <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: "1rem" }} data-testid="incoming-referrals">
          {referrals.map((r) => (
            <li key={r.id} className="card" data-referral={r.id}>
              <strong>{r.fromOrganisation}</strong> · {formatDateTime(r.createdAt, locale, actor.timeZone)} ·{" "}
              {t(`referrals.statuses.${r.status}`)}
              <p>{r.reason}</p>
              {r.status === "PENDING" ? <DecideReferralForm referralId={r.id} /> : null}
              {r.status === "ACCEPTED" ? (
                <Link href={`/victims/${r.victimId}`}>{t("referrals.openRecord")}</Link>
              ) : null}
            </li>
          ))}
        </ul>
      </>
    </ClientMessages>
  );
}
