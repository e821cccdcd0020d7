// One measurement with autocannon (HTTP/1.1 on loopback): latency percentiles, requests per
// second, errors. Non-2xx answers count as errors: a benchmark of an error page proves nothing.
import autocannon from "autocannon";

export interface LoadResult {
  p50: number;
  /** autocannon reports p90, p97.5 and p99, not p95: p97.5 bounds p95 from above. */
  p97_5: number;
  p99: number;
  mean: number;
  rps: number;
  errors: number;
  requests: number;
}

export async function measure(url: string, options: { headers?: Record<string, string>; connections: number; seconds: number; rate?: number }): Promise<LoadResult> {
  const result = await autocannon({
    url,
    headers: options.headers,
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
  return {
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    mean: result.latency.average,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}
