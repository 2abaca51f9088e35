/**
 * The edits of the re-anchoring corpus. Each takes a text and a claim on it (UTF-16 offsets) and
 * makes a revision, with the right answer known by construction: where the claim's words now
 * stand, or null when they are gone. An edit that does not apply to a claim (a word that would
 * exceed the 20% threshold, a rewrite "with a copy elsewhere" of a quote that has none) returns
 * null and makes no case.
 */
import { freshSentence } from "./corpus-texts";

export const editKinds = [
  "unchanged",
  "shifted",
  "typo",
  "word-inserted",
  "look-alike-nearby",
  "sentence-deleted",
  "sentence-rewritten",
  "sentence-rewritten-copy-elsewhere",
  "paragraph-moved",
  "reflowed",
] as const;
export type EditKind = (typeof editKinds)[number];

/** Where a claim sits in its text (UTF-16 offsets). */
export interface ClaimPlace {
  start: number;
  end: number;
  /** The sentence holding the claim. */
  sentence: { start: number; end: number };
  /** The paragraph holding the claim (a run of text between line breaks). */
  paragraph: { start: number; end: number };
  /** Occurrences of the quote in the text. */
  occurrences: number;
}

export interface Revision {
  newText: string;
  /** The claim's words in the new text (UTF-16), or null when they are gone. */
  expected: { start: number; end: number } | null;
}

type Random = () => number;
type Edit = (text: string, place: ClaimPlace, random: Random) => Revision | null;

/** Words short enough to be inserted into a quote within the 20% threshold. */
const INSERTABLE = ["not", "also", "duly", "since", "again", "jointly", "formally", "publicly", "reportedly"];

function splice(text: string, at: number, removed: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

function isLetter(c: string): boolean {
  return /\p{L}/u.test(c) && c.length === 1;
}

/** Starts of the paragraphs (runs between line breaks) of `text`, ascending. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n+/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

const edits: Record<EditKind, Edit> = {
  unchanged: (text, p) => ({ newText: text, expected: { start: p.start, end: p.end } }),

  shifted: (text, p, random) => {
    // A paragraph of fresh sentences at a paragraph boundary above the claim's paragraph.
    const above = paragraphStarts(text).filter((s) => s <= p.paragraph.start);
    const at = above[Math.floor(random() * above.length)] ?? 0;
    const inserted = `${freshSentence(random)} ${freshSentence(random)}\n\n`;
    return {
      newText: splice(text, at, 0, inserted),
      expected: { start: p.start + inserted.length, end: p.end + inserted.length },
    };
  },

  typo: (text, p, random) => {
    const letters: number[] = [];
    for (let i = p.start + 2; i < p.end - 2; i++) if (isLetter(text.charAt(i))) letters.push(i);
    if (letters.length === 0) return null;
    const at = letters[Math.floor(random() * letters.length)] as number;
    const c = text.charAt(at);
    const next = text.charAt(at + 1);
    // Two neighbouring letters swapped, or one replaced by another.
    const typo =
      isLetter(next) && next !== c && random() < 0.5
        ? next + c
        : c === "e"
          ? "a"
          : c === "E"
            ? "A"
            : c === c.toUpperCase()
              ? "E"
              : "e";
    return { newText: splice(text, at, typo.length, typo), expected: { start: p.start, end: p.end } };
  },

  "word-inserted": (text, p, random) => {
    const budget = Math.floor((p.end - p.start) * 0.2);
    const words = INSERTABLE.filter((w) => w.length + 1 <= budget);
    const spaces: number[] = [];
    for (let i = p.start + 1; i < p.end - 1; i++) if (text.charAt(i) === " ") spaces.push(i);
    if (words.length === 0 || spaces.length === 0) return null;
    const at = spaces[Math.floor(random() * spaces.length)] as number;
    const inserted = ` ${words[Math.floor(random() * words.length)] as string}`;
    return { newText: splice(text, at, 0, inserted), expected: { start: p.start, end: p.end + inserted.length } };
  },

  "look-alike-nearby": (text, p) => {
    // The claim's sentence pasted as a paragraph of its own just before the claim's paragraph.
    // Not when that sentence is the whole paragraph: two identical paragraphs side by side, and
    // nothing in the texts says which one is the original.
    if (p.sentence.start === p.paragraph.start && p.sentence.end === p.paragraph.end) return null;
    const copy = `${text.slice(p.sentence.start, p.sentence.end)}\n\n`;
    return {
      newText: splice(text, p.paragraph.start, 0, copy),
      expected: { start: p.start + copy.length, end: p.end + copy.length },
    };
  },

  "sentence-deleted": (text, p) => {
    const { start, end } = p.sentence;
    if (text.charAt(end) === " ") return { newText: splice(text, start, end + 1 - start, ""), expected: null };
    if (text.charAt(start - 1) === " ")
      return { newText: splice(text, start - 1, end + 1 - start, ""), expected: null };
    return { newText: splice(text, start, end - start, ""), expected: null };
  },

  "sentence-rewritten": (text, p, random) => {
    if (p.occurrences !== 1) return null;
    return {
      newText: splice(text, p.sentence.start, p.sentence.end - p.sentence.start, freshSentence(random)),
      expected: null,
    };
  },

  "sentence-rewritten-copy-elsewhere": (text, p, random) => {
    if (p.occurrences < 2) return null;
    return {
      newText: splice(text, p.sentence.start, p.sentence.end - p.sentence.start, freshSentence(random)),
      expected: null,
    };
  },

  "paragraph-moved": (text, p, random) => {
    const starts = paragraphStarts(text);
    const index = starts.indexOf(p.paragraph.start);
    if (index === -1 || starts.length < 6) return null;
    // Cut the paragraph with the line breaks after it (before it, for the last one).
    const isLast = index === starts.length - 1;
    const cutStart = isLast ? text.slice(0, p.paragraph.start).replace(/\n+$/, "").length : p.paragraph.start;
    const cutEnd = isLast ? text.length : (starts[index + 1] as number);
    const rest = text.slice(0, cutStart) + text.slice(cutEnd);
    const paragraph = text.slice(p.paragraph.start, p.paragraph.end);
    const offset = p.start - p.paragraph.start;
    const length = p.end - p.start;
    // At least three paragraphs away: to the top when it was low, to the end when it was high.
    if (index >= 3 && (index > starts.length - 4 || random() < 0.5)) {
      return { newText: `${paragraph}\n\n${rest}`, expected: { start: offset, end: offset + length } };
    }
    if (index > starts.length - 4) return null;
    const at = rest.length + 2 + offset;
    return { newText: `${rest}\n\n${paragraph}`, expected: { start: at, end: at + length } };
  },

  reflowed: (text, p, random) => {
    // Lines wrapped at 60 to 80 columns, some sentences followed by two spaces, some blank
    // lines doubled: every character kept in order, so the claim's span maps through `at`.
    const width = 60 + Math.floor(random() * 21);
    const at = new Int32Array(text.length + 1);
    let out = "";
    let column = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      at[i] = out.length;
      if (c === " " && column >= width) {
        out += "\n";
        column = 0;
      } else if (c === " " && /[.!?]/.test(text.charAt(i - 1)) && random() < 0.5) {
        out += "  ";
        column += 2;
      } else if (c === "\n" && text.charAt(i + 1) === "\n" && random() < 0.3) {
        out += "\n\n";
        column = 0;
      } else {
        out += c;
        column = c === "\n" ? 0 : column + 1;
      }
    }
    at[text.length] = out.length;
    return { newText: out, expected: { start: at[p.start] as number, end: (at[p.end - 1] as number) + 1 } };
  },
};

/** The revision `kind` makes of `text` for the claim at `place`, or null when it does not apply. */
export function applyEdit(kind: EditKind, text: string, place: ClaimPlace, random: Random): Revision | null {
  return edits[kind](text, place, random);
}
