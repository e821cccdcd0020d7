import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getMember, listMemberApiTokens } from "@/lib/users/data";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { MemberRoleForm } from "@/components/members/member-role-form";
import { MemberActiveForm } from "@/components/members/member-active-form";
import { EndSessionsButton } from "@/components/members/end-sessions-button";
import { MemberTokenRevoke } from "@/components/members/member-token-revoke";
import { RemoveMemberButton } from "@/components/members/remove-member-button";
import { TokenState } from "@/components/settings/token-state";
import type { Locale } from "@/lib/i18n/locales";
import type { OrgRole } from "@/lib/roles/roles";
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/auth/denied";
import { parseRouteId } from "@/lib/http/route-id";
import { TableWrap } from "@/components/ui/table-wrap";

export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("org.members.manage");
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  // Outside the admin's organisation reads as not found: no hint that the member exists.
  const member = await getMember(actor.scope, id);
  if (!member) return denyAccess();
  const tokens = (await listMemberApiTokens(actor.scope, member.id)) ?? [];
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const now = new Date();
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, actor.timeZone) : t("common.never"));
  const isSelf = member.user.id === actor.user.id;
  return (
    <ClientMessages namespaces={["errors", "members", "tokens"]}>
      <>
        <p>
          <Link href="/admin/members">← {t("members.title")}</Link>
        </p>
        <h1>{member.user.name}</h1>
        <dl className="card">
          <dt>{t("members.email")}</dt>
          <dd>{member.user.email}</dd>
          <dt>{t("members.role")}</dt>
          <dd data-testid="member-role">{t(`roles.${member.role}`)}</dd>
          <dt>{t("members.status")}</dt>
          <dd data-testid="member-status">{member.user.active ? t("members.active") : t("members.inactive")}</dd>
          <dt>{t("members.since")}</dt>
          <dd>{formatDate(member.createdAt, locale, actor.timeZone)}</dd>
        </dl>
        {isSelf ? null : (
          <>
            <h2>{t("members.changeRole")}</h2>
            <MemberRoleForm membershipId={member.id} role={member.role as OrgRole} version={member.version} />
            <h2>{member.user.active ? t("members.deactivate") : t("members.reactivate")}</h2>
            <MemberActiveForm membershipId={member.id} active={member.user.active} version={member.version} />
            <h2>{t("members.sessionsTitle")}</h2>
            <p className="muted">{t("members.sessionsHint")}</p>
            <EndSessionsButton membershipId={member.id} />
          </>
        )}
        <h2>{t("members.tokensTitle")}</h2>
        <p className="muted">{t("members.tokensHint")}</p>
        {tokens.length === 0 ? (
          <p className="muted">{t("members.noTokens")}</p>
        ) : (
          <TableWrap>
            <table className="list" data-testid="member-tokens">
              <thead>
                <tr>
                  <th>{t("settings.tokenName")}</th>
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
                    <td>{when(token.createdAt)}</td>
                    <td>{when(token.lastUsedAt)}</td>
                    <td>{when(token.expiresAt)}</td>
                    <td>
                      <TokenState token={token} now={now} />
                    </td>
                    <td>
                      {token.revokedAt || token.expiresAt <= now ? null : (
                        <MemberTokenRevoke membershipId={member.id} tokenId={token.id} tokenName={token.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {isSelf ? null : (
          <>
            <h2>{t("members.removeTitle")}</h2>
            <p className="muted">{t("members.removeHint")}</p>
            <RemoveMemberButton membershipId={member.id} version={member.version} name={member.user.name} />
          </>
        )}
      </>
    </ClientMessages>
  );
}
