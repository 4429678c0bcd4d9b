import { isHan } from './han';
import type { NormalizedText } from './normalize';
import { replaceSpans, type Span } from './spans';

/**
 * Chinese text from a PDF whose line breaks were turned into spaces (`…我们可能会收集和使 用您的相关信息…`,
 * `上海莉莉 丝网络科技有限公司`): the spaces fall a line's width apart, inside words and names. Such a text
 * loses them; any other keeps every space. The test is the grid: most spaces between two Han characters stand a
 * whole number of line widths from their line's start or from the one before, for one width between 25 and 80
 * characters. Spaces a text puts around emphasised words or between a table's cells do not keep to one width.
 */
const MIN_WIDTH = 25;
const MAX_WIDTH = 80;
/** How far from a multiple of the width a wrap may fall: half-width digits and punctuation shift a line's end. */
const SLACK = 2;
/** A width must explain this many spaces, and this share of them, before any is dropped. */
const MIN_ON_GRID = 20;
const MIN_SHARE = 0.35;

/** Punctuation a Chinese sentence has next to its characters (after NFKC: `，（）：；` are ASCII by then). */
function isChinesePunctuation(c: number): boolean {
  return (c >= 0x3001 && c <= 0x3011) || (c >= 0x2018 && c <= 0x201d) || c === 0x2c || c === 0x28 || c === 0x29 || c === 0x3a || c === 0x3b;
}

/** A single space with a Han character on one side and a Han character or Chinese punctuation on the other. */
function isJoinSpace(u: string, k: number): boolean {
  if (k === 0 || k + 1 >= u.length) return false;
  const a = u.charCodeAt(k - 1);
  const b = u.charCodeAt(k + 1);
  return (isHan(a) && (isHan(b) || isChinesePunctuation(b))) || (isHan(b) && isChinesePunctuation(a));
}

const NUMBER = String.raw`(?:\d{1,2}(?:\.\d{1,2})*[.、)]?|\(?[一二三四五六七八九十]{1,3}[)、.]|\(\d{1,2}\)|第[一二三四五六七八九十百\d]+(?:章|节|条|部分))`;
/**
 * A space that may be a line break the author made: after a numbered title at the line's start (`2. 转让 我们不会…`, a
 * heading run in before its body) or after an item's number (`…身份认证: 1) 当您注册…`). Such a space stays.
 */
const TITLE_BEFORE = new RegExp(String.raw`^\s*${NUMBER}\s*[^\s,。;:、]{1,24}:?$`);
const NUMBER_BEFORE = new RegExp(String.raw`(?:^|[\s:。;,])${NUMBER}$`);

interface Candidate {
  fromLineStart: number;
  /** Distance from the line's previous Han–Han space; -1 for its first. */
  fromPrevious: number;
}

/** A paragraph wraps at most this many times between two Han–Han spaces (farther apart, the grid explains anything). */
const MAX_LINES_APART = 8;

function onGrid(v: number, width: number): boolean {
  if (v < width - SLACK || v > MAX_LINES_APART * width + SLACK) return false;
  return Math.abs(v - Math.round(v / width) * width) <= SLACK;
}

/** The line width the Han–Han spaces keep to, or 0 when they keep to none. */
function wrapWidth(spaces: readonly Candidate[]): number {
  let best = 0;
  let bestCount = 0;
  for (let width = MIN_WIDTH; width <= MAX_WIDTH; width++) {
    let count = 0;
    for (const c of spaces) if (onGrid(c.fromLineStart, width) || onGrid(c.fromPrevious, width)) count++;
    if (count > bestCount) [best, bestCount] = [width, count];
  }
  return bestCount >= MIN_ON_GRID && bestCount >= MIN_SHARE * spaces.length ? best : 0;
}

/** The line around each space, found walking forwards (a text of one long line has thousands of spaces). */
function* spacesWithLines(u: string): Generator<{ at: number; lineStart: number; lineEnd: number }> {
  let lineStart = 0;
  let lineEnd = u.indexOf('\n');
  for (let k = u.indexOf(' '); k >= 0; k = u.indexOf(' ', k + 1)) {
    while (lineEnd >= 0 && lineEnd < k) {
      lineStart = lineEnd + 1;
      lineEnd = u.indexOf('\n', lineStart);
    }
    yield { at: k, lineStart, lineEnd: lineEnd < 0 ? u.length : lineEnd };
  }
}

function hanHanSpaces(u: string): Candidate[] {
  const found: Candidate[] = [];
  let previous = -1;
  for (const { at, lineStart } of spacesWithLines(u)) {
    if (previous < lineStart) previous = -1;
    if (at > lineStart && isHan(u.charCodeAt(at - 1)) && at + 1 < u.length && isHan(u.charCodeAt(at + 1))) {
      found.push({ fromLineStart: at - lineStart, fromPrevious: previous < 0 ? -1 : at - previous });
      previous = at;
    }
  }
  return found;
}

/** `u` without the spaces its lost line breaks left, when it has them; offsets follow. */
export function dropWrapSpaces(u: string, off: Int32Array): NormalizedText {
  if (!u.includes(' ')) return { text: u, offsets: off };
  const width = wrapWidth(hanHanSpaces(u));
  if (!width) return { text: u, offsets: off };
  const dropped: Span[] = [];
  for (const { at, lineStart, lineEnd } of spacesWithLines(u)) {
    // A line no longer than the width never wrapped: its spaces are the author's (`第一条 总则`).
    if (lineEnd - lineStart <= width - SLACK || !isJoinSpace(u, at)) continue;
    const before = u.slice(lineStart, at);
    if (TITLE_BEFORE.test(before) || NUMBER_BEFORE.test(before)) continue;
    dropped.push({ at, length: 1 });
  }
  return replaceSpans(u, off, dropped, '');
}
