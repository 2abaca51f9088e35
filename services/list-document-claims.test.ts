import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { listDocumentClaims, listDocumentClaimsSerialized } from "./list-document-claims";
import { clearSerializedReads } from "./support/serialized-read-cache";
import { desk, mark, quote, rate, rejection } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  clearSerializedReads();
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const read = (answer: { body: Uint8Array }): unknown => JSON.parse(new TextDecoder().decode(answer.body));

const TEXT = "The treaty was signed in January. The minister said it binds neither side to defend the other.";

describe("a document's claims as the API sends them", () => {
  it("are the claims the reader sees, kept until anything is written", async () => {
    const { alice, documentId } = await desk(TEXT);
    mark(alice, documentId, quote("The treaty was signed in January"));
    const first = listDocumentClaimsSerialized(alice, documentId);
    expect(read(first)).toEqual(listDocumentClaims(alice, documentId));
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    // Nothing written: the same answer, not made again.
    expect(listDocumentClaimsSerialized(alice, documentId)).toBe(first);

    const second = mark(alice, documentId, quote("binds neither side"));
    const after = listDocumentClaimsSerialized(alice, documentId);
    expect(after.etag).not.toBe(first.etag);
    expect((read(after) as { id: string }[]).map((c) => c.id)).toContain(second.id);
  });

  it("are kept for each reader apart: blind review hides another's verdict", async () => {
    const { alice, bob, documentId } = await desk(TEXT, { blindReview: true });
    const claim = mark(alice, documentId, quote("The treaty was signed in January"));
    rate(alice, claim.id, "true");
    const seenByAlice = read(listDocumentClaimsSerialized(alice, documentId)) as { verdicts: unknown[] }[];
    const seenByBob = read(listDocumentClaimsSerialized(bob, documentId)) as {
      verdicts: unknown[];
      verdictsHidden: boolean;
    }[];
    expect(seenByAlice[0]?.verdicts).toHaveLength(1);
    expect(seenByBob[0]?.verdicts).toHaveLength(0);
    expect(seenByBob[0]?.verdictsHidden).toBe(true);
  });

  it("follow a change committed by another connection to the same file", async () => {
    const { alice, documentId } = await desk(TEXT);
    const claim = mark(alice, documentId, quote("The treaty was signed in January"));
    const before = listDocumentClaimsSerialized(alice, documentId);
    const other = new Database(getHandle().path);
    try {
      other.prepare("update claims set claim_text = ? where id = ?").run("Signed in January, says who?", claim.id);
    } finally {
      other.close();
    }
    const after = listDocumentClaimsSerialized(alice, documentId);
    expect(after.etag).not.toBe(before.etag);
    expect((read(after) as { claimText: string }[])[0]?.claimText).toBe("Signed in January, says who?");
  });

  it("are refused to one who has left the project, though a list was kept for them", async () => {
    const { alice, outsider, documentId } = await desk(TEXT);
    mark(alice, documentId, quote("The treaty was signed in January"));
    listDocumentClaimsSerialized(alice, documentId);
    getHandle().sqlite.prepare("delete from project_members where user_id = ?").run(alice.userId);
    expect((await rejection(() => listDocumentClaimsSerialized(alice, documentId))).code).toBe("not-found");
    expect((await rejection(() => listDocumentClaimsSerialized(outsider, documentId))).code).toBe("not-found");
  });
});
