import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { countryChoices } from "@/lib/i18n/countries";
import { regionChoices } from "@/lib/i18n/region-choices";
import { getVictimRecord, listAssignableWorkers } from "@/lib/victims/data";
import { presentVictim } from "@/lib/victims/present";
import type { UpdateVictimValues } from "@/lib/victims/schema";
import { VictimForm } from "@/components/victims/victim-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/auth/denied";
import { parseRouteId } from "@/lib/http/route-id";

export default async function EditVictimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.write");
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  const found = await getVictimRecord(actor.scope, id);
  if (!found || !found.mayEdit) return denyAccess();
  const t = await getTranslations("victims");
  const v = presentVictim(found.record, false);
  const blank = (value: string | number | null | undefined) => value ?? "";
  const defaults = {
    ...Object.fromEntries(Object.entries(v).map(([k, value]) => [k, value === null ? "" : value])),
    aliases: v.aliases.join(", "),
    assignedToId: v.assignedTo?.id ?? "",
    events: v.events.map((e) => ({
      kind: e.kind,
      countryCode: blank(e.countryCode),
      place: blank(e.place),
      startedOn: blank(e.startedOn),
      endedOn: blank(e.endedOn),
    })),
  } as unknown as UpdateVictimValues;
  return (
    <ClientMessages namespaces={["errors", "hotline", "victims"]}>
      <>
        <h1>{t("editTitle")}</h1>
        <VictimForm
          victimId={v.id}
          defaults={defaults}
          countries={countryChoices(await getLocale())}
          regions={regionChoices(await getLocale())}
          workers={await listAssignableWorkers(actor.scope)}
        />
      </>
    </ClientMessages>
  );
}
