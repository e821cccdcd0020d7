"use client";
// Until JavaScript has started (a slow connection, a script that failed to load) the browser
// submits a form by itself. A form without a method is then sent as a GET, which puts every field
// (an email, a password, a second-factor code, an invitation token) into the URL, the browser's
// history and the server's log. Every form that submits through JavaScript spreads these
// attributes: such a submission is a POST to the page's own path, without its query string, which
// renders the page again and sends nothing anywhere else (a URL-encoded POST is not a server action
// to Next.js). Lists' filter forms post to a server action of their own (ListFiltersForm), which
// answers with the filters in the URL and the search words sealed; the few filter forms without
// words to hide (the audit log's, the repatriation board's) keep method="get".
import { usePathname } from "next/navigation";

export function usePostFallback() {
  const pathname = usePathname();
  return { method: "post", action: pathname } as const;
}
