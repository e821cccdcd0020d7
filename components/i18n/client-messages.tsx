import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, SHELL_NAMESPACES } from "@/lib/i18n/client-messages";

/**
 * Sends the browser the translations the client components below use (forms: their namespace
 * and the validation messages), besides the shell's. See lib/i18n/client-messages.ts.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...SHELL_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
