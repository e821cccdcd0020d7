// The reintegration of a returned person, on the case's page (decision 0031): the plan's items,
// the follow-ups with their scores, the survey of each open follow-up, and what became of the
// person later. Forms only for those who keep it (the home side, while the person is home).
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Reintegration } from "@/lib/reintegration/types";
import { DIMENSIONS } from "@/lib/reintegration/survey";
import { isoDate } from "@/lib/time/zoned";
import { AddAssistanceForm, ChangeAssistanceForm, FlagsForm, FollowUpForm } from "./reintegration-forms";
import { TableWrap } from "@/components/ui/table-wrap";

const percent = (score: number) => `${Math.round(score * 100)}`;

export async function ReintegrationSection({
  caseId,
  reintegration,
  openFollowUps,
  mayKeep,
  mayFlag,
  situations,
  today,
}: {
  caseId: string;
  reintegration: Reintegration;
  /** The open follow-up tasks, by month, the survey answers. */
  openFollowUps: { taskId: string; month: number; dueOn: Date | null; overdue: boolean }[];
  mayKeep: boolean;
  mayFlag: boolean;
  situations: { id: string; name: string }[];
  today: string;
}) {
  const t = await getTranslations("reintegration");
  const locale = await getLocale();
  const day = (d: Date | null) => (d ? formatDate(d, locale, "UTC") : "");
  const { assistance, followUps, flags } = reintegration;
  const flagged = [
    flags.remigratedOn ? t("flags.remigratedShort", { date: day(flags.remigratedOn) }) : null,
    flags.retraffickedOn ? t("flags.retraffickedShort", { date: day(flags.retraffickedOn) }) : null,
    flags.lostContactOn ? t("flags.lostContactShort", { date: day(flags.lostContactOn) }) : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="reintegration-heading" id="reintegration" data-testid="reintegration">
      <h2 id="reintegration-heading">{t("title")}</h2>
      {flagged.length ? (
        <p className="notice" data-testid="reintegration-flags-shown">
          {flagged.join(" · ")}
        </p>
      ) : null}

      <h3>{t("plan")}</h3>
      {assistance.length === 0 ? (
        <p className="muted">{t("noAssistance")}</p>
      ) : (
        <TableWrap>
          <table className="list" data-testid="assistance-table">
            <thead>
              <tr>
                <th>{t("type")}</th>
                <th>{t("status")}</th>
                <th>{t("provider")}</th>
                <th>{t("amount")}</th>
                <th>{t("dates")}</th>
              </tr>
            </thead>
            <tbody>
              {assistance.map((a) => (
                <tr key={a.id}>
                  <td>
                    {t(`types.${a.type}`)}
                    {mayKeep ? (
                      <details>
                        <summary>{t("changeAssistance")}</summary>
                        <ChangeAssistanceForm
                          item={{
                            id: a.id,
                            version: a.version,
                            type: a.type,
                            status: a.status,
                            provider: a.provider ?? "",
                            amount: a.amount ?? "",
                            currency: a.currency ?? "",
                            startsOn: a.startsOn ? isoDate(a.startsOn) : "",
                            endsOn: a.endsOn ? isoDate(a.endsOn) : "",
                          }}
                        />
                      </details>
                    ) : null}
                  </td>
                  <td>{t(`statuses.${a.status}`)}</td>
                  <td>{a.provider ?? ""}</td>
                  <td>{a.amount ? `${a.amount} ${a.currency}` : ""}</td>
                  <td>
                    {day(a.startsOn)}
                    {a.endsOn ? ` – ${day(a.endsOn)}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {mayKeep ? (
        <details className="card">
          <summary>{t("addAssistance")}</summary>
          <AddAssistanceForm caseId={caseId} />
        </details>
      ) : null}

      <h3>{t("followUps")}</h3>
      <p className="muted">{t("scoreHint")}</p>
      {followUps.length === 0 ? (
        <p className="muted">{t("noFollowUps")}</p>
      ) : (
        <TableWrap>
          <table className="list" data-testid="follow-up-scores">
            <thead>
              <tr>
                <th>{t("month")}</th>
                <th>{t("conductedOn")}</th>
                {DIMENSIONS.map((d) => (
                  <th key={d}>{t(`dimensions.${d}`)}</th>
                ))}
                <th>{t("overall")}</th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((f) => (
                <tr key={f.id} data-testid={`follow-up-row-${f.month}`}>
                  <td>{t("monthN", { month: f.month })}</td>
                  <td>{day(f.conductedOn)}</td>
                  {DIMENSIONS.map((d) => (
                    <td key={d}>{percent(f.scores[d])}</td>
                  ))}
                  <td>
                    <strong data-testid={`follow-up-overall-${f.month}`}>{percent(f.scores.overall)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {mayKeep
        ? openFollowUps.map((f) => (
            <details key={f.taskId} className="card" id={`follow-up-${f.taskId}`}>
              <summary>
                {t("surveyFor", { month: f.month })}
                {f.dueOn ? ` · ${t("dueOn", { date: day(f.dueOn) })}` : ""}
                {f.overdue ? <span className="badge badge-critical"> {t("overdue")}</span> : null}
              </summary>
              <FollowUpForm caseId={caseId} taskId={f.taskId} today={today} />
            </details>
          ))
        : null}

      {mayFlag ? (
        <details className="card">
          <summary>{t("flagsTitle")}</summary>
          <p className="muted">{t("flagsHint")}</p>
          <FlagsForm
            caseId={caseId}
            situations={situations}
            values={{
              version: reintegration.version,
              remigratedOn: flags.remigratedOn ? isoDate(flags.remigratedOn) : "",
              retraffickedOn: flags.retraffickedOn ? isoDate(flags.retraffickedOn) : "",
              retraffickedSituationId: flags.retraffickedSituationId ?? "",
              lostContactOn: flags.lostContactOn ? isoDate(flags.lostContactOn) : "",
            }}
          />
        </details>
      ) : null}
    </section>
  );
}
