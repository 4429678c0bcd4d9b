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
