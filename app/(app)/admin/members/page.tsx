import Link from "next/link";
import { SearchField } from "@/components/ui/search-field";
import { ListFiltersForm } from "@/components/ui/list-filters-form";
import { listSearchOfPage } from "@/lib/search/query";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { parseListQuery } from "@/lib/list-query";
import { getApiTokenMaxDays, listMembers } from "@/lib/users/data";
import { roleHas } from "@/lib/roles/permissions";
import { TokenLifeForm } from "@/components/settings/token-life-form";
import { listMembersQuerySchema, MEMBER_STATUSES } from "@/lib/users/schema";
import { ORG_ROLES } from "@/lib/roles/roles";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { listPendingInvitations } from "@/lib/invitations/data";
import { RevokeInvitationButton } from "@/components/invitations/revoke-invitation-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TableWrap } from "@/components/ui/table-wrap";

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("org.members.manage");
  const search = listSearchOfPage("/admin/members", actor.scope.userId, await searchParams);
  const params = search.links;
  const query = parseListQuery(listMembersQuerySchema, search.query);
  const [{ items, nextCursor }, invitations] = await Promise.all([
    listMembers(actor.scope, query),
    listPendingInvitations(actor.scope),
  ]);
  // How long members' API tokens may live is the organisation's setting, next to its members.
  const tokenMaxDays = roleHas(actor.role, "org.settings.manage") ? await getApiTokenMaxDays(actor.scope) : null;
  const t = await getTranslations();
  const locale = await getLocale();
  const sortProps = (label: string) => ({
    label,
    linkLabel: t("common.sortBy", { column: label }),
    basePath: "/admin/members",
    params,
    current: query.order ?? "newest",
  });
  return (
    <ClientMessages namespaces={["errors", "tokens", "invitations"]}>
      <>
        <div className="page-header">
          <h1>{t("members.title")}</h1>
          <div style={{ display: "flex", gap: ".75rem", flexWrap: "wrap" }}>
            <Link className="btn btn-secondary" href="/admin/break-glass">
              {t("victims.breakGlassLog")}
            </Link>
            <Link className="btn" href="/admin/members/new">
              {t("members.add")}
            </Link>
          </div>
        </div>
        <ListFiltersForm list="members">
          <SearchField
            label={t("common.search")}
            defaultValue={query.q}
            placeholder={t("members.searchPlaceholder")}
            maxLength={100}
            lostMessage={search.searchLost ? t("common.searchLost") : undefined}
          />
          <div className="field">
            <label htmlFor="role">{t("members.role")}</label>
            <select id="role" name="role" defaultValue={query.role ?? ""}>
              <option value="">{t("common.all")}</option>
              {ORG_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="status">{t("members.status")}</label>
            <select id="status" name="status" defaultValue={query.status}>
              {MEMBER_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`members.statusFilter.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <button className="btn btn-secondary" type="submit">
            {t("common.filter")}
          </button>
          <Link href="/admin/members">{t("common.clear")}</Link>
        </ListFiltersForm>
        {items.length === 0 ? (
          <p className="muted">{t("members.none")}</p>
        ) : (
          <TableWrap>
            <table className="list one-line">
              <thead>
                <tr>
                  <SortHeader {...sortProps(t("members.name"))} options={[{ value: "name", direction: "ascending" }]} />
                  <th>{t("members.email")}</th>
                  <th>{t("members.role")}</th>
                  <th>{t("members.status")}</th>
                  <SortHeader
                    {...sortProps(t("members.since"))}
                    options={[
                      { value: "newest", direction: "descending" },
                      { value: "oldest", direction: "ascending" },
                    ]}
                  />
                </tr>
              </thead>
              <tbody>
                {items.map((member) => (
                  <tr key={member.id}>
                    <td>
                      <Link href={`/admin/members/${member.id}`}>{member.user.name}</Link>
                    </td>
                    <td>{member.user.email}</td>
                    <td>{t(`roles.${member.role}`)}</td>
                    <td>
                      <span className={member.user.active ? "badge" : "badge badge-off"}>
                        {member.user.active ? t("members.active") : t("members.inactive")}
                      </span>
                    </td>
                    <td>{formatDate(member.createdAt, locale, actor.timeZone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        <Pagination
          basePath="/admin/members"
          params={params}
          nextCursor={nextCursor}
          labels={{ next: t("common.next"), first: t("common.first") }}
        />
        {tokenMaxDays !== null ? (
          <>
            <h2>{t("tokens.lifeTitle")}</h2>
            <p className="muted">{t("tokens.lifeIntro")}</p>
            <TokenLifeForm days={tokenMaxDays} />
          </>
        ) : null}
        {/* Invitations not yet used: each can be withdrawn; the links themselves are never shown again. */}
        <section className="stack" data-testid="pending-invitations">
          <h2>{t("invitations.pendingTitle")}</h2>
          {invitations.length === 0 ? (
            <p className="muted">{t("invitations.nonePending")}</p>
          ) : (
            <TableWrap>
              <table className="list">
                <thead>
                  <tr>
                    <th>{t("members.name")}</th>
                    <th>{t("members.email")}</th>
                    <th>{t("members.role")}</th>
                    <th>{t("invitations.expiresColumn")}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <td>{invitation.name}</td>
                      <td>{invitation.email}</td>
                      <td>{t(`roles.${invitation.role}`)}</td>
                      <td>{formatDateTime(invitation.expiresAt, locale, actor.timeZone)}</td>
                      <td>
                        <RevokeInvitationButton invitationId={invitation.id} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </section>
      </>
    </ClientMessages>
  );
}
