import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("configuration from the environment", () => {
  it("has working defaults when nothing is set", () => {
    const c = parseConfig({});
    expect(c.port).toBe(3000);
    expect(c.isDemoEnabled).toBe(true);
    expect(c.databasePath).toBe(path.resolve(process.cwd(), "data/claimdesk.db"));
  });

  it("reads every documented variable", () => {
    const c = parseConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_PATH: "/tmp/x.db",
      CLAIMDESK_DEMO: "0",
      CHROMIUM_PATH: "/opt/chrome",
      PUBLIC_BASE_URL: "https://claims.example.org",
    });
    expect(c).toEqual({
      port: 8080,
      host: "127.0.0.1",
      databasePath: "/tmp/x.db",
      isDemoEnabled: false,
      chromiumPath: "/opt/chrome",
      publicBaseUrl: "https://claims.example.org",
    });
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
    }
  });
});
