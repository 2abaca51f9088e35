/**
 * Deterministic prose-like text for tests and benchmarks of long documents: words from a given
 * vocabulary (so common words keep their frequency) mixed with invented ones and a few emoji,
 * in sentences and paragraphs joined by the canonical block separator.
 */

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `length` UTF-16 units of paragraphs separated by "\n\n". */
export function syntheticText(length: number, random: () => number, vocabulary: string[]): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const invented = Array.from({ length: 3000 }, () => {
    let w = "";
    for (let k = 0; k < 3 + Math.floor(random() * 8); k++) w += letters[Math.floor(random() * 26)];
    return w;
  });
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)] as string;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < length) {
    const sentences: string[] = [];
    for (let s = 0; s < 3 + Math.floor(random() * 5); s++) {
      const words: string[] = [];
      for (let w = 0; w < 8 + Math.floor(random() * 20); w++) {
        const r = random();
        words.push(r < 0.01 ? "🛰️" : r < 0.7 ? pick(vocabulary) : pick(invented));
      }
      sentences.push(`${words.join(" ")}.`);
    }
    const p = sentences.join(" ");
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join("\n\n");
}
