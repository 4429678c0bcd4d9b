// Side-by-side comparison of 2–4 apps on one topic.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { TopicId } from '../../../shared/taxonomy';
import type { AlignedRow, Comparison } from '../../../shared/types';
import { api, errorMessage } from '../lib/api';

export const MAX_COMPARE = 4;
/** A clause found in at least this share of all documents is boilerplate. */
export const BOILERPLATE_SHARE = 0.3;

export type ClauseRole = 'boilerplate' | 'unique' | 'shared';

/** A clause only one compared app has is unique; a common one across the corpus is boilerplate. */
export function clauseRole(row: AlignedRow, index: number): ClauseRole | null {
  const cell = row.cells[index];
  if (!cell) return null;
  if (cell.frequency >= BOILERPLATE_SHARE && cell.documents > 1) return 'boilerplate';
  const present = row.cells.filter((c) => c !== null).length;
  return present === 1 && row.cells.length > 1 ? 'unique' : 'shared';
}

export const useCompareStore = defineStore('compare', () => {
  const topic = ref<TopicId>('cookies');
  const documentIds = ref<number[]>([]);
  const comparison = ref<Comparison | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  const ready = computed(() => documentIds.value.length >= 2 && documentIds.value.length <= MAX_COMPARE);

  function toggle(documentId: number): void {
    if (documentIds.value.includes(documentId)) documentIds.value = documentIds.value.filter((id) => id !== documentId);
    else if (documentIds.value.length < MAX_COMPARE) documentIds.value = [...documentIds.value, documentId];
  }

  async function run(): Promise<void> {
    if (!ready.value) return;
    loading.value = true;
    error.value = null;
    try {
      comparison.value = await api().compareTopic(topic.value, [...documentIds.value]);
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      loading.value = false;
    }
  }

  return { topic, documentIds, comparison, loading, error, ready, toggle, run };
});
