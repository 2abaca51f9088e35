import { OffsetIndex } from "../text/offsets";

/**
 * A claim's quote in context, as the report prints it: the sentence (or sentences) around the
 * quoted span of the canonical text, so a reader sees what the words were part of.
 *
 * Sentences come from `Intl.Segmenter` (the Unicode sentence rules, which already keep "U.S.
 * officials" together), taken within the quote's paragraph so that a heading without a full
 * stop never runs into the next block. The Unicode rules break after a title such as "Mr." or
 * "Dr."; a short list of such abbreviations is joined back. A long sentence is clipped at a
 * word boundary, with an ellipsis, so a run-on paragraph does not swamp the report.
 */

export type QuoteInContext = {
  /** The sentence's text before the quote (starting at a sentence or a word when clipped). */
  before: string;
  /** The document's own characters at the claim's position. */
  quote: string;
  /** The sentence's text after the quote. */
  after: string;
  /** `before` was clipped: an ellipsis belongs in front of it. */
  isClippedBefore: boolean;
  /** `after` was clipped: an ellipsis belongs after it. */
  isClippedAfter: boolean;
};

const BLOCK_SEPARATOR = "\n\n";
/** Code points of context kept on each side of the quote, at most. */
const DEFAULT_MAX_CONTEXT = 280;
/** How far around the quote its paragraph is split into sentences, in UTF-16 units per code point of context kept. */
const SENTENCE_WINDOW_FACTOR = 8;
/** Abbreviations after which the sentence rules break but a sentence rarely ends. */
const ABBREVIATION_END =
  /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|Mt|vs|etc|approx|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(language: string | null): Intl.Segmenter {
  const key = language ?? "";
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language ?? undefined, { granularity: "sentence" });
    } catch {
      // A language tag Intl does not accept: the default locale's rules are close enough.
      segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** [start, end) UTF-16 offsets of each sentence of `paragraph`, abbreviations joined back. */
function sentenceBounds(paragraph: string, language: string | null): [number, number][] {
  const bounds: [number, number][] = [];
  for (const { segment, index } of sentenceSegmenter(language).segment(paragraph)) {
    const last = bounds[bounds.length - 1];
    if (last && ABBREVIATION_END.test(paragraph.slice(last[0], last[1]))) last[1] = index + segment.length;
    else bounds.push([index, index + segment.length]);
  }
  return bounds;
}

function clipStart(text: string, max: number): { text: string; isClipped: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, isClipped: false };
  const kept = chars.slice(chars.length - max).join("");
  const space = kept.search(/\s/);
  return { text: (space >= 0 ? kept.slice(space) : kept).trimStart(), isClipped: true };
}

function clipEnd(text: string, max: number): { text: string; isClipped: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, isClipped: false };
  const kept = chars.slice(0, max).join("");
  const space = kept.search(/\s\S*$/);
  return { text: (space > 0 ? kept.slice(0, space) : kept).trimEnd(), isClipped: true };
}

/**
 * The quote of the claim at code points [`start`, `end`) of `text` with the rest of its
 * sentence on each side; null when the claim has no position (orphaned) or the position lies
 * outside the text. `index` may be passed to reuse one offset index for every claim of a text.
 */
export function quoteInContext(
  text: string,
  position: { start: number | null; end: number | null },
  options: {
    language?: string | null;
    maxContext?: number;
    index?: OffsetIndex;
    /** UTF-16 units of the paragraph split into sentences on each side of the quote (tests: Infinity, the whole paragraph). */
    sentenceWindow?: number;
  } = {},
): QuoteInContext | null {
  const { start, end } = position;
  if (start === null || end === null || start < 0 || end < start) return null;
  const index = options.index ?? new OffsetIndex(text);
  if (end > index.codePointLength) return null;
  const from = index.toUtf16(start);
  const to = index.toUtf16(end);

  const blockBefore = text.lastIndexOf(BLOCK_SEPARATOR, Math.max(0, from - 1));
  const paragraphStart =
    blockBefore < 0 || blockBefore + BLOCK_SEPARATOR.length > from ? 0 : blockBefore + BLOCK_SEPARATOR.length;
  const blockAfter = text.indexOf(BLOCK_SEPARATOR, Math.max(to, from));
  const paragraphEnd = blockAfter < 0 ? text.length : blockAfter;
  const max = options.maxContext ?? DEFAULT_MAX_CONTEXT;
  // Only the paragraph's part around the quote is split into sentences: splitting a whole long
  // paragraph for each claim made a report of a text without blank lines take minutes. The
  // window reaches further than any context kept (`max` code points, at most 2 × max UTF-16
  // units, on each side), so where it cuts a sentence short, that side is clipped all the same
  // and reads exactly as if the whole paragraph had been split.
  const reach = options.sentenceWindow ?? SENTENCE_WINDOW_FACTOR * max;
  const windowStart = Math.max(paragraphStart, from - reach);
  const windowEnd = Math.min(paragraphEnd, to + reach);
  const paragraph = text.slice(windowStart, windowEnd);

  let sentenceStart = 0;
  let sentenceEnd = paragraph.length;
  const relativeFrom = from - windowStart;
  const relativeTo = to - windowStart;
  for (const [s, e] of sentenceBounds(paragraph, options.language ?? null)) {
    if (s <= relativeFrom && relativeFrom < e) sentenceStart = s;
    if (s < relativeTo && relativeTo <= e) {
      sentenceEnd = e;
      break;
    }
  }
  const before = clipStart(paragraph.slice(sentenceStart, relativeFrom).trimStart(), max);
  const after = clipEnd(paragraph.slice(relativeTo, Math.max(sentenceEnd, relativeTo)).trimEnd(), max);
  return {
    before: before.text,
    quote: text.slice(from, to),
    after: after.text,
    isClippedBefore: before.isClipped,
    isClippedAfter: after.isClipped,
  };
}
