// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit, SectionChange, VersionDiff } from '../../../src/shared/types';
import { useExportStore } from '../../../src/renderer/src/stores/export';
import { useHistoryStore } from '../../../src/renderer/src/stores/history';
import { groupHits, useSearchStore } from '../../../src/renderer/src/stores/search';
import { installFakeApi } from '../fake-api';

const change = (significance: SectionChange['significance'], section: string): SectionChange => ({
  kind: 'modified', significance, topics: ['contact'], oldSection: section, newSection: section, old: null, new: null,
  ops: [{ op: '=', text: '我们将在' }, { op: '-', text: '15' }, { op: '+', text: '10' }, { op: '=', text: '个工作日内答复' }], summary: '',
});
const diff: VersionDiff = {
  old: { id: 1, path: '/a', app: 'U', date: '2024-09-20' },
  new: { id: 2, path: '/b', app: 'U', date: '2025-11-27' },
  changes: [change('date', '更新日期'), change('substantive', '联系我们'), change('formatting', '目录'), change('wording', '引言')],
  factChanges: [{ kind: 'response_time', old: '15 个工作日', new: '10 个工作日' }],
  summary: [],
};

describe('history store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('defaults to the two newest versions, hides minor changes and steps around them', async () => {
    const api = installFakeApi({
      getHistory: async () => ({ app: 'U', appId: 4, versions: [1, 2, 3].map((d) => ({ document: d, path: `/${d}`, version: d, date: null, changeCount: null, substantiveCount: null, factChanges: [] })) }),
      diffVersions: async () => diff,
    });
    const store = useHistoryStore();
    await store.loadApp(4);
    expect([store.oldId, store.newId]).toEqual([2, 3]);
    await store.runDiff();
    expect(api.diffVersions).toHaveBeenCalledWith(2, 3);
    expect(store.changes.map((c) => c.newSection)).toEqual(['联系我们', '引言']);
    store.step(1);
    expect(store.current).toBe(1);
    store.step(1);
    expect(store.current).toBe(0);
    store.step(-1);
    expect(store.current).toBe(1);
    store.setHideMinor(false);
    expect(store.changes).toHaveLength(4);
    expect(store.current).toBe(0);
  });
});

describe('search store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  const hit = (documentId: number, hits: number): SearchHit => ({
    documentId, path: `/p/${documentId}.txt`, app: `App${documentId}`, section: '存储', snippet: '存储在中华人民共和国境内', markStart: 10, markEnd: 12, start: 100, end: 102, hits,
  });

  it('groups hits by document keeping the ranking order', () => {
    const groups = groupHits([hit(2, 3), hit(1, 1), hit(2, 2)]);
    expect(groups.map((g) => [g.documentId, g.hits.length, g.total])).toEqual([[2, 2, 5], [1, 1, 1]]);
  });

  it('ignores a blank query and reports an empty result for the last query', async () => {
    const api = installFakeApi({ search: async () => [] });
    const store = useSearchStore();
    await store.run('   ');
    expect(api.search).not.toHaveBeenCalled();
    await store.run('境内');
    expect(api.search).toHaveBeenCalledWith('境内', 200);
    expect(store.lastQuery).toBe('境内');
    expect(store.groups).toEqual([]);
  });
});

describe('export store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('asks for a target, exports the chosen sheets and reveals the file', async () => {
    const api = installFakeApi({
      chooseExportTarget: async () => '/out/x.xlsx',
      exportWorkbook: async () => ({ files: ['/out/x.xlsx'], rows: 42, ms: 5 }),
      showInFolder: async () => undefined,
    });
    const store = useExportStore();
    store.toggleSheet('Checklist');
    store.toggleApp(3);
    await store.run();
    expect(api.exportWorkbook).toHaveBeenCalledWith({ out: '/out/x.xlsx', format: 'xlsx', apps: [3], sheets: ['Matrix', 'Facts', 'Sections', 'Changes', 'Provenance'] });
    expect(store.phase).toBe('done');
    await store.reveal();
    expect(api.showInFolder).toHaveBeenCalledWith('/out/x.xlsx');
  });

  it('goes back to idle when the save dialog is cancelled, and shows export errors', async () => {
    const api = installFakeApi({ chooseExportTarget: async () => null });
    const store = useExportStore();
    await store.run();
    expect(store.phase).toBe('idle');
    expect(api.exportWorkbook).not.toHaveBeenCalled();
    api.chooseExportTarget.mockResolvedValue('/ro/x.xlsx');
    api.exportWorkbook.mockRejectedValue(new Error('PolicyLensError: cannot write /ro/x.xlsx: read-only file system'));
    await store.run();
    expect(store.phase).toBe('error');
    expect(store.error).toBe('cannot write /ro/x.xlsx: read-only file system');
  });
});
