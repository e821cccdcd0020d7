// The address the sign-in throttle counts by. The client writes X-Forwarded-For itself when
// no proxy stands in front, so it must count for nothing unless the operator names the proxies.
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";

const peer = "10.0.0.5";

describe("clientAddress", () => {
  it("is the connection's address by default, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer }, 0)).toBe(peer);
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "198.51.100.1" }, 0)).toBe(peer);
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "198.51.100.1, 198.51.100.2" }, 0)).toBe(
      peer,
    );
  });

  it("with one trusted proxy, is the right-most X-Forwarded-For entry (the one the proxy appended)", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "203.0.113.9" }, 1)).toBe("203.0.113.9");
    // What the client wrote further left changes nothing.
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "198.51.100.1, 203.0.113.9" }, 1)).toBe(
      "203.0.113.9",
    );
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "1.1.1.1,  2.2.2.2 ,203.0.113.9" }, 1)).toBe(
      "203.0.113.9",
    );
  });

  it("with two trusted proxies, is the second entry from the right", () => {
    expect(
      clientAddress({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "198.51.100.1, 203.0.113.9, 10.0.0.4" }, 2),
    ).toBe("203.0.113.9");
  });

  it("falls back to the farthest address it has when a trusted proxy added nothing", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer }, 1)).toBe(peer);
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "203.0.113.9" }, 3)).toBe("203.0.113.9");
  });

  it("puts every client in one bucket when the peer is unknown, rather than believing the client", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" }, 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("bounds the length of what it returns", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "x".repeat(500) }, 1)).toHaveLength(64);
  });
});
