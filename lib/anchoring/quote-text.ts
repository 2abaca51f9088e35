/**
 * What may stand in a quote selector. A lone surrogate (half of a character outside the Basic
 * Multilingual Plane, as a truncating client or a hand-written "\ud83d" produces) has no code
 * point of its own: anchored, it would split a character of the document and, converted to code
 * points, make a zero-width claim. NUL and the Unicode noncharacters are not text either.
 */

const INVALID =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\u0000\ufdd0-\ufdef\ufffe\uffff]/;

/** True when `text` is well-formed Unicode without NUL or noncharacters. */
export function isValidQuoteText(text: string): boolean {
  return !INVALID.test(text);
}
