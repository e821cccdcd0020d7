// POST /search: every list's filter form posts here, with and without the page's JavaScript, so
// the search words never enter a URL. The answer sends the browser back to the list (303) with
// its filters in the address and the words sealed for this user (lib/search/sealed-words.ts).
// A route handler rather than a server action: a form's own POST (before JavaScript) carries
// `Origin: null` under the app's Referrer-Policy: no-referrer, which Next.js refuses for actions.
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/roles/permissions";
import { readFilterForm } from "@/lib/search/form";
import { SEARCHABLE_LISTS } from "@/lib/search/lists";
import { listAddress } from "@/lib/search/query";

const LIST_PERMISSIONS = Object.values(SEARCHABLE_LISTS).map((list) => list.permission);

export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor();
  // A role with no searchable list learns nothing here, not even what the form should hold.
  if (!LIST_PERMISSIONS.some((permission) => roleHas(actor.role, permission))) throw new AppError("NOT_FOUND");
  const form = await request.formData().catch(() => null);
  const posted = form ? readFilterForm(form) : null;
  if (!posted) throw new AppError("INVALID");
  const { path, permission } = SEARCHABLE_LISTS[posted.list];
  if (!roleHas(actor.role, permission)) throw new AppError("NOT_FOUND");
  // Relative: the browser resolves it against the address it used, whatever proxies lie between.
  const location = listAddress(path, actor.scope.userId, posted.filters, posted.words);
  return new Response(null, { status: 303, headers: { location } });
});
