import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Every time a screen shows goes through lib/i18n/format.ts with the organisation's zone.
// next-intl's formatter and the toLocale* methods take the zone of the machine that renders (UTC
// on the server, anything in a browser): the repeat-caller notice showed UTC that way.
const oneTimeFormatter = {
  paths: [
    {
      name: "next-intl",
      importNames: ["useFormatter"],
      message: "Format times with lib/i18n/format.ts and the organisation's zone.",
    },
    {
      name: "next-intl/server",
      importNames: ["getFormatter"],
      message: "Format times with lib/i18n/format.ts and the organisation's zone.",
    },
  ],
};
const noLocaleTimes = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
        message: "Format with lib/i18n/format.ts and the organisation's zone.",
      },
      {
        selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
        message: "Format with lib/i18n/format.ts and the organisation's zone.",
      },
    ],
  },
};

// Keeps data flowing one way (docs/decisions/0001-layout-and-data-flow.md): pages and components
// never reach the database or mint an authorisation scope themselves.
const layering = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        ...oneTimeFormatter,
        patterns: [
          {
            group: ["@/lib/db", "**/lib/db"],
            message: "Read through lib/<domain>/data.ts, write through mutations.ts.",
          },
          { group: ["@/lib/generated/*", "@/lib/generated/**"], message: "Prisma types stay in lib/<domain>." },
          {
            group: ["@/lib/auth/mint-scope", "@/lib/auth/load-actor"],
            message: "Use requireActor() from lib/auth/actor.",
          },
        ],
      },
    ],
  },
};

const componentsNoServerData = {
  files: ["components/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        ...oneTimeFormatter,
        patterns: [
          { group: ["@/lib/db", "**/lib/db"], message: "Components never import the database." },
          { group: ["@/lib/*/data", "@/lib/*/mutations"], message: "Components get data from their page as props." },
          { group: ["@/lib/generated/*", "@/lib/generated/**"], message: "Prisma types stay in lib/<domain>." },
          {
            group: ["@/lib/auth/mint-scope", "@/lib/auth/load-actor"],
            message: "Use requireActor() from lib/auth/actor.",
          },
        ],
      },
    ],
  },
};

// Prisma merges findUnique calls made in the same tick into one query, across requests, and runs
// it in the first caller's context: with row-level security that could read under another
// organisation's scope. findFirst is never merged (decision 0009). Sign-in code reads only
// tables without row-level security.
const noMergedReads = {
  files: ["lib/**/*.ts", "app/**/*.{ts,tsx}"],
  ignores: ["lib/auth/**", "**/*.test.ts"],
  rules: {
    "no-restricted-properties": [
      "error",
      {
        property: "findUnique",
        message: "Use findFirst: findUnique calls are merged across requests (row-level security).",
      },
      {
        property: "findUniqueOrThrow",
        message: "Use findFirstOrThrow: findUnique calls are merged across requests (row-level security).",
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  layering,
  componentsNoServerData,
  noMergedReads,
  noLocaleTimes,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
