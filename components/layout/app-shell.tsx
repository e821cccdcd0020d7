import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { navigationFor } from "@/lib/navigation";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { NavLinks } from "./nav-links";
import { LanguageSwitcher } from "./language-switcher";
import { OrganisationSwitcher } from "./organisation-switcher";
import { SignOutButton } from "./sign-out-button";
import { MenuToggle } from "./menu-toggle";

/** `bell`: what the notifications bell counts (null for roles that do not work repatriations). */
export async function AppShell({
  actor,
  bell,
  children,
}: {
  actor: Actor;
  bell: { unread: number; overdueTasks: number; overdueReminders: number } | null;
  children: ReactNode;
}) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const items = navigationFor(actor.role).map((item) => ({ href: item.href, label: t(`nav.${item.labelKey}`) }));
  const ringing = bell ? bell.unread + bell.overdueTasks + bell.overdueReminders : 0;
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t("common.skipToContent")}
      </a>
      {/* At phone width the sidebar is a top bar: title, bell and a menu button that opens the rest. */}
      <aside className="sidebar">
        <div className="sidebar-title">
          <div className="brand">Tumar</div>
          <div className="org" data-testid="current-organisation">
            {actor.current
              ? `${actor.current.organisationName} · ${countryName(actor.current.countryCode, locale)}`
              : t("nav.networkAdmin")}
          </div>
          <span className="badge" data-testid="current-role">
            {t(`roles.${actor.role}`)}
          </span>
        </div>
        {bell ? (
          <Link href="/notifications" className="bell" data-testid="bell">
            <svg
              aria-hidden="true"
              width="16"
              height="16"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>{" "}
            {/* The link's name is the sentence a screen reader says ("Notifications: 3 new"); the
                word and the count on screen are its visible parts (WCAG 2.5.3, label in name). */}
            <span className="bell-text" aria-hidden="true">
              {t("notifications.title")}
            </span>
            {ringing > 0 ? (
              <span className="badge badge-critical" data-testid="bell-count" aria-hidden="true">
                {ringing}
              </span>
            ) : null}
            <span className="visually-hidden">{t("notifications.bellLabel", { count: ringing })}</span>
          </Link>
        ) : null}
        <MenuToggle label={t("nav.menu")} />
        <div className="menu" id="app-menu">
          <NavLinks items={items} label={t("nav.label")} />
          <div className="sidebar-foot">
            <span>{t("nav.signedInAs", { name: actor.user.name })}</span>
            {actor.current && actor.memberships.length > 1 ? (
              <OrganisationSwitcher
                current={actor.current.organisationId}
                options={actor.memberships.map((m) => ({
                  id: m.organisationId,
                  label: `${m.organisationName} (${t(`roles.${m.role}`)})`,
                }))}
              />
            ) : null}
            <LanguageSwitcher current={locale} />
            <SignOutButton />
          </div>
        </div>
      </aside>
      <main id="content">{children}</main>
    </div>
  );
}
