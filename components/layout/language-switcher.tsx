"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { updateLocaleAction } from "@/lib/users/actions";

export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="field">
      <label htmlFor="language-switcher">{t("language")}</label>
      <select
        id="language-switcher"
        value={current}
        disabled={pending}
        onChange={(event) => {
          const locale = event.target.value;
          startTransition(async () => {
            const result = await updateLocaleAction({ locale });
            if (result.ok) router.refresh();
          });
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
