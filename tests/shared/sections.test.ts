import { describe, expect, it } from 'vitest';
import { displayHeading, isParagraph } from '../../src/shared/sections';
import { buildUnits } from '../../src/main/compare/units';
import { analyzed } from '../main/analyze/helpers';
import { hasShared, seed } from '../helpers/paths';

describe.skipIf(!hasShared)('split-off paragraphs on a real policy (seed 001)', () => {
  it('are named by their nearest real heading', async () => {
    const { analysis } = await analyzed(seed(1));
    const paragraphs = analysis.sections.filter(isParagraph);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) {
      const named = displayHeading(analysis.sections, p);
      expect(named.trim().length).toBeGreaterThan(0);
      let owner = analysis.sections[p.parent!];
      while (isParagraph(owner)) owner = analysis.sections[owner.parent!];
      expect(named).toBe(owner.heading);
    }
    const real = analysis.sections.find((s) => !isParagraph(s))!;
    expect(displayHeading(analysis.sections, real)).toBe(real.heading);
  });

  it('fold into their section for version diffs: one unit per real section, covering the paragraphs', async () => {
    const { doc, analysis } = await analyzed(seed(1));
    const units = buildUnits(doc.text, analysis.sections, analysis.facts);
    expect(units.some((u) => u.index >= 0 && isParagraph(analysis.sections[u.index]))).toBe(false);
    for (const p of analysis.sections.filter(isParagraph)) {
      const host = units.find((u) => u.span.nstart <= p.nstart && u.span.nend >= p.nend);
      expect(host, `paragraph at ${p.nstart} is in no unit`).toBeDefined();
      for (const t of p.topics) expect(host!.topics).toContain(t);
    }
  });
});
