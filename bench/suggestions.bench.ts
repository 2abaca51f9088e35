import { existsSync, readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { evaluateDocument, evaluateIsolatedSentences, type Evaluation } from "@/lib/suggestions/evaluate-ranking";
import { parseLabelledSentences } from "@/lib/suggestions/labelled-sentences";
import { suggestCheckWorthySentences } from "@/lib/suggestions/suggest-sentences";
import { seededRandom, syntheticText } from "@/lib/text/synthetic-text";

// Check-worthiness suggestions: how well their ranking puts check-worthy sentences first (mean
// average precision, precision at 10, against a random order of the same sentences), and how
// long they take.
//
// The public yardstick is the ClaimBuster data set (Arslan et al., ICWSM 2020,
// https://doi.org/10.5281/zenodo.3609356; cite it, and use it under the licence of its Zenodo
// record). It is not shipped: point CLAIMBUSTER_PATH at its groundtruth.csv or crowdsourced.csv
// (columns Sentence_id, Text, …, File_id, …, Verdict; Verdict 1 is a check-worthy factual
// sentence). This is the only place that variable is read: it configures a measurement, not
// the product. The hand-labelled demo article is always measured.

function line(name: string, { ours, random }: Evaluation): string {
  const f = (n: number) => n.toFixed(3);
  return (
    `${name}: ${ours.items} sentences, ${ours.relevant} check-worthy, ${ours.groups} ranking(s)\n` +
    `  ours   MAP ${f(ours.meanAveragePrecision)}  P@10 ${f(ours.precisionAt10)}\n` +
    `  random MAP ${f(random.meanAveragePrecision)}  P@10 ${f(random.precisionAt10)}  (mean of 100 seeded orders)`
  );
}

const article = readFileSync("fixtures/russia-iran-treaty.txt", "utf8").split(/\r?\n/).join("\n\n");
const demoLabels = parseLabelledSentences(readFileSync("fixtures/suggestions/russia-iran-treaty-labels.tsv", "utf8"));
console.log(line("Demo article, hand-labelled (one labeller)", evaluateDocument(article, demoLabels)));

const claimBusterPath = process.env.CLAIMBUSTER_PATH?.trim();
if (!claimBusterPath || !existsSync(claimBusterPath)) {
  console.log(
    `ClaimBuster: pending: data set not present${claimBusterPath ? ` (no file at ${claimBusterPath})` : " (set CLAIMBUSTER_PATH)"}`,
  );
} else {
  const labelled = parseLabelledSentences(readFileSync(claimBusterPath, "utf8"));
  console.log(line(`ClaimBuster (${claimBusterPath})`, evaluateIsolatedSentences(labelled)));
}

const long = syntheticText(600_000, seededRandom(11), article.split(/\s+/));

describe("check-worthiness suggestions", () => {
  bench("the demo article (~500 words)", () => {
    suggestCheckWorthySentences(article);
  });
  bench(
    "a 100,000-word article",
    () => {
      suggestCheckWorthySentences(long);
    },
    { iterations: 3, time: 0 },
  );
});
