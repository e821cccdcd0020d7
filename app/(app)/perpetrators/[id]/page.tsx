import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { denyAccess } from "@/lib/auth/denied";
import { parseRouteId } from "@/lib/http/route-id";
import { countryName, formatDate, formatDateTime } from "@/lib/i18n/format";
import { getPerpetrator, listSituationsOfPerpetrator } from "@/lib/perpetrators/data";
import { listSentContactRequests } from "@/lib/perpetrators/contact-requests";
import { mayContactOrganisations, maySharePerpetrators } from "@/lib/perpetrators/policy";
import { listShareBases, listShares } from "@/lib/perpetrators/sharing";
import { ContactRequestForm } from "@/components/perpetrators/contact-request-form";
import { EndShareButton, SharePerpetratorForm } from "@/components/perpetrators/share-forms";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("perpetrators"))("details") };
}

/** One perpetrator record, read only: its details, identifiers and the situations the viewer sees. */
export default async function PerpetratorPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("perpetrators.list");
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  // Out of the viewer's scope (another organisation's, a colleague's record) reads as not found.
  const perpetrator = await getPerpetrator(actor.scope, id);
  if (!perpetrator) return denyAccess();
  const situations = await listSituationsOfPerpetrator(actor.scope, perpetrator.id);
  const hidden = Math.max(0, perpetrator.situationsInAll - situations.length);
  // Asking the network about a record, and sharing it, are for the owner's coordinators.
  const own = perpetrator.sharedBy === null;
  const contacts = own && mayContactOrganisations(actor.scope);
  const sent = contacts ? await listSentContactRequests(actor.scope, perpetrator.id) : [];
  const sharing = own && maySharePerpetrators(actor.scope);
  const [bases, shares] = sharing
    ? await Promise.all([listShareBases(actor.scope, perpetrator.id), listShares(actor.scope, perpetrator.id)])
    : [[], []];
  const t = await getTranslations();
  const locale = await getLocale();
  const none = t("hotline.notRecorded");
  const rows: [string, React.ReactNode][] = [
    [t("perpetrators.kind"), t(`perpetrators.kinds.${perpetrator.kind}`)],
    [t("perpetrators.roles"), perpetrator.roles.map((r) => t(`situations.roles.${r}`)).join(", ") || none],
    [t("perpetrators.relation"), perpetrator.relation ? t(`situations.relations.${perpetrator.relation}`) : none],
    [t("perpetrators.aliases"), perpetrator.aliases.join(", ") || none],
    [t("perpetrators.nationality"), perpetrator.nationality ? countryName(perpetrator.nationality, locale) : none],
    [t("perpetrators.activeIn"), perpetrator.activeIn.map((c) => countryName(c, locale)).join(", ") || none],
    [t("perpetrators.source"), t(`situations.sources.${perpetrator.source}`)],
    [t("perpetrators.confidence"), t(`perpetrators.confidences.${perpetrator.confidence}`)],
    [t("perpetrators.recordedOn"), formatDate(perpetrator.createdAt, locale, actor.timeZone)],
    ...(own ? ([[t("perpetrators.notes"), perpetrator.notes ?? none]] as [string, React.ReactNode][]) : []),
  ];
  return (
    <ClientMessages namespaces={["errors", "perpetrators", "common"]}>
      <>
        <p>
          <Link href="/perpetrators">{t("perpetrators.allRecords")}</Link>
        </p>
        <div className="page-header">
          <h1>{perpetrator.name}</h1>
        </div>
        {perpetrator.sharedBy ? (
          <p className="alert" role="note" data-testid="shared-by">
            {t("perpetrators.sharing.sharedByNotice", { organisation: perpetrator.sharedBy })}
          </p>
        ) : null}
        <dl className="card" data-testid="perpetrator-details">
          {rows.map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>

        <section aria-labelledby="perpetrator-identifiers">
          <h2 id="perpetrator-identifiers">{t("perpetrators.identifiers")}</h2>
          {perpetrator.sharedBy && perpetrator.sharedScope !== "FULL" ? (
            <p className="muted">{t("perpetrators.sharing.identifiersWithheld")}</p>
          ) : perpetrator.identifiers.length === 0 ? (
            <p className="muted">{t("perpetrators.noIdentifiers")}</p>
          ) : (
            <dl className="card" data-testid="perpetrator-identifiers">
              {perpetrator.identifiers.map((i) => (
                <div key={i.id} style={{ display: "contents" }}>
                  <dt>{t(`perpetrators.identifierKinds.${i.kind}`)}</dt>
                  <dd>{i.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>

        <section aria-labelledby="perpetrator-situations">
          <h2 id="perpetrator-situations">{t("perpetrators.situations")}</h2>
          {situations.length === 0 ? (
            <p className="muted">{t("perpetrators.noSituations")}</p>
          ) : (
            <ul className="card" data-testid="perpetrator-situations">
              {situations.map((s) => (
                <li key={s.id}>
                  <Link href={`/situations/${s.id}`}>{s.reference}</Link> · {countryName(s.countryCode, locale)} ·{" "}
                  {t(`situations.statuses.${s.status}`)}
                  {s.role ? ` · ${t(`situations.roles.${s.role}`)}` : ""}
                </li>
              ))}
            </ul>
          )}
          {hidden > 0 ? <p className="muted">{t("perpetrators.hiddenSituations", { count: hidden })}</p> : null}
        </section>
        {sharing ? (
          <section aria-labelledby="perpetrator-sharing">
            <h2 id="perpetrator-sharing">{t("perpetrators.sharing.title")}</h2>
            <p className="muted">{t("perpetrators.sharing.intro")}</p>
            {bases.length ? (
              <SharePerpetratorForm
                perpetratorId={perpetrator.id}
                bases={bases.map((b) => ({
                  id: b.grantId,
                  name: [
                    b.partner,
                    t(`perpetrators.sharing.sources.${b.source ?? "DIRECT"}`),
                    t("perpetrators.sharing.since", { date: formatDate(b.since, locale, actor.timeZone) }),
                    ...(b.role ? [t(`situations.roles.${b.role}`)] : []),
                  ].join(" · "),
                }))}
              />
            ) : (
              <p className="muted" data-testid="no-share-basis">
                {t("perpetrators.sharing.noBasis")}
              </p>
            )}
            {shares.length ? (
              <ul className="stack" data-testid="perpetrator-shares">
                {shares.map((s) => (
                  <li key={s.id} className="card">
                    <p>
                      <strong>{s.partner}</strong> · {t(`perpetrators.sharing.scopesShort.${s.scope}`)} ·{" "}
                      {t("perpetrators.sharing.sharedOn", {
                        date: formatDate(s.since, locale, actor.timeZone),
                        name: s.sharedBy,
                      })}
                    </p>
                    {s.live ? (
                      <EndShareButton perpetratorId={perpetrator.id} grantId={s.id} partner={s.partner} />
                    ) : (
                      <p className="muted">
                        {t("perpetrators.sharing.endedOn", {
                          date: s.endedAt ? formatDate(s.endedAt, locale, actor.timeZone) : "",
                          reason: t(`perpetrators.sharing.endReasons.${endReasonKey(s.endReason)}`),
                        })}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}
        {contacts ? (
          <section aria-labelledby="perpetrator-contact">
            <h2 id="perpetrator-contact">{t("perpetrators.contact.title")}</h2>
            <p className="muted">{t("perpetrators.contact.intro")}</p>
            <ContactRequestForm perpetratorId={perpetrator.id} />
            {sent.length ? (
              <ul className="stack" data-testid="contact-requests-sent">
                {sent.map((r) => (
                  <li key={r.id} className="card">
                    <p>
                      {formatDateTime(r.createdAt, locale, actor.timeZone)} · {r.askedBy}
                    </p>
                    <p style={{ whiteSpace: "pre-wrap" }}>{r.message}</p>
                    {r.answers.length ? (
                      <ul>
                        {r.answers.map((a) => (
                          <li key={a.id}>
                            <strong>{a.organisation}</strong>: {a.answer}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">{t("perpetrators.contact.noAnswerYet")}</p>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}
      </>
    </ClientMessages>
  );
}

/** The words for why a share ended (a code in the grant, never personal data). */
function endReasonKey(reason: string | null) {
  switch (reason) {
    case "perpetrator.share_ended":
      return "byYou";
    case "perpetrator.unlinked":
      return "unlinked";
    default:
      return "accessEnded";
  }
}
