// Preloaded into the benchmark's recording instance of the app (NODE_OPTIONS=--import): appends
// every statement the app sends to PostgreSQL through `pg` (text, parameters, row mode, and which
// connection sent it) as a JSON line to BENCH_SQL_FILE, so that `npm run bench` can replay a page's exact SQL through plain `pg`
// (the database floor). Only ever loaded by the benchmark, on synthetic data.
import fs from "node:fs";
import pg from "pg";

const file = process.env.BENCH_SQL_FILE;
if (file) {
  const original = pg.Client.prototype.query;
  const connections = new WeakMap();
  let next = 0;
  const connectionOf = (client) => {
    if (!connections.has(client)) connections.set(client, ++next);
    return connections.get(client);
  };
  const plain = (value) =>
    Buffer.isBuffer(value) ? `\\x${value.toString("hex")}` : value instanceof Date ? value.toISOString() : value;
  // The server's background upkeep (lib/upkeep.ts: the audit chainer, the call counts' fold) runs
  // every second on a connection of its own, whatever the request: not part of any page's SQL.
  const UPKEEP = /^SELECT (audit_link_waiting|hotline_call_counts_fold)\(/;
  pg.Client.prototype.query = function recordedQuery(config, values, callback) {
    const text = typeof config === "string" ? config : config?.text;
    if (typeof text === "string" && !UPKEEP.test(text)) {
      const params = (Array.isArray(values) ? values : config?.values) ?? [];
      fs.appendFileSync(
        file,
        JSON.stringify({ connection: connectionOf(this), text, values: params.map(plain), rowMode: config?.rowMode }) +
          "\n",
      );
    }
    return original.call(this, config, values, callback);
  };
}
