import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { recordDenied } from "@/lib/audit/denied";

export default async function NotFound() {
  await recordDenied((await headers()).get("x-pathname"));
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
