// Matches the sections of two versions: identical content first (numbering ignored), then
// greedy best-first on heading + content similarity, so renumbered or moved sections pair up.
import { dice } from './text';
import type { DiffUnit } from './units';

export interface UnitMatch {
  old: DiffUnit;
  new: DiffUnit;
  /** Out of order relative to the longest in-order chain of matches. */
  moved: boolean;
}

const MIN_CONTENT = 0.35;
const MIN_CONTENT_SAME_HEADING = 0.1;

function score(a: DiffUnit, b: DiffUnit): number {
  const content = a.grams.size === 0 && b.grams.size === 0 ? (a.headingKey === b.headingKey ? 1 : 0) : dice(a.grams, b.grams);
  const sameHeading = a.headingKey.length > 0 && a.headingKey === b.headingKey;
  if (content < (sameHeading ? MIN_CONTENT_SAME_HEADING : MIN_CONTENT)) return 0;
  return 0.7 * content + 0.3 * (sameHeading ? 1 : 0);
}

export function matchUnits(oldUnits: readonly DiffUnit[], newUnits: readonly DiffUnit[]): UnitMatch[] {
  const pairs: [number, number][] = [];
  const oldTaken = new Array<boolean>(oldUnits.length).fill(false);
  const newTaken = new Array<boolean>(newUnits.length).fill(false);

  // 1. identical content regardless of numbering and layout, in order of appearance
  const byKey = new Map<string, number[]>();
  newUnits.forEach((u, j) => {
    const list = byKey.get(u.formatKey) ?? [];
    list.push(j);
    byKey.set(u.formatKey, list);
  });
  oldUnits.forEach((u, i) => {
    const list = byKey.get(u.formatKey);
    const j = list?.shift();
    if (j === undefined) return;
    pairs.push([i, j]);
    oldTaken[i] = true;
    newTaken[j] = true;
  });

  // 2. best-first over the remaining pairs
  const candidates: { i: number; j: number; s: number }[] = [];
  oldUnits.forEach((a, i) => {
    if (oldTaken[i]) return;
    newUnits.forEach((b, j) => {
      if (newTaken[j]) return;
      const s = score(a, b);
      if (s > 0) candidates.push({ i, j, s });
    });
  });
  candidates.sort((x, y) => y.s - x.s || Math.abs(x.i - x.j) - Math.abs(y.i - y.j));
  for (const c of candidates) {
    if (oldTaken[c.i] || newTaken[c.j]) continue;
    oldTaken[c.i] = true;
    newTaken[c.j] = true;
    pairs.push([c.i, c.j]);
  }

  pairs.sort((a, b) => a[0] - b[0]);
  const inOrder = longestIncreasing(pairs.map((p) => p[1]));
  return pairs.map(([i, j], k) => ({ old: oldUnits[i], new: newUnits[j], moved: !inOrder.has(k) }));
}

/** Positions (in `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[k]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const keep = new Set<number>();
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(k);
  return keep;
}
