// One measurement with autocannon (HTTP/1.1 on loopback): latency percentiles, requests per
// second, errors. Non-2xx answers count as errors: a benchmark of an error page proves nothing.
// Percentiles come from every response's own time (autocannon's summary has no p95).
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
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p97_5: percentile(times, 97.5),
    p99: percentile(times, 99),
    mean: times.reduce((s, t) => s + t, 0) / Math.max(1, times.length),
    rps: result.requests.total / options.seconds,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}
