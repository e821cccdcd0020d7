import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";

/** The figures start with the people assisted. */
export default async function FiguresIndex() {
  await requireActor("reports.aggregate.read");
  redirect("/reports/figures/people");
}
