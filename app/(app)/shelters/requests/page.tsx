import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { mayRunShelter } from "@/lib/shelters/policy";
import { listPlacementRequests } from "@/lib/shelters/data";
import { formatDateTime } from "@/lib/i18n/format";
import { AnswerPlacementForm } from "@/components/shelters/answer-placement-form";
import { WithdrawPlacementButton } from "@/components/shelters/withdraw-placement-button";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shelters"))("requests") };
}

export default async function PlacementRequestsPage() {
  const actor = await requireActor("shelters.availability.read");
  const { incoming, outgoing } = await listPlacementRequests(actor.scope);
  const t = await getTranslations();
  const locale = await getLocale();
  const tz = actor.timeZone;
  const runs = mayRunShelter(actor.scope);
  // Those who may send a request may withdraw one (the list shows only requests for people they may see).
  const mayWithdraw = roleHas(actor.role, "cases.referral.send");
  return (
    <ClientMessages namespaces={["errors", "hotline", "casework", "referrals", "shelters", "orgs"]}>
      <>
        <h1>{t("shelters.requests")}</h1>
        <h2>{t("shelters.incoming")}</h2>
        {incoming.length === 0 ? <p className="muted">{t("shelters.noRequests")}</p> : null}
        <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: "1rem" }} data-testid="incoming-placements">
          {incoming.map((r) => (
            <li key={r.id} className="card">
              <strong>{r.fromOrganisation}</strong> → {r.shelter.name} · {formatDateTime(r.createdAt, locale, tz)} ·{" "}
              {t(`shelters.requestStatuses.${r.status}`)}
              <p>{r.note}</p>
              {r.holdUntil && r.status === "ACCEPTED" ? (
                <p>{t("shelters.heldUntil", { date: formatDateTime(r.holdUntil, locale, tz) })}</p>
              ) : null}
              {runs && r.status === "PENDING" ? <AnswerPlacementForm requestId={r.id} /> : null}
            </li>
          ))}
        </ul>
        <h2>{t("shelters.outgoing")}</h2>
        {outgoing.length === 0 ? <p className="muted">{t("shelters.noRequests")}</p> : null}
        <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: "1rem" }} data-testid="outgoing-placements">
          {outgoing.map((r) => (
            <li key={r.id} className="card">
              {r.shelter.organisation.name} · {r.shelter.name}, {r.shelter.city} ·{" "}
              {formatDateTime(r.createdAt, locale, tz)} · <strong>{t(`shelters.requestStatuses.${r.status}`)}</strong>
              <p>{r.note}</p>
              {r.declineReason ? <p className="muted">{r.declineReason}</p> : null}
              {r.holdUntil && r.status === "ACCEPTED" ? (
                <p>{t("shelters.heldUntil", { date: formatDateTime(r.holdUntil, locale, tz) })}</p>
              ) : null}
              {mayWithdraw && (r.status === "PENDING" || r.status === "ACCEPTED") ? (
                <WithdrawPlacementButton requestId={r.id} />
              ) : null}
            </li>
          ))}
        </ul>
      </>
    </ClientMessages>
  );
}
