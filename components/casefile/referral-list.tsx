// The person's referrals to and from other organisations; the sender's coordinator may revoke one.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { RevokeReferralButton } from "@/components/referrals/referral-forms";

export async function ReferralList(props: {
  mayRevoke: boolean;
  ownOrganisationId: string | null;
  referrals: {
    id: string;
    status: string;
    reason: string;
    decisionReason: string | null;
    fromOrganisation: string;
    toOrganisation: string;
    createdAt: Date;
    fromOrganisationId: string;
  }[];
  timeZone: string;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  if (props.referrals.length === 0) return null;
  return (
    <ul className="card" data-testid="referrals">
      {props.referrals.map((r) => (
        <li key={r.id}>
          {r.fromOrganisation} → {r.toOrganisation} · {t(`referrals.statuses.${r.status}`)} ·{" "}
          {formatDateTime(r.createdAt, locale, props.timeZone)}
          <div className="muted">
            {r.reason}
            {r.decisionReason ? ` — ${r.decisionReason}` : ""}
          </div>
          {props.mayRevoke &&
          r.fromOrganisationId === props.ownOrganisationId &&
          (r.status === "PENDING" || r.status === "ACCEPTED") ? (
            <RevokeReferralButton referralId={r.id} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
