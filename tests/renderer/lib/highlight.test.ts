import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/renderer/src/lib/highlight';

describe('segmentText', () => {
  const text = '我们将在15个工作日内答复，联系邮箱privacy@example.com。';

  it('cuts the text at span edges and keeps every character once', () => {
    const start = text.indexOf('15个工作日');
    const segs = segmentText(text, [{ start, end: start + 6, kind: 'fact' }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.marks.length).map((s) => s.text)).toEqual(['15个工作日']);
  });

  it('splits overlapping spans into nested pieces and clips to the window', () => {
    const a = text.indexOf('privacy');
    const segs = segmentText(text, [
      { start: a, end: a + 19, kind: 'fact' },
      { start: a + 8, end: a + 30, kind: 'target' },
    ], 0, a + 15);
    expect(segs.map((s) => s.text).join('')).toBe(text.slice(0, a + 15));
    const both = segs.find((s) => s.marks.length === 2)!;
    expect(both.text).toBe(text.slice(a + 8, a + 15));
  });

  it('ignores empty and out-of-range spans', () => {
    expect(segmentText('abc', [{ start: 2, end: 2, kind: 'x' }, { start: 5, end: 9, kind: 'x' }])).toEqual([{ text: 'abc', start: 0, marks: [] }]);
  });
});
