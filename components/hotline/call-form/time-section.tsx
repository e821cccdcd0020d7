"use client";
// When and how the call came: received at (with the confirmation of an unusual time), and for a
// data call its duration and language; the channel for every call.
import { useTranslations } from "next-intl";
import { CALL_LANGUAGES, CHANNELS } from "@/lib/hotline/codes";
import { Options } from "@/components/ui/options";
import { Call } from "./fields";
import { ReceivedAtField } from "./received-at-field";

export function TimeSection(props: {
  isData: boolean;
  /** Whether "received at" is unfolded; null when it always is (editing a stored call). */
  timeShown: boolean | null;
  onTimeShownChange: (shown: boolean) => void;
  /** Why the typed time needs the operator's word, when it does. */
  confirmTime: "past" | "future" | null;
}) {
  const t = useTranslations("hotline");
  return (
    <>
      <div className="grid">
        <ReceivedAtField changing={props.timeShown} onChangingChange={props.onTimeShownChange} />
        {props.isData ? (
          <Call.Controlled
            name="durationSeconds"
            label={t("duration")}
            // Typed in minutes, kept in seconds.
            render={(field, aria) => (
              <input
                type="number"
                inputMode="decimal"
                min={0}
                max={240}
                step="any"
                {...aria}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={
                  field.value === "" || field.value === undefined || field.value === null
                    ? ""
                    : Number(field.value) / 60
                }
                onChange={(event) =>
                  field.onChange(event.target.value === "" ? "" : Math.round(Number(event.target.value) * 60))
                }
              />
            )}
          />
        ) : null}
        <Call.Select name="channel" label={t("channel")}>
          <Options values={CHANNELS} label={(c) => t(`channels.${c}`)} />
        </Call.Select>
        {props.isData ? (
          <Call.Select name="language" label={t("language")}>
            <Options values={CALL_LANGUAGES} label={(l) => t(`languages.${l}`)} empty={t("notRecorded")} />
          </Call.Select>
        ) : null}
      </div>
      {props.confirmTime ? (
        <div className="field">
          <Call.Checkbox
            name="confirmUnusualTime"
            label={props.confirmTime === "future" ? t("confirmFutureTime") : t("confirmUnusualTime")}
          />
        </div>
      ) : null}
    </>
  );
}
