// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/types';
import { language } from '../../../src/renderer/src/i18n';
import { useNavStore } from '../../../src/renderer/src/stores/nav';
import SearchView from '../../../src/renderer/src/views/SearchView.vue';
import { installFakeApi } from '../fake-api';

const snippet = '您的个人信息将存储在中华人民共和国境内。';
const hit = (documentId: number, app: string): SearchHit => ({
  documentId, path: `/p/${app}.txt`, app, section: '信息存储', snippet,
  markStart: snippet.indexOf('境内'), markEnd: snippet.indexOf('境内') + 2, start: 300, end: 302, hits: 2,
});

describe('SearchView', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    language.value = 'zh';
  });

  it('groups results by document, marks the match, and opens the document at the hit', async () => {
    const api = installFakeApi({ search: async () => [hit(1, '微信'), hit(2, '抖音')] });
    const wrapper = mount(SearchView);
    await wrapper.get('[data-test="search-input"]').setValue('境内');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.search).toHaveBeenCalledWith('境内', 200);
    expect(wrapper.findAll('[data-test="search-group"]')).toHaveLength(2);
    expect(wrapper.findAll('mark').map((m) => m.text())).toEqual(['境内', '境内']);
    await wrapper.findAll('[data-test="search-hit"]')[1].trigger('click');
    const nav = useNavStore();
    expect(nav.view).toBe('document');
    expect(nav.document).toEqual({ documentId: 2, start: 300, end: 302 });
  });

  it('says when nothing matched', async () => {
    installFakeApi({ search: async () => [] });
    const wrapper = mount(SearchView);
    await wrapper.get('[data-test="search-input"]').setValue('区块链');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('没有找到“区块链”');
  });
});
