// A table of contents made of linked entries (`1. [Introduction](…#introduction)`) names chapters and states no practice.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { corpus, hasShared } from '../../../helpers/paths';
import { analyzed } from '../helpers';
import { isContentsBlock } from '../../../../src/main/analyze/units';

const run = hasShared ? describe : describe.skip;
const bluesky = () => corpus('ota_pga_versions', 'Bluesky', 'Bluesky__2025-09-16.md');

run('a table of contents of linked entries', () => {
  it('carries no practice in the tree (Bluesky: `14. [Retention of Personal Data](…#data-retention)` is no retention)', async () => {
    const { analysis } = await analyzed(bluesky());
    const contents = analysis.sections.find((s) => s.heading === 'Table of Contents')!;
    const entries = analysis.sections.filter((s) => s.parent === contents.id);
    expect(entries.length).toBeGreaterThan(0);
    for (const s of entries) expect(s.topics.filter((t) => t !== 'other')).toEqual([]);
    expect(analysis.sections.some((s) => s.topics.includes('retention') && s.heading === 'Retention of Personal Data')).toBe(true);
  });

  it('heads nothing when it is a titled section\'s whole body (Twitch: `Table of Contents` / `1.  [Personal Information Twitch Collects About You](…)`)', async () => {
    const { analysis } = await analyzed(corpus('ota_pga_versions', 'Twitch', 'Twitch__2026-08-13.md'));
    expect(analysis.sections.find((s) => s.heading === 'Table of Contents')?.topics).toEqual([]);
  });

  it('is told by its lines: linked entries alone, three or more (the page\'s own lines)', () => {
    const lines = readFileSync(bluesky(), 'utf8').split('\n');
    const first = lines.findIndex((l) => l.startsWith('1. [Introduction]'));
    expect(isContentsBlock(lines.slice(first, first + 18).join('\n'))).toBe(true);
    expect(isContentsBlock(lines.slice(first, first + 2).join('\n'))).toBe(false);
    // (an entry and the chapter's first sentence together are no contents list)
    const intro = lines.findIndex((l) => l.startsWith('Bluesky Social, PBC'));
    expect(isContentsBlock([...lines.slice(first, first + 3), lines[intro]].join('\n'))).toBe(false);
  });
});
