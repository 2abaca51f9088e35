import { describe, expect, it } from "vitest";
import { deviceCookieName, issueDeviceCookie, readDeviceCookie } from "./device-cookie";

const secret = "a secret key of at least thirty-two characters";

describe("trusted-device cookies", () => {
  it("a cookie is valid for the account it was issued to, and no other", () => {
    const { value, deviceId } = issueDeviceCookie(secret, "ada@example.org");
    expect(readDeviceCookie(secret, "ada@example.org", value)).toBe(deviceId);
    expect(readDeviceCookie(secret, "ADA@example.org", value)).toBe(deviceId);
    expect(readDeviceCookie(secret, "eve@example.org", value)).toBeNull();
  });

  it("a forged, altered or differently keyed cookie is refused", () => {
    const { value } = issueDeviceCookie(secret, "ada@example.org");
    const other = issueDeviceCookie(secret, "ada@example.org");
    const spliced = `${value.slice(0, 40)}${other.value.slice(40)}`;
    expect(readDeviceCookie(secret, "ada@example.org", spliced)).toBeNull();
    expect(readDeviceCookie(`${secret}!`, "ada@example.org", value)).toBeNull();
    for (const bad of ["", "v1", "v1..", `${value}x`, value.replace("v1.", "v2."), undefined, null])
      expect(readDeviceCookie(secret, "ada@example.org", bad)).toBeNull();
  });

  it("names one cookie per account, without the email in clear", () => {
    expect(deviceCookieName("ada@example.org")).not.toBe(deviceCookieName("eve@example.org"));
    expect(deviceCookieName("ada@example.org")).not.toContain("ada");
    expect(deviceCookieName("Ada@Example.org")).toBe(deviceCookieName("ada@example.org"));
  });
});
