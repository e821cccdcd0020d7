"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { checkDuplicatesAction } from "@/lib/victims/actions";
import type { DuplicateMatch } from "@/lib/victims/types";

/**
 * Checks the whole network for the person being registered, a moment after the names, birth date
 * or document number change. A match elsewhere names only the organisation holding it.
 */
export function DuplicateNotice({ input }: { input: Record<string, unknown> }) {
  const t = useTranslations("victims");
  const [matches, setMatches] = useState<DuplicateMatch[] | null>(null);
  const key = JSON.stringify(input);
  const ready = Boolean(
    input.documentNumber || (input.birthDate && (input.familyName || input.familyNameLatin || input.givenName)),
  );

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const result = await checkDuplicatesAction(JSON.parse(key));
        if (!cancelled) setMatches(result.ok ? result.data : null);
      } catch {
        if (!cancelled) setMatches(null);
      }
    }, 600);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, ready]);

  if (!ready || matches === null) return null;
  if (matches.length === 0)
    return (
      <p className="draft-status" role="status">
        {t("duplicateNone")}
      </p>
    );
  return (
    <div className="notice" role="status" data-testid="duplicate-notice">
      <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
        {matches.map((m, index) => (
          <li key={index}>
            {m.victimId && m.caseNumber ? (
              <>
                {t("duplicateOwn")} <Link href={`/victims/${m.victimId}`}>{m.caseNumber}</Link>
              </>
            ) : (
              t("duplicateOther", { organisation: m.organisationName })
            )}{" "}
            <span className="muted">({t(`duplicateReason.${m.reason}`)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
