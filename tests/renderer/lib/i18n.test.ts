import { describe, expect, it } from 'vitest';
import { detectLanguage, language, messages, t, topicLabel } from '../../../src/renderer/src/i18n';

describe('i18n', () => {
  it('follows navigator.language: zh-* is Chinese, everything else English', () => {
    expect(detectLanguage('zh-CN')).toBe('zh');
    expect(detectLanguage('zh-TW')).toBe('zh');
    expect(detectLanguage('en-US')).toBe('en');
    expect(detectLanguage(undefined)).toBe('en');
  });

  it('has every key in both languages and fills parameters', () => {
    expect(Object.keys(messages.zh).sort()).toEqual(Object.keys(messages.en).sort());
    for (const value of Object.values(messages.zh)) expect(value.trim()).not.toBe('');
    language.value = 'zh';
    expect(t('library.progress', { done: 3, total: 7 })).toBe('3 / 7 个文件');
    expect(topicLabel('cookies')).toBe('Cookie及同类技术');
    language.value = 'en';
    expect(t('library.progress', { done: 3, total: 7 })).toBe('3 of 7 files');
    expect(topicLabel('cookies')).toBe('Cookies & tracking');
  });
});
