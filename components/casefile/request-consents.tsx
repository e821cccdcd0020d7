// The consents a repatriation request needs (to return home, to share with the receiving
// organisation), as a checklist with "record it" on the person's record. Used where a request is
// prepared or sent, so a coordinator sees what is missing before the request is refused.
import { getTranslations } from "next-intl/server";
import { requestConsents, type ConsentFacts } from "@/lib/casework/rules";
import { ConsentChecklist } from "./consent-checklist";

export async function RequestConsents(props: {
  victimId: string;
  consents: readonly ConsentFacts[];
  /** The receiving organisation, or the counterpart outside Tumar, once chosen; null before. */
  receiver: { id: string; name: string; counterpart?: boolean; deportation?: boolean } | null;
  /** Only the form of a record the viewer may edit is linked. */
  mayRecord: boolean;
  id?: string;
}) {
  const t = await getTranslations("casefile");
  const recipient = !props.receiver
    ? null
    : props.receiver.deportation
      ? ("none" as const)
      : props.receiver.counterpart
        ? { counterpartId: props.receiver.id }
        : { organisationId: props.receiver.id };
  const items = requestConsents(props.consents, recipient).map((i) => ({
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
