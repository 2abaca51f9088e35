/**
 * The check-worthiness ranking measured against labelled sentences: mean average precision and
 * precision at 10 of our scores, beside the same figures for a seeded random order of the same
 * sentences. Used by the benchmark (bench/suggestions.bench.ts) and its unit test.
 */

import type { LabelledSentence } from "./labelled-sentences";
import { randomBaseline, rankByScore, rankingFigures, type Labelled, type RankingFigures } from "./ranking-metrics";
import { codePointLength } from "../text/offsets";
import { scoreSentences } from "./suggest-sentences";

export type Evaluation = { ours: RankingFigures; random: RankingFigures };

function evaluateGroups(groups: Labelled[][]): Evaluation {
  return {
    ours: rankingFigures(groups.map((g) => rankByScore(g))),
    random: randomBaseline(groups),
  };
}

/**
 * Sentences that come without their document (the ClaimBuster sentences): the sentences of
 * one group (a debate) are laid out one a paragraph and scored together, so that wink is set up
 * once per group rather than once per sentence (~70 ms each). A paragraph break ends every
 * sentence, so each keeps its own score; the one thing shared is that a name used mid-sentence
 * anywhere in the group counts as a name at the start of another (find-reasons.ts). A text
 * wink reads as several sentences scores as its best one. One ranking per group, averaged.
 */
export function evaluateIsolatedSentences(labelled: readonly LabelledSentence[]): Evaluation {
  const groups = new Map<string, LabelledSentence[]>();
  for (const item of labelled) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return evaluateGroups([...groups.values()].map(scoreTogether));
}

function scoreTogether(items: readonly LabelledSentence[]): Labelled[] {
  const starts: number[] = [];
  const paragraphs = items.map((item) => item.text.replace(/\n\s*\n/g, "\n"));
  let length = 0;
  for (const paragraph of paragraphs) {
    starts.push(length);
    length += codePointLength(paragraph) + 2;
  }
  const text = paragraphs.join("\n\n");
  const scores = new Array<number>(items.length).fill(0);
  let at = 0;
  for (const sentence of scoreSentences(text)) {
    while (at + 1 < starts.length && starts[at + 1]! <= sentence.start) at++;
    scores[at] = Math.max(scores[at]!, sentence.score);
  }
  return items.map((item, i) => ({ score: scores[i]!, isRelevant: item.isCheckWorthy }));
}

export class UnmatchedLabelError extends Error {
  override name = "UnmatchedLabelError";
}

/**
 * The sentences of one document scored in place, as the workspace scores them, each matched to
 * its label by its exact text. Every sentence must be labelled and every label must name a
 * sentence, so a change in sentence splitting shows up instead of skewing the figures.
 */
export function evaluateDocument(text: string, labelled: readonly LabelledSentence[]): Evaluation {
  const labels = new Map(labelled.map((l) => [l.text, l.isCheckWorthy]));
  const scored = scoreSentences(text);
  const items: Labelled[] = scored.map((s) => {
    const isRelevant = labels.get(s.exact);
    if (isRelevant === undefined) throw new UnmatchedLabelError(`no label for the sentence “${s.exact}”`);
    return { score: s.score, isRelevant };
  });
  const sentences = new Set(scored.map((s) => s.exact));
  const stray = labelled.find((l) => !sentences.has(l.text));
  if (stray) throw new UnmatchedLabelError(`the label “${stray.text}” names no sentence of the document`);
  return evaluateGroups([items]);
}
