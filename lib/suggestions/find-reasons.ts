/**
 * The reasons one sentence looks like a checkable factual claim, read off wink-nlp's tokens,
 * part-of-speech tags and entities (analyse-text.ts), a few word lists, and the hedging cues of
 * the sourcing-gaps review (lib/gaps/hedging-cues.ts). Each reason keeps the words that gave it,
 * so a reviewer can see why a sentence was suggested and judge it at a glance.
 *
 * The rules favour precision over recall where a word is ambiguous: a bare "one" or "the two
 * sides" is no figure, a comparative is a comparison only with its "than", "added" is an
 * attribution only after its speaker, and a capitalised first word is a name only when the text
 * shows it as one elsewhere (wink tags "Unemployment fell…" as a proper noun).
 */

import type { HedgeMatch } from "../gaps/hedging-cues";
import type { AnalysedEntity, AnalysedText, AnalysedToken } from "./analyse-text";
import { reasonKinds, type ReasonKind, type SuggestionReason } from "./types";

/** A sentence as token indices into its AnalysedText, both ends included, whitespace trimmed off. */
export type SentenceTokens = { first: number; last: number };

/** What reasons may take from the whole text rather than the one sentence. */
export type TextContext = {
  /** Proper nouns the text uses away from the start of a sentence, as written. */
  namesSeenMidSentence: ReadonlySet<string>;
};

export type SentenceFeatures = {
  reasons: SuggestionReason[];
  /** Tokens holding a letter or a digit: words and numbers, not punctuation or symbols. */
  words: number;
  isQuestion: boolean;
  /** Every word is inside double quotation marks, with no attribution outside them. */
  isQuoteOnly: boolean;
};

const MAX_EVIDENCE = 5;

const dateEntities = new Set(["DATE", "TIME"]);
const quantityEntities = new Set(["CARDINAL", "MONEY", "PERCENT"]);
/** Spelled-out numbers that, after "the", name known things ("the two sides") rather than count them. */
const smallNumberWords = new Set("one two three four five six seven eight nine ten both".split(" "));
const quantityPhrase =
  /(?<![\p{L}\p{N}])(?:(?:hundreds|thousands|millions|billions|dozens|tens of thousands) of|per ?cent|percent|majority of|minority of)(?![\p{L}\p{N}])/giu;
const yearLike = /^(?:1[5-9]|20)\d\d$/;

/** Verbs (by lemma) that attribute words to someone. "add" is handled apart: see isAttribution. */
const attributionLemmas = new Set(
  (
    "say tell announce state claim report declare confirm deny insist warn argue write note explain estimate " +
    "allege acknowledge admit reveal testify tweet assert stress predict"
  ).split(" "),
);

const comparisonPhrase =
  /(?<![\p{L}\p{N}])(?:compared (?:to|with)|(?:twice|(?:two|three|four|five|ten|\d+) times) as|doubled|tripled|quadrupled|halved|record (?:high|low|levels?|numbers?))(?![\p{L}\p{N}])/giu;

const causalPhrase = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:" +
    [
      "because(?: of)?",
      "due to",
      "owing to",
      "thanks to",
      "in response to",
      "as a (?:direct )?result(?: of)?",
      "result(?:s|ed|ing)? in",
      "(?:led|leads|leading|lead) to",
      "caus(?:e|es|ed|ing)",
      "therefore",
      "consequently",
      "hence",
      "blam(?:e|es|ed|ing) (?:for|on)",
      "responsible for",
      "contribut(?:e|es|ed|ing) to",
      "(?:driven|fuell?ed|prompted|triggered|sparked) by",
      "(?:trigger|spark)(?:s|ed|ing)?",
    ].join("|") +
    ")(?![\\p{L}\\p{N}])",
  "giu",
);

/** A blank line: where the canonical text joins two blocks. */
export const paragraphBreak = /\n[^\S\n]*\n/;

const openingQuotes = new Set(["“", "„", "«"]);
const closingQuotes = new Set(["”", "»"]);

function isSpace(token: AnalysedToken): boolean {
  return token.pos === "SPACE" || token.value.trim() === "";
}

function isWord(token: AnalysedToken): boolean {
  return /[\p{L}\p{N}]/u.test(token.value);
}

function isCapitalised(value: string): boolean {
  return /^\p{Lu}/u.test(value);
}

function isAllCaps(value: string): boolean {
  return value.length > 1 && /^[\p{Lu}\p{N}&.-]+$/u.test(value) && /\p{Lu}.*\p{Lu}/u.test(value);
}

/** Collects evidence per kind, distinct and in text order. */
class Evidence {
  private readonly found = new Map<ReasonKind, { at: number; words: string }[]>();

  add(kind: ReasonKind, at: number, words: string): void {
    const list = this.found.get(kind) ?? [];
    const clean = words.replace(/\s+/g, " ").trim();
    if (clean && !list.some((e) => e.words === clean)) list.push({ at, words: clean });
    this.found.set(kind, list);
  }

  reasons(): SuggestionReason[] {
    const out: SuggestionReason[] = [];
    for (const kind of reasonKinds) {
      const list = this.found.get(kind);
      if (!list?.length) continue;
      list.sort((a, b) => a.at - b.at);
      out.push({ kind, evidence: list.slice(0, MAX_EVIDENCE).map((e) => e.words) });
    }
    return out;
  }
}

/** The first word of a sentence, past opening quotes and brackets. */
function firstWordIndex(analysed: AnalysedText, sentence: SentenceTokens): number {
  for (let i = sentence.first; i <= sentence.last; i++) if (isWord(analysed.tokens[i]!)) return i;
  return sentence.first;
}

/** Proper nouns of `analysed` that appear away from a sentence's first word. */
export function namesSeenMidSentence(analysed: AnalysedText, sentences: SentenceTokens[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const first = firstWordIndex(analysed, sentence);
    for (let i = first + 1; i <= sentence.last; i++) {
      const token = analysed.tokens[i]!;
      if (token.pos === "PROPN" && isCapitalised(token.value)) names.add(token.value);
    }
  }
  return names;
}

/**
 * Whether each token lies inside double quotation marks, tracked through the text and reset at
 * each paragraph. Single quotes are not followed: ’ is also the apostrophe ("parties’ desire").
 */
export function quotedTokens(analysed: AnalysedText): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  let previousEnd = 0;
  for (const token of analysed.tokens) {
    const between = analysed.text.slice(previousEnd, token.end);
    if (between.includes("\n") && paragraphBreak.test(between)) open = false;
    previousEnd = token.end;
    if (openingQuotes.has(token.value)) {
      open = true;
      inside.push(false);
    } else if (closingQuotes.has(token.value)) {
      open = false;
      inside.push(false);
    } else if (token.value === '"') {
      open = !open;
      inside.push(false);
    } else inside.push(open);
  }
  return inside;
}

/** What the whole-text passes found inside one sentence. */
export type SentenceFindings = {
  /** The entities that overlap the sentence. */
  entities: readonly AnalysedEntity[];
  /** The hedging cues inside the sentence, as found in the whole text. */
  hedges: readonly HedgeMatch[];
};

export function findSentenceFeatures(
  analysed: AnalysedText,
  sentence: SentenceTokens,
  context: TextContext,
  quoted: readonly boolean[],
  findings: SentenceFindings,
): SentenceFeatures {
  const { tokens, text } = analysed;
  const evidence = new Evidence();
  const start = tokens[sentence.first]!.start;
  const end = tokens[sentence.last]!.end;
  const sentenceText = text.slice(start, end);
  const slice = (first: number, last: number) => text.slice(tokens[first]!.start, tokens[last]!.end);

  // Entities: dates and times, figures. A duration is a date when it names a year or holds no
  // number ("since 1969", "last week"), else a quantity ("45 years").
  const inDate = new Set<number>();
  const inEntity = new Set<number>();
  for (const entity of findings.entities) {
    const words = slice(entity.first, entity.last);
    for (let i = entity.first; i <= entity.last; i++) inEntity.add(i);
    const hasNumber = /\p{N}/u.test(words);
    const hasYear = words.split(/[^\p{N}]+/u).some((n) => yearLike.test(n));
    const isDate = dateEntities.has(entity.type) || (entity.type === "DURATION" && (hasYear || !hasNumber));
    if (isDate) {
      for (let i = entity.first; i <= entity.last; i++) inDate.add(i);
      evidence.add("date", tokens[entity.first]!.start, words);
    } else if (quantityEntities.has(entity.type) || entity.type === "DURATION") {
      const normal = words.toLowerCase();
      const previous = entity.first > 0 ? tokens[entity.first - 1]!.normal : "";
      if (normal === "one") continue;
      if (smallNumberWords.has(normal) && previous === "the") continue;
      evidence.add("quantity", tokens[entity.first]!.start, words);
    }
  }
  for (let i = sentence.first; i <= sentence.last; i++) {
    const token = tokens[i]!;
    if (inEntity.has(i) || token.type !== "number") continue;
    if (yearLike.test(token.value)) evidence.add("date", token.start, token.value);
    else evidence.add("quantity", token.start, token.value);
  }
  for (const m of sentenceText.matchAll(quantityPhrase)) evidence.add("quantity", start + m.index, m[0]);

  // Names: runs of capitalised proper nouns, joined across "of", "al", "bin" … ("Islamic Republic
  // of Iran", "Bashar al Assad"); days and months belong to dates.
  const first = firstWordIndex(analysed, sentence);
  const isName = (i: number) => {
    const token = tokens[i]!;
    return token.pos === "PROPN" && isCapitalised(token.value) && !inDate.has(i);
  };
  for (let i = sentence.first; i <= sentence.last; i++) {
    if (!isName(i)) continue;
    let last = i;
    for (let j = i + 1; j <= sentence.last; j++) {
      if (isName(j)) last = j;
      else if (
        /^(?:of|al|bin|ibn|de|la|van|von|der|du)$/.test(tokens[j]!.normal) &&
        j + 1 <= sentence.last &&
        isName(j + 1)
      )
        continue;
      else break;
    }
    const single = last === i;
    const value = tokens[i]!.value;
    const isKnownName = !single || i !== first || isAllCaps(value) || context.namesSeenMidSentence.has(value);
    if (isKnownName) evidence.add("named-entity", tokens[i]!.start, slice(i, last));
    i = last;
  }

  // Attribution: a verb of saying, or "according to"; "added" only right after its speaker
  // ("he added", "Lavrov added"), since "added" alone is as often arithmetic.
  for (let i = sentence.first; i <= sentence.last; i++) {
    const token = tokens[i]!;
    if (token.pos !== "VERB") continue;
    if (attributionLemmas.has(token.lemma)) evidence.add("attribution", token.start, token.value);
    else if (token.lemma === "add" && i > sentence.first) {
      const before = tokens[i - 1]!;
      if (before.pos === "PRON" || before.pos === "PROPN") evidence.add("attribution", token.start, token.value);
    }
  }
  for (const m of sentenceText.matchAll(/(?<![\p{L}\p{N}])according to(?![\p{L}\p{N}])/giu)) {
    evidence.add("attribution", start + m.index, m[0]);
  }

  // Comparison: a superlative (an inflected -est adjective or adverb, "best", "most"…), a
  // comparative with its "than", or a fixed phrase ("compared with", "twice as", "doubled").
  for (let i = sentence.first; i <= sentence.last; i++) {
    const token = tokens[i]!;
    if (token.pos !== "ADJ" && token.pos !== "ADV") continue;
    const isSuperlative = (token.normal.endsWith("est") && token.lemma !== token.normal) || token.normal === "worst";
    const next = tokens[i + 1];
    // "the most senior", not "at least last summer" or "at most".
    const isMostOf =
      (token.normal === "most" || token.normal === "least") &&
      tokens[i - 1]?.normal !== "at" &&
      (next?.pos === "ADJ" || next?.pos === "ADV");
    if (isSuperlative) evidence.add("comparison", token.start, token.value);
    else if (isMostOf) evidence.add("comparison", token.start, slice(i, i + 1));
  }
  for (let i = sentence.first + 1; i <= sentence.last; i++) {
    if (tokens[i]!.normal !== "than") continue;
    const before = tokens[i - 1]!;
    if (before.normal === "rather" || before.normal === "other") continue;
    evidence.add("comparison", before.start, slice(i - 1, i));
  }
  for (const m of sentenceText.matchAll(comparisonPhrase)) evidence.add("comparison", start + m.index, m[0]);

  for (const m of sentenceText.matchAll(causalPhrase)) evidence.add("causal", start + m.index, m[0]);

  // Ordered among themselves only (their offsets are code points), as evidence is per kind.
  for (const cue of findings.hedges) evidence.add("hedge", cue.start, cue.text);

  let words = 0;
  let quotedWords = 0;
  for (let i = sentence.first; i <= sentence.last; i++) {
    const token = tokens[i]!;
    if (isSpace(token) || !isWord(token)) continue;
    words++;
    if (quoted[i]) quotedWords++;
  }
  const reasons = evidence.reasons();
  return {
    reasons,
    words,
    isQuestion: /\?[\s"'”’»)\]]*$/u.test(sentenceText),
    isQuoteOnly: words > 0 && quotedWords === words && !reasons.some((r) => r.kind === "attribution"),
  };
}
