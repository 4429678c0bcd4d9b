// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand, Settings } from '../../../src/shared/api';
import App from '../../../src/renderer/src/App.vue';
import { useNavStore } from '../../../src/renderer/src/stores/nav';
import { installFakeApi } from '../fake-api';

const stubs = ['LibraryView', 'MatrixView', 'CellDetailView', 'CompareView', 'HistoryView', 'SearchView', 'DocumentView', 'ExportView'];
const empty = { folders: [], documents: [], apps: [] };

function setup(settings: Settings) {
  let listener: ((command: MenuCommand) => void) | undefined;
  window.desktop = { onMenuCommand: (l) => ((listener = l), () => (listener = undefined)), pathForFile: () => '' };
  const saved = { ...settings };
  const api = installFakeApi({
    getSettings: async () => ({ ...saved }),
    setSettings: async (patch) => Object.assign(saved, patch),
    getLibrary: async () => empty,
  });
  const wrapper = mount(App, { global: { stubs: Object.fromEntries(stubs.map((s) => [s, true])) }, attachTo: document.body });
  return { wrapper, api, saved, menu: (c: MenuCommand) => listener!(c) };
}
const navLabel = (w: ReturnType<typeof mount>) => w.get('[data-test="nav-library"]').text();

describe('App frame', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    delete window.desktop;
    document.body.innerHTML = '';
  });

  it('follows the system language until the user picks one from the menu, then saves it', async () => {
    const system = navigator.language.toLowerCase().startsWith('zh') ? '文档库' : 'Library';
    const { wrapper, api, saved, menu } = setup({ language: null, recentFolders: [] });
    await flushPromises();
    expect(navLabel(wrapper)).toBe(system);
    expect(api.setSettings).not.toHaveBeenCalled();
    menu({ command: 'language', arg: 'zh' });
    await flushPromises();
    expect(navLabel(wrapper)).toBe('文档库');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(saved.language).toBe('zh');
    await wrapper.get('[data-test="lang-en"]').trigger('click');
    await flushPromises();
    expect(navLabel(wrapper)).toBe('Library');
    expect(saved.language).toBe('en');
    wrapper.unmount();
  });

  it('uses a saved choice over the system language', async () => {
    const other = navigator.language.toLowerCase().startsWith('zh') ? 'en' : 'zh';
    const { wrapper } = setup({ language: other, recentFolders: [] });
    await flushPromises();
    expect(navLabel(wrapper)).toBe(other === 'zh' ? '文档库' : 'Library');
    wrapper.unmount();
  });

  it('goes back with Escape: a cell to the matrix, a document to the view that opened it', async () => {
    const { wrapper } = setup({ language: 'zh', recentFolders: [] });
    await flushPromises();
    const nav = useNavStore();
    const escape = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    nav.go('matrix');
    nav.openCell({ appId: 1, documentId: 10, topic: 'contact' });
    nav.openDocument(10, 5, 9);
    escape();
    expect(nav.view).toBe('cell');
    escape();
    expect(nav.view).toBe('matrix');
    escape();
    expect(nav.view).toBe('matrix');
    nav.go('search');
    nav.openDocument(10);
    escape();
    expect(nav.view).toBe('search');
    wrapper.unmount();
  });
});
