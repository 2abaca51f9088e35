/**
 * Cues of hedged wording: a claim that hedges ("could", "no definitive evidence"), leans on
 * unnamed authority ("sources say", "reportedly") or on a vague crowd ("some say", "widely seen
 * as") is a sourcing gap to close.
 *
 * Cues are matched on the text folded as quotes are (`’` as `'`, dashes as `-`, each run of
 * whitespace as one space; see lib/anchoring/fold.ts) and without regard to case, and only as
 * whole words. A cue is a phrase, or a small pattern where a bare word would be ambiguous:
 * "reported" alone would catch "reported to the police", so only "is reported to have" and its
 * kin are cues. Two words need a look at their context, which a pattern over folded text cannot
 * give cheaply: "May" the month or the name, and "might" the noun.
 */

import { foldText } from "../anchoring/fold";
import { OffsetIndex } from "../text/offsets";

export const hedgeKinds = ["unnamed-attribution", "epistemic-hedge", "weasel-quantifier", "unverified-status"] as const;
export type HedgeKind = (typeof hedgeKinds)[number];

export type HedgingCue = {
  /** The cue as people read it. */
  cue: string;
  kind: HedgeKind;
  /**
   * A regular expression (Unicode mode) over folded text: lower case, `'` for apostrophes, one
   * space between words. Defaults to the cue itself.
   */
  pattern?: string;
  /** Decides on a match by its context in the original text; offsets are UTF-16. */
  accept?: (text: string, start: number, end: number) => boolean;
};

export type HedgeMatch = {
  cue: string;
  kind: HedgeKind;
  /** The matched words as the text has them. */
  text: string;
  /** Code point offsets into the searched string, end exclusive. */
  start: number;
  end: number;
};

/** Words before "May" that make it the month: "in May", "since May", "mid-May". */
const monthLead = new Set(
  "in of on since until till by early late mid during last next from through to before after between throughout each every".split(
    " ",
  ),
);

/** Words before "might" that make it the noun: "military might", "with all its might". */
const mightLead = new Set(
  "military economic naval nuclear industrial financial political sheer full its their his her our my your with of".split(
    " ",
  ),
);

function previousWord(text: string, start: number): string {
  let i = start;
  while (i > 0 && /[\s\-\u2010-\u2014]/.test(text[i - 1]!)) i--;
  const end = i;
  while (i > 0 && /[\p{L}\p{M}]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end).toLowerCase();
}

function isSentenceStart(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && /[\s"'“”‘’«»([\-\u2013\u2014]/.test(text[i - 1]!)) i--;
  return i === 0 || /[.!?:;]/.test(text[i - 1]!);
}

/**
 * "may" the modal, not the month or the name: not followed by a number ("May 2024"), not after
 * a word that leads a month ("in May"), and capitalised only at the start of a sentence ("Theresa
 * May said"). A title-case headline ("Iran May Send Missiles") is lost to the last rule; "may
 * have" and "may be" are cues of their own and need none of this.
 */
function isModalMay(text: string, start: number, end: number): boolean {
  if (/^\s*\p{N}/u.test(text.slice(end, end + 4))) return false;
  if (monthLead.has(previousWord(text, start))) return false;
  return text.slice(start, end) !== "May" || isSentenceStart(text, start);
}

function isModalMight(text: string, start: number): boolean {
  return !mightLead.has(previousWord(text, start));
}

const reportingVerbs =
  "say|says|said|claim|claims|claimed|suggest|suggests|suggested|suggesting|indicate|indicates|indicated|indicating|believe|believed|told|tell";
const anonymousSources = "(?:officials?|sources?|people|diplomats?|persons?|insiders?)";
const notVerified =
  "(?:(?:could|can|has|have|had|was|were|is|are|would) ?not|couldn't|cannot|can't|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't|not)";

/** The cues, grouped by kind. */
export const hedgingCues: readonly HedgingCue[] = [
  // Unnamed attribution: who says so is not said.
  { cue: "reportedly", kind: "unnamed-attribution" },
  { cue: "allegedly", kind: "unnamed-attribution" },
  { cue: "supposedly", kind: "unnamed-attribution" },
  { cue: "purportedly", kind: "unnamed-attribution" },
  {
    cue: "sources say",
    kind: "unnamed-attribution",
    pattern: `(?:(?:some|unnamed|anonymous|unidentified|informed|diplomatic|intelligence|security|government|western|local|other) )?sources (?:${reportingVerbs}|report|reported)`,
  },
  { cue: "sources close to", kind: "unnamed-attribution" },
  {
    cue: "according to unnamed officials",
    kind: "unnamed-attribution",
    pattern: `according to (?:(?:an?|one|two|three|several|some) )?(?:unnamed|anonymous|unidentified) (?:\\p{L}+ )?${anonymousSources}`,
  },
  {
    cue: "unnamed officials",
    kind: "unnamed-attribution",
    pattern: `(?:unnamed|anonymous|unidentified) (?:\\p{L}+ )?${anonymousSources}`,
  },
  {
    cue: "people familiar with",
    kind: "unnamed-attribution",
    pattern: "(?:people|persons|sources|officials|those|someone) familiar with",
  },
  {
    cue: "a source said",
    kind: "unnamed-attribution",
    pattern: "an? (?:[\\p{L}-]+ )?(?:source|insider) (?:said|says|told|claimed|close to)",
  },
  { cue: "insiders say", kind: "unnamed-attribution", pattern: `insiders (?:${reportingVerbs})` },
  { cue: "it is understood", kind: "unnamed-attribution", pattern: "it(?: is| was|'s) understood" },
  {
    cue: "is believed to",
    kind: "unnamed-attribution",
    pattern: "(?:is|are|was|were) (?:widely |generally )?believed to",
  },
  { cue: "is said to", kind: "unnamed-attribution", pattern: "(?:is|are|was|were) said to" },
  {
    cue: "is thought to",
    kind: "unnamed-attribution",
    pattern: "(?:is|are|was|were) (?:widely |generally )?thought to",
  },
  {
    cue: "is reported to have",
    kind: "unnamed-attribution",
    pattern: "(?:is|are|was|were|has been|have been) (?:widely )?reported to (?:have|be)",
  },
  {
    cue: "it is claimed",
    kind: "unnamed-attribution",
    pattern: "it(?: is| was| has been| had been|'s) (?:widely )?(?:claimed|alleged|said|reported|rumou?red|suggested)",
  },
  {
    cue: "some reports suggest",
    kind: "unnamed-attribution",
    pattern: `(?:(?:some|media|press|recent|several|other|local|unconfirmed) )?reports (?:${reportingVerbs})`,
  },
  {
    cue: "according to reports",
    kind: "unnamed-attribution",
    pattern: "according to (?:(?:media|press|some|unconfirmed|several|local|news) )?reports",
  },
  {
    cue: "experts say",
    kind: "unnamed-attribution",
    pattern: `(?:experts|analysts|observers) (?:${reportingVerbs}|warn|warned)`,
  },
  {
    cue: "studies show",
    kind: "unnamed-attribution",
    pattern: "(?:research|studies|evidence) (?:shows?|suggests?|indicates?|has shown|have shown)",
  },
  { cue: "rumour has it", kind: "unnamed-attribution", pattern: "rumou?r has it" },

  // Epistemic hedges: the claim itself is put as uncertain.
  { cue: "could", kind: "epistemic-hedge" },
  { cue: "may", kind: "epistemic-hedge", accept: isModalMay },
  { cue: "may have", kind: "epistemic-hedge", pattern: "may (?:well )?have" },
  { cue: "may be", kind: "epistemic-hedge", pattern: "may (?:well )?be" },
  { cue: "might", kind: "epistemic-hedge", accept: (text, start) => isModalMight(text, start) },
  { cue: "possibly", kind: "epistemic-hedge" },
  { cue: "perhaps", kind: "epistemic-hedge" },
  { cue: "probably", kind: "epistemic-hedge" },
  { cue: "likely", kind: "epistemic-hedge", pattern: "(?:un)?likely" },
  { cue: "in all likelihood", kind: "epistemic-hedge" },
  { cue: "apparently", kind: "epistemic-hedge" },
  { cue: "seemingly", kind: "epistemic-hedge" },
  { cue: "appears to", kind: "epistemic-hedge", pattern: "(?:appears?|appeared|seems?|seemed) to" },
  { cue: "it is possible", kind: "epistemic-hedge", pattern: "it(?: is| was|'s) (?:quite |entirely )?possible" },
  { cue: "presumably", kind: "epistemic-hedge" },
  { cue: "arguably", kind: "epistemic-hedge" },
  { cue: "potentially", kind: "epistemic-hedge" },

  // Weasel quantifiers: a vague crowd or an open-ended number stands in for a source.
  {
    cue: "widely seen as",
    kind: "weasel-quantifier",
    pattern: "widely (?:seen|regarded|viewed|considered|believed|thought|expected|held)",
  },
  {
    cue: "generally accepted",
    kind: "weasel-quantifier",
    pattern: "(?:generally|commonly|widely) (?:accepted|agreed|acknowledged)",
  },
  {
    cue: "some say",
    kind: "weasel-quantifier",
    pattern: "some (?:say|said|argue|argued|believe|claim|claimed|suggest|suggested|fear|think)",
  },
  {
    cue: "many believe",
    kind: "weasel-quantifier",
    pattern: "many (?:say|said|believe|believed|argue|argued|think|claim|fear|feared|suspect)",
  },
  {
    cue: "critics say",
    kind: "weasel-quantifier",
    pattern: "critics (?:say|said|argue|argued|claim|claimed|contend|charge)",
  },
  {
    cue: "some experts",
    kind: "weasel-quantifier",
    pattern:
      "(?:some|many|most|several) (?:experts|analysts|observers|officials|diplomats|people|scientists|commentators|critics|sources)",
  },
  { cue: "a number of", kind: "weasel-quantifier" },
  { cue: "up to", kind: "weasel-quantifier", pattern: "(?:up to|as many as|as much as)(?= (?:\\p{N}|[$€£]))" },
  {
    cue: "there are indications",
    kind: "weasel-quantifier",
    pattern: "there (?:are|were|have been|is|was) (?:some |growing |mounting )?(?:indications?|signs?|suggestions?)",
  },

  // Unverified status: the claim is said to be unconfirmed, or evidence is said to be lacking.
  { cue: "unconfirmed", kind: "unverified-status" },
  { cue: "unverified", kind: "unverified-status" },
  {
    cue: "no definitive evidence",
    kind: "unverified-status",
    pattern:
      "(?:there(?:'s| is| was| has been) )?(?:(?:as yet|yet|still|so far) )?no (?:(?:definitive|conclusive|hard|firm|direct|clear|independent|concrete|credible|solid) )?(?:evidence|proof|confirmation)",
  },
  {
    cue: "could not be verified",
    kind: "unverified-status",
    pattern: `${notVerified} (?:yet )?(?:been |be )?(?:independently )?(?:verified|confirmed)`,
  },
  {
    cue: "yet to be confirmed",
    kind: "unverified-status",
    pattern: "yet to be (?:independently )?(?:confirmed|verified)",
  },
  { cue: "rumoured", kind: "unverified-status", pattern: "rumou?r(?:ed|s)" },
  { cue: "alleged", kind: "unverified-status" },
  { cue: "purported", kind: "unverified-status" },
  { cue: "suspected", kind: "unverified-status" },
  { cue: "unsubstantiated", kind: "unverified-status" },
  { cue: "unproven", kind: "unverified-status" },
  {
    cue: "remains unclear",
    kind: "unverified-status",
    pattern: "(?:it )?(?:remains|remained|is|was) (?:still |as yet )?unclear",
  },
  { cue: "if confirmed", kind: "unverified-status", pattern: "if (?:true|confirmed|accurate|verified)" },
  { cue: "speculation", kind: "unverified-status", pattern: "speculat(?:ion|ive)" },
];

const wholeWords = (pattern: string) => `(?<![\\p{L}\\p{N}\\p{M}])(?:${pattern})(?![\\p{L}\\p{N}\\p{M}])`;

let compiled: { cue: HedgingCue; regex: RegExp }[] | null = null;
let anyCue: RegExp | null = null;

function compiledCues(): { cue: HedgingCue; regex: RegExp }[] {
  compiled ??= hedgingCues.map((cue) => ({ cue, regex: new RegExp(wholeWords(cue.pattern ?? cue.cue), "giu") }));
  return compiled;
}

/**
 * Whether any cue occurs at all: one pass of one expression, the alternation of every cue. Most
 * claims hedge nothing, and every claim object asks (thousands for a document page), so the
 * cues are searched one by one only in a text that has one.
 */
function hasAnyCue(folded: string): boolean {
  anyCue ??= new RegExp(wholeWords(hedgingCues.map((cue) => `(?:${cue.pattern ?? cue.cue})`).join("|")), "iu");
  return anyCue.test(folded);
}

/**
 * Every hedging cue in `text`, in text order. Where cues overlap, the one that starts first
 * wins, then the longer ("could not be verified" over "could"), so no words are counted twice.
 */
export function findHedgingCues(text: string): HedgeMatch[] {
  const folded = foldText(text);
  if (!hasAnyCue(folded.text)) return [];
  const found: { cue: HedgingCue; start: number; end: number }[] = [];
  for (const { cue, regex } of compiledCues()) {
    for (const m of folded.text.matchAll(regex)) {
      const start = folded.map[m.index]!;
      const end = folded.map[m.index + m[0].length]!;
      if (!cue.accept || cue.accept(text, start, end)) found.push({ cue, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);

  const offsets = new OffsetIndex(text);
  const matches: HedgeMatch[] = [];
  let covered = 0;
  for (const { cue, start, end } of found) {
    if (start < covered) continue;
    covered = end;
    matches.push({
      cue: cue.cue,
      kind: cue.kind,
      text: text.slice(start, end),
      start: offsets.toCodePoint(start),
      end: offsets.toCodePoint(end),
    });
  }
  return matches;
}
