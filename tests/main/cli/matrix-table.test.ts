import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/main/compare';
import { renderMatrixTable, TOPIC_LABELS } from '../../../src/main/cli/matrix-table';
import { displayWidth } from '../../../src/main/cli/text-width';
import { TOPIC_IDS } from '../../../src/shared/taxonomy';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { MemoryReader } from '../compare/helpers';

describe.skipIf(!hasShared)('renderMatrixTable on the seeds', () => {
  it('labels every topic distinctly, aligns CJK rows and shows the fact columns an analyst reads', async () => {
    const reader = await MemoryReader.from(([0, 1, 2, 3, 4] as const).map((n) => ({ app: ['小米贷款', '呼伦贝尔市公积金', '小禾企服网', '天府市民云', '陕西养老保险APP'][n], path: seed(n) })));
    const lines = renderMatrixTable(buildMatrix(reader, {}));
    const labels = TOPIC_IDS.map((t) => TOPIC_LABELS[t]);
    expect(new Set(labels).size).toBe(TOPIC_IDS.length);
    const header = lines[0].split(/\s+/);
    for (const l of labels) expect(header).toContain(l);

    const grid = lines.slice(0, 6);
    for (const line of grid) expect(displayWidth(line)).toBe(displayWidth(grid[0]));
    // The contact column sits under its own label in every row.
    const col = displayWidth(lines[0].slice(0, lines[0].indexOf('cont')));
    for (const line of grid.slice(1)) {
      let w = 0;
      let at = 0;
      for (const ch of line) { if (w >= col) break; w += displayWidth(ch); at += ch.length; }
      expect(line.slice(at, at + 4).trim()).toBe('●');
    }
    const legend = lines.join('\n');
    expect(legend).toContain('cexc=征得同意的例外');
    expect(legend).toContain('cont=联系我们');

    const factsAt = lines.findIndex((l) => /^app\s+storage\s+cross-border\s+response\s+contact\s+effective\s+changed$/.test(l));
    expect(factsAt).toBeGreaterThan(0);
    const facts = lines.slice(factsAt + 1, factsAt + 6);
    const row = (name: string) => facts.find((l) => l.startsWith(name))!;
    // What the seeds say, read by hand: 境内 everywhere; 十五天 and 448237423@qq.com in 004;
    // 010-69630728 (and one more) in 000, whose shortest deadline is `15 天时限内…完成您的注销请求` (it answers questions in 15个工作日);
    // 2022-11-25 effective in 003; 2020年8月 in 004.
    for (const l of facts) expect(l).toContain('境内');
    expect(row('陕西养老保险APP')).toMatch(/15日.*448237423@qq\.com.*2020-08/);
    expect(row('小米贷款')).toMatch(/15日.*010-69630728/);
    expect(row('天府市民云')).toContain('2022-11-25');
    const cols = displayWidth(lines[factsAt].slice(0, lines[factsAt].indexOf('contact')));
    for (const l of facts) {
      let w = 0;
      let at = 0;
      for (const ch of l) { if (w >= cols) break; w += displayWidth(ch); at += ch.length; }
      expect(l[at - 1]).toBe(' ');
      expect(l[at]).not.toBe(' ');
    }
  });

  it('names the facts a version changed (UCloud 2025-11-27: response time) and leaves first versions blank', async () => {
    const ucloud = (date: string) => corpus('zh_policy_versions', 'ucloud_app_privacy', `ucloud_app_privacy__${date}.md`);
    const reader = await MemoryReader.from([{ app: '小米贷款', path: seed(0) },
      { app: 'UCloud', path: ucloud('2024-09-20') }, { app: 'UCloud', path: ucloud('2025-11-27') }]);
    const lines = renderMatrixTable(buildMatrix(reader, {}));
    const factsAt = lines.findIndex((l) => l.startsWith('app') && l.endsWith('changed'));
    const row = (name: string) => lines.slice(factsAt + 1).find((l) => l.startsWith(name))!;
    expect(row('UCloud v2/2')).toMatch(/2025-11-27\s+response_time$/);
    expect(row('小米贷款').trimEnd().endsWith('—')).toBe(true);
  });
});
