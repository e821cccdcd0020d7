// One measurement with autocannon (HTTP/1.1 on loopback): latency percentiles, requests per
// second, errors. Non-2xx answers count as errors: a benchmark of an error page proves nothing.
// Percentiles come from every response's own time (autocannon's summary has no p95).
// A fixed rate is measured with measureAtRate: autocannon's rate limit releases each second's
// requests together at the start of the second, so its latencies at "50 requests/s" are those of
// bursts of 50.
import http from "node:http";
import autocannon from "autocannon";

export interface LoadResult {
  p50: number;
  p95: number;
  /** autocannon reports p97.5; kept for the figures measured with it before p95 was exact. */
  p97_5: number;
  p99: number;
  mean: number;
  rps: number;
  errors: number;
  requests: number;
}

export interface LoadOptions {
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /** A fixed overall rate (requests per second) instead of as fast as answers come. */
  rate?: number;
  method?: "GET" | "POST";
  body?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Percentiles and mean of response times (ms), with the run's counts. */
function summarise(times: number[], counts: Pick<LoadResult, "rps" | "errors" | "requests">): LoadResult {
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p97_5: percentile(times, 97.5),
    p99: percentile(times, 99),
    mean: times.reduce((s, t) => s + t, 0) / Math.max(1, times.length),
    ...counts,
  };
}

export async function measure(url: string, options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        method: options.method ?? "GET",
        headers: options.headers,
        body: options.body,
        connections: options.connections,
        duration: options.seconds,
        ...(options.rate ? { overallRate: options.rate } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await done;
  return summarise(times, {
    rps: result.requests.total / options.seconds,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  });
}

/**
 * Open-loop load at a fixed rate: one request every 1/rate seconds, each sent on time whether or
 * not earlier ones have answered (as independent users would), over at most `maxConnections`
 * keep-alive connections (64, as a reverse proxy in front of an instance would allow): a request
 * due while that many are outstanding is turned away and counts as an error, as the proxy would
 * answer 503. (Without a bound the server takes every request at once and runs out of memory.)
 * Latency counts from the moment the request was due, so queueing in the client shows too. A
 * request unanswered after `timeoutMs` (10 s) counts as an error: a server slower than the rate
 * would otherwise keep the run going until the whole backlog drained.
 */
export async function measureAtRate(
  url: string,
  options: Omit<LoadOptions, "connections" | "rate"> & { rate: number; timeoutMs?: number; maxConnections?: number },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true });
  const target = new URL(url);
  const times: number[] = [];
  let errors = 0;
  const total = Math.round(options.rate * options.seconds);
  const started = performance.now();
  const one = (due: number) =>
    new Promise<void>((resolve) => {
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: options.method ?? "GET",
          headers: {
            ...options.headers,
            ...(options.body ? { "content-length": Buffer.byteLength(options.body) } : {}),
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => {
            times.push(performance.now() - due);
            if ((response.statusCode ?? 500) >= 300) errors += 1;
            resolve();
          });
        },
      );
      request.setTimeout(options.timeoutMs ?? 10_000, () => request.destroy(new Error("timed out")));
      request.on("error", () => {
        errors += 1;
        resolve();
      });
      request.end(options.body);
    });
  const pending: Promise<void>[] = [];
  const limit = options.maxConnections ?? 64;
  let outstanding = 0;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (outstanding >= limit) {
      errors += 1;
      continue;
    }
    outstanding += 1;
    pending.push(one(due).then(() => void (outstanding -= 1)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return summarise(times, { rps: times.length / elapsed, errors, requests: times.length });
}
