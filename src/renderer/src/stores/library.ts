// Opened folders, indexed documents, and the running indexing job (polled every ~200 ms).
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { IndexProgress, LibraryState } from '../../../shared/types';
import { api, errorMessage } from '../lib/api';

export const POLL_MS = 200;

export const useLibraryStore = defineStore('library', () => {
  const state = ref<LibraryState>({ folders: [], documents: [], apps: [] });
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<string | null>(null);
  const progress = ref<IndexProgress | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners: (() => void)[] = [];

  const indexing = computed(() => progress.value?.state === 'running');
  const failed = computed(() => state.value.documents.filter((d) => d.status === 'failed'));
  const indexed = computed(() =>
    state.value.documents
      .filter((d) => d.status === 'ok')
      .sort((a, b) => (a.app ?? '').localeCompare(b.app ?? '') || (a.version ?? 0) - (b.version ?? 0)),
  );

  async function refresh(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      state.value = await api().getLibrary();
      loaded.value = true;
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      loading.value = false;
    }
  }

  /** Opens (indexes) a folder; without one, asks with the native picker. */
  async function openFolder(folder?: string): Promise<void> {
    error.value = null;
    try {
      const chosen = folder ?? (await api().chooseFolder());
      if (!chosen) return;
      progress.value = await api().indexFolder(chosen);
      watchJob();
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  function watchJob(): void {
    stopPolling();
    if (!progress.value) return;
    if (progress.value.state !== 'running') {
      void finished();
      return;
    }
    const jobId = progress.value.jobId;
    timer = setTimeout(async () => {
      timer = null;
      try {
        progress.value = await api().indexProgress(jobId);
        watchJob();
      } catch (e) {
        error.value = errorMessage(e);
      }
    }, POLL_MS);
  }

  async function finished(): Promise<void> {
    await refresh();
    for (const listener of listeners) listener();
  }

  async function cancel(): Promise<void> {
    if (!progress.value || progress.value.state !== 'running') return;
    try {
      progress.value = await api().cancelIndex(progress.value.jobId);
      watchJob();
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  function stopPolling(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  /** Reveals a file in the system file manager; errors land in `error`. */
  async function reveal(path: string): Promise<void> {
    try {
      await api().showInFolder(path);
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  /** Other stores reload their data when an indexing job ends. */
  function onIndexed(listener: () => void): void {
    listeners.push(listener);
  }

  return { state, loading, loaded, error, progress, indexing, failed, indexed, refresh, openFolder, cancel, reveal, stopPolling, onIndexed };
});
