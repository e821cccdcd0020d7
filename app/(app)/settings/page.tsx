import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { getApiTokenMaxDays, listApiTokens } from "@/lib/users/data";
import { API_TOKEN_DEFAULT_MAX_DAYS } from "@/lib/users/schema";
import { TokenState } from "@/components/settings/token-state";
import { formatDateTime } from "@/lib/i18n/format";
import { ApiTokenForm } from "@/components/settings/api-token-form";
import { RevokeTokenButton } from "@/components/settings/revoke-token-button";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { SignOutEverywhereButton } from "@/components/settings/sign-out-everywhere-button";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import type { Locale } from "@/lib/i18n/locales";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TableWrap } from "@/components/ui/table-wrap";

export default async function SettingsPage() {
  const actor = await requireActor("self.manage");
  const [tokens, maxDays] = await Promise.all([listApiTokens(actor.scope), getApiTokenMaxDays(actor.scope)]);
  const now = new Date();
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const date = (d: Date | null) => (d ? formatDateTime(d, locale, actor.timeZone) : t("common.never"));
  return (
    <ClientMessages namespaces={["errors", "settings", "tokens"]}>
      <>
        <h1>{t("settings.title")}</h1>
        <h2>{t("settings.profile")}</h2>
        <div className="card stack">
          <div>
            <strong>{actor.user.name}</strong> · {actor.user.email}
          </div>
          <LanguageSwitcher current={locale} />
        </div>
        <h2>{t("settings.passwordTitle")}</h2>
        <div className="card">
          <ChangePasswordForm />
        </div>
        {roleHas(actor.role, "org.settings.manage") ? (
          <p>
            <Link href="/admin/retention">{t("retention.title")}</Link>
          </p>
        ) : null}
        {roleHas(actor.role, "counterparts.read") ? (
          <p>
            <Link href="/settings/counterparts">{t("counterparts.title")}</Link>
          </p>
        ) : null}
        <h2>{t("twoFactor.title")}</h2>
        <p>
          <Link href="/settings/two-factor">{t(actor.secondFactorOn ? "twoFactor.manage" : "twoFactor.start")}</Link>
        </p>
        <h2>{t("settings.sessionsTitle")}</h2>
        <p className="muted">{t("settings.sessionsHint")}</p>
        <SignOutEverywhereButton />
        <h2>{t("settings.tokensTitle")}</h2>
        <p className="muted">{t("settings.tokensIntro")}</p>
        <ApiTokenForm maxDays={maxDays ?? API_TOKEN_DEFAULT_MAX_DAYS} secondFactorOn={actor.secondFactorOn} />
        {tokens.length === 0 ? (
          <p className="muted">{t("settings.noTokens")}</p>
        ) : (
          <TableWrap>
            <table className="list">
              <thead>
                <tr>
                  <th>{t("settings.tokenName")}</th>
                  <th>{t("settings.tokenPrefix")}</th>
                  <th>{t("settings.tokenCreatedAt")}</th>
                  <th>{t("settings.tokenLastUsed")}</th>
                  <th>{t("settings.tokenExpires")}</th>
                  <th>{t("tokens.state")}</th>
                  <th>{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td>{token.name}</td>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>{date(token.createdAt)}</td>
                    <td>{date(token.lastUsedAt)}</td>
                    <td>{date(token.expiresAt)}</td>
                    <td>
                      <TokenState token={token} now={now} />
                    </td>
                    <td>
                      {token.revokedAt || token.expiresAt <= now ? null : <RevokeTokenButton tokenId={token.id} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </>
    </ClientMessages>
  );
}
