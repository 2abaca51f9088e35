/**
 * Typographic folding, so that a quote typed with straight quotes, plain hyphens and single
 * spaces finds the document's curly quotes, dashes and runs of (non-breaking) whitespace.
 * Folding works on UTF-16 code units and leaves surrogates (paired or not) as they are.
 */

export interface FoldedText {
  /** The folded string. */
  text: string;
  /**
   * map[i] is the UTF-16 offset in the original of folded offset i; map[text.length] is the
   * original's length. A folded range [s, e) is the original range [map[s], map[e]).
   */
  map: Int32Array;
}

function foldCode(code: number): number {
  switch (code) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a: // ‚
    case 0x201b: // ‛
    case 0x2032: // ′
    case 0x02bc: // ʼ
      return 0x27; // '
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
    case 0x2033: // ″
      return 0x22; // "
    case 0x2010: // ‐
    case 0x2011: // ‑
    case 0x2012: // ‒
    case 0x2013: // –
    case 0x2014: // —
    case 0x2212: // −
      return 0x2d; // -
    default:
      return code;
  }
}

/** The characters JavaScript's \s matches, NBSP included. */
export function isWhitespaceCode(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const utf16 = new TextDecoder("utf-16le");

/**
 * The string of UTF-16 code units `codes[0, length)`. TextDecoder is many times faster than
 * String.fromCharCode but replaces lone surrogates with U+FFFD, so it is used only when the
 * caller knows there are none.
 */
export function stringFromCodes(codes: Uint16Array, length: number, hasLoneSurrogates = true): string {
  if (!hasLoneSurrogates) {
    const view = codes.subarray(0, length);
    return utf16.decode(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
  let text = "";
  // Chunked to stay under the engine's argument-count limit on long documents.
  for (let i = 0; i < length; i += 8192) {
    text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return text;
}

const WHITESPACE = 0xffff;
/** Folded code of every code below 0x3001 (WHITESPACE for whitespace); codes above fold to themselves. */
const FOLD_TABLE = (() => {
  const table = new Uint16Array(0x3001);
  for (let c = 0; c < table.length; c++) table[c] = isWhitespaceCode(c) ? WHITESPACE : foldCode(c);
  return table;
})();

/** Folds `original` (see the module comment) and maps each folded offset back to it. */
export function foldText(original: string): FoldedText {
  const n = original.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  let inWhitespace = false;
  let hasLoneSurrogates = false;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    const folded = code < 0x3001 ? (FOLD_TABLE[code] as number) : code === 0xfeff ? WHITESPACE : code;
    if (folded === WHITESPACE) {
      if (!inWhitespace) {
        codes[k] = 0x20;
        map[k++] = i;
        inWhitespace = true;
      }
      continue;
    }
    inWhitespace = false;
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = original.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        codes[k] = code;
        map[k++] = i++;
        codes[k] = next;
        map[k++] = i;
        continue;
      }
      hasLoneSurrogates = true;
    }
    codes[k] = folded;
    map[k++] = i;
  }
  map[k] = n;
  return { text: stringFromCodes(codes, k, hasLoneSurrogates), map: map.subarray(0, k + 1) };
}

/** The folded string alone. */
export function fold(original: string): string {
  if (original.length > 256) return foldText(original).text;
  // Short strings (contexts, quotes): no map and no typed arrays to allocate.
  const codes: number[] = [];
  let inWhitespace = false;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const folded = code < 0x3001 ? (FOLD_TABLE[code] as number) : code === 0xfeff ? WHITESPACE : code;
    if (folded === WHITESPACE) {
      if (!inWhitespace) codes.push(0x20);
      inWhitespace = true;
      continue;
    }
    inWhitespace = false;
    codes.push(folded);
  }
  return String.fromCharCode(...codes);
}
