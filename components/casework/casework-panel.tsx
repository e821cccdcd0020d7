// Case work on a record page: timeline, consent, support plan, referrals, closure, access log.
// Data comes from the page (components never read the database); forms are client components.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { reopenCaseAction } from "@/lib/casework/actions";
import { ActionButton } from "@/components/ui/action-button";
import { CaseNoteForm, CloseCaseForm, ConsentForm, SupportItemForm, WithdrawConsentButton } from "./casework-forms";
import { ReferralForm, RevokeReferralButton } from "@/components/referrals/referral-forms";

export interface CaseworkData {
  victimId: string;
  status: string;
  today: string;
  mayEdit: boolean;
  mayClose: boolean;
  mayRefer: boolean;
  notes: { id: string; occurredOn: Date; text: string; author: { name: string } }[] | null;
  consents: { id: string; kind: string; granteeOrganisationId: string | null; givenOn: Date; method: string; withdrawnOn: Date | null }[] | null;
  referrals: { id: string; status: string; reason: string; decisionReason: string | null; fromOrganisation: string; toOrganisation: string; createdAt: Date; fromOrganisationId: string }[];
  accessLog: { id: bigint; at: Date; action: string; actor: { name: string } | null; organisation: { name: string } | null }[] | null;
  organisations: { id: string; name: string }[];
  ownOrganisationId: string | null;
}

export async function CaseworkPanel({ data }: { data: CaseworkData }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const orgName = (id: string | null) => data.organisations.find((o) => o.id === id)?.name ?? "";
  const closed = data.status.startsWith("CLOSED");
  return (
    <>
      {data.notes ? (
        <section>
          <h2>{t("casework.timeline")}</h2>
          {data.mayEdit ? <CaseNoteForm victimId={data.victimId} today={data.today} /> : null}
          <ol className="card" data-testid="case-notes">
            {data.notes.map((note) => (
              <li key={note.id}>
                <strong>{formatDate(note.occurredOn, locale, "UTC")}</strong> · {note.author.name}
                <div style={{ whiteSpace: "pre-wrap" }}>{note.text}</div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {data.consents ? (
        <section>
          <h2>{t("casework.consent")}</h2>
          <ul className="card" data-testid="consents">
            {data.consents.map((c) => (
              <li key={c.id}>
                {t(`casework.consentKinds.${c.kind}`)}
                {c.granteeOrganisationId ? ` · ${orgName(c.granteeOrganisationId)}` : ""} · {formatDate(c.givenOn, locale, "UTC")} · {t(`casework.methods.${c.method}`)}
                {c.withdrawnOn ? (
                  <strong> · {t("casework.withdrawnOn", { date: formatDate(c.withdrawnOn, locale, "UTC") })}</strong>
                ) : data.mayEdit ? (
                  <>
                    {" "}
                    <WithdrawConsentButton victimId={data.victimId} consentId={c.id} today={data.today} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {data.mayEdit ? <ConsentForm victimId={data.victimId} today={data.today} organisations={data.organisations} /> : null}
        </section>
      ) : null}
      {data.mayEdit ? (
        <section>
          <h2>{t("casework.addSupport")}</h2>
          <SupportItemForm victimId={data.victimId} />
        </section>
      ) : null}
      <section>
        <h2>{t("referrals.title")}</h2>
        {data.referrals.length ? (
          <ul className="card" data-testid="referrals">
            {data.referrals.map((r) => (
              <li key={r.id}>
                {r.fromOrganisation} → {r.toOrganisation} · {t(`referrals.statuses.${r.status}`)} · {formatDateTime(r.createdAt, locale)}
                <div className="muted">
                  {r.reason}
                  {r.decisionReason ? ` — ${r.decisionReason}` : ""}
                </div>
                {data.mayRefer && r.fromOrganisationId === data.ownOrganisationId && (r.status === "PENDING" || r.status === "ACCEPTED") ? (
                  <RevokeReferralButton referralId={r.id} />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("referrals.none")}</p>
        )}
        {data.mayRefer && data.mayEdit ? <ReferralForm victimId={data.victimId} organisations={data.organisations} /> : null}
      </section>
      {data.mayClose ? (
        <section>
          <h2>{closed ? t("casework.reopen") : t("casework.close")}</h2>
          {closed ? <ActionButton label={t("casework.reopen")} run={reopenCaseAction.bind(null, { victimId: data.victimId })} /> : <CloseCaseForm victimId={data.victimId} />}
        </section>
      ) : null}
      {data.accessLog ? (
        <section>
          <h2>{t("casework.accessLog")}</h2>
          <details>
            <summary>{t("casework.accessLogHint")}</summary>
            <table className="list" data-testid="access-log">
              <thead>
                <tr>
                  <th>{t("casework.when")}</th>
                  <th>{t("casework.who")}</th>
                  <th>{t("casework.what")}</th>
                </tr>
              </thead>
              <tbody>
                {data.accessLog.map((e) => (
                  <tr key={String(e.id)}>
                    <td>{formatDateTime(e.at, locale)}</td>
                    <td>
                      {e.actor?.name ?? ""}
                      {e.organisation ? <div className="muted">{e.organisation.name}</div> : null}
                    </td>
                    <td>{t.has(`casework.actions.${e.action.replace(".", "_")}`) ? t(`casework.actions.${e.action.replace(".", "_")}`) : e.action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      ) : null}
    </>
  );
}
