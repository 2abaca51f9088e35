import { describe, expect, it } from "vitest";
import { clientAddress, isHttpsRequest, isLoopbackAddress, PEER_ADDRESS_HEADER, requestedOrigin } from "./forwarded";

const h = (values: Record<string, string>) => new Headers(values);
const off = { isProxyTrusted: false };
const on = { isProxyTrusted: true };

describe("forwarded headers", () => {
  it("takes the socket's address, and X-Forwarded-For's last entry only from a trusted proxy", () => {
    const headers = h({ [PEER_ADDRESS_HEADER]: "10.0.0.5", "x-forwarded-for": "127.0.0.1, 198.51.100.4" });
    expect(clientAddress(headers, off)).toBe("10.0.0.5");
    expect(clientAddress(headers, on)).toBe("198.51.100.4");
    expect(clientAddress(h({}), off)).toBeNull();
  });

  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["[::1]", true],
    ["::ffff:127.0.0.1", true],
    ["128.0.0.1", false],
    ["10.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["127.0.0.1.evil.example", false],
    ["localhost", false],
    ["", false],
  ])("reads %j as loopback: %s", (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  it("decides https by PUBLIC_BASE_URL, or by X-Forwarded-Proto only from a trusted proxy", () => {
    const forged = h({ "x-forwarded-proto": "https" });
    expect(isHttpsRequest(forged, { ...off, publicBaseUrl: undefined })).toBe(false);
    expect(isHttpsRequest(forged, { ...off, publicBaseUrl: "http://claims.example.org" })).toBe(false);
    expect(isHttpsRequest(h({}), { ...off, publicBaseUrl: "https://claims.example.org" })).toBe(true);
    expect(isHttpsRequest(forged, { ...on, publicBaseUrl: undefined })).toBe(true);
    expect(isHttpsRequest(h({ "x-forwarded-proto": "http, https" }), { ...on, publicBaseUrl: undefined })).toBe(false);
  });

  it("builds the requested origin from Host unless a proxy is trusted", () => {
    const headers = h({ host: "claims.example.org", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    const fallback = { fallbackProtocol: "http:", fallbackHost: "localhost" };
    expect(requestedOrigin(headers, { ...off, ...fallback })).toBe("http://claims.example.org");
    expect(requestedOrigin(headers, { ...on, ...fallback })).toBe("https://evil.example");
  });
});
