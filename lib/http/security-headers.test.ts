import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, sameOriginOrNone, writeFromThisSite } from "./security-headers";

describe("security headers", () => {
  it("allows scripts only with the nonce, and no framing", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("refuses state-changing requests from another site, not integrations without an Origin", () => {
    expect(sameOriginOrNone("https://tumar.example", "tumar.example")).toBe(true);
    expect(sameOriginOrNone("https://evil.example", "tumar.example")).toBe(false);
    expect(sameOriginOrNone("null", "tumar.example")).toBe(false);
    expect(sameOriginOrNone(null, "tumar.example")).toBe(true);
    // A form the browser posts itself under no-referrer says `Origin: null`; Sec-Fetch-Site vouches.
    expect(writeFromThisSite("null", "tumar.example", "same-origin")).toBe(true);
    expect(writeFromThisSite("null", "tumar.example", "cross-site")).toBe(false);
    expect(writeFromThisSite("https://evil.example", "tumar.example", "same-site")).toBe(false);
    expect(writeFromThisSite("null", "tumar.example", null)).toBe(false);
  });
});
