/**
 * Check-worthiness suggestions: the sentences of a document's canonical text that look like
 * checkable factual claims, each with its reasons and score (find-reasons.ts, score-sentence.ts).
 *
 * Sentences are wink-nlp's, trimmed of surrounding whitespace and never crossing a paragraph
 * (a blank line, which is how the canonical text joins blocks); a hard line break inside a
 * paragraph does not end a sentence, so text wrapped at a fixed width stays whole. Offsets
 * leave here as code points, the unit of every selector.
 */

import { OffsetIndex } from "../text/offsets";
import { analyseText, type AnalysedText } from "./analyse-text";
import { findHedgingCues, type HedgeMatch } from "../gaps/hedging-cues";
import {
  findSentenceFeatures,
  namesSeenMidSentence,
  paragraphBreak,
  quotedTokens,
  type SentenceFeatures,
  type SentenceTokens,
} from "./find-reasons";
import { MIN_SUGGESTION_SCORE, scoreSentence } from "./score-sentence";
import type { Suggestion } from "./types";

function isSpace(analysed: AnalysedText, i: number): boolean {
  const token = analysed.tokens[i]!;
  return token.pos === "SPACE" || token.value.trim() === "";
}

/** wink's sentences as token ranges without leading or trailing whitespace, split at paragraph breaks. */
export function sentenceTokens(analysed: AnalysedText): SentenceTokens[] {
  const out: SentenceTokens[] = [];
  for (const sentence of analysed.sentences) {
    let first = -1;
    let last = -1;
    for (let i = sentence.first; i <= sentence.last && i < analysed.tokens.length; i++) {
      const token = analysed.tokens[i]!;
      if (
        paragraphBreak.test(token.value) ||
        (last >= 0 && paragraphBreak.test(analysed.text.slice(analysed.tokens[last]!.end, token.start)))
      ) {
        if (first >= 0) out.push({ first, last });
        first = -1;
        last = -1;
      }
      if (isSpace(analysed, i)) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first >= 0) out.push({ first, last });
  }
  return out;
}

export type ScoredSentence = Suggestion & Pick<SentenceFeatures, "words" | "isQuestion" | "isQuoteOnly">;

/** Every sentence of `text`, in text order, with its reasons and score (0 for none). */
export function scoreSentences(text: string): ScoredSentence[] {
  const analysed = analyseText(text);
  const sentences = sentenceTokens(analysed);
  const context = { namesSeenMidSentence: namesSeenMidSentence(analysed, sentences) };
  const quoted = quotedTokens(analysed);
  const offsets = new OffsetIndex(text);
  // Entities and hedges are found once over the whole text and handed to their sentences in
  // one pass (both lists and the sentences are in text order), rather than searched per sentence.
  const hedges: (HedgeMatch & { utf16Start: number })[] = findHedgingCues(text).map((h) => ({
    ...h,
    utf16Start: offsets.toUtf16(h.start),
  }));
  let entityAt = 0;
  let hedgeAt = 0;
  return sentences.map((sentence) => {
    const start = analysed.tokens[sentence.first]!.start;
    const end = analysed.tokens[sentence.last]!.end;
    while (entityAt < analysed.entities.length && analysed.entities[entityAt]!.last < sentence.first) entityAt++;
    const entities = [];
    for (let i = entityAt; i < analysed.entities.length && analysed.entities[i]!.first <= sentence.last; i++) {
      entities.push(analysed.entities[i]!);
    }
    while (hedgeAt < hedges.length && hedges[hedgeAt]!.utf16Start < start) hedgeAt++;
    const inside = [];
    for (let i = hedgeAt; i < hedges.length && hedges[i]!.utf16Start < end; i++) inside.push(hedges[i]!);
    const features = findSentenceFeatures(analysed, sentence, context, quoted, { entities, hedges: inside });
    return {
      start: offsets.toCodePoint(start),
      end: offsets.toCodePoint(end),
      exact: text.slice(start, end),
      score: scoreSentence(features),
      reasons: features.reasons,
      words: features.words,
      isQuestion: features.isQuestion,
      isQuoteOnly: features.isQuoteOnly,
    };
  });
}

/**
 * The sentences of a canonical text worth suggesting as claims (score at least
 * MIN_SUGGESTION_SCORE), best first; equal scores keep text order. Deterministic: the same
 * text always gives the same list.
 */
export function suggestCheckWorthySentences(text: string): Suggestion[] {
  return scoreSentences(text)
    .filter((s) => s.score >= MIN_SUGGESTION_SCORE)
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .map(({ start, end, exact, score, reasons }) => ({ start, end, exact, score, reasons }));
}
