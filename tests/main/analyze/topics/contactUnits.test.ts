// The operator's name carved out of its paragraph as a contact unit, on real policies.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared, seed } from '../../../helpers/paths';
import { analyzed } from '../helpers';

const run = hasShared ? describe : describe.skip;

run('contact units', () => {
  it('超级课程表: the sentence naming 广州超级周末科技有限公司 is contact; the paragraph around it keeps its own topics', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0846_com_xtuone_android_syllabus.txt'));
    const s = analysis.sections;
    const unit = s.find((x) => x.topics.includes('contact') && doc.text.slice(x.nstart, x.nend).includes('广州超级周末科技有限公司'))!;
    expect(unit.synthetic).toBe('paragraph');
    expect(doc.text.slice(unit.nstart, unit.nend)).toMatch(/^广州超级周末科技有限公司.*。$/);
    // Its siblings cover the rest of the paragraph it came from, in order, without overlap.
    const siblings = s.filter((x) => x.parent === unit.parent);
    const k = siblings.indexOf(unit);
    expect(siblings[k - 1].nend).toBeLessThanOrEqual(unit.nstart);
    expect(siblings[k + 1].nstart).toBeGreaterThanOrEqual(unit.nend);
    expect(doc.text.slice(siblings[k - 1].nend, unit.nstart).trim()).toBe('');
    expect(siblings[k - 1].topics).not.toContain('contact');
  });

  it('every seed keeps a pre-order tree: ids in order, parents first, children inside their parent', async () => {
    for (const n of [0, 1, 2, 3, 4] as const) {
      const { analysis } = await analyzed(seed(n));
      analysis.sections.forEach((x, i) => {
        expect(x.id).toBe(i);
        if (x.parent === null) return;
        const p = analysis.sections[x.parent];
        expect(x.parent).toBeLessThan(i);
        expect(p.nstart <= x.nstart && x.nend <= p.nend).toBe(true);
        if (i > 0) expect(analysis.sections[i - 1].nstart).toBeLessThanOrEqual(x.nstart);
      });
      for (const f of analysis.facts) if (f.section !== null) expect(analysis.sections[f.section].nstart).toBeLessThanOrEqual(f.nstart);
    }
  });
});
