import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Calls of the organisation's local day, and the operator's own calls left incomplete. */
export function TodayCallsSection({
  today,
  count,
  incomplete,
  userId,
}: {
  today: string;
  count: number;
  incomplete: number;
  userId: string;
}) {
  const t = useTranslations("home");
  return (
    <HomeSection id="today-calls" title={t("calls.title")}>
      <CountList
        items={[
          { key: "today-calls", label: t("calls.today", { count }), count, href: `/hotline?from=${today}&to=${today}` },
          // The operator's own id, as the list's operator filter uses.
          {
            key: "incomplete",
            label: t("calls.incomplete", { count: incomplete }),
            count: incomplete,
            href: `/hotline?status=INCOMPLETE&operator=${userId}`,
            alert: true,
          },
        ]}
      />
    </HomeSection>
  );
}
