"use client";
import { useTranslations } from "next-intl";

// Unexpected errors: a translated message only; the details are in the server log under the
// request id, never on the page.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="auth-page">
      <div className="auth-box card">
        <h1>{t("errorTitle")}</h1>
        <p>{t("unexpected")}</p>
        <button type="button" className="btn" onClick={reset}>
          {t("tryAgain")}
        </button>
      </div>
    </main>
  );
}
