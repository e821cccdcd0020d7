// A token's state in words: in use, expired, or revoked and why.
import { getTranslations } from "next-intl/server";

export async function TokenState({
  token,
  now,
}: {
  token: { revokedAt: Date | null; revokeReason: string | null; expiresAt: Date };
  now: Date;
}) {
  const t = await getTranslations("tokens");
  if (token.revokedAt) return <>{t("revoked", { reason: t(`reasons.${token.revokeReason ?? "REVOKED_BY_OWNER"}`) })}</>;
  if (token.expiresAt <= now) return <>{t("expired")}</>;
  return <>{t("active")}</>;
}
