"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { setMemberActiveAction } from "@/lib/users/actions";
import { Alert } from "@/components/ui/alert";

export function MemberActiveForm({ membershipId, active, version }: { membershipId: string; active: boolean; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; key: string } | null>(null);
  const toggle = () =>
    startTransition(async () => {
      setMessage(null);
      try {
        const result = await setMemberActiveAction(membershipId, { active: !active, version });
        if (result.ok) {
          setMessage({ kind: "success", key: active ? "members.deactivated" : "members.reactivated" });
          router.refresh();
        } else {
          setMessage({ kind: "error", key: Object.values(result.fields ?? {})[0] ?? result.messageKey });
        }
      } catch {
        setMessage({ kind: "error", key: "errors.network" });
      }
    });
  return (
    <div className="stack">
      {message ? <Alert kind={message.kind}>{t(message.key)}</Alert> : null}
      {active ? <p className="muted">{t("members.deactivateHint")}</p> : null}
      <div>
        <button type="button" className={`btn ${active ? "btn-danger" : ""}`} disabled={pending} aria-busy={pending} onClick={toggle}>
          {pending ? t("common.saving") : active ? t("members.deactivate") : t("members.reactivate")}
        </button>
      </div>
    </div>
  );
}
