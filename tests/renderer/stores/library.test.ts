// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexProgress, LibraryState } from '../../../src/shared/types';
import { POLL_MS, useLibraryStore } from '../../../src/renderer/src/stores/library';
import { installFakeApi } from '../fake-api';

const progress = (state: IndexProgress['state'], done: number, current: string | null = null): IndexProgress => ({
  jobId: 7, state, done, total: 3, current, error: null,
  summary: state === 'done' ? { documents: 3, indexed: 2, skipped: 0, removed: 0, failed: [{ path: '/p/bad.pdf', error: 'PDF has no text layer (scanned?)' }], ms: 10 } : null,
});
const library: LibraryState = {
  folders: ['/p'],
  apps: [{ id: 1, name: '微信', versions: [1], latest: 1 }],
  documents: [
    { id: 1, path: '/p/wx.txt', folder: '/p', format: 'txt', encoding: 'gb18030', size: 10, status: 'ok', error: null, app: '微信', appId: 1, version: 1, versionDate: null, language: 'zh', indexedAt: '' },
    { id: 2, path: '/p/bad.pdf', folder: '/p', format: 'pdf', encoding: null, size: 10, status: 'failed', error: 'PDF has no text layer (scanned?)', app: null, appId: null, version: null, versionDate: null, language: null, indexedAt: '' },
  ],
};

describe('library store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('picks a folder, polls progress every 200 ms until done, then reloads the library', async () => {
    const api = installFakeApi({
      chooseFolder: async () => '/p',
      indexFolder: async () => progress('running', 0),
      getLibrary: async () => library,
    });
    api.indexProgress.mockResolvedValueOnce(progress('running', 1, '/p/wx.txt')).mockResolvedValueOnce(progress('done', 3));
    const store = useLibraryStore();
    await store.openFolder();
    expect(api.indexFolder).toHaveBeenCalledWith('/p');
    expect(store.indexing).toBe(true);
    await vi.advanceTimersByTimeAsync(POLL_MS - 1);
    expect(api.indexProgress).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(store.progress?.current).toBe('/p/wx.txt');
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(api.indexProgress).toHaveBeenCalledTimes(2);
    expect(store.indexing).toBe(false);
    await vi.runAllTimersAsync();
    expect(api.getLibrary).toHaveBeenCalledTimes(1);
    expect(store.indexed.map((d) => d.app)).toEqual(['微信']);
    expect(store.failed.map((d) => d.error)).toEqual(['PDF has no text layer (scanned?)']);
    await vi.advanceTimersByTimeAsync(POLL_MS * 5);
    expect(api.indexProgress).toHaveBeenCalledTimes(2);
  });

  it('does nothing when the picker is cancelled; cancel stops the job', async () => {
    const api = installFakeApi({ chooseFolder: async () => null, cancelIndex: async () => progress('cancelled', 1), getLibrary: async () => library });
    const store = useLibraryStore();
    await store.openFolder();
    expect(api.indexFolder).not.toHaveBeenCalled();
    api.indexFolder.mockResolvedValue(progress('running', 0));
    api.indexProgress.mockResolvedValue(progress('running', 1));
    await store.openFolder('/p');
    await store.cancel();
    expect(api.cancelIndex).toHaveBeenCalledWith(7);
    expect(store.progress?.state).toBe('cancelled');
  });

  it('shows the user part of an IPC error', async () => {
    installFakeApi({
      indexFolder: async () => {
        throw new Error("Error invoking remote method 'library/index': Error: PolicyLensError: folder not found: /nope");
      },
    });
    const store = useLibraryStore();
    await store.openFolder('/nope');
    expect(store.error).toBe('folder not found: /nope');
  });
});
