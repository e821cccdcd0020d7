// The client's address for per-address limits (the sign-in throttle). The connection's other end
// is known for certain: server/peer-address.mjs writes it into PEER_ADDRESS_HEADER before Next.js
// sees the request, replacing any value a client sent. X-Forwarded-For is only a claim, and Next.js
// passes a client-sent one on unchanged, so it is believed for exactly as many hops as the
// operator says there are proxies in front (TRUSTED_PROXY_HOPS, lib/env.ts): with none (the
// default) it is ignored; with N, each trusted proxy appended the address it saw, so the client is
// the N-th entry from the right. Entries further left are whatever the client wrote.
export const PEER_ADDRESS_HEADER = "x-tumar-peer-address";

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value) ?? "";

export function clientAddress(headers: HeaderBag, trustedHops: number): string {
  const peer = first(headers?.[PEER_ADDRESS_HEADER]).trim();
  // Without the peer (the server was started without server/peer-address.mjs, which
  // instrumentation.ts refuses in production) every client shares one bucket: limits still hold.
  const chain = [
    ...first(headers?.["x-forwarded-for"])
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean),
    peer || "unknown",
  ];
  // A trusted proxy in front always adds an entry; with fewer than it should have, the left-most
  // one is the farthest this server can see.
  const client = trustedHops <= 0 ? chain.at(-1)! : chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return client.slice(0, 64);
}
