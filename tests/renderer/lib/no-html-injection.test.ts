// The renderer builds every highlight from spans; no code path may parse text as HTML.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../../helpers/paths';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

it('no v-html, innerHTML, outerHTML, insertAdjacentHTML or document.write in src/renderer', () => {
  const offenders = walk(join(REPO, 'src', 'renderer'))
    .filter((f) => /\.(vue|ts|html)$/.test(f))
    .filter((f) => /v-html|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});
