import pg from "pg";
import fs from "node:fs";
const [file, pattern] = process.argv.slice(2);
const url = fs.readFileSync("/tmp/open-db.log", "utf8").match(/APP (\S+)/)[1];
const client = new pg.Client({ connectionString: url });
await client.connect();
for (const line of fs.readFileSync(file, "utf8").trim().split("\n")) {
  const q = JSON.parse(line);
  if (!q.text.includes(pattern)) continue;
  const m = q.text.match(/^(\/\* tumar-org:[^*]+\*\/ )(.*)$/s);
  const text = m ? `${m[1]}EXPLAIN (ANALYZE, BUFFERS) ${m[2]}` : `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`;
  const r = await client.query({ text, values: q.values });
  console.log(r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
  break;
}
await client.end();
