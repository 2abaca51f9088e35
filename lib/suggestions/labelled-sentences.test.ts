import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDocument, evaluateIsolatedSentences } from "./evaluate-ranking";
import { LabelledSetError, parseDelimited, parseLabelledSentences } from "./labelled-sentences";

describe("reading a labelled set", () => {
  it("reads ClaimBuster's CSV layout: quoted text with commas, quotes and line breaks, grouped by debate", () => {
    const csv =
      "Sentence_id,Text,Speaker,Speaker_title,Speaker_party,File_id,Length,Line_number,Sentiment,Verdict\r\n" +
      '16,"We spent $3 trillion, and ""nothing"" changed.",A,Senator,D,1960-09-26.txt,7,12,-0.2,1\r\n' +
      '17,"Thank you.\nReally.",B,Governor,R,1960-09-26.txt,2,13,0.5,-1\r\n' +
      "18,Jobs fell by half.,A,Senator,D,1960-10-07.txt,4,3,0,0\r\n";
    expect(parseLabelledSentences(csv)).toEqual([
      { text: 'We spent $3 trillion, and "nothing" changed.', isCheckWorthy: true, group: "1960-09-26.txt" },
      { text: "Thank you.\nReally.", isCheckWorthy: false, group: "1960-09-26.txt" },
      { text: "Jobs fell by half.", isCheckWorthy: false, group: "1960-10-07.txt" },
    ]);
  });

  it("reads tab-separated files with comment lines, and a `label` column for Verdict", () => {
    const tsv = "# why: a figure\ntext\tlabel\n# a comment between rows\nIt cost $5.\t1\nHello.\t0\n";
    expect(parseLabelledSentences(tsv)).toEqual([
      { text: "It cost $5.", isCheckWorthy: true, group: "" },
      { text: "Hello.", isCheckWorthy: false, group: "" },
    ]);
    expect(parseDelimited("a,b\n\n1,2", ",")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("refuses a file without Text and Verdict columns, or with a verdict that is not a number", () => {
    expect(() => parseLabelledSentences("Sentence,Score\nx,1\n")).toThrow(LabelledSetError);
    expect(() => parseLabelledSentences("Text,Verdict\nx,CFS\n")).toThrow(/row 2/);
  });
});

describe("measuring the ranking", () => {
  const article = fs
    .readFileSync(path.resolve(__dirname, "../../fixtures/russia-iran-treaty.txt"), "utf8")
    .split(/\r?\n/)
    .join("\n\n");
  const labels = parseLabelledSentences(
    fs.readFileSync(path.resolve(__dirname, "../../fixtures/suggestions/russia-iran-treaty-labels.tsv"), "utf8"),
  );

  it("the hand-labelled demo article labels every sentence as the suggestions split it", () => {
    const { ours, random } = evaluateDocument(article, labels);
    expect(ours.items).toBe(labels.length);
    expect(ours.relevant).toBe(labels.filter((l) => l.isCheckWorthy).length);
    // A sanity check of the scoring, not a target: it must beat chance on its own demo.
    expect(ours.meanAveragePrecision).toBeGreaterThan(random.meanAveragePrecision);
    expect(ours.precisionAt10).toBeGreaterThan(random.precisionAt10);
  });

  it("a label that names no sentence is an error, not a silent skip", () => {
    expect(() =>
      evaluateDocument(article, [...labels, { text: "Not in it.", isCheckWorthy: true, group: "" }]),
    ).toThrow(/names no sentence/);
  });

  it("isolated sentences are ranked within their group", () => {
    const { ours } = evaluateIsolatedSentences([
      { text: "Unemployment fell to 4.2% in March 2024, the ministry said.", isCheckWorthy: true, group: "a" },
      { text: "Thank you very much, everyone.", isCheckWorthy: false, group: "a" },
      { text: "Well, I think that is right.", isCheckWorthy: false, group: "b" },
    ]);
    expect(ours).toMatchObject({ groups: 1, items: 3, relevant: 1, meanAveragePrecision: 1 });
  });
});
