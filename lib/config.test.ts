import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumExecutablePath } from "./chromium";
import { ConfigError, DEFAULT_DATABASE_PATH, parseConfig } from "./config";

describe("configuration from the environment", () => {
  it("has working defaults when nothing is set", () => {
    const c = parseConfig({});
    expect(c.port).toBe(3000);
    expect(c.isDemoEnabled).toBe(true);
    expect(c.databasePath).toBe(path.resolve(process.cwd(), "data/claimdesk.db"));
    expect(c.databasePath).toBe(path.resolve(process.cwd(), DEFAULT_DATABASE_PATH));
    expect(c.host).toBeUndefined();
    expect(c.chromiumPath).toBeUndefined();
    expect(c.publicBaseUrl).toBeUndefined();
  });

  it("treats empty and blank values as unset, and ignores unrelated variables", () => {
    const c = parseConfig({
      PORT: "",
      HOST: "  ",
      DATABASE_PATH: " ",
      CLAIMDESK_DEMO: "",
      CHROMIUM_PATH: "",
      PUBLIC_BASE_URL: "",
      HOME: "/root",
    });
    expect(c).toEqual(parseConfig({}));
  });

  it("resolves a relative DATABASE_PATH against the working folder, and trims it", () => {
    expect(parseConfig({ DATABASE_PATH: "db/x.sqlite" }).databasePath).toBe(path.join(process.cwd(), "db/x.sqlite"));
    expect(parseConfig({ DATABASE_PATH: " ../elsewhere/y.db " }).databasePath).toBe(
      path.resolve(process.cwd(), "../elsewhere/y.db"),
    );
    expect(parseConfig({ DATABASE_PATH: "/var/lib/claimdesk/z.db" }).databasePath).toBe("/var/lib/claimdesk/z.db");
  });

  it.each([
    ["1", true],
    ["true", true],
    ["YES", true],
    ["on", true],
    ["0", false],
    ["false", false],
    ["No", false],
    [" off ", false],
  ])("reads CLAIMDESK_DEMO=%j as %s", (value, expected) => {
    expect(parseConfig({ CLAIMDESK_DEMO: value }).isDemoEnabled).toBe(expected);
  });

  it.each(["0", "65536", "-1", "80.5", "3000abc"])("rejects PORT=%j", (value) => {
    expect(() => parseConfig({ PORT: value })).toThrow(/PORT: must be a port number from 1 to 65535/);
  });

  it("trusts no proxy unless TRUST_PROXY is on", () => {
    expect(parseConfig({}).isProxyTrusted).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "1" }).isProxyTrusted).toBe(true);
    expect(parseConfig({ TRUST_PROXY: "off" }).isProxyTrusted).toBe(false);
    expect(() => parseConfig({ TRUST_PROXY: "maybe" })).toThrow(/TRUST_PROXY: must be 1 or 0/);
  });

  it("accepts an http PUBLIC_BASE_URL and rejects one that is not a URL", () => {
    expect(parseConfig({ PUBLIC_BASE_URL: "http://localhost:3000" }).publicBaseUrl).toBe("http://localhost:3000");
    expect(() => parseConfig({ PUBLIC_BASE_URL: "claims.example.org" })).toThrow(
      /PUBLIC_BASE_URL: must be an http\(s\) URL/,
    );
  });

  it("reads every documented variable", () => {
    const c = parseConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_PATH: "/tmp/x.db",
      CLAIMDESK_DEMO: "0",
      CHROMIUM_PATH: "/opt/chrome",
      PUBLIC_BASE_URL: "https://claims.example.org",
      TRUST_PROXY: "1",
      SESSION_IDLE_DAYS: "0.5",
      DEVICE_COOKIE_SECRET: "a device cookie key of thirty-two characters",
      NODE_ENV: "production",
    });
    expect(c).toEqual({
      port: 8080,
      host: "127.0.0.1",
      databasePath: "/tmp/x.db",
      isDemoEnabled: false,
      chromiumPath: "/opt/chrome",
      publicBaseUrl: "https://claims.example.org",
      isProxyTrusted: true,
      sessionIdleDays: 0.5,
      deviceCookieSecret: "a device cookie key of thirty-two characters",
      isDevelopment: false,
    });
  });

  it("refuses a session idle time that is not a positive number of days, and a short device cookie key", () => {
    expect(parseConfig({}).sessionIdleDays).toBe(7);
    for (const bad of ["0", "-1", "seven", "400"])
      expect(() => parseConfig({ SESSION_IDLE_DAYS: bad })).toThrow(/SESSION_IDLE_DAYS/);
    expect(() => parseConfig({ DEVICE_COOKIE_SECRET: "short" })).toThrow(/DEVICE_COOKIE_SECRET/);
  });

  it("names every bad variable in one clear message", () => {
    try {
      parseConfig({ PORT: "eighty", CLAIMDESK_DEMO: "maybe", PUBLIC_BASE_URL: "ftp://x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain("PORT");
      expect(message).toContain("CLAIMDESK_DEMO");
      expect(message).toContain("PUBLIC_BASE_URL");
      expect(message).not.toContain("DATABASE_PATH");
    }
  });

  it("gives lib/chromium the configured CHROMIUM_PATH first", () => {
    expect(chromiumExecutablePath(parseConfig({ CHROMIUM_PATH: " /opt/chrome " }))).toBe("/opt/chrome");
    expect(chromiumExecutablePath({ chromiumPath: undefined })).toBe(
      fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    );
  });
});
