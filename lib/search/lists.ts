// The lists whose filter forms post their search words (app/(app)/search/route.ts): where each lives
// and who may open it. A name here is what the form's hidden `list` field says; the action never
// redirects anywhere else.
import type { Permission } from "@/lib/roles/permissions";

export const SEARCHABLE_LISTS = {
  victims: { path: "/victims", permission: "cases.list" },
  hotline: { path: "/hotline", permission: "hotline.calls.read" },
  members: { path: "/admin/members", permission: "org.members.manage" },
  organisations: { path: "/network/organisations", permission: "network.organisations.manage" },
} as const satisfies Record<string, { path: string; permission: Permission }>;

export type SearchableList = keyof typeof SEARCHABLE_LISTS;

export function isSearchableList(value: unknown): value is SearchableList {
  return typeof value === "string" && Object.hasOwn(SEARCHABLE_LISTS, value);
}
