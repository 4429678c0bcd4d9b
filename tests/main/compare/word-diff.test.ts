import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../src/main/compare';
import type { DiffOp } from '../../../src/shared/types';
import { hasShared, seed } from '../../helpers/paths';

const side = (ops: DiffOp[], drop: '+' | '-') => ops.filter((o) => o.op !== drop).map((o) => o.text).join('');
const changed = (ops: DiffOp[]) => ops.filter((o) => o.op !== '=');

describe.skipIf(!hasShared)('wordDiff on real policy text', () => {
  it('rebuilds both texts and isolates edits at the start, middle and end of a seed', () => {
    const text = readFileSync(seed(0), 'utf8');
    const mid = text.indexOf('十五个工作日');
    const edits: [string, string][] = [
      [text, text.replace('十五个工作日', '三十个工作日')],
      [text, `前言。${text}`],
      [text, `${text}附则。`],
      [text, text.slice(0, mid) + text.slice(mid + 6)],
      ['', '新增一句。'],
      ['同意。', '不同意。'],
    ];
    for (const [a, b] of edits) {
      const ops = wordDiff(a, b);
      expect(side(ops, '+')).toBe(a);
      expect(side(ops, '-')).toBe(b);
    }
    const one = changed(wordDiff(...edits[0]));
    expect(one.map((o) => o.text).join('|')).toMatch(/^(十五\|三十|十五个\|三十个)$/);
    expect(changed(wordDiff(...edits[1]))).toEqual([{ op: '+', text: '前言。' }]);
    expect(changed(wordDiff(...edits[2]))).toEqual([{ op: '+', text: '附则。' }]);
  });

  it('keeps word boundaries inside the edited sentence', () => {
    const ops = wordDiff('我们将在十五天内回复。其他内容不变。', '我们将在三十天内回复。其他内容不变。');
    expect(changed(ops).map((o) => o.text)).toEqual(['十五', '三十']);
    expect(ops[ops.length - 1].text.endsWith('回复。其他内容不变。')).toBe(true);
  });
});
