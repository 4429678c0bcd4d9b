import { describe, expect, it } from 'vitest';
import { clipWidth, displayWidth, fitWidth, terminalSafe } from '../../../src/main/cli/text-width';

describe('terminal text width', () => {
  it('counts CJK and full-width characters as two cells, combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('小米贷款')).toBe(8);
    expect(displayWidth('１５个工作日')).toBe(12);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('pads and clips by display width, never splitting past the column', () => {
    expect(fitWidth('境内', 6)).toBe('境内  ');
    expect(displayWidth(fitWidth('陕西养老保险APP', 10))).toBe(10);
    expect(clipWidth('陕西养老保险APP', 10)).toBe('陕西养老…');
    expect(displayWidth(fitWidth('中文', 3))).toBe(3);
    expect(fitWidth('ab', 2)).toBe('ab');
  });

  it('drops control characters that could rewrite the terminal', () => {
    expect(terminalSafe('app\u001b[2J\nname\u0007')).toBe('app [2J name');
  });
});
