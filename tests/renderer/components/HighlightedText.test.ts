// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import HighlightedText from '../../../src/renderer/src/components/HighlightedText.vue';

describe('HighlightedText', () => {
  it('renders spans as <mark> and markup in the text as plain text', () => {
    const text = '联系我们：<img src=x onerror=alert(1)> 邮箱 privacy@example.com';
    const start = text.indexOf('privacy');
    const wrapper = mount(HighlightedText, { props: { text, spans: [{ start, end: text.length, kind: 'fact', title: 'E-mail' }] } });
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.text()).toBe(text);
    const mark = wrapper.get('mark');
    expect(mark.text()).toBe('privacy@example.com');
    expect(mark.classes()).toContain('mark-fact');
    expect(mark.attributes('title')).toBe('E-mail');
  });

  it('shows only the requested window of the text', () => {
    const wrapper = mount(HighlightedText, { props: { text: '一、范围\n二、收集\n三、存储', from: 5, to: 10 } });
    expect(wrapper.text()).toBe('二、收集');
  });
});
