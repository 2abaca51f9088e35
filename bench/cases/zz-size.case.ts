import { test } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createClaimSchema } from "@/lib/validation/claims";
import { markClaim } from "@/services/mark-claim";
import { openDocument } from "@/services/open-document";
import { desk } from "@/services/testing/desk";
import { formatProfile, topSelfTime } from "../support/profile";
import { articleText, claimSelectors } from "../support/server";

test("size of the page's claims", async () => {
  const close = useTemporaryDatabase();
  const text = articleText(100_000, 42);
  const d = await desk(text);
  const bodies = claimSelectors(text, 5000, 1).map((b) => createClaimSchema.parse(b));
  for (const b of bodies) markClaim(d.editor, d.documentId, b);
  const t = performance.now();
  const opened = openDocument(d.editor, d.documentId);
  console.log(`openDocument: ${(performance.now() - t).toFixed(0)} ms`);
  for (let i = 0; i < 3; i++) {
    const t2 = performance.now();
    openDocument(d.editor, d.documentId);
    console.log(`openDocument: ${(performance.now() - t2).toFixed(0)} ms`);
  }
  console.log(
    `claims JSON: ${(JSON.stringify(opened.claims).length / 1e6).toFixed(2)} MB; one: ${JSON.stringify(opened.claims[0])}`,
  );
  console.log(`content JSON: ${(JSON.stringify(opened.document.content).length / 1e6).toFixed(2)} MB`);
  console.log(formatProfile(await topSelfTime(() => openDocument(d.editor, d.documentId), 15)));
  close();
});
