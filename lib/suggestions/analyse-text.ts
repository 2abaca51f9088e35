/**
 * The text as wink-nlp (with its English "lite web" model) reads it: tokens with their part of
 * speech and lemma, sentences, and the entities the model recognises (dates, times, durations,
 * cardinals, ordinals, money, percentages; it has no person or organisation type, so names come
 * from proper-noun tags in find-reasons.ts).
 *
 * wink keeps every character: each token carries its preceding whitespace, so walking the
 * tokens rebuilds the text, and a token's UTF-16 offset is the sum of what came before. That is
 * checked token by token; should a token ever not be where the sum puts it, it is looked for
 * ahead, so an offset is never made up.
 */

import winkNLP, { type ItsFunction, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type AnalysedToken = {
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  value: string;
  /** Lower case, as wink normalises it. */
  normal: string;
  lemma: string;
  /** Universal part-of-speech tag (PROPN, NUM, VERB …; SPACE for line breaks). */
  pos: string;
  /** wink's token type: word, number, punctuation, currency, symbol, tabCRLF … */
  type: string;
};

export type AnalysedEntity = {
  /** DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY, PERCENT, and wink's web types (URL, EMAIL …). */
  type: string;
  /** Token indices, both included. */
  first: number;
  last: number;
};

export type AnalysedText = {
  text: string;
  tokens: AnalysedToken[];
  /** Token index ranges, both ends included, in text order; they may begin or end with SPACE tokens. */
  sentences: { first: number; last: number }[];
  entities: AnalysedEntity[];
};

/**
 * A fresh wink for each text. wink adds every out-of-vocabulary word it reads to its lexicon,
 * and a learned word changes how later texts are tokenised ("week’s" read once as one word is
 * one word from then on), so a shared instance would make a document's suggestions depend on
 * what the process read before, and its lexicon would grow without bound. A new instance costs
 * ~60–90 ms (unpacking the model), paid once per text, not per sentence. Only the steps used
 * here run: sentence boundaries, part of speech, entities.
 */
function engine(): WinkMethods {
  return winkNLP(reusableModel(), ["sbd", "pos", "ner"]);
}

let reusable: typeof model | null = null;

/**
 * The model, safe to instantiate more than once. Its custom-entity loader (1.8.1) replaces its
 * own data with `JSON.stringify` of it on every call, so each new instance would get a string
 * escaped once more (doubling in size, until it throws). Its answer is taken once and handed to
 * every instance; the other loaders return data wink only reads, and the core is a fresh copy
 * each time, which is what keeps instances apart.
 */
function reusableModel(): typeof model {
  if (!reusable) {
    const loaders = model as unknown as { metaCER: () => unknown };
    const meta = loaders.metaCER();
    reusable = { ...model, metaCER: (() => meta) as unknown as (typeof model)["metaCER"] };
  }
  return reusable;
}

export function analyseText(text: string): AnalysedText {
  const wink = engine();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const normals = tokens.out(its.normal) as string[];
  // wink's types declare the lemma helper with an extra parameter its own `out` does not pass.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tags = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type) as string[];

  const analysed: AnalysedToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    at += spaces[i]!.length;
    if (!text.startsWith(value, at)) {
      const found = text.indexOf(value, at);
      if (found < 0) continue;
      at = found;
    }
    analysed.push({
      start: at,
      end: at + value.length,
      value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? normals[i] ?? value,
      pos: tags[i] ?? "X",
      type: types[i] ?? "word",
    });
    at += value.length;
  }

  // A token skipped above would shift every index after it: such a text is read as having no
  // sentences or entities rather than wrong ones.
  if (analysed.length !== values.length) return { text, tokens: analysed, sentences: [], entities: [] };

  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entityTypes = doc.entities().out(its.type) as string[];
  return {
    text,
    tokens: analysed,
    sentences: sentenceSpans.map(([first, last]) => ({ first, last })),
    entities: entitySpans.map(([first, last], i) => ({ type: entityTypes[i] ?? "", first, last })),
  };
}
