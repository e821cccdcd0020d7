"use client";
import { useTranslations } from "next-intl";
import { z } from "zod/mini";
import { updateStaySchema } from "@/lib/shelters/schema";
import { updateStayAction } from "@/lib/shelters/actions";
import { defineForm } from "@/components/ui/form-field";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";
import { freeBeds, type Bed } from "./form-helpers";

const Move = defineForm(z.pick(updateStaySchema, { moveToBedId: true }));

/** A resident moves to another free bed of the shelter. */
export function MoveForm({ stayId, version, beds }: { stayId: string; version: number; beds: Bed[] }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Move.schema}
      defaults={{ moveToBedId: "" }}
      action={(values) => updateStayAction(stayId, { version, ...values })}
      submitLabel={t("shelters.move")}
      successMessage={t("shelters.moved")}
    >
      <Move.Select name="moveToBedId" id={`move-${stayId}`} label={t("shelters.moveTo")}>
        <NamedOptions items={freeBeds(beds)} empty={t("hotline.notRecorded")} />
      </Move.Select>
    </SmallForm>
  );
}
