import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { listBreakGlassAccesses } from "@/lib/victims/data";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("victims"))("breakGlassLog") };
}

/** Every break-glass access in the organisation, with who, when, which record and why. */
export default async function BreakGlassLogPage() {
  const actor = await requireActor("org.audit.read");
  const rows = await listBreakGlassAccesses(actor.scope);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <h1>{t("victims.breakGlassLog")}</h1>
      {rows.length === 0 ? (
        <p className="muted">{t("victims.breakGlassNone")}</p>
      ) : (
        <table className="list" data-testid="break-glass-log">
          <thead>
            <tr>
              <th>{t("casework.when")}</th>
              <th>{t("casework.who")}</th>
              <th>{t("victims.caseNumber")}</th>
              <th>{t("victims.breakGlassReason")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(row.createdAt, locale, actor.timeZone)}</td>
                <td>{row.user.name}</td>
                <td>
                  <Link href={`/victims/${row.victim.id}`}>{row.victim.caseNumber}</Link>
                </td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
