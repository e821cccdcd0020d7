"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { revokeApiTokenAction } from "@/lib/users/actions";

export function RevokeTokenButton({ tokenId }: { tokenId: string }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="btn btn-secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await revokeApiTokenAction(tokenId);
          if (result.ok) router.refresh();
        })
      }
    >
      {t("revoke")}
    </button>
  );
}
