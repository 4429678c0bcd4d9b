// The heading lookups of findCandidates (src/main/analyze/schemeIndex.ts) answer what a scan of the accepted list
// answers, on the candidates of real policies.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/main/analyze/candidates';
import { hintLevels } from '../../../src/main/analyze/headingHints';
import { splitLines } from '../../../src/main/analyze/lines';
import type { Accepted } from '../../../src/main/analyze/listHeadings';
import { AcceptedRuns, SchemeIndex, firstAtOrAfter } from '../../../src/main/analyze/schemeIndex';
import { corpus, hasShared, seed } from '../../helpers/paths';

const candidatesOf = (path: string): Accepted[] => {
  const lines = splitLines(readFileSync(path, 'utf8'));
  return findCandidates(lines, hintLevels(lines, []), true);
};
const scanBefore = (list: Accepted[], c: Accepted) => list.findLast((x) => x.line < c.line && x.scheme === c.scheme);
const scanAfter = (list: Accepted[], c: Accepted) => list.find((x) => x.line > c.line && x.scheme === c.scheme);

describe('firstAtOrAfter', () => {
  it('finds where a line belongs in a list in line order, before equal lines', () => {
    const list = [1, 3, 3, 7].map((line) => ({ line }));
    expect([0, 1, 2, 3, 4, 7, 8].map((l) => firstAtOrAfter(list, l))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstAtOrAfter([], 5)).toBe(0);
  });
});

describe.skipIf(!hasShared)('heading lookups on real candidates', () => {
  const files = [seed(0), seed(1), seed(2), seed(3), seed(4),
    ...readdirSync(corpus('ca4p483', 'txt')).sort().filter((_, i) => i % 25 === 0).map((f) => corpus('ca4p483', 'txt', f))];

  it('SchemeIndex: the heading of a scheme just before and after each candidate, as a scan finds it', () => {
    let checked = 0;
    for (const f of files) {
      const out = candidatesOf(f);
      const index = new SchemeIndex(out);
      for (const c of out) {
        expect(index.before(c)).toBe(scanBefore(out, c));
        expect(index.after(c)).toBe(scanAfter(out, c));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('AcceptedRuns: a list grown by runs appended after it reads as a scan of that list, later runs first looking back', () => {
    for (const f of files) {
      const all = candidatesOf(f);
      // Every third candidate arrives in a second run, every fifth in a third, as lead-ins and titles join `out`.
      const runs = [all.filter((_, i) => i % 3 && i % 5), all.filter((_, i) => !(i % 3)), all.filter((_, i) => i % 3 && !(i % 5))];
      const index = new AcceptedRuns(runs[0]);
      index.startRun();
      for (const c of runs[1]) index.add(c);
      index.startRun();
      for (const c of runs[2]) index.add(c);
      const list = runs.flat();
      for (const c of all) {
        expect(index.before(c)).toBe(scanBefore(list, c));
        expect(index.after(c)).toBe(scanAfter(list, c));
      }
    }
  });

  it('SchemeIndex.add keeps each group in line order, as a splice into the sorted list does', () => {
    const all = candidatesOf(seed(1));
    const index = new SchemeIndex(all.filter((_, i) => i % 2));
    const list = all.filter((_, i) => i % 2);
    for (const c of all.filter((_, i) => !(i % 2))) {
      index.add(c);
      list.splice(firstAtOrAfter(list, c.line), 0, c);
    }
    for (const c of all) expect([index.before(c), index.after(c)]).toEqual([scanBefore(list, c), scanAfter(list, c)]);
  });

});
