import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/shared/types';
import { distinctFacts } from '../../../src/renderer/src/lib/facts';

const fact = (kind: Fact['kind'], value: Fact['value'], at: number): Fact => ({ kind, value, start: at, end: at + 5, nstart: at, nend: at + 5, section: 1 });

describe('distinctFacts', () => {
  it('lists a repeated e-mail or response time once with its count, keeping first-seen order', () => {
    const rows = distinctFacts([
      fact('email', 'usupport@ucloud.cn', 0),
      fact('response_time', { days: 30, workdays: false }, 10),
      fact('email', 'usupport@ucloud.cn', 20),
      fact('response_time', { days: 30, workdays: false }, 30),
      fact('response_time', { days: 15, workdays: false }, 40),
      fact('phone', 'usupport@ucloud.cn', 50),
    ], 'zh');
    expect(rows.map((r) => [r.fact.kind, r.text, r.count])).toEqual([
      ['email', 'usupport@ucloud.cn', 2],
      ['response_time', '30 个自然日', 2],
      ['response_time', '15 个自然日', 1],
      ['phone', 'usupport@ucloud.cn', 1],
    ]);
    expect(rows[0].fact.nstart).toBe(0);
  });
});

describe('translateCode', () => {
  it('shows storage codes and the matrix\'s Chinese-formatted columns in the UI language', async () => {
    const { translateCode } = await import('../../../src/renderer/src/lib/facts');
    expect(translateCode('domestic', 'zh')).toBe('境内');
    expect(translateCode('境内', 'en')).toBe('in China');
    expect(translateCode('经同意出境', 'en')).toBe('with consent');
    expect(translateCode('15个工作日', 'en')).toBe('15 workdays');
    expect(translateCode('30日', 'en')).toBe('30 days');
    expect(translateCode('30日', 'zh')).toBe('30日');
    expect(translateCode('usupport@ucloud.cn', 'en')).toBe('usupport@ucloud.cn');
  });
});
