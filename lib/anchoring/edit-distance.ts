// Rows of the table, reused from call to call (the function is synchronous).
let rowA = new Uint32Array(0);
let rowB = new Uint32Array(0);

/**
 * The Levenshtein distance of `a` and `b` (insertions, deletions and substitutions, each
 * costing 1) in UTF-16 code units, if it is at most `k`; otherwise `k + 1`, which means "more
 * than k", not the distance.
 *
 * `k`, a non-negative integer, is the band: only cells of the dynamic-programming table at most
 * `k` off the diagonal are computed, since an alignment costing at most `k` never leaves them.
 * That costs O(|a|·k) time and O(|b|) memory instead of O(|a|·|b|), and the function stops as
 * soon as a whole row exceeds `k`. A character outside the BMP counts as its two surrogates, so
 * replacing one such character with another costs 1 or 2.
 */
export function editDistanceWithin(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const over = k + 1;
  if (Math.abs(n - m) > k) return over;
  if (a === b) return 0;
  if (rowA.length < m + 1) {
    rowA = new Uint32Array(m + 1);
    rowB = new Uint32Array(m + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 && i <= k ? i : over;
    let rowMin = cur[lo - 1] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const up = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      if (up < v) v = up;
      if (left < v) v = left;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi + 1 <= m) cur[hi + 1] = over;
    if (rowMin > k) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m] as number, over);
}
