"use client";
import { useTimeZone } from "next-intl";

/**
 * The organisation's time zone in a client component: next-intl's, which lib/i18n/request.ts
 * sets from the actor, so the browser's own zone never decides what time a screen shows.
 */
export function useDisplayTimeZone(): string {
  return useTimeZone() ?? "UTC";
}
