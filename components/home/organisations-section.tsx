import Link from "next/link";
import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { TableWrap } from "@/components/ui/table-wrap";

interface OrganisationRow {
  id: string;
  name: string;
  country: string;
  active: boolean;
  members: number;
  lastActivity: string | null;
}

/** The network's organisations, their members and last activity; never a case. */
export function OrganisationsSection({ organisations }: { organisations: OrganisationRow[] }) {
  const t = useTranslations("home");
  return (
    <HomeSection
      id="organisations"
      title={t("organisations.title")}
      empty={organisations.length === 0 ? t("organisations.empty") : null}
    >
      <TableWrap>
        <table className="list">
          <thead>
            <tr>
              <th>{t("organisations.name")}</th>
              <th>{t("organisations.members")}</th>
              <th>{t("organisations.lastActivity")}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id} data-testid="home-organisation">
                <td>
                  <Link href="/network/organisations">{o.name}</Link> <span className="muted">{o.country}</span>
                  {o.active ? null : <span className="badge badge-off">{t("organisations.inactive")}</span>}
                </td>
                <td data-testid="home-organisation-members">{o.members}</td>
                <td>{o.lastActivity ?? t("organisations.never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </HomeSection>
  );
}
