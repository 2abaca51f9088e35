import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { buildCorpus } from "@/lib/anchoring/corpus/build-corpus";
import { formatCorpusTable, runCorpus } from "@/lib/anchoring/corpus/run-corpus";
import { reanchorLikeHypothesis } from "@/lib/anchoring/hypothesis-baseline";
import { reanchor } from "@/lib/anchoring/reanchor";

// The re-anchoring corpus (lib/anchoring/corpus), on more seeds than `npm test` runs, with
// ClaimDesk's matcher and the Hypothesis-style baseline side by side.
const article = readFileSync("fixtures/russia-iran-treaty.txt", "utf8");
const cases = buildCorpus({ seeds: [1, 2, 3, 4, 5, 6, 7, 8], claimsPerText: 15, article });
const ours = runCorpus(cases, (c) => reanchor(c.oldText, c.newText, c.anchor));
const baseline = runCorpus(cases, (c) => reanchorLikeHypothesis(c.newText, c.anchor));
const unchanged = ours.byKind.unchanged;
console.log(
  `\nRe-anchoring corpus: ${cases.length} cases (8 seeds × 3 texts × 15 claims × each edit that applies)\n` +
    `right: on the claim's words; wrong: on other words, or anywhere when its words are gone; ` +
    `missed: orphaned although its words are there; offered: fuzzy with the right place among the alternatives\n\n` +
    `${formatCorpusTable([
      { name: "ClaimDesk", result: ours },
      { name: "Hypothesis-style", result: baseline },
    ])}\n\nunchanged quotes "exact": ${unchanged.exact} of ${unchanged.cases}\n`,
);

const sample = cases.filter((_, i) => i % 10 === 0);
describe(`re-anchoring a tenth of the corpus (${sample.length} cases)`, () => {
  bench("ClaimDesk (diff, one score, ambiguity)", () => {
    for (const c of sample) reanchor(c.oldText, c.newText, c.anchor);
  });
  bench("Hypothesis-style baseline", () => {
    for (const c of sample) reanchorLikeHypothesis(c.newText, c.anchor);
  });
});
