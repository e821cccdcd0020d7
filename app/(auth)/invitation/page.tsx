import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getInvitationByToken } from "@/lib/invitations/data";
import { invitationTokenField } from "@/lib/invitations/schema";
import { formatDateTime } from "@/lib/i18n/format";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

// The link an administrator passed on: /invitation?token=… The token travels in the query string,
// which the app never logs (paths only), and the page is sent with Referrer-Policy: no-referrer,
// so no other site learns it. Open to anyone: the token is the credential. An unknown, used,
// expired or withdrawn token gets the same answer.
export default async function InvitationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).token;
  const token = invitationTokenField.safeParse(raw);
  const invitation = token.success ? await getInvitationByToken(token.data) : null;
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["errors", "auth", "invitations", "members", "common"]}>
      <main className="auth-page">
        <div className="auth-box">
          <div className="card stack">
            <h1>{t("invitations.title")}</h1>
            {invitation && token.success ? (
              <>
                <p data-testid="invitation-summary">
                  {t("invitations.summary", {
                    organisation: invitation.organisationName,
                    role: t(`roles.${invitation.role}`),
                    email: invitation.email,
                  })}
                </p>
                <p className="muted">
                  {t(invitation.hasAccount ? "invitations.hasAccountIntro" : "invitations.newAccountIntro")}
                </p>
                <p className="muted">
                  {t("invitations.expires", {
                    date: `${formatDateTime(invitation.expiresAt, locale, invitation.organisationTimeZone)} (${invitation.organisationTimeZone})`,
                  })}
                </p>
                <AcceptInvitationForm token={token.data} hasAccount={invitation.hasAccount} />
              </>
            ) : (
              <p data-testid="invitation-invalid">{t("invitations.invalid")}</p>
            )}
          </div>
        </div>
      </main>
    </ClientMessages>
  );
}
