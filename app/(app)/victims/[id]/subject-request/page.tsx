import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { denyAccess } from "@/lib/auth/denied";
import { AppError } from "@/lib/errors";
import { parseRouteId } from "@/lib/http/route-id";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getSubjectExport, type SubjectExport } from "@/lib/subject-requests/data";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PrintButton } from "@/components/reports/print-button";
import {
  ErasePersonForm,
  LegalHoldForm,
  LiftLegalHoldButton,
} from "@/components/subject-requests/subject-request-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("subjectRequests"))("pageTitle") };
}

/** Fields whose codes have the forms' own words (messages), by the field's name in the file. */
const VOCABULARIES: Record<string, string> = {
  sex: "victims.sexes",
  identifiedBy: "victims.identifiedByOptions",
  riskLevel: "victims.riskLevels",
  passportStatus: "victims.passportStatuses",
  traffickingStatus: "victims.traffickingStatuses",
  exploitationTypes: "victims.exploitationTypeNames",
  labourSectors: "victims.labourSectorNames",
  meansOfControl: "victims.meansOfControlNames",
  recruitmentMethod: "victims.recruitmentMethods",
  maritalStatus: "victims.maritalStatuses",
  educationLevel: "victims.educationLevels",
  area: "victims.supportAreas",
  callType: "hotline.callTypes",
  topics: "hotline.topicNames",
  channel: "hotline.channels",
};

/** The sections of the record, in the order the file holds them (the person's own fields first). */
const SECTIONS = [
  "traffickingEvents",
  "consents",
  "supportPlan",
  "caseNotes",
  "referrals",
  "shelterStays",
  "repatriations",
  "documents",
  "legalStatuses",
  "proceedings",
  "labourClaims",
  "attachments",
  "calls",
  "perpetratorLinks",
  "sharedWith",
  "accessLog",
] as const satisfies readonly (keyof SubjectExport)[];

/**
 * A data-subject request on one person (decision 0033): everything the organisation holds on them,
 * readable and printable (the forms and links are left off the paper), the JSON file, the legal
 * hold and the erasure. The own organisation's coordinator only; anyone else is answered as for a
 * record that does not exist. Each view is audited.
 */
export default async function SubjectRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.subjectRequest");
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  let answer;
  try {
    answer = await getSubjectExport(actor.scope, id, "page");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return denyAccess();
    throw error;
  }
  const { caseNumber, data, erasureBlock } = answer;
  const t = await getTranslations("subjectRequests");
  const locale = await getLocale();
  const timeZone = actor.timeZone;

  const label = (key: string) => (t.has(`fields.${key}`) ? t(`fields.${key}`) : key);
  const words = await getTranslations();
  // A code of a vocabulary the forms name (sex, forms of exploitation…) reads as the forms say it;
  // a code of no known vocabulary (statuses differ by section) stays as stored.
  const named = (key: string | undefined, code: string) => {
    const vocabulary = key ? VOCABULARIES[key] : undefined;
    return vocabulary && words.has(`${vocabulary}.${code}`) ? words(`${vocabulary}.${code}`) : code;
  };
  function value(v: unknown, key?: string): React.ReactNode {
    if (v === null || v === undefined || v === "") return "—";
    if (v instanceof Date) {
      const dateOnly = v.getUTCHours() === 0 && v.getUTCMinutes() === 0 && v.getUTCSeconds() === 0;
      return dateOnly ? formatDate(v, locale, "UTC") : formatDateTime(v, locale, timeZone);
    }
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x !== "object" || x === null || x instanceof Date))
        return v.length ? v.map((x) => String(value(x, key))).join(", ") : "—";
      return <Items items={v as Record<string, unknown>[]} />;
    }
    if (typeof v === "object") {
      // Decimal amounts print as numbers; free-form step records and answers as they were kept.
      if ("toFixed" in v) return String(v);
      return <pre className="subject-json">{JSON.stringify(v, null, 2)}</pre>;
    }
    return typeof v === "string" ? named(key, v) : String(v);
  }
  function Fields({ item }: { item: Record<string, unknown> }) {
    return (
      <dl className="facts">
        {Object.entries(item).map(([key, v]) => (
          <div key={key}>
            <dt>{label(key)}</dt>
            <dd>{value(v, key)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  function Items({ items }: { items: Record<string, unknown>[] }) {
    if (items.length === 0) return <p className="muted">{t("none")}</p>;
    return (
      <ol className="stack">
        {items.map((item, i) => (
          <li key={i}>
            <Fields item={item} />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <ClientMessages namespaces={["errors", "subjectRequests"]}>
      <p className="no-print">
        <Link href={`/victims/${id}`}>← {caseNumber}</Link>
      </p>
      <h1>{t("heading", { caseNumber })}</h1>
      <p data-testid="subject-request-meta">
        {data.organisation} · {t("generatedAt")} {formatDateTime(data.exportedAt, locale, timeZone)}
      </p>
      <p className="muted">{t("intro")}</p>
      <p className="no-print figure-files">
        <a href={`/victims/${id}/subject-request/export`} download data-testid="subject-export-link">
          {t("download")}
        </a>{" "}
        <PrintButton label={t("print")} />
      </p>

      <section aria-labelledby="subject-hold" className="report-section">
        <h2 id="subject-hold">{t("holdTitle")}</h2>
        {data.legalHold ? (
          <>
            <p data-testid="legal-hold-state">
              {t("holdSince", {
                since: formatDate(data.legalHold.since, locale, timeZone),
                by: data.legalHold.by ?? "—",
              })}
            </p>
            <p>
              {t("holdReason")}: {data.legalHold.reason ?? "—"}
            </p>
            <div className="no-print">
              <LiftLegalHoldButton victimId={id} />
            </div>
          </>
        ) : (
          <>
            <p className="muted">{t("holdNone")}</p>
            {data.person.anonymisedAt ? null : (
              <details className="casefile-add no-print">
                <summary>{t("holdSet")}</summary>
                <p className="muted">{t("holdExplained")}</p>
                <LegalHoldForm victimId={id} />
              </details>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="subject-erase" className="report-section no-print">
        <h2 id="subject-erase">{t("eraseTitle")}</h2>
        {erasureBlock ? (
          <p className="notice" data-testid="erasure-blocked">
            {t(`blocked.${erasureBlock}`)}
          </p>
        ) : (
          <>
            <p>{t("eraseExplained")}</p>
            <details className="casefile-add">
              <summary>{t("erase")}</summary>
              <ErasePersonForm victimId={id} caseNumber={caseNumber} />
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="subject-person" className="report-section">
        <h2 id="subject-person">{t("sections.person")}</h2>
        <Fields item={data.person} />
      </section>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`subject-${section}`} className="report-section">
          <h2 id={`subject-${section}`}>{t(`sections.${section}`)}</h2>
          {section === "labourClaims" || section === "perpetratorLinks" ? (
            <p className="muted">{t(`sectionNotes.${section}`)}</p>
          ) : null}
          <Items items={data[section] as unknown as Record<string, unknown>[]} />
        </section>
      ))}
    </ClientMessages>
  );
}
