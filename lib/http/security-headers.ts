// The security headers of every answer, in one place (proxy.ts applies them):
// - a strict Content-Security-Policy: scripts only with this request's nonce (Next.js puts it on
//   its own scripts) and what they load ('strict-dynamic'); nothing may frame the app; forms post
//   only to it. Inline style attributes stay allowed: React's style props use them, and a style
//   cannot run code.
// - HSTS, no referrer, no camera/microphone/location, and no caching of anything personal.
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  // Pages and API answers carry personal data: never kept by the browser or a proxy.
  "Cache-Control": "no-store, max-age=0",
};

/** Whether a state-changing request comes from this site (or from no browser at all). */
/**
 * Whether a state-changing request may come from where it says: no Origin (an integration with a
 * token), this site's Origin, or a browser saying by Sec-Fetch-Site (which no page can set) that
 * it comes from this site. The last covers a form the browser posts itself (an upload before the
 * page's JavaScript runs): under our `Referrer-Policy: no-referrer` it carries `Origin: null`.
 */
export function writeFromThisSite(origin: string | null, host: string | null, fetchSite: string | null): boolean {
  return sameOriginOrNone(origin, host) || fetchSite === "same-origin";
}

export function sameOriginOrNone(origin: string | null, host: string | null): boolean {
  if (!origin) return true; // integrations (API tokens) send no Origin; browsers always do on POST
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
