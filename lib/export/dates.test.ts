import { describe, expect, it } from "vitest";
import { laterOf, toUtcDate, toUtcDateTime } from "./dates";

describe("export dates", () => {
  it("writes a timestamp as an xsd:dateTime in UTC", () => {
    expect(toUtcDateTime("2025-01-20T10:00:00+01:00")).toBe("2025-01-20T09:00:00.000Z");
    expect(toUtcDateTime("2025-01-20T09:00:00.123Z")).toBe("2025-01-20T09:00:00.123Z");
  });

  it("reads a timestamp without a zone as UTC, whatever the server's zone", () => {
    expect(toUtcDateTime("2025-01-21 08:00:00")).toBe("2025-01-21T08:00:00.000Z");
    expect(toUtcDateTime("2025-01-21T08:00:00")).toBe("2025-01-21T08:00:00.000Z");
  });

  it("gives the UTC calendar day", () => {
    expect(toUtcDate("2025-01-22T23:30:00-05:00")).toBe("2025-01-23");
    expect(toUtcDate("2025-01-22")).toBe("2025-01-22");
  });

  it("refuses what is not a date rather than printing Invalid Date", () => {
    expect(() => toUtcDateTime("yesterday")).toThrow(RangeError);
  });

  it("picks the later of two timestamps written in different zones", () => {
    expect(laterOf("2025-01-20T10:00:00+01:00", "2025-01-20T09:30:00Z")).toBe("2025-01-20T09:30:00Z");
    expect(laterOf("2025-01-20T09:30:00Z", "2025-01-20T10:00:00+01:00")).toBe("2025-01-20T09:30:00Z");
  });
});
