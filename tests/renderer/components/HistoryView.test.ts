// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { VersionDiff } from '../../../src/shared/types';
import { language } from '../../../src/renderer/src/i18n';
import { useHistoryStore } from '../../../src/renderer/src/stores/history';
import HistoryView from '../../../src/renderer/src/views/HistoryView.vue';
import { installFakeApi } from '../fake-api';

const diff: VersionDiff = {
  old: { id: 11, path: '/u1.md', app: 'UCloud', date: '2024-09-20' },
  new: { id: 12, path: '/u2.md', app: 'UCloud', date: '2025-11-27' },
  factChanges: [{ kind: 'response_time', old: '15 个工作日', new: '10 个工作日' }],
  summary: [],
  changes: [
    { kind: 'modified', significance: 'substantive', topics: ['contact'], oldSection: '联系我们', newSection: '联系我们', old: null, new: null, summary: '',
      ops: [{ op: '=', text: '将在' }, { op: '-', text: '15' }, { op: '+', text: '10' }, { op: '=', text: '个工作日内答复' }] },
    { kind: 'moved', significance: 'wording', topics: ['sdk'], oldSection: '第三方SDK', newSection: '附录：第三方SDK', old: null, new: null, summary: '', ops: [{ op: '=', text: 'SDK 列表' }] },
    { kind: 'modified', significance: 'date', topics: ['updates'], oldSection: '更新日期', newSection: '更新日期', old: null, new: null, summary: '', ops: [{ op: '-', text: '2024' }, { op: '+', text: '2025' }] },
  ],
};

describe('HistoryView', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    language.value = 'zh';
  });

  it('puts fact changes first, shows word-level ops and moves, and steps with n / k', async () => {
    installFakeApi({
      getLibrary: async () => ({ folders: ['/p'], documents: [], apps: [{ id: 5, name: 'UCloud', versions: [11, 12], latest: 12 }] }),
      getHistory: async () => ({ app: 'UCloud', appId: 5, versions: [11, 12].map((d, i) => ({ document: d, path: `/${d}`, version: i + 1, date: null, changeCount: null, substantiveCount: null, factChanges: [] })) }),
      diffVersions: async () => diff,
    });
    const wrapper = mount(HistoryView, { attachTo: document.body });
    await flushPromises();
    const facts = wrapper.get('[data-test="fact-changes"]');
    expect(facts.text()).toContain('答复期限');
    expect(facts.get('del').text()).toBe('15 个工作日');
    expect(facts.get('ins').text()).toBe('10 个工作日');
    const changes = wrapper.findAll('[data-test="change"]');
    expect(changes).toHaveLength(2);
    expect(changes[0].get('.change-text del').text()).toBe('15');
    expect(changes[0].get('.change-text ins').text()).toBe('10');
    expect(wrapper.get('[data-test="moved"]').text()).toContain('附录：第三方SDK');

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n' }));
    await flushPromises();
    expect(useHistoryStore().current).toBe(1);
    expect(wrapper.findAll('[data-test="change"]')[1].classes()).toContain('current');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
    expect(useHistoryStore().current).toBe(0);

    await wrapper.get('[data-test="hide-minor"]').setValue(false);
    expect(wrapper.findAll('[data-test="change"]')).toHaveLength(3);
    // Right after toggling the checkbox, focus is on it: n must still step (a text field would swallow it).
    wrapper.get('[data-test="hide-minor"]').element.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    expect(useHistoryStore().current).toBe(1);
    wrapper.unmount();
  });
});
