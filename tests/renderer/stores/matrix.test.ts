// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { sortRows, useMatrixStore } from '../../../src/renderer/src/stores/matrix';
import { installFakeApi, matrixOf, row } from '../fake-api';

const rows = [
  row(1, '微信', ['collection', 'cookies'], { response_days: 15, storage_location: 'domestic', email: 'privacy@tencent.com' }),
  row(2, '滴滴出行', ['collection'], { response_days: 30 }),
  row(3, 'Bilibili', ['collection', 'cookies', 'contact'], { storage_location: 'overseas' }),
];

describe('matrix store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('sorts by a fact column with missing values last in both directions', () => {
    expect(sortRows(rows, 'response_days', 1).map((r) => r.appId)).toEqual([1, 2, 3]);
    expect(sortRows(rows, 'response_days', -1).map((r) => r.appId)).toEqual([2, 1, 3]);
    expect(sortRows(rows, 'cookies', -1).map((r) => r.appId)).toEqual([3, 1, 2]);
  });

  it('sorts by what changed in the shown version: fact changes first, dates only next, first versions last', () => {
    const changed = [
      { ...row(4, 'A', []), changes: [] },
      { ...row(5, 'B', []), changes: [{ kind: 'effective_date' as const, old: '2024-09-20', new: '2025-11-27' }] },
      { ...row(6, 'C', []), changes: [{ kind: 'response_time' as const, old: '15个工作日', new: '15日' }, { kind: 'effective_date' as const, old: null, new: '2025-11-27' }] },
      row(7, 'D', []),
    ];
    expect(sortRows(changed, 'changes', -1).map((r) => r.app)).toEqual(['C', 'B', 'A', 'D']);
    expect(sortRows(changed, 'changes', 1).map((r) => r.app)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('filters apps by name, topics by id, and flips sort direction on a second click', async () => {
    installFakeApi({ getMatrix: async () => matrixOf(rows) });
    const store = useMatrixStore();
    await store.load();
    expect(store.rows).toHaveLength(3);
    store.appFilter = 'bili';
    expect(store.rows.map((r) => r.app)).toEqual(['Bilibili']);
    store.appFilter = '';
    store.topicFilter = 'cookies';
    expect(store.topics.map((t) => t.id)).toEqual(['cookies']);
    store.sortBy('storage_location');
    const first = store.rows.map((r) => r.appId);
    store.sortBy('storage_location');
    expect(store.sortDirection).toBe(-1);
    expect(store.rows.map((r) => r.appId)).not.toEqual(first);
  });

  it('keeps the keyboard cursor inside the grid', async () => {
    installFakeApi({ getMatrix: async () => matrixOf(rows) });
    const store = useMatrixStore();
    await store.load();
    store.moveCursor(-5, -5);
    expect(store.active).toEqual({ row: 0, col: 0 });
    store.moveCursor(10, 100);
    expect(store.active).toEqual({ row: 2, col: store.topics.length - 1 });
    expect(store.activeCell?.topic).toBe('other');
  });
});
