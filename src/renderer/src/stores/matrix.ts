// The apps × topics matrix: loading, filters, sorting and the keyboard cursor.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { TopicId } from '../../../shared/taxonomy';
import type { CellStatus, FactColumns, Matrix, MatrixRow } from '../../../shared/types';
import { api, errorMessage } from '../lib/api';
import { summariseChanges } from '../../../shared/changes';

export type FactColumnKey = 'storage_location' | 'response_days' | 'contact';
export type SortKey = 'app' | FactColumnKey | 'changes' | TopicId;
export const FACT_COLUMN_KEYS: readonly FactColumnKey[] = ['storage_location', 'response_days', 'contact'];

const STATUS_RANK: Record<CellStatus, number> = { present: 2, mentioned: 1, absent: 0 };

export function contactOf(facts: FactColumns): string | null {
  return facts.email ?? facts.phone ?? null;
}

/** Sort value of one row for a column; null sorts last whichever the direction. */
function sortValue(row: MatrixRow, key: SortKey): string | number | null {
  if (key === 'app') return row.app;
  if (key === 'response_days') return row.facts.response_days;
  if (key === 'storage_location') return row.facts.storage_location;
  if (key === 'contact') return contactOf(row.facts);
  if (key === 'changes') {
    // Fact changes count double against date-only ones; a first version sorts last.
    const summary = summariseChanges(row.changes);
    return summary === null ? null : summary.kinds.length * 2 + (summary.datesOnly ? 1 : 0);
  }
  return STATUS_RANK[row.cells[key].status];
}

export function sortRows(rows: readonly MatrixRow[], key: SortKey, direction: 1 | -1): MatrixRow[] {
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb === null) return a.app.localeCompare(b.app);
    if (va === null) return 1;
    if (vb === null) return -1;
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'zh');
    return order * direction || a.app.localeCompare(b.app);
  });
}

export const useMatrixStore = defineStore('matrix', () => {
  const matrix = ref<Matrix | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const appFilter = ref('');
  const topicFilter = ref<TopicId | null>(null);
  const sortKey = ref<SortKey>('app');
  const sortDirection = ref<1 | -1>(1);
  /** Keyboard cursor: row index into `rows`, column index into `topics`. */
  const active = ref({ row: 0, col: 0 });

  const topics = computed(() => {
    const all = matrix.value?.topics ?? [];
    return topicFilter.value ? all.filter((t) => t.id === topicFilter.value) : all;
  });
  const rows = computed(() => {
    const needle = appFilter.value.trim().toLowerCase();
    const all = matrix.value?.apps ?? [];
    const kept = needle ? all.filter((r) => r.app.toLowerCase().includes(needle) || r.path.toLowerCase().includes(needle)) : all;
    return sortRows(kept, sortKey.value, sortDirection.value);
  });

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      matrix.value = await api().getMatrix({});
      clampCursor();
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      loading.value = false;
    }
  }

  /** Clicking the sorted column again flips the direction. */
  function sortBy(key: SortKey): void {
    if (sortKey.value === key) sortDirection.value = sortDirection.value === 1 ? -1 : 1;
    else {
      sortKey.value = key;
      // Topics read best with the covered apps first, changes with the most changed first.
      sortDirection.value = key === 'app' || FACT_COLUMN_KEYS.includes(key as FactColumnKey) ? 1 : -1;
    }
  }

  function moveCursor(dRow: number, dCol: number): void {
    active.value = { row: active.value.row + dRow, col: active.value.col + dCol };
    clampCursor();
  }

  function clampCursor(): void {
    const maxRow = Math.max(0, rows.value.length - 1);
    const maxCol = Math.max(0, topics.value.length - 1);
    active.value = {
      row: Math.min(maxRow, Math.max(0, active.value.row)),
      col: Math.min(maxCol, Math.max(0, active.value.col)),
    };
  }

  const activeCell = computed(() => {
    const row = rows.value[active.value.row];
    const topic = topics.value[active.value.col];
    return row && topic ? { row, topic: topic.id } : null;
  });

  return {
    matrix, loading, error, appFilter, topicFilter, sortKey, sortDirection, active, topics, rows, activeCell,
    load, sortBy, moveCursor, clampCursor,
  };
});
