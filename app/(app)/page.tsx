import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { workAreasFor } from "@/lib/navigation";
import { formatDateTime } from "@/lib/i18n/format";
import {
  getAnalystHome,
  getCaseWorkerHome,
  getCoordinatorHome,
  getHotlineHome,
  getNetworkHome,
  getShelterHome,
} from "@/lib/home/data";
import { RENEW_WITHIN_DAYS } from "@/lib/victims/queues";
import { homeQuerySchema } from "@/lib/home/schema";
import { parseListQuery } from "@/lib/list-query";
import { IntakeQueueSection } from "@/components/home/intake-queue-section";
import { BellSection } from "@/components/home/bell-section";
import { RemindersSection } from "@/components/home/reminders-section";
import { CaseloadSection } from "@/components/home/caseload-section";
import { StalledSection } from "@/components/home/stalled-section";
import { WaitingSection } from "@/components/home/waiting-section";
import { RepatriationsSection } from "@/components/home/repatriations-section";
import { FreeBedsSection } from "@/components/home/free-beds-section";
import { MyPeopleSection } from "@/components/home/my-people-section";
import { SupportTasksSection } from "@/components/home/support-tasks-section";
import { RenewalsSection } from "@/components/home/renewals-section";
import { TodayCallsSection } from "@/components/home/today-calls-section";
import { CallbacksSection } from "@/components/home/callbacks-section";
import { DraftSection } from "@/components/home/draft-section";
import { ShelterOccupancySection } from "@/components/home/shelter-occupancy-section";
import { HeadlineSection } from "@/components/home/headline-section";
import { OrganisationsSection } from "@/components/home/organisations-section";

type Actor = Awaited<ReturnType<typeof requireActor>>;

/** The role's work queues: counts, each a link into the list it counts. */
async function WorkQueues({ actor, stalledDays }: { actor: Actor; stalledDays: number }) {
  const locale = await getLocale();
  const timeZone = actor.timeZone;
  const { scope } = actor;
  switch (actor.role) {
    case "CASE_WORKER": {
      const home = await getCaseWorkerHome(scope);
      return (
        <>
          <MyPeopleSection byStatus={home.byStatus} />
          <RemindersSection {...home.reminders} showUnassigned={false} />
          <SupportTasksSection overdue={home.overdue} dueWeek={home.dueWeek} />
          <BellSection unread={home.unread} />
          <RenewalsSection documents={home.renew} consents={home.consent} withinDays={RENEW_WITHIN_DAYS} />
        </>
      );
    }
    case "COORDINATOR":
    case "ORG_ADMIN": {
      const home = await getCoordinatorHome(scope, { stalledDays });
      return (
        <>
          <IntakeQueueSection count={home.intake} />
          <RemindersSection {...home.reminders} showUnassigned />
          <BellSection unread={home.unread} />
          <CaseloadSection workers={home.caseload} />
          <StalledSection count={home.stalled} days={home.stalledDays} />
          <WaitingSection
            referrals={roleHas(actor.role, "cases.referral.send") ? home.referralsWaiting : null}
            placements={roleHas(actor.role, "shelters.residents.read") ? home.placementsWaiting : null}
          />
          <RepatriationsSection byStatus={home.repatriations} overdueSteps={home.overdueSteps} />
          <FreeBedsSection free={home.freeBeds} shelters={home.shelterCount} />
        </>
      );
    }
    case "HOTLINE_OPERATOR": {
      const home = await getHotlineHome(scope, timeZone);
      return (
        <>
          <TodayCallsSection
            today={home.today}
            count={home.todayCalls}
            incomplete={home.incomplete}
            userId={scope.userId}
          />
          <CallbacksSection due={home.callbacksDue} overdue={home.callbacksOverdue} />
          <DraftSection savedAt={home.draftSavedAt ? formatDateTime(home.draftSavedAt, locale, timeZone) : null} />
        </>
      );
    }
    case "SHELTER_STAFF":
      return <ShelterOccupancySection shelters={await getShelterHome(scope)} />;
    case "ANALYST":
      return <HeadlineSection {...await getAnalystHome(scope, timeZone)} />;
    case "NETWORK_ADMIN": {
      const home = await getNetworkHome(scope);
      return (
        <OrganisationsSection
          organisations={home.organisations.map((o) => ({
            id: o.id,
            name: o.name,
            country: o.countryCode,
            active: o.active,
            members: o.members,
            lastActivity: o.lastActivity ? formatDateTime(o.lastActivity, locale, timeZone) : null,
          }))}
        />
      );
    }
    default:
      return null;
  }
}

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  const params = await searchParams;
  const t = await getTranslations();
  const areas = workAreasFor(actor.role);
  return (
    <>
      <h1>{t("home.title", { name: actor.user.name })}</h1>
      <p className="muted">
        {actor.current
          ? t("home.intro", { role: t(`roles.${actor.role}`), organisation: actor.current.organisationName })
          : t("home.introNetwork")}
      </p>
      <div className="cards cards-wide home-queues" data-testid="work-queues">
        <WorkQueues actor={actor} stalledDays={parseListQuery(homeQuerySchema, params).stalledDays} />
      </div>
      <h2>{t("home.areasTitle")}</h2>
      <ul className="cards home-areas" data-testid="work-areas">
        {areas.map((area) => (
          <li key={area.key} className="card" data-area={area.key}>
            <strong>{t(`home.areas.${area.key}`)}</strong>
            {area.href ? (
              <p>
                <Link href={area.href}>{t("home.open")}</Link>
              </p>
            ) : (
              <p className="muted">{t("home.comingSoon")}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
