// An app's version timeline and the diff between two chosen versions.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { AppHistory, SectionChange, VersionDiff } from '../../../shared/types';
import { api, errorMessage } from '../lib/api';

export function isMinorChange(change: SectionChange): boolean {
  return change.significance === 'formatting' || change.significance === 'date';
}

export const useHistoryStore = defineStore('history', () => {
  const appId = ref<number | null>(null);
  const history = ref<AppHistory | null>(null);
  const oldId = ref<number | null>(null);
  const newId = ref<number | null>(null);
  const diff = ref<VersionDiff | null>(null);
  const hideMinor = ref(true);
  const current = ref(0);
  const loading = ref(false);
  const error = ref<string | null>(null);

  const changes = computed(() => (diff.value?.changes ?? []).filter((c) => !hideMinor.value || !isMinorChange(c)));

  async function loadApp(id: number): Promise<void> {
    appId.value = id;
    diff.value = null;
    loading.value = true;
    error.value = null;
    try {
      history.value = await api().getHistory(id);
      const versions = history.value.versions;
      // Default to the latest change: the two newest versions.
      oldId.value = versions.length >= 2 ? versions[versions.length - 2].document : null;
      newId.value = versions.length >= 1 ? versions[versions.length - 1].document : null;
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      loading.value = false;
    }
  }

  async function runDiff(): Promise<void> {
    if (oldId.value === null || newId.value === null || oldId.value === newId.value) return;
    loading.value = true;
    error.value = null;
    try {
      diff.value = await api().diffVersions(oldId.value, newId.value);
      current.value = 0;
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      loading.value = false;
    }
  }

  function step(delta: 1 | -1): void {
    const count = changes.value.length;
    if (count === 0) return;
    current.value = (current.value + delta + count) % count;
  }

  function setHideMinor(value: boolean): void {
    hideMinor.value = value;
    current.value = 0;
  }

  return { appId, history, oldId, newId, diff, hideMinor, current, loading, error, changes, loadApp, runDiff, step, setHideMinor };
});
