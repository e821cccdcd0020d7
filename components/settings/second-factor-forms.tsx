"use client";
// Setting up the second factor: start (a new key and QR code), confirm with the password and a
// code from the app (then the recovery codes are shown, once); and turning it off.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { confirmSecondFactorAction, disableSecondFactorAction, startSecondFactorAction } from "@/lib/users/actions";
import { secondFactorConfirmSchema } from "@/lib/users/schema";
import { Alert } from "@/components/ui/alert";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const SecondFactor = defineForm(secondFactorConfirmSchema);

function CodeAndPassword() {
  const t = useTranslations();
  return (
    <>
      <SecondFactor.Input
        name="currentPassword"
        id="tf-password"
        label={t("settings.currentPassword")}
        type="password"
        autoComplete="current-password"
      />
      <SecondFactor.Input
        name="code"
        id="tf-code"
        label={t("auth.code")}
        inputMode="numeric"
        autoComplete="one-time-code"
      />
    </>
  );
}

/**
 * Set-up, then the recovery codes. It stays mounted when the page refreshes after the second
 * factor is on (`enabled`), so the codes, held only here, remain on screen until the user goes on.
 */
export function SecondFactorSetup({
  pending,
  enabled,
}: {
  pending: { secret: string; qrSvg: string } | null;
  enabled: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [enrolment, setEnrolment] = useState(pending);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  if (codes) {
    return (
      <div className="card stack" data-testid="recovery-codes">
        <Alert kind="success">{t("twoFactor.confirmed")}</Alert>
        <h2>{t("twoFactor.recoveryTitle")}</h2>
        <p>{t("twoFactor.recoveryHint")}</p>
        <ul>
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="btn" onClick={() => router.push("/")}>
          {t("twoFactor.continue")}
        </button>
      </div>
    );
  }
  if (enabled) return null;
  if (!enrolment) {
    return (
      <div>
        {error ? <Alert kind="error">{t(error)}</Alert> : null}
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() =>
            start(async () => {
              const result = await startSecondFactorAction().catch(() => ({
                ok: false as const,
                messageKey: "errors.network",
              }));
              if (result.ok) setEnrolment(result.data);
              else setError(result.messageKey);
            })
          }
        >
          {t("twoFactor.start")}
        </button>
      </div>
    );
  }
  return (
    <div className="card stack">
      <p>{t("twoFactor.scan")}</p>
      {/* The QR code is an SVG drawn on the server by the qrcode package from our own data. */}
      <div className="qr" dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
      <p>
        <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <SmallForm
        schema={secondFactorConfirmSchema}
        defaults={{ currentPassword: "", code: "" }}
        action={async (values) => {
          const result = await confirmSecondFactorAction(values);
          if (result.ok) setCodes(result.data.recoveryCodes);
          return result;
        }}
        submitLabel={t("twoFactor.confirm")}
        successMessage={t("twoFactor.confirmed")}
        resetOnSuccess={false}
      >
        <CodeAndPassword />
      </SmallForm>
    </div>
  );
}

export function SecondFactorDisable() {
  const t = useTranslations();
  return (
    <details className="card">
      <summary>{t("twoFactor.disable")}</summary>
      <SmallForm
        schema={secondFactorConfirmSchema}
        defaults={{ currentPassword: "", code: "" }}
        action={disableSecondFactorAction}
        submitLabel={t("twoFactor.disable")}
        successMessage={t("twoFactor.disabled")}
        variant="danger"
      >
        <CodeAndPassword />
      </SmallForm>
    </details>
  );
}
