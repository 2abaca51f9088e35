/**
 * What a person typed into a search box, as FTS5 query terms. Each term is an FTS5 string (a
 * double-quoted phrase), so that operators, column filters, parentheses and punctuation a
 * person types are read as words and never as FTS5 syntax (no query can fail to parse, none
 * can name a column). A term is a word, a "quoted phrase", or a word ending in `*` (a prefix:
 * `defen*` finds "defence" and "defend"). Terms without a letter or digit are dropped, since
 * the tokenizer would make nothing of them.
 *
 * The terms are kept apart rather than joined into one FTS5 AND-query: a claim's text lives in
 * several index rows (its own fields, each reviewer's rationale), and the search asks for every
 * term in some row of the claim the reader may see, not all of them in one row.
 */
export function ftsTerms(text: string, maxTerms = 16): string[] {
  const terms: string[] = [];
  for (const match of text.normalize("NFC").matchAll(/"([^"]*)"?|([^\s"]+)/gu)) {
    const phrase = match[1];
    const word = match[2];
    let term: string | null = null;
    if (phrase !== undefined) {
      if (hasWordCharacter(phrase)) term = quote(phrase.trim());
    } else if (word !== undefined) {
      const isPrefix = word.length > 1 && word.endsWith("*");
      const bare = isPrefix ? word.replace(/\*+$/u, "") : word;
      if (hasWordCharacter(bare)) term = isPrefix ? `${quote(bare)}*` : quote(bare);
    }
    if (term !== null && !terms.includes(term)) terms.push(term);
    if (terms.length === maxTerms) break;
  }
  return terms;
}

function hasWordCharacter(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

function quote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}
