// A chapter the numbering says is there: `8、我们可能向您发送的邮件和信息` … `10、隐私政策的适用范围` with the line between
// them opening `9、我们的服务可能包括或链接至第三方提供的社交媒体或其他服务(包括网站)。例如:` — a sentence the title
// rules turn down, yet the ninth chapter.
import { isHeadingLike, readHeading } from './headings';
import type { Line } from './lines';
import type { Accepted } from './listHeadings';

/**
 * Headings with the gap in a numbering filled: between two headings of one scheme numbered n and n + 2, the one line of
 * that scheme (none other stands between them, so it is no item of a list restarting there) numbered n + 1.
 */
export function fillNumberingGaps(lines: readonly Line[], heads: readonly Accepted[], skip: ReadonlySet<number>): Accepted[] {
  // Only the chapters: the numbering the headings open with, run through at least four of them. (Under a chapter, the
  // items of a list of titles may well hold a sentence: `1. 设备信息` / `2. IP地址。` / `3. 位置信息`.)
  const chapters = heads.find((h) => h.numbered)?.scheme;
  if (!chapters || heads.filter((h) => h.scheme === chapters).length < 4) return [...heads];
  const added: Accepted[] = [];
  let before: Accepted | null = null;
  for (const h of heads) {
    if (h.scheme !== chapters) continue;
    const prev = before;
    before = h;
    if (!prev || h.value !== prev.value + 2) continue;
    const gap = gapLine(lines, prev, h, skip);
    if (gap) added.push(gap);
  }
  return added.length ? [...heads, ...added].sort((a, b) => a.line - b.line) : [...heads];
}

function gapLine(lines: readonly Line[], before: Accepted, after: Accepted, skip: ReadonlySet<number>): Accepted | null {
  let found: Accepted | null = null;
  for (let i = (before.lastLine ?? before.line) + 1; i < after.line; i++) {
    const text = lines[i].text;
    if (!text || skip.has(i)) continue;
    const c = readHeading(text, -1);
    if (!c || c.scheme !== before.scheme) continue;
    if (found || c.value !== before.value + 1) return null;
    // `二、我行如何使用Cookie和同类技术 (一)Cookie 为确保…`: a title with its body run in after a space.
    const runIn = /^(\S{2,40}?)\s+(\S.*)$/.exec(c.title);
    if (runIn && /[\u4e00-\u9fff]/.test(runIn[1]) && isHeadingLike(runIn[1], true, 32)) found = { ...c, title: runIn[1], runInBody: runIn[2], line: i, listOnly: false };
    // The line as it is, a sentence or a bare `7、` over its body (a chapter whose title the page lost); not a paragraph
    // numbered among titles, `2. 为便于我们为您提供服务,您需要提供基本注册信息…。`.
    else if (c.title.length <= 64 && !/[。.!！?？;；]$/.test(c.title)) found = { ...c, line: i, listOnly: false };
    else return null;
  }
  return found;
}
