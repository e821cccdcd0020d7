import type { ReactNode } from "react";
import { requireActorForSecondFactorEnrolment, secondFactorPending } from "@/lib/auth/actor";
import { countNotifications } from "@/lib/notifications/data";
import { hasBell } from "@/lib/notifications/policy";
import { AppShell } from "@/components/layout/app-shell";
import { FlashOutlet } from "@/components/ui/flash";

// Every page inside is for signed-in users only; the actor is loaded from the database here and
// again (cached) by each page, whose requireActor() applies the second-factor gate. The layout
// also frames the enrolment page, so it must not redirect to it (a loop); it shows nothing of
// the organisation's work (the bell) to a user the gate still holds.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActorForSecondFactorEnrolment();
  const bell = hasBell(actor.scope) && !secondFactorPending(actor) ? await countNotifications(actor.scope) : null;
  return (
    <AppShell actor={actor} bell={bell}>
      {children}
      <FlashOutlet />
    </AppShell>
  );
}
