import Link from "next/link";
import { getTranslations } from "next-intl/server";

function shift(month: string, by: number) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

export async function MonthNav({
  month,
  basePath,
  params,
}: {
  month: string;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations("hotline");
  const href = (target: string) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value && key !== "month" && key !== "cursor") search.set(key, value);
    search.set("month", target);
    return `${basePath}?${search.toString()}`;
  };
  return (
    <nav className="month-nav" aria-label={t("byDay")}>
      <Link href={href(shift(month, -1))}>← {t("previousMonth")}</Link>
      <Link href={href(shift(month, 1))}>{t("nextMonth")} →</Link>
    </nav>
  );
}
