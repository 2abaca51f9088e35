import { test } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createClaimSchema } from "@/lib/validation/claims";
import { markClaim } from "@/services/mark-claim";
import { desk } from "@/services/testing/desk";
import { formatProfile, topSelfTime } from "../support/profile";
import { articleText, claimSelectors } from "../support/server";

test("profile markClaim", async () => {
  const close = useTemporaryDatabase();
  const text = articleText(20_000, 7);
  const d = await desk(text);
  const bodies = claimSelectors(text, 200, 99).map((b) => createClaimSchema.parse(b));
  for (let i = 0; i < 300; i++) markClaim(d.editor, d.documentId, bodies[i % 200]!);
  const t = performance.now();
  const n = 1000;
  for (let i = 0; i < n; i++) markClaim(d.editor, d.documentId, bodies[i % 200]!);
  console.log(`markClaim: ${((performance.now() - t) / n).toFixed(3)} ms each`);
  console.log(
    formatProfile(
      await topSelfTime(() => {
        for (let i = 0; i < n; i++) markClaim(d.editor, d.documentId, bodies[i % 200]!);
      }, 25),
    ),
  );
  close();
});
