import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Unread notifications: new intake cases, repatriation requests, messages and status changes. */
export function BellSection({ unread }: { unread: number }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="bell" title={t("bell.title")}>
      <CountList
        items={[
          {
            key: "unread",
            label: t("bell.unread", { count: unread }),
            count: unread,
            href: "/notifications",
            alert: true,
          },
        ]}
      />
    </HomeSection>
  );
}
