// Second fact dev set: for each hand-labelled document (see facts-devset-labels.ts) the full set of
// each labelled fact kind must equal what the analyst listed.
import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { hasShared } from '../../helpers/paths';
import { analyzed, values } from './helpers';
import { DEV_LABELS } from './facts-devset-labels';
import { BLIND_LABELS } from './facts-blind-labels';
import { BLIND_LABELS_2 } from './facts-blind-labels-2';

const run = hasShared ? describe : describe.skip;
const sorted = (xs: readonly unknown[]) => [...new Set(xs.map((x) => JSON.stringify(x)))].sort();
const nfkc = (s: string) => s.normalize('NFKC');
const SET_KINDS = ['email', 'phone', 'response_time', 'storage_location', 'cross_border', 'minor_age'] as const;

run('fact dev set 2: HTML pages, versioned policies, GB2312, CA4P HTML, English; then the blind set', () => {
  for (const label of [...DEV_LABELS, ...BLIND_LABELS, ...BLIND_LABELS_2]) {
    it(basename(label.path), async () => {
      const { analysis } = await analyzed(label.path);
      for (const kind of SET_KINDS) {
        const want = label[kind];
        if (want) expect(sorted(values(analysis, kind)), kind).toEqual(sorted(want));
      }
      // (The labels were written from the normalised text; names are reported as the source writes them, `（北京）`.)
      if (label.operator) expect(sorted(analysis.operator.map(nfkc)), 'operator').toEqual(sorted(label.operator.map(nfkc)));
      if (label.app !== undefined) expect(analysis.app && nfkc(analysis.app), 'app').toBe(label.app && nfkc(label.app));
      if (label.dates) expect(analysis.dates, 'dates').toEqual(label.dates);
    });
  }
});
