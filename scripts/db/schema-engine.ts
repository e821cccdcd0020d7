// Drives Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) through the
// same pg driver adapter the app uses. The native engine that `prisma migrate` downloads cannot be
// fetched offline; this engine needs no download and writes Prisma's standard `_prisma_migrations`
// table, so `prisma migrate deploy` keeps working on machines that have the native engine.
// See docs/decisions/0002-offline-migrations.md.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createRequire } from "node:module";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const prismaDir = path.resolve(import.meta.dirname, "../../prisma");
export const migrationsDir = path.join(prismaDir, "migrations");

/** Every .prisma file of the split schema, as [path, content] pairs, the way the CLI passes them. */
export function readSchemaFiles(dir = prismaDir): { path: string; content: string }[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory() && entry.name !== "migrations") walk(full);
      else if (entry.isFile() && entry.name.endsWith(".prisma")) files.push(full);
    }
  };
  walk(dir);
  return files.sort().map((file) => ({ path: file, content: fs.readFileSync(file, "utf8") }));
}

export function readMigrationList(): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

let loaded: typeof engineBindings | null = null;

// The package is built for bundlers (`import * as wasm from "./x.wasm"`), which Node cannot import,
// so the module is instantiated here by hand with the package's own JS bindings as its imports.
async function loadEngine(): Promise<typeof engineBindings> {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = fs.readFileSync(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineBindings });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  loaded = engineBindings;
  return loaded;
}

/**
 * The pg adapter runs a migration script by splitting it on every ";", which breaks function
 * bodies (triggers, dollar-quoted PL/pgSQL). This factory hands the engine adapters that send the
 * whole script in one simple-protocol query instead: PostgreSQL parses the statements itself, and
 * runs them as one implicit transaction, so a failing migration leaves nothing half-applied.
 */
function wholeScriptAdapter(factory: PrismaPg, pool: pg.Pool): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
}

export async function withSchemaEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const schemaFiles = readSchemaFiles();
  // Our own pool, so that its connections (and the session-level advisory lock Prisma takes while
  // migrating) are closed when we finish; otherwise the next run waits 10 s for that lock.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(new PrismaPg(pool), pool));
  const { SchemaEngine: Engine } = await loadEngine();
  const engine: SchemaEngine = await Engine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content] as [string, string]) },
    (log: string) => {
      if (process.env.DEBUG_SCHEMA_ENGINE) console.error(log);
    },
    adapter,
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}
