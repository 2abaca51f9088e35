import { describe, expect, it } from "vitest";
import { etagOf, serializedJson, versionsFromIfMatch } from "./responses";

function requestWith(...ifMatch: string[]): Request {
  const headers = new Headers();
  for (const value of ifMatch) headers.append("If-Match", value);
  return new Request("http://claimdesk.test/api/v1/claims/c1", { method: "PATCH", headers });
}

// The API's ETags are `"<id>.<version>"` (etagOf), so a version is only read from a tag that
// names the resource being written.
describe("versionsFromIfMatch", () => {
  it("is undefined when no If-Match header was sent (428 where a version is required)", () => {
    expect(versionsFromIfMatch(requestWith(), "c1")).toBeUndefined();
  });

  it("reads the version of a strong ETag the API gave out", () => {
    expect(versionsFromIfMatch(requestWith(etagOf("c1", 3)), "c1")).toEqual([3]);
    expect(versionsFromIfMatch(requestWith('"c1.3"'), "c1")).toEqual([3]);
  });

  it("reads every version of a list, and of repeated headers", () => {
    expect(versionsFromIfMatch(requestWith('"c1.3", "c1.4"'), "c1")).toEqual([3, 4]);
    expect(versionsFromIfMatch(requestWith('"c1.3","c1.4"'), "c1")).toEqual([3, 4]);
    expect(versionsFromIfMatch(requestWith('"c1.3"', '"c1.4"'), "c1")).toEqual([3, 4]);
  });

  it("answers any version for *", () => {
    expect(versionsFromIfMatch(requestWith("*"), "c1")).toBe("any");
    expect(versionsFromIfMatch(requestWith(" * "), "c1")).toBe("any");
  });

  it("ignores tags of other resources, so they fail with 412", () => {
    expect(versionsFromIfMatch(requestWith('"c2.3"'), "c1")).toEqual([]);
    expect(versionsFromIfMatch(requestWith('"c2.3", "c1.4"'), "c1")).toEqual([4]);
    expect(versionsFromIfMatch(requestWith('"xc1.3"'), "c1")).toEqual([]);
  });

  it("reads a tag whose id contains dots or a reviewer suffix", () => {
    expect(versionsFromIfMatch(requestWith('"a.b.7"'), "a.b")).toEqual([7]);
    const verdictTag = "c1~u9";
    expect(versionsFromIfMatch(requestWith(etagOf(verdictTag, 2)), verdictTag)).toEqual([2]);
  });

  it('names no version for a bare "3", which carries no resource id', () => {
    expect(versionsFromIfMatch(requestWith('"3"'), "c1")).toEqual([]);
    expect(versionsFromIfMatch(requestWith('"3", "4"'), "c1")).toEqual([]);
  });

  it("names no version for a weak ETag: If-Match compares strongly (RFC 9110)", () => {
    expect(versionsFromIfMatch(requestWith('W/"c1.3"'), "c1")).toEqual([]);
    expect(versionsFromIfMatch(requestWith('W/"c1.3", "c1.4"'), "c1")).toEqual([4]);
  });

  it("names no version for garbage or an empty header, so the write fails with 412", () => {
    for (const header of ["", "   ", "garbage", "c1.3", '"c1.3', '"c1."', '"c1.x"', '"c1.-3"', "*, *"]) {
      expect(versionsFromIfMatch(requestWith(header), "c1"), JSON.stringify(header)).toEqual([]);
    }
  });
});

describe("serializedJson", () => {
  const body = JSON.stringify([{ id: "c1", claimText: "The treaty was signed in January" }]);
  const answer = { body: new TextEncoder().encode(body), etag: '"abc"' };
  const get = (headers: Record<string, string>) =>
    serializedJson(new Request("http://claimdesk.test/api/v1/documents/d1/claims", { headers }), answer);

  it("sends the text as JSON with its ETag", async () => {
    const res = get({});
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"abc"');
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.text()).toBe(body);
  });

  it("answers 304 without a body when If-None-Match names the tag, weak or in a list, or is *", async () => {
    for (const tag of ['"abc"', 'W/"abc"', '"old", "abc"', "*"]) {
      const res = get({ "if-none-match": tag });
      expect(res.status, tag).toBe(304);
      expect(res.headers.get("etag")).toBe('"abc"');
      expect(await res.text()).toBe("");
    }
    expect(get({ "if-none-match": '"old"' }).status).toBe(200);
  });
});
