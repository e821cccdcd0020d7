import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import type { Locale } from "@/lib/i18n/locales";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn") };
}

export default async function SignInPage() {
  if (await getActor()) redirect("/");
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  return (
    <ClientMessages namespaces={["errors", "auth"]}>
      <main className="auth-page">
        <div className="auth-box">
          <div className="card stack">
            <h1>{t("auth.signInTitle")}</h1>
            <p className="muted">{t("common.tagline")}</p>
            <SignInForm />
          </div>
          <LanguageSwitcher current={locale} />
        </div>
      </main>
    </ClientMessages>
  );
}
