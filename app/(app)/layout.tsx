import type { ReactNode } from "react";
import { requireActor } from "@/lib/auth/actor";
import { AppShell } from "@/components/layout/app-shell";

// Every page inside is for signed-in users only; the actor is loaded from the database here and
// again (cached) by each page that needs a permission.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
