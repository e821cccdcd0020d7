import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Open cases with no change and no case note for a chosen number of days (a GET form: works without JS). */
export function StalledSection({ count, days }: { count: number; days: number }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="stalled" title={t("stalled.title")}>
      <CountList
        items={[
          {
            key: "stalled",
            label: t("stalled.count", { count, days }),
            count,
            href: `/victims?queue=stalled&days=${days}`,
            alert: true,
          },
        ]}
      />
      <form method="get" className="home-inline-form">
        <label htmlFor="stalledDays">{t("stalled.days")}</label>
        <input
          id="stalledDays"
          name="stalledDays"
          type="number"
          min={1}
          max={365}
          defaultValue={days}
          inputMode="numeric"
        />
        <button className="btn btn-secondary" type="submit">
          {t("stalled.apply")}
        </button>
      </form>
      {count === 0 ? <p className="muted">{t("stalled.empty", { days })}</p> : null}
    </HomeSection>
  );
}
