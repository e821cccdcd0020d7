// The navigation, filtered by the permission table: a role sees only what it may use.
import { roleHas, type Permission } from "@/lib/roles/permissions";
import type { AnyRole } from "@/lib/roles/roles";

export interface NavItem {
  href: string;
  /** Key under `nav.` in messages. */
  labelKey:
    | "home"
    | "victims"
    | "tasks"
    | "repatriations"
    | "referrals"
    | "shelters"
    | "hotline"
    | "situations"
    | "perpetrators"
    | "reports"
    | "members"
    | "audit"
    | "organisations"
    | "settings";
  permission: Permission;
}

const NAV: NavItem[] = [
  { href: "/", labelKey: "home", permission: "self.manage" },
  { href: "/victims", labelKey: "victims", permission: "cases.list" },
  { href: "/tasks", labelKey: "tasks", permission: "cases.list" },
  { href: "/repatriations", labelKey: "repatriations", permission: "repatriations.read" },
  { href: "/referrals", labelKey: "referrals", permission: "cases.referral.send" },
  { href: "/shelters", labelKey: "shelters", permission: "shelters.availability.read" },
  { href: "/hotline", labelKey: "hotline", permission: "hotline.calls.read" },
  { href: "/situations", labelKey: "situations", permission: "situations.list" },
  { href: "/perpetrators", labelKey: "perpetrators", permission: "perpetrators.list" },
  { href: "/reports", labelKey: "reports", permission: "reports.aggregate.read" },
  { href: "/admin/members", labelKey: "members", permission: "org.members.manage" },
  { href: "/admin/audit", labelKey: "audit", permission: "org.audit.read" },
  { href: "/network/organisations", labelKey: "organisations", permission: "network.organisations.manage" },
  { href: "/settings", labelKey: "settings", permission: "self.manage" },
];

export function navigationFor(role: AnyRole): NavItem[] {
  return NAV.filter((item) => roleHas(role, item.permission));
}

/** Work areas on the home page: what each role does (the areas fill in as modules are built). */
export interface WorkArea {
  key: "hotline" | "cases" | "ownCases" | "shelters" | "repatriations" | "reports" | "members" | "organisations";
  permission: Permission;
  href?: string;
}

const AREAS: WorkArea[] = [
  { key: "hotline", permission: "hotline.calls.read", href: "/hotline" },
  { key: "cases", permission: "cases.read.all", href: "/victims" },
  { key: "ownCases", permission: "cases.read.own", href: "/victims" },
  { key: "shelters", permission: "shelters.residents.read", href: "/shelters" },
  { key: "repatriations", permission: "cases.read.all", href: "/repatriations" },
  { key: "reports", permission: "reports.aggregate.read", href: "/reports" },
  { key: "members", permission: "org.members.manage", href: "/admin/members" },
  { key: "organisations", permission: "network.organisations.manage", href: "/network/organisations" },
];

export function workAreasFor(role: AnyRole): WorkArea[] {
  return AREAS.filter((area) => roleHas(role, area.permission));
}
