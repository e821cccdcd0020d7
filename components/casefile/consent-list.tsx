// The person's consents, newest first, with "withdraw" for those still in force.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { isLocale, LOCALE_NAMES } from "@/lib/i18n/locales";
import { WithdrawConsentButton } from "@/components/casework/casework-forms";

export async function ConsentList(props: {
  victimId: string;
  today: string;
  mayEdit: boolean;
  consents: {
    id: string;
    kind: string;
    granteeOrganisationId: string | null;
    /** A counterpart outside Tumar named instead of an organisation. */
    granteeCounterpart?: { name: string } | null;
    givenOn: Date;
    method: string;
    /** The consent sheet read or signed (null for consents recorded before the sheets). */
    sheetLanguage?: string | null;
    sheetVersion?: number | null;
    withdrawnOn: Date | null;
  }[];
  organisationName: (id: string | null) => string;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  if (props.consents.length === 0) return null;
  return (
    <ul className="card" data-testid="consents">
      {props.consents.map((c) => (
        <li key={c.id}>
          {t(`casework.consentKinds.${c.kind}`)}
          {c.granteeOrganisationId ? ` · ${props.organisationName(c.granteeOrganisationId)}` : ""}
          {c.granteeCounterpart ? ` · ${c.granteeCounterpart.name}` : ""} · {formatDate(c.givenOn, locale, "UTC")} ·{" "}
          {t(`casework.methods.${c.method}`)}
          {c.sheetLanguage && isLocale(c.sheetLanguage)
            ? ` · ${t("casework.sheetRecord", { language: LOCALE_NAMES[c.sheetLanguage], version: c.sheetVersion ?? 0 })}`
            : ""}
          {c.withdrawnOn ? (
            <strong> · {t("casework.withdrawnOn", { date: formatDate(c.withdrawnOn, locale, "UTC") })}</strong>
          ) : props.mayEdit ? (
            <>
              {" "}
              <WithdrawConsentButton victimId={props.victimId} consentId={c.id} today={props.today} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
