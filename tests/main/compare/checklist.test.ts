import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChecklists, buildHistory } from '../../../src/main/compare';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { MemoryReader } from './helpers';

const ucloud = (date: string) => corpus('zh_policy_versions', 'ucloud_app_privacy', `ucloud_app_privacy__${date}.md`);

describe.skipIf(!hasShared)('checklist and history', () => {
  it('checks every disclosure item with evidence that is really in the text', async () => {
    const reader = await MemoryReader.from([{ app: 'seed4', path: seed(4) }, { app: 'ucloud', path: ucloud('2025-11-27') }]);
    const lists = buildChecklists(reader);
    expect(lists.length).toBe(2);
    for (const list of lists) {
      expect(list.items.map((i) => i.id)).toEqual(['operator', 'contact', 'response_time', 'storage_location', 'cross_border', 'retention', 'sdk_list', 'minors', 'account_deletion', 'rights', 'update_notice', 'effective_date']);
      const text = reader.getDocumentDetail(list.document)!.text;
      for (const item of list.items) {
        expect(item.note.length).toBeGreaterThan(0);
        if (item.evidence) expect(text.slice(item.evidence.nstart, item.evidence.nend).trim()).toBe(item.evidence.text);
      }
    }
    const seed4 = lists.find((l) => l.app === 'seed4')!;
    expect(seed4.items.find((i) => i.id === 'contact')!.status).toBe('pass');
    expect(seed4.items.find((i) => i.id === 'response_time')!.status).toBe('pass'); // 十五天 = 15 calendar days
    const u = lists.find((l) => l.app === 'ucloud')!;
    expect(u.items.find((i) => i.id === 'effective_date')!.status).toBe('pass');
  });

  it('fails a 30-day response time and a policy without a deletion path', async () => {
    const reader = await MemoryReader.from([{ app: 'edited', path: seed(4), text: readFileSync(seed(4), 'utf8').replace('十五天内回复', '三十个工作日内回复').replace(/注销/g, '停用') }]);
    const items = buildChecklists(reader)[0].items;
    expect(items.find((i) => i.id === 'response_time')!.status).toBe('fail');
    expect(items.find((i) => i.id === 'account_deletion')!.status).toBe('fail');
  });

  it('history lists ucloud versions with change counts and fact changes against the previous one', async () => {
    const dates = ['2023-08-03', '2024-09-20', '2025-11-27'];
    const reader = await MemoryReader.from(dates.map((d) => ({ app: 'ucloud', path: ucloud(d) })));
    const h = buildHistory(reader, reader.listApps()[0].id);
    expect(h.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(h.versions[0].changeCount).toBeNull();
    expect(h.versions[1].changeCount).toBeGreaterThan(0);
    expect(h.versions[2].factChanges.some((f) => f.kind === 'response_time')).toBe(true);
    expect(() => buildHistory(reader, 999)).toThrow(/999/);
  });
});
