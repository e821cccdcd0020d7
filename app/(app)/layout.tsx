import type { ReactNode } from "react";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/auth/permissions";
import { countNotifications } from "@/lib/notifications/data";
import { AppShell } from "@/components/layout/app-shell";

// Every page inside is for signed-in users only; the actor is loaded from the database here and
// again (cached) by each page that needs a permission.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const bell = roleHas(actor.role, "cases.read.all") ? await countNotifications(actor.scope) : null;
  return (
    <AppShell actor={actor} bell={bell}>
      {children}
    </AppShell>
  );
}
