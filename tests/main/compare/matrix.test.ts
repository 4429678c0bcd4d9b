import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMatrix, compareTopic, sectionKeyOf } from '../../../src/main/compare';
import { clauseFingerprint } from '../../../src/main/analyze/clauses';
import { TOPIC_IDS } from '../../../src/shared/taxonomy';
import { SEEDS, corpus, hasShared, seed } from '../../helpers/paths';
import { MemoryReader, sideOf } from './helpers';

const ucloud = (date: string) => corpus('zh_policy_versions', 'ucloud_app_privacy', `ucloud_app_privacy__${date}.md`);

describe.skipIf(!hasShared)('matrix and side-by-side on real policies', () => {
  const library = () => MemoryReader.from([
    { app: 'seed0', path: seed(0) }, { app: 'seed1', path: seed(1) }, { app: 'seed2', path: seed(2) },
    { app: 'seed4', path: seed(4) },
    { app: 'ucloud', path: ucloud('2024-09-20') }, { app: 'ucloud', path: ucloud('2025-11-27') },
  ]);

  it('has one row per app (latest version), every topic, and facts of topic kinds in their cells', async () => {
    const reader = await library();
    const m = buildMatrix(reader, {});
    expect(m.topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    expect(m.apps.map((r) => r.app)).toEqual(['seed0', 'seed1', 'seed2', 'seed4', 'ucloud']);
    const ucloudRow = m.apps.find((r) => r.app === 'ucloud')!;
    expect(ucloudRow.version).toBe(2);
    expect(ucloudRow.versionCount).toBe(2);
    expect(ucloudRow.facts.response_time).toBe('15日');
    for (const row of m.apps) {
      for (const t of TOPIC_IDS) {
        const cell = row.cells[t];
        expect(cell.status === 'present').toBe(cell.sections.length > 0);
      }
      const email = row.cells.contact.facts.filter((f) => f.kind === 'email');
      expect(email.length).toBe(reader.getDocumentDetail(row.document)!.facts.filter((f) => f.kind === 'email').length);
    }
    const picked = buildMatrix(reader, { versions: { [ucloudRow.appId]: 5 } });
    expect(picked.apps.find((r) => r.app === 'ucloud')!.facts.response_time).toBe('15个工作日');
  });

  it('says what changed in each shown version against the one before it (UCloud 2025-11-27: response time and date)', async () => {
    const reader = await library();
    const m = buildMatrix(reader, {});
    for (const row of m.apps.filter((r) => r.app !== 'ucloud')) expect(row.changes).toBeNull();
    const changes = m.apps.find((r) => r.app === 'ucloud')!.changes!;
    const response = changes.find((c) => c.kind === 'response_time')!;
    expect(response.old).toContain('15个工作日');
    expect(response.new).toContain('15日');
    expect(changes.find((c) => c.kind === 'effective_date')).toEqual({ kind: 'effective_date', old: '2024-09-20', new: '2025-11-27' });
    // The first version has nothing before it.
    const first = buildMatrix(reader, { versions: { [m.apps.find((r) => r.app === 'ucloud')!.appId]: 5 } });
    expect(first.apps.find((r) => r.app === 'ucloud')!.changes).toBeNull();
  });

  it('applies topic corrections keyed by section content', async () => {
    const reader = await library();
    const row = buildMatrix(reader, {}).apps.find((r) => r.app === 'seed4')!;
    const detail = reader.getDocumentDetail(row.document)!;
    const target = detail.sections.find((s) => !s.topics.includes('minors'))!;
    const key = sectionKeyOf(detail.text, target);
    reader.corrections = [{ id: 1, sectionKey: key, kind: 'topic_add', topic: 'minors', factKind: null, factValue: null, createdAt: '' }];
    const corrected = buildMatrix(reader, {}).apps.find((r) => r.app === 'seed4')!;
    expect(corrected.cells.minors.sections.map((s) => s.section)).toContain(target.id);
    const present = detail.sections.find((s) => s.topics.length > 0)!;
    reader.corrections = present.topics.map((t, i) => ({ id: i + 1, sectionKey: sectionKeyOf(detail.text, present), kind: 'topic_remove' as const, topic: t, factKind: null, factValue: null, createdAt: '' }));
    const removed = buildMatrix(reader, {}).apps.find((r) => r.app === 'seed4')!;
    for (const t of present.topics) expect(removed.cells[t].sections.map((s) => s.section)).not.toContain(present.id);
  });

  it('aligns storage clauses of two apps: shared boilerplate lines up, frequencies come from the corpus', async () => {
    const reader = await library();
    const m = buildMatrix(reader, {});
    const withStorage = m.apps.filter((r) => r.cells.storage.status !== 'absent').slice(0, 3);
    expect(withStorage.length).toBeGreaterThanOrEqual(2);
    const c = compareTopic(reader, 'storage', withStorage.map((r) => r.document));
    expect(c.documents.length).toBe(withStorage.length);
    expect(c.rows.length).toBeGreaterThan(0);
    for (const row of c.rows) {
      expect(row.cells.length).toBe(withStorage.length);
      expect(row.cells.some((x) => x !== null)).toBe(true);
      for (const cell of row.cells) {
        if (!cell) continue;
        expect(cell.frequency).toBeGreaterThanOrEqual(0);
        expect(cell.frequency).toBeLessThanOrEqual(1);
        if (clauseFingerprint(cell.text)) expect(cell.documents).toBeGreaterThanOrEqual(1);
      }
    }
    // document order kept inside every column
    for (let d = 0; d < withStorage.length; d++) {
      const starts = c.rows.map((r) => r.cells[d]?.nstart).filter((x): x is number => x !== undefined);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(() => compareTopic(reader, 'storage', [withStorage[0].document])).toThrow(/2 to 4/);
  });

  it('fingerprints survive app names, digits and punctuation', () => {
    const a = clauseFingerprint('我们将在中华人民共和国境内收集和产生的个人信息存储在中华人民共和国境内（1）。');
    const b = clauseFingerprint('本平台将在中华人民共和国境内收集和产生的个人信息,存储在中华人民共和国境内 2 ');
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(clauseFingerprint('我们将在中华人民共和国境外收集和产生的个人信息存储在中华人民共和国境外')).not.toBe(a);
  });

  it('the seeds folder: five apps, the core topics present, facts as an analyst reads them', async () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
    // App names come from the analyzer, so five rows means five distinct apps were recognised.
    const named = await Promise.all(files.map(async (path) => ({ path, app: (await sideOf(path)).app ?? path })));
    const m = buildMatrix(await MemoryReader.from(named), {});
    expect(m.apps).toHaveLength(5);
    for (const row of m.apps) {
      for (const t of ['cookies', 'sharing', 'contact'] as const) expect(row.cells[t].status, `${row.app} ${t}`).toBe('present');
      expect(['present', 'mentioned'], `${row.app} storage`).toContain(row.cells.storage.status);
      // Every seed keeps its data in mainland China (境内) and says so.
      expect(row.facts.storage_location, row.app).toBe('境内');
    }
    const byFile = (n: 0 | 1 | 2 | 3 | 4) => m.apps.find((r) => r.path === seed(n))!.facts;
    // Read from the seeds by hand: the response deadline (the shortest: 000 cancels accounts within 15 days and answers
    // questions within 15 working days, as 003 does), contact channel and effective date.
    expect(byFile(0)).toMatchObject({ response_time: '15日', effective_date: '2022-10-14', email: null });
    expect(byFile(0).phone).toContain('400-100-3399');
    expect(byFile(1)).toMatchObject({ response_time: null, effective_date: '2023-06-05' });
    expect(byFile(1).phone).toContain('0470-3995978');
    expect(byFile(2)).toMatchObject({ response_time: '15个工作日', effective_date: null });
    expect(byFile(3)).toMatchObject({ response_time: '15日', effective_date: '2022-11-25', cross_border: '不出境' });
    expect(byFile(3).phone).toContain('400-1082-666');
    expect(byFile(4)).toMatchObject({ response_time: '15日', effective_date: '2020-08', email: '448237423@qq.com' });
    expect(byFile(4).phone).toContain('029-85513174');
    // 004 says both 不涉及在国外转移 and 如需跨境传输…单独征得您的授权同意.
    expect(byFile(4).cross_border).toMatch(/不出境|经同意出境/);
  });
});
