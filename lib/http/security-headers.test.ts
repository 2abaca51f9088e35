import { describe, expect, it } from "vitest";
import { commonSecurityHeaders, createNonce, isHttpsDeployment, pageContentSecurityPolicy } from "./security-headers";

describe("security headers", () => {
  it("gives pages a nonce policy that runs only Next's scripts and cannot be framed", () => {
    const policy = pageContentSecurityPolicy({ nonce: "abc123==", isHttps: false, isDevelopment: false });
    const directives = Object.fromEntries(
      policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]),
    );
    expect(directives["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directives["object-src"]).toBe("'none'");
    expect(directives["base-uri"]).toBe("'none'");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy({ nonce: "n", isHttps: true, isDevelopment: true })).toMatch(
      /'unsafe-eval'.*upgrade-insecure-requests/,
    );
  });

  it("makes a different 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });

  it("sends HSTS only when PUBLIC_BASE_URL is https", () => {
    expect(isHttpsDeployment("https://claims.example.org")).toBe(true);
    expect(isHttpsDeployment("http://claims.example.org")).toBe(false);
    expect(isHttpsDeployment(undefined)).toBe(false);
    expect(commonSecurityHeaders({ isHttps: false })).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(commonSecurityHeaders({ isHttps: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});
