// The consents a repatriation request needs (to return home, to share with the receiving
// organisation), as a checklist with "record it" on the person's record. Used where a request is
// prepared or sent, so a coordinator sees what is missing before the request is refused.
import { getTranslations } from "next-intl/server";
import { requestConsents, type ConsentFacts } from "@/lib/casework/rules";
import { ConsentChecklist } from "./consent-checklist";

export async function RequestConsents(props: {
  victimId: string;
  consents: readonly ConsentFacts[];
  /** The receiving organisation once chosen; null before. */
  receiver: { id: string; name: string } | null;
  /** Only the form of a record the viewer may edit is linked. */
  mayRecord: boolean;
  id?: string;
}) {
  const t = await getTranslations("casefile");
  const items = requestConsents(props.consents, props.receiver?.id ?? null).map((i) => ({
    key: i.kind,
    label:
      i.kind === "RETURN"
        ? t("consents.RETURN")
        : props.receiver
          ? t("consents.SHARING_WITH", { organisation: props.receiver.name })
          : t("consents.SHARING_RECEIVER"),
    given: i.given,
  }));
  return (
    <div id={props.id}>
      <ConsentChecklist
        title={t("consents.requestTitle")}
        items={items}
        recordHref={props.mayRecord ? `/victims/${props.victimId}?add=consent#consent` : null}
        recordLabel={t("consents.recordIt")}
        givenLabel={t("consents.given")}
        missingLabel={t("consents.missing")}
        testId="request-consents"
      />
    </div>
  );
}
