import { describe, expect, it } from "vitest";
import { initialsOf, PresenceRegistry } from "./presence-registry";

const ada = { userId: "u-ada", name: "Ada Lovelace" };
const bob = { userId: "u-bob", name: "Bob" };

describe("who has a document open", () => {
  it("lists the others on the page, not oneself, and forgets a stream when it closes", () => {
    const r = new PresenceRegistry();
    r.join("d1", { streamId: "s1", tab: "t1", ...ada }, 0);
    r.join("d1", { streamId: "s2", tab: "t2", ...bob }, 0);
    r.join("d2", { streamId: "s3", tab: "t3", ...bob }, 0);
    expect(r.snapshotFor("d1", "s1", ada.userId)).toEqual({
      you: { claimId: null },
      others: [{ userId: "u-bob", name: "Bob", initials: "B", claimId: null, quote: null }],
    });
    expect(r.snapshotFor("d1", "s2", bob.userId).others.map((p) => p.initials)).toEqual(["AL"]);
    expect(r.leave("d1", "s2")).toBe(true);
    expect(r.leave("d1", "s2")).toBe(false);
    expect(r.snapshotFor("d1", "s1", ada.userId).others).toEqual([]);
    expect(r.size("d2")).toBe(1);
  });

  it("shows the claim each has open; only the person's own tab can move their marker", () => {
    const r = new PresenceRegistry();
    r.join("d1", { streamId: "s1", tab: "t1", ...ada }, 0);
    r.join("d1", { streamId: "s2", tab: "t2", ...bob }, 0);
    expect(r.setOpenClaim("d1", { userId: bob.userId, tab: "t1" }, { claimId: "c9", quote: "q" }, 0)).toBe(false);
    expect(r.setOpenClaim("d1", { userId: ada.userId, tab: "t1" }, { claimId: "c1", quote: "the quote" }, 0)).toBe(
      true,
    );
    expect(r.setOpenClaim("d1", { userId: ada.userId, tab: "t1" }, { claimId: "c1", quote: "the quote" }, 0)).toBe(
      false,
    );
    expect(r.snapshotFor("d1", "s2", bob.userId).others[0]).toMatchObject({ claimId: "c1", quote: "the quote" });
    expect(r.snapshotFor("d1", "s1", ada.userId).you).toEqual({ claimId: "c1" });
    expect(r.setOpenClaim("d1", { userId: ada.userId, tab: "t1" }, null, 0)).toBe(true);
    expect(r.snapshotFor("d1", "s2", bob.userId).others[0]).toMatchObject({ claimId: null, quote: null });
  });

  it("shows a person with two tabs once, as their most recently changed tab, until both are closed", () => {
    const r = new PresenceRegistry();
    r.join("d1", { streamId: "s1", tab: "t1", ...ada }, 0);
    r.join("d1", { streamId: "s2", tab: "t2", ...ada }, 0);
    r.join("d1", { streamId: "s3", tab: "t3", ...bob }, 0);
    r.setOpenClaim("d1", { userId: ada.userId, tab: "t2" }, { claimId: "c2", quote: "two" }, 0);
    expect(r.snapshotFor("d1", "s3", bob.userId).others).toEqual([
      { userId: "u-ada", name: "Ada Lovelace", initials: "AL", claimId: "c2", quote: "two" },
    ]);
    r.leave("d1", "s2");
    expect(r.snapshotFor("d1", "s3", bob.userId).others).toMatchObject([{ userId: "u-ada", claimId: null }]);
    r.leave("d1", "s1");
    expect(r.snapshotFor("d1", "s3", bob.userId).others).toEqual([]);
    expect(r.size("d1")).toBe(1);
  });

  it("hides a page not heard from for the time to live (a dropped connection) until it reports in again", () => {
    const r = new PresenceRegistry(1_000);
    r.join("d1", { streamId: "s1", tab: "t1", ...ada }, 0);
    r.join("d1", { streamId: "s2", tab: "t2", ...bob }, 0);
    expect(r.setOpenClaim("d1", { userId: bob.userId, tab: "t2" }, null, 900)).toBe(false);
    expect(r.sweep("d1", 1_000)).toBe(false);
    expect(r.sweep("d1", 1_500)).toBe(true); // Ada's page has been silent for 1.5 s.
    expect(r.sweep("d1", 1_600)).toBe(false);
    expect(r.snapshotFor("d1", "s2", bob.userId).others).toEqual([]);
    expect(r.snapshotFor("d1", "s1", ada.userId).others.map((p) => p.name)).toEqual(["Bob"]);
    expect(r.setOpenClaim("d1", { userId: ada.userId, tab: "t1" }, null, 1_700)).toBe(true);
    expect(r.snapshotFor("d1", "s2", bob.userId).others.map((p) => p.name)).toEqual(["Ada Lovelace"]);
  });

  it("makes initials of the first and last names, whatever the script", () => {
    expect(initialsOf("ada  byron lovelace")).toBe("AL");
    expect(initialsOf("Ödön")).toBe("Ö");
    expect(initialsOf("  ")).toBe("?");
  });
});
