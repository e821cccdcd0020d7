// JavaScript a page makes the browser download: every <script src> of the served HTML, gzipped
// (level 9, as a CDN or reverse proxy would serve it), except `nomodule` scripts (Next.js's
// polyfills for browsers without ES modules, which current browsers skip without downloading). "Our own" code is what is left after the
// chunks every page shares (React, Next.js's runtime, next-intl): the page's own chunks.
import zlib from "node:zlib";

export interface JsSize {
  totalGzip: number;
  /** Chunks this page loads that the floor page (the framework's minimum) does not. */
  ownGzip: number;
  files: number;
}

async function scriptsOf(url: string, cookie: string | undefined): Promise<string[]> {
  const html = await (await fetch(url, { headers: cookie ? { cookie } : {} })).text();
  return [...html.matchAll(/<script([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+\.js[^"]*)"/.exec(attributes)?.[1])
    .filter((src): src is string => src !== undefined);
}

const sizes = new Map<string, number>();

async function gzipSize(base: string, src: string): Promise<number> {
  if (!sizes.has(src)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    sizes.set(src, zlib.gzipSync(body, { level: 9 }).length);
  }
  return sizes.get(src)!;
}

/** `baseline`: the scripts of a page with no components of ours beyond the root layout. */
export async function jsSize(
  base: string,
  path: string,
  cookie: string | undefined,
  baseline: string[],
): Promise<JsSize> {
  const scripts = await scriptsOf(base + path, cookie);
  const all = await Promise.all(scripts.map((s) => gzipSize(base, s)));
  const own = await Promise.all(scripts.filter((s) => !baseline.includes(s)).map((s) => gzipSize(base, s)));
  return { totalGzip: all.reduce((a, b) => a + b, 0), ownGzip: own.reduce((a, b) => a + b, 0), files: scripts.length };
}

export { scriptsOf };
