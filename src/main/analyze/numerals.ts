// Chinese and Latin numerals as written in policies (`十五`, `二十一`, `１５`, `IV`).
const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Numerals as written on cheques (`壹`, `貳`, `拾`): Taiwan's documents number their chapters so, over `一、`. */
export const FORMAL_NUMERAL_CLASS = '壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';
export const ZH_NUMERAL_CLASS = `零〇一二三四五六七八九两十百千${FORMAL_NUMERAL_CLASS}`;

/** Value of a Chinese numeral up to 9999 (`十五` → 15, `二十` → 20, `一百零五` → 105), or NaN. */
export function parseChineseNumeral(s: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in UNIT) {
      total += (digit < 0 ? 1 : digit) * UNIT[ch];
      digit = -1;
    } else return NaN;
  }
  if (digit >= 0) total += digit;
  return s.length ? total : NaN;
}

/** Arabic (ASCII or full-width) or Chinese numeral → number, NaN otherwise. */
export function parseNumber(s: string): number {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(ascii);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Roman numeral (I–CXC) → number, NaN otherwise. */
export function parseRoman(s: string): number {
  let total = 0;
  const up = s.toUpperCase();
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i]];
    if (!v) return NaN;
    const next = ROMAN[up[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
