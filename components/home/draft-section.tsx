import Link from "next/link";
import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";

/** The operator's unfinished call form, saved as a draft. */
export function DraftSection({ savedAt }: { savedAt: string | null }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="draft" title={t("draft.title")}>
      {savedAt ? (
        <p>
          <Link href="/hotline/new" data-testid="draft-link">
            {t("draft.resume", { savedAt })}
          </Link>
        </p>
      ) : (
        <p className="muted">
          {t("draft.empty")} <Link href="/hotline/new">{t("draft.logCall")}</Link>
        </p>
      )}
    </HomeSection>
  );
}
