import type { DocumentFormat } from '../../shared/types';
import { readFrontMatter } from './markdown';
import { isHan } from './han';
import { normalizeChars } from './normalize-chars';
import { replaceSpans, type Span } from './spans';
import { dropWrapSpaces } from './wrapSpaces';

export interface NormalizedText {
  text: string;
  /** offsets[i] = index in the source of text[i]; offsets[text.length] = source.length. */
  offsets: Int32Array;
}


/** Private-use glyphs that Wingdings/Symbol bullets become when a PDF is converted to text. */
const PUA_BULLETS = new Set([0xf06c, 0xf0b7, 0xf0a7, 0xf0d8, 0xf076, 0xf0fc, 0xf0a8, 0xf06e, 0xf075, 0xf09f]);

/** A line that starts a list item, a numbered heading, a table row or a markdown block: never joined onto the line above. */
const BLOCK_START =
  /^(?:[#>|*+•·▪●◆■□○◇◎★☆※=\-]|\d|[(（][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+[、.．]|第[一二三四五六七八九十百千\d]+[章节條条部分篇]|[【〔「]|[A-Za-z][.)]\s)/;
/** A numbered or bracketed heading shape on the line above; such a line must be long to count as wrapped prose. */
const HEADING_SHAPE = /^(?:[#【]|\d+(?:\\?\.\d+)*\\?[.、．\s]|[(（]?[一二三四五六七八九十百]+[)）、.．]|第[一二三四五六七八九十百千\d]+[章节條条部分篇])/;

function hasHan(u: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isHan(u.charCodeAt(k))) return true;
  return false;
}
function isLatinAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}
function isWide(c: number): boolean {
  return isHan(c) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x201d);
}

function prefix(u: string, a: number, b: number, n = 16): string {
  return u.slice(a, Math.min(b, a + n));
}

/** Space a line may be set in by (an HTML page's `&emsp;`, a text's ideographic indent). */
const INDENT: ReadonlySet<number> = new Set([0x20, 0x09, 0xa0, 0x3000]);

/** A field's label opening a line: `联系邮箱:`, `使用目的：`, `Email:`. */
const FIELD_LABEL = /^[\u4e00-\u9fa5A-Za-z]{2,8}\s?[:：]/;

/** Whether a line holds two or more `|` (a table row). */
function pipeCells(u: string, a: number, b: number): boolean {
  let pipes = 0;
  // (Within the line only: `indexOf` would run on through the rest of a large text for every line.)
  for (let k = a; k < b && pipes < 2; k++) if (u.charCodeAt(k) === 0x7c) pipes++;
  return pipes >= 2;
}

/**
 * Whether line `next` continues the sentence that line `prev` broke off (a PDF hard wrap).
 * Conservative: the previous line must be long and end mid-sentence, the next must not start
 * a list item, heading or table row, and must not be a setext heading itself.
 */
function continuesSentence(u: string, pa: number, pb: number, na: number, nb: number, nextIsUnderline: boolean): boolean {
  // The line above is read from its first mark: an indented `  (二)开展内部数据分析…` is as much a heading as one set flush.
  while (pa < pb && INDENT.has(u.charCodeAt(pa))) pa++;
  const last = u.charCodeAt(pb - 1);
  const first = u.charCodeAt(na);
  const cjk = isHan(last) || isHan(first);
  // A line without a Han character (`Apkid:com.x.y` over `隐私政策`) is no wrapped Chinese sentence.
  if (cjk && !isHan(last) && !hasHan(u, pa, pb)) return false;
  const prevLen = pb - pa;
  if (prevLen < (cjk ? 30 : 50) || nextIsUnderline) return false;
  const endsOpen = isHan(last) || isLatinAlnum(last) || last === 0x2c || last === 0x3001 || last === 0x201c || last === 0x28 || last === 0x300a;
  if (!endsOpen) return false;
  const p = prefix(u, pa, pb);
  if (p.startsWith('#') || p.startsWith('|') || p.startsWith('>')) return false;
  if (HEADING_SHAPE.test(p) && prevLen < 50) return false;
  if (BLOCK_START.test(prefix(u, na, nb))) return false;
  // A line ending in a word, over a field's label (`…B3栋12-19层01室` / `常用办公地址:…`, `…反馈` / `公司名称:…`), ends its
  // field; after a comma the sentence goes on (`恪守以下原则,` / `保护您的个人信息:权责一致原则…`).
  if ((isHan(last) || isLatinAlnum(last)) && FIELD_LABEL.test(prefix(u, na, nb, 10))) return false;
  // A pipe table's rows are not prose: one is never joined onto the line beside it.
  if (pipeCells(u, pa, pb) || pipeCells(u, na, nb)) return false;
  if (cjk) return isHan(first) || isLatinAlnum(first) || first === 0x201c || first === 0x300a || first === 0x28;
  return first >= 0x61 && first <= 0x7a;
}

/** Longest line read as a title of its own rather than a wrapped sentence's last piece. */
const TITLE_LINE_MAX = 20;
/** Words a wrapped sentence's last piece opens on (`等信息`, `的权利`, `及其关联公司`), never a title's first. */
const CONTINUATION_START = /^[的等及和与或并且之以、，,。；;：:）)」』”]/;
/** Shortest such title (`投诉举报`); a shorter piece is a word's end (`发布公` › `告…`). */
const TITLE_LINE_MIN = 4;
/** A question standing as a title (`第三方能否查看和/或访问本应用获取的信息?`) may run longer; it asks with one of these words (the
 * ones analyze's QUESTION_TITLE reads titles by; ingest sits below analyze, so the list is its own). */
const QUESTION_LINE_MAX = 30;
const QUESTION_WORD = /什么|哪些|如何|怎样|怎么|是否|能否|可否|为何|为什么|何时|多久|多长|哪里|吗/;
/** Words no sentence ends on (`…要求您提供您的` › `生物识别信息` › `用于付款验证…`): the line below goes on with it. */
const SENTENCE_GOES_ON = /[的之与和及或在对向把被将从为是了等]/;

/**
 * Whether line [a, b) is a short title standing on its own line (`投诉举报`, `我们收集哪些信息`) rather than the end of the
 * sentence above, broken off (a PDF wrap): it ends on no stop, opens on no continuing word, the line above [.., pb) ends on no
 * word a sentence goes on from, and the next line with text, from c, starts a sentence of its own, no continuation (`、交易信息…`
 * after `账号信息`).
 */
function standsAsTitle(u: string, pb: number, a: number, b: number, c: number): boolean {
  const last = u.charCodeAt(b - 1);
  const question = (last === 0x3f || last === 0xff1f) && b - a <= QUESTION_LINE_MAX && QUESTION_WORD.test(u.slice(a, b));
  if ((b - a > TITLE_LINE_MAX && !question) || b - a < TITLE_LINE_MIN || u.slice(a, b).includes('\t')) return false;
  if (SENTENCE_GOES_ON.test(u.slice(pb - 1, pb))) return false;
  // (…or an exclamation, `您可以控制您的信息！` under a paragraph that lost its stop.)
  const exclaimed = last === 0x21 || last === 0xff01;
  if (!isHan(last) && !isLatinAlnum(last) && !question && !exclaimed) return false;
  if (CONTINUATION_START.test(u.slice(a, a + 1))) return false;
  return !CONTINUATION_START.test(u.slice(c, c + 1));
}

function isUnderline(u: string, a: number, b: number): boolean {
  if (b - a < 2) return false;
  const c = u.charCodeAt(a);
  if (c !== 0x3d && c !== 0x2d) return false;
  for (let k = a; k < b; k++) if (u.charCodeAt(k) !== c && u.charCodeAt(k) !== 0x20) return false;
  return true;
}

/** Line-level pass: trims trailing blanks, turns Wingdings/`l` bullets into `•`, rejoins hard wraps. */
function normalizeLines(u: string, off: Int32Array, joinWraps: boolean): NormalizedText {
  const n = u.length;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let a = 0; a <= n; ) {
    let k = u.indexOf('\n', a);
    if (k < 0) k = n;
    let b = k;
    while (b > a && (u.charCodeAt(b - 1) === 0x20 || u.charCodeAt(b - 1) === 0x09)) b--;
    starts.push(a);
    ends.push(b);
    a = k + 1;
  }
  const pieces: string[] = [];
  const outOff = new Int32Array(n + 2);
  let p = 0;
  let prevLine = -1; // index of the last non-empty line
  const pendingBreaks: number[] = []; // positions of the LFs since prevLine
  const breakAt = (at: number): void => {
    pieces.push('\n');
    outOff[p++] = off[at];
  };
  for (let li = 0; li < starts.length; li++) {
    let la = starts[li];
    const lb = ends[li];
    if (li > 0) pendingBreaks.push(starts[li] - 1);
    if (lb === la) continue;
    let join = false;
    if (joinWraps && prevLine >= 0 && pendingBreaks.length <= 2) {
      const nextUnder = li + 1 < starts.length && isUnderline(u, starts[li + 1], ends[li + 1]);
      if (continuesSentence(u, starts[prevLine], ends[prevLine], la, lb, nextUnder)) {
        let below = li + 1;
        while (below < starts.length && starts[below] === ends[below]) below++;
        join = below === starts.length || !standsAsTitle(u, ends[prevLine], la, lb, starts[below]);
      }
    }
    if (join) {
      const last = u.charCodeAt(ends[prevLine] - 1);
      const first = u.charCodeAt(la);
      if (last === first && isHan(first)) la++; // character repeated across a page join
      else if (!isWide(last) && !isWide(first)) {
        pieces.push(' ');
        outOff[p++] = off[pendingBreaks[0]];
      }
    } else {
      for (const br of pendingBreaks) breakAt(br);
    }
    pendingBreaks.length = 0;
    pieces.push(bulletLine(u, la, lb));
    outOff.set(off.subarray(la, lb), p);
    p += lb - la;
    prevLine = li;
  }
  for (const br of pendingBreaks) breakAt(br);
  return { text: pieces.join(''), offsets: outOff.subarray(0, p + 1) };
}

/** Wingdings bullets rendered as letters of the font's code points: `l` (●), `Ø` (➢), `§` (■). */
const LETTER_BULLETS = new Set([0x6c, 0xd8, 0xa7]);

/** `l␠␠设备…`, `Ø 支付服务提供商…` (a Wingdings bullet rendered as a letter) or a private-use bullet glyph at line start → `•`. */
function bulletLine(u: string, a: number, b: number): string {
  let k = a;
  while (k < b && u.charCodeAt(k) === 0x20) k++;
  const c = u.charCodeAt(k);
  let bullet = PUA_BULLETS.has(c);
  if (!bullet && LETTER_BULLETS.has(c) && k + 2 < b && (u.charCodeAt(k + 1) === 0x20 || u.charCodeAt(k + 1) === 0x09)) {
    let m = k + 1;
    while (m < b && (u.charCodeAt(m) === 0x20 || u.charCodeAt(m) === 0x09)) m++;
    // `l I agree` would be English prose; the bullet is followed by CJK or by a double space.
    bullet = m < b && (u.charCodeAt(m) >= 0x2e80 || m - k > 2);
  }
  return bullet ? u.slice(a, k) + '•' + u.slice(k + 1, b) : u.slice(a, b);
}

/**
 * NFKC + cleanup with an offset map back into `source`. Hard-wrap rejoining applies to plain
 * text, markdown and PDF text; HTML and docx line breaks are real block boundaries. The spaces a PDF's lost line
 * breaks left inside Chinese words go in every format (a page may hold such text pasted in).
 */
export function normalizeText(source: string, format: DocumentFormat): NormalizedText {
  let chars: NormalizedText = normalizeChars(source);
  if (format === 'txt' || format === 'md') chars = breakWrittenOutNewlines(chars.text, chars.offsets);
  if (format === 'md') chars = readMarkdown(chars.text, chars.offsets);
  chars = dropWrapSpaces(chars.text, chars.offsets);
  const joinWraps = format === 'txt' || format === 'md' || format === 'pdf';
  const { text, offsets } = normalizeLines(chars.text, chars.offsets, joinWraps);
  offsets[text.length] = source.length;
  return { text, offsets };
}

/** `\n` written out as two characters, a string resource saved as it was escaped (`\n一、我们如何收集和使用…` opening line after line). */
const WRITTEN_OUT_NEWLINE = /(?:\\r)?\\n/g;
const MIN_WRITTEN_OUT = 10;

/** Line breaks for written-out `\n`s where a text has many (one line in four or more): else its headings hide behind them. */
function breakWrittenOutNewlines(u: string, off: Int32Array): NormalizedText {
  if (!u.includes('\\n')) return { text: u, offsets: off };
  const found = [...u.matchAll(WRITTEN_OUT_NEWLINE)];
  if (found.length < MIN_WRITTEN_OUT) return { text: u, offsets: off };
  let lines = 1;
  for (let k = u.indexOf('\n'); k >= 0; k = u.indexOf('\n', k + 1)) lines++;
  if (found.length * 4 < lines) return { text: u, offsets: off };
  return replaceSpans(u, off, found.map((m) => ({ at: m.index, length: m[0].length })), '\n');
}

/** An HTML line break ending a markdown line, or a line of its own (`<br>` between paragraphs); not one inside a table's cell. */
const MARKDOWN_BR = /<br\s*\/?>[ \t]*(?=\n|$)/gi;

/** An HTML comment, which markdown does not render (秋水游戏's withdrawn section `<!-- (四)撤回您的授权 … -->`). */
const MARKDOWN_COMMENT = /<!--[\s\S]*?-->/g;

/** A kramdown attribute list (Jekyll's markdown) ending a line or alone on one: `### Sync {: #sync }`, `{: #telemetry }`. */
const KRAMDOWN_ATTRIBUTES = /[ \t]*\{:[^{}\n]*\}[ \t]*(?=\n|$)/g;

/** Markdown as it renders: no front matter, comments nor attribute lists, and a `<br>` a line break (as a line of its own it
 * had split runs of titles). */
function readMarkdown(u: string, off: Int32Array): NormalizedText {
  const front = readFrontMatter(u);
  // What is not rendered, in order: the front matter, then the comments after it.
  const hidden: Span[] = front ? [{ at: 0, length: front.length }] : [];
  if (u.includes('<!--')) for (const m of u.matchAll(MARKDOWN_COMMENT)) if (m.index >= (front?.length ?? 0)) hidden.push({ at: m.index, length: m[0].length });
  if (u.includes('{:')) {
    const inHidden = (at: number) => hidden.some((h) => at >= h.at && at < h.at + h.length);
    for (const m of u.matchAll(KRAMDOWN_ATTRIBUTES)) if (!inHidden(m.index)) hidden.push({ at: m.index, length: m[0].length });
    hidden.sort((x, y) => x.at - y.at);
  }
  const breaks: Span[] = [];
  let k = 0;
  if (/<br/i.test(u)) for (const m of u.matchAll(MARKDOWN_BR)) {
    while (k < hidden.length && hidden[k].at + hidden[k].length <= m.index) k++;
    if (k === hidden.length || m.index < hidden[k].at) breaks.push({ at: m.index, length: m[0].length });
  }
  const spans = [...hidden, ...breaks].sort((x, y) => x.at - y.at);
  return spans.length ? replaceSpans(u, off, spans, '\n') : { text: u, offsets: off };
}
