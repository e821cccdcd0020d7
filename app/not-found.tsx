import Link from "next/link";
import { getTranslations } from "next-intl/server";

// No audit here: Next.js renders this with every page (the not-found boundary's fallback);
// refusals are recorded where they happen (lib/auth/denied.ts).
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="auth-page">
      <div className="auth-box card">
        <h1>{t("notFoundTitle")}</h1>
        <p>{t("notFoundText")}</p>
        <Link href="/">{t("goHome")}</Link>
      </div>
    </main>
  );
}
