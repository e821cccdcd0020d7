import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Aggregates only, for the analyst: no person, no case. */
export function HeadlineSection(props: {
  callsThisMonth: number;
  repatriationsOpen: number;
  repatriationsStalled: number;
  handedOver: number;
}) {
  const t = useTranslations("home");
  return (
    <HomeSection id="headline" title={t("headline.title")}>
      <CountList
        items={[
          {
            key: "calls-month",
            label: t("headline.calls", { count: props.callsThisMonth }),
            count: props.callsThisMonth,
            href: "/reports",
          },
          {
            key: "repatriations-open",
            label: t("headline.open", { count: props.repatriationsOpen }),
            count: props.repatriationsOpen,
            href: "/repatriations/figures",
          },
          {
            key: "repatriations-stalled",
            label: t("headline.stalled", { count: props.repatriationsStalled }),
            count: props.repatriationsStalled,
            href: "/repatriations/figures",
          },
          {
            key: "handed-over",
            label: t("headline.handedOver", { count: props.handedOver }),
            count: props.handedOver,
            href: "/repatriations/figures",
          },
        ]}
      />
    </HomeSection>
  );
}
