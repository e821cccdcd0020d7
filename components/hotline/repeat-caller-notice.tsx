"use client";
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import { useDisplayTimeZone } from "@/components/i18n/use-time-zone";
import { lookupRepeatCallerAction, type RepeatCallerNotice as Notice } from "@/lib/hotline/actions";

/** Shown under the phone field while typing: earlier calls from this number in the organisation. */
export function RepeatCallerNotice({ phone, defaultCountry }: { phone: string | undefined; defaultCountry: string }) {
  const t = useTranslations("hotline");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [checking, setChecking] = useState(false);
  const digits = (phone ?? "").replace(/\D/g, "");

  useEffect(() => {
    if (digits.length < 7) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setChecking(true);
      try {
        const result = await lookupRepeatCallerAction({ phone, phoneDefaultCountry: defaultCountry });
        if (!cancelled) setNotice(result.ok ? result.data : null);
      } catch {
        if (!cancelled) setNotice(null);
      } finally {
        if (!cancelled) setChecking(false);
      }
    }, 500);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [digits, phone, defaultCountry]);

  // Fewer than 7 digits: not a number yet, so no notice (an older answer is not shown either).
  if (digits.length < 7) return null;
  if (checking && !notice) return <p className="draft-status">{t("repeatChecking")}</p>;
  if (!notice) return null;
  return (
    <div className={notice.count > 0 ? "notice" : "draft-status"} role="status" data-testid="repeat-caller">
      {t("repeatCaller", { count: notice.count })}
      <EarlierCalls calls={notice.last} />
    </div>
  );
}

/** The number's last calls, at the organisation's local time (they were shown in UTC). */
export function EarlierCalls({ calls }: { calls: Notice["last"] }) {
  const t = useTranslations("hotline");
  const locale = useLocale();
  const timeZone = useDisplayTimeZone();
  if (calls.length === 0) return null;
  return (
    <ul>
      {calls.map((call) => (
        <li key={call.receivedAt}>
          {formatDateTime(call.receivedAt, locale, timeZone)}:{" "}
          {call.topics.length
            ? call.topics.map((topic) => t(`topicNames.${topic}`)).join(", ")
            : t(`callTypes.${call.callType}`)}
        </li>
      ))}
    </ul>
  );
}
