import { FULL_SCALE, bars } from "../scripts/seed-scale/index";
import { openScaledDatabase } from "../scripts/bench/scaled-database";
const db = await openScaledDatabase(FULL_SCALE, bars);
console.log("OWNER", db.ownerUrl);
console.log("APP", db.appUrl);
process.on("SIGTERM", async () => { await db.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
