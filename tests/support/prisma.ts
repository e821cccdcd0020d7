// Direct database access for test set-up only (what is under test reads it back through lib/).
export { db as prisma } from "@/lib/db";
