// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { language } from '../../../src/renderer/src/i18n';
import { useNavStore } from '../../../src/renderer/src/stores/nav';
import MatrixView from '../../../src/renderer/src/views/MatrixView.vue';
import { installFakeApi, matrixOf, row } from '../fake-api';

describe('MatrixView', () => {
  afterEach(() => vi.restoreAllMocks());
  beforeEach(() => {
    // happy-dom has no layout; give the scroll container a real size so the virtualiser renders rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
    setActivePinia(createPinia());
    language.value = 'zh';
  });

  it('draws status cells, fact chips and a legend, and opens a cell with the keyboard', async () => {
    installFakeApi({
      getMatrix: async () => matrixOf([
        row(1, '微信', ['scope', 'cookies'], { storage_location: 'domestic', response_time: '15 个工作日', email: 'privacy@tencent.com' }),
        row(2, '抖音', ['scope']),
      ]),
    });
    const wrapper = mount(MatrixView, { attachTo: document.body });
    await flushPromises();
    const rows = wrapper.findAll('[data-test="matrix-row"]');
    expect(rows).toHaveLength(2);
    // Sorted by app name in Chinese collation (pinyin): 抖音 (dou) before 微信 (wei).
    rows.reverse();
    expect(rows[0].text()).toContain('微信');
    expect(rows[0].text()).toContain('境内');
    expect(rows[0].text()).toContain('15 个工作日');
    expect(rows[0].text()).toContain('privacy@tencent.com');
    expect(rows[0].get('[data-topic="cookies"]').attributes('data-status')).toBe('present');
    expect(rows[1].get('[data-topic="cookies"]').attributes('data-status')).toBe('absent');
    expect(wrapper.get('.legend').text()).toContain('未涉及');

    const grid = wrapper.get('[data-test="matrix"]');
    await grid.trigger('keydown', { key: 'ArrowRight' });
    await grid.trigger('keydown', { key: 'ArrowDown' });
    expect(wrapper.findAll('.cell.active')).toHaveLength(1);
    await grid.trigger('keydown', { key: 'Enter' });
    const nav = useNavStore();
    expect(nav.view).toBe('cell');
    expect(nav.cell).toEqual({ appId: 1, documentId: 10, topic: 'collection' });
    wrapper.unmount();
  });

  it('shows the empty state when nothing is indexed, and the error with retry', async () => {
    const api = installFakeApi({ getMatrix: async () => matrixOf([]) });
    const wrapper = mount(MatrixView);
    await flushPromises();
    expect(wrapper.text()).toContain('尚无已索引的应用');
    api.getMatrix.mockRejectedValueOnce(new Error('PolicyLensError: the library database is corrupt'));
    setActivePinia(createPinia());
    const failing = mount(MatrixView);
    await flushPromises();
    expect(failing.get('[role="alert"]').text()).toContain('the library database is corrupt');
  });
});
