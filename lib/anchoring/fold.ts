/**
 * Typographic folding, so that a quote typed with straight quotes, plain hyphens and single
 * spaces finds the document's curly quotes, dashes and runs of (non-breaking) whitespace.
 */

export interface FoldedText {
  /** The folded string. */
  text: string;
  /**
   * map[i] is the UTF-16 offset in the original of folded offset i; map[text.length] is the
   * original's length. A folded range [s, e) is the original range [map[s], map[e]).
   */
  map: number[];
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
function isWhitespace(code: number): boolean {
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

export function foldText(original: string): FoldedText {
  const codes: number[] = [];
  const map: number[] = [];
  let inWhitespace = false;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (isWhitespace(code)) {
      if (!inWhitespace) {
        codes.push(0x20);
        map.push(i);
        inWhitespace = true;
      }
      continue;
    }
    inWhitespace = false;
    codes.push(foldCode(code));
    map.push(i);
  }
  map.push(original.length);
  let text = "";
  // Chunked to stay under the engine's argument-count limit on long documents.
  for (let i = 0; i < codes.length; i += 8192) {
    text += String.fromCharCode(...codes.slice(i, i + 8192));
  }
  return { text, map };
}

/** The folded string alone. */
export function fold(original: string): string {
  return foldText(original).text;
}
