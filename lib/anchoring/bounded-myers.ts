/**
 * Myers' O(ND) difference algorithm with a bound on D, for the unit-level diffs of diff-texts.ts.
 *
 * diff-match-patch bounds its own search by a wall-clock deadline, which makes the answer depend
 * on how busy the machine is: under load, the same two revisions could be diffed more coarsely
 * and claims anchored differently. A bound on the number of edits D is deterministic: the work
 * is O((N + M)·D) and the caller sizes D from a budget. Memory is O(D²) for the trace, which the
 * bound keeps small.
 */

/** diff-match-patch's tuple shape: -1 delete, 1 insert, 0 equal, with the text concerned. */
export type DiffOp = [number, string];

const DELETE = -1;
const INSERT = 1;
const EQUAL = 0;

function push(ops: DiffOp[], op: number, text: string): void {
  if (text.length === 0) return;
  const last = ops[ops.length - 1];
  if (last && last[0] === op) last[1] += text;
  else ops.push([op, text]);
}

/**
 * A shortest edit script from `a` to `b` (as diff-match-patch tuples, deletions before
 * insertions within each run) with its number of single-unit insertions and deletions, or null
 * when it needs more than `maxEdits` of them. Compares UTF-16 code units.
 */
export function boundedMyers(a: string, b: string, maxEdits: number): { ops: DiffOp[]; edits: number } | null {
  let p = 0;
  while (p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  const A = a.slice(p, a.length - q);
  const B = b.slice(p, b.length - q);
  const n = A.length;
  const m = B.length;
  const ops: DiffOp[] = [];
  push(ops, EQUAL, a.slice(0, p));
  if (n === 0 || m === 0) {
    push(ops, DELETE, A);
    push(ops, INSERT, B);
    push(ops, EQUAL, a.slice(a.length - q));
    return n + m <= maxEdits ? { ops, edits: n + m } : null;
  }
  const limit = Math.min(maxEdits, n + m);
  if (limit < 1) return null;

  // v[off + k] is the furthest x reached on diagonal k = x − y; -1 marks a diagonal not reached.
  const off = limit + 1;
  const v = new Int32Array(2 * limit + 3).fill(-1);
  const trace: Int32Array[] = [];
  let found = -1;
  const step = (k: number, d: number): number => {
    // The same choice forward and when tracing back: the move reaching further, down on a tie.
    const down = d === 0 ? 0 : (v[off + k + 1] as number);
    const right = d === 0 ? -1 : (v[off + k - 1] as number);
    const canDown = down >= 0 && down - k <= m && (d === 0 || k + 1 <= d - 1);
    const canRight = right >= 0 && right + 1 <= n && k - 1 >= -(d - 1);
    if (canDown && (!canRight || down >= right + 1)) return down;
    if (canRight) return right + 1;
    return -1;
  };
  for (let d = 0; d <= limit && found === -1; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = step(k, d);
      if (x < 0) {
        v[off + k] = -1;
        continue;
      }
      let y = x - k;
      while (x < n && y < m && A.charCodeAt(x) === B.charCodeAt(y)) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(off - d, off + d + 1));
  }
  if (found === -1) return null;

  // Trace back from (n, m), collecting the middle ops in reverse.
  const reversed: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const k = x - y;
    const prev = trace[d - 1] as Int32Array;
    const at = (kk: number): number => (kk >= -(d - 1) && kk <= d - 1 ? (prev[kk + d - 1] as number) : -1);
    const down = at(k + 1);
    const right = at(k - 1);
    const canDown = down >= 0 && down - k <= m;
    const canRight = right >= 0 && right + 1 <= n;
    const isDown = canDown && (!canRight || down >= right + 1);
    const xs = isDown ? down : right + 1;
    const ys = xs - k;
    if (x > xs) reversed.push([EQUAL, A.slice(xs, x)]);
    if (isDown) reversed.push([INSERT, B.charAt(ys - 1)]);
    else reversed.push([DELETE, A.charAt(xs - 1)]);
    x = isDown ? xs : xs - 1;
    y = isDown ? ys - 1 : ys;
  }
  if (x > 0) reversed.push([EQUAL, A.slice(0, x)]);

  // Within each run between equalities, deletions first, then insertions.
  let del = "";
  let ins = "";
  for (let i = reversed.length - 1; i >= 0; i--) {
    const [op, text] = reversed[i] as DiffOp;
    if (op === DELETE) del += text;
    else if (op === INSERT) ins += text;
    else {
      push(ops, DELETE, del);
      push(ops, INSERT, ins);
      del = "";
      ins = "";
      push(ops, EQUAL, text);
    }
  }
  push(ops, DELETE, del);
  push(ops, INSERT, ins);
  push(ops, EQUAL, a.slice(a.length - q));
  return { ops, edits: found };
}
