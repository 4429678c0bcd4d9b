// Full-text search; hits grouped by document.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SearchHit } from '../../../shared/types';
import { api, errorMessage } from '../lib/api';

export const SEARCH_LIMIT = 200;

export interface HitGroup {
  documentId: number;
  app: string | null;
  path: string;
  hits: SearchHit[];
  total: number;
}

export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<number, HitGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.documentId);
    if (!group) {
      group = { documentId: hit.documentId, app: hit.app, path: hit.path, hits: [], total: 0 };
      groups.set(hit.documentId, group);
    }
    group.hits.push(hit);
    group.total += hit.hits;
  }
  return [...groups.values()];
}

export const useSearchStore = defineStore('search', () => {
  const query = ref('');
  const lastQuery = ref('');
  const hits = ref<SearchHit[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const groups = computed(() => groupHits(hits.value));

  async function run(text = query.value): Promise<void> {
    const q = text.trim();
    query.value = text;
    if (!q) return;
    loading.value = true;
    error.value = null;
    try {
      hits.value = await api().search(q, SEARCH_LIMIT);
      lastQuery.value = q;
    } catch (e) {
      error.value = errorMessage(e);
      hits.value = [];
    } finally {
      loading.value = false;
    }
  }

  return { query, lastQuery, hits, groups, loading, error, run };
});
