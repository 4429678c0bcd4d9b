// A text whose line breaks were lost runs its numbered titles on in mid-line: a page of plain text in one `<div>` copied as the
// browser shows it, a PDF extracted without breaks (`…请特别关注。 1 我们如何收集和使用个人信息 1.1 帐号服务 1.1.1 注册、登录 当你注册…`).
// Such a line is read as the lines it lost, each numbered title opening one; the text itself is left as it is. (Chinese text
// only: OPP-115's long English paragraphs, `…policy. 3. Cookies We use…`, read better whole, fold 0 −.0005.)
import { skipSpace, trimSpaceEnd, type Line } from './lines';

/** Only a line this long is looked into: a paragraph's inline list (`…如下: 1、… 2、…`) stays whole. */
const LONG_LINE = 1000;
/** …and only one with this many titles in it. */
const MIN_TITLES = 3;
/** A numbered title set off by spaces (or, a chapter's, right after a full stop, `…网络游戏。九、信息存储与信息安全 一般而言…`): the number, a short
 * title without stops (a colon may close it, `一.功能说明：`), a space before the body (or the next title). */
const MID_LINE_TITLE = /(?:\s+|(?<=[。；;！!？?])(?=[一二三四五六七八九十]{1,3}、))(?=((?:\d{1,2}(?:\.\d{1,2}){0,3}[.、．]?|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s?[\u4e00-\u9fffA-Za-z][^\s。，,；;：:！!？?]{1,23}[：:]?)\s)/g;
/** Where a title may open: after a finished sentence… */
const SENTENCE_END = /[。；;！!？?）)」』】]/;
/** …or after another title this close (`1 我们如何收集和使用个人信息 1.1 帐号服务`)… */
const AFTER_TITLE = 32;
/** …or anywhere, a chapter's (`…联系邮箱282718645@QQ.com 六.未成年人个人信息保护 若您是…`). */
const CHAPTER = /^[一二三四五六七八九十]{1,3}[、.．]/;

export function splitFlattenedLines(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.length >= LONG_LINE)) return lines;
  return lines.flatMap((l) => (l.text.length >= LONG_LINE ? splitLine(l) : [l]));
}

function splitLine(line: Line): Line[] {
  // Where each piece starts: a title, and the body after it (the title on a line of its own, as the page showed it).
  const starts: number[] = [];
  let last = 0;
  for (const m of line.text.matchAll(MID_LINE_TITLE)) {
    const at = m.index;
    if (!SENTENCE_END.test(line.text.charAt(at - 1)) && at - last > AFTER_TITLE && !CHAPTER.test(m[1])) continue;
    const title = at + m[0].length;
    starts.push(title, skipSpace(line.text, title + m[1].length, line.text.length));
    last = title;
  }
  if (starts.length < MIN_TITLES * 2) return [line];
  const cuts = [...new Set([0, ...starts])].filter((a) => a < line.text.length).sort((a, b) => a - b);
  return cuts.map((from, k) => {
    const to = trimSpaceEnd(line.text, from, k + 1 < cuts.length ? cuts[k + 1] : line.text.length);
    const a = line.textStart + from;
    return { start: k === 0 ? line.start : a, end: k + 1 === cuts.length ? line.end : line.textStart + to, text: line.text.slice(from, to), textStart: a };
  });
}
