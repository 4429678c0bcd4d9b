// Sections the splitter makes up so that every stretch of text lands in a section that can carry
// its own topics: the preamble before the first heading, and the paragraphs of long heading-less
// bodies. Both are flagged `synthetic`, so views can tell them from headings the policy wrote.
import type { Section } from '../../shared/types';
import { DOC_TITLE, isHeadingLike, readHeading } from './headings';
import { skipSpace, trimSpaceEnd, UNDERLINE, type Line } from './lines';

/** Label of a preamble without a title line of its own. */
export const PREAMBLE_LABEL = { zh: '引言', en: 'Introduction' } as const;

/** How far down the preamble a title line is looked for. */
const MAX_LINES_OVER_TITLE = 12;

/** A lead-in, a greeting or a sentence (`本隐私政策将帮助您了解:`, `尊敬的用户`, `请您仔细阅读本隐私政策`), not a title. */
export const NOT_A_TITLE = /[:：]$|以下简称|^(尊敬的|请|欢迎)|^本.*(将|帮助|适用|旨在)/;

/** Less body than this is a title or a date line, not a preamble. */
const MIN_PREAMBLE = { zh: 20, en: 60 };

/**
 * The text before the first heading (`endLine`: the first heading, table of contents or list
 * entry) as a level-1 section, when it holds more than a title. Its heading is the document's
 * first line when that reads as a title, else `引言` / `Introduction`.
 */
export function preambleSection(
  text: string, lines: Line[], endLine: number, zh: boolean, title: { line: number; title: string } | null,
): Section | null {
  let first = 0;
  while (first < endLine && (!lines[first].text || UNDERLINE.test(lines[first].text))) first++;
  if (first >= endLine) return null;
  const end = trimSpaceEnd(text, 0, lines[endLine]?.textStart ?? text.length);
  let heading: string | null = title?.title ?? null;
  let titleLine = title?.line ?? -1;
  // A leading metadata field (`Apkid:com.x.y` over a `===` rule) stands above the title line.
  let at = first;
  for (let c = readHeading(lines[at].text, -1); c?.scheme === 'field' && !DOC_TITLE.test(c.title); c = readHeading(lines[at].text, -1)) {
    do at++; while (at < endLine && (!lines[at].text || UNDERLINE.test(lines[at].text)));
    if (at >= endLine) break;
  }
  // A title a few lines down, under a site's menu (`* [首页](/)` … `哲信用户服务协议 __ __`), names the text.
  if (!heading) {
    for (let k = at, seen = 0; k < endLine && seen < MAX_LINES_OVER_TITLE; k++) {
      if (!lines[k].text) continue;
      seen++;
      // (A game engine's rich-text tags, `<size=120%><b>隐私政策</b>`, are no part of the title.)
      const t = lines[k].text.replace(/<\/?[a-z]+(?:=[^<>]*)?>/gi, '').replace(/[#*_|\s]+/g, ' ').trim();
      // (Not an entry of the menu, `• 服务协议`, nor of a table of contents, `7. 未成年人使用条款`, nor a sentence naming
      // the policy, `请您仔细阅读本隐私政策`.)
      if (t.length <= 40 && DOC_TITLE.test(t) && !/^[•·●▪\-]/.test(t) && !NOT_A_TITLE.test(t) && !readHeading(t, -1)?.numbered) {
        heading = t;
        titleLine = k;
        break;
      }
    }
  }
  if (!heading && at < endLine) {
    const c = readHeading(lines[at].text, -1);
    // `TEN: The Enthusiast Network Privacy Policy` reads as a field but names the policy.
    // (Not a lead-in, `本隐私政策将帮助您了解:`, nor a sentence, `《KK键盘隐私政策》(以下简称“本政策”)适用于…`.)
    const title = c && (c.scheme !== 'field' || DOC_TITLE.test(c.title)) && !c.numbered && /\p{L}/u.test(c.title) && !NOT_A_TITLE.test(c.title);
    if (c && title && isHeadingLike(c.title, zh, zh ? 40 : 90)) {
      heading = c.title;
      titleLine = at;
    }
  }
  let nbody = lines[first].textStart;
  if (heading) {
    const under = titleLine + 1 < lines.length && UNDERLINE.test(lines[titleLine + 1].text) ? titleLine + 1 : titleLine;
    nbody = Math.min(end, lines[under].end + 1);
  }
  if (text.slice(nbody, end).trim().length < MIN_PREAMBLE[zh ? 'zh' : 'en']) return null;
  const nstart = lines[first].textStart;
  return {
    id: 0, parent: null, level: 1, number: null, heading: heading ?? PREAMBLE_LABEL[zh ? 'zh' : 'en'],
    start: nstart, end, nstart, nend: end, nbody, topics: [], synthetic: 'preamble',
  };
}

/** Id of the deepest section holding [nstart, nend) in a pre-order list (the last such one), or null. */
export function deepestSection(sections: readonly Section[], nstart: number, nend: number): number | null {
  // The last section starting at or before nstart, then up its ancestors: in a pre-order list every earlier section
  // that is no ancestor of it ends before it starts. (Scanning from the top made facts and mentions quadratic.)
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].nstart <= nstart) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; ) {
    const s = sections[k];
    if (nend <= s.nend) return s.id;
    if (s.parent === null) return null;
    // (Ids are list indices wherever the analyzer calls this; any other list is searched.)
    k = sections[s.parent]?.id === s.parent ? s.parent : sections.findIndex((x) => x.id === s.parent);
  }
  return null;
}

/** A heading-less unit of text [nstart, nend) under `parent`; `start`/`end` are its source offsets
 * (the normalised ones until the caller maps them). */
export function paragraphUnit(id: number, parent: number | null, level: number, nstart: number, nend: number, start = nstart, end = nend): Section {
  return { id, parent, level, number: null, heading: '', start, end, nstart, nend, nbody: nstart, topics: [], synthetic: 'paragraph' };
}

/** A block shorter than this (a run-in label such as `Cookies.`, `1、`) joins the next paragraph. */
const MIN_PARAGRAPH = 40;

/** A line that ends its sentence, inside bold or italics too (`**如您未满18周岁,…向我们提供信息。**`): a Chinese paragraph
 * ends there. (Bold closing after the full stop had joined the next paragraph to it: CA4P folds 1–4 .8486 → .8504
 * retrained, hand +2 headings.) */
const LINE_ENDS_SENTENCE = /[。；;！!？?：:][*_\s]*$/;

/**
 * Paragraphs of text[a, b): blank-line separated blocks, or (`byLine`, Chinese) lines, a line not
 * ending a sentence or clause joining the next one (PDF hard line breaks split sentences).
 */
function paragraphs(text: string, a: number, b: number, byLine: boolean): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  const re = byLine ? /\n\s*/g : /\n[ \t\u3000]*\n\s*/g;
  // (Searched within the body alone: from `a` in the whole text, a line thousands of characters long, a page copied as one
  // line, was scanned to its end once per section, 14 s for 5 MB.)
  const body = text.slice(a, b);
  let from = a;
  const push = (x: number, y: number) => {
    x = skipSpace(text, x, y);
    y = trimSpaceEnd(text, x, y);
    if (y <= x) return;
    const prev = out[out.length - 1];
    if (prev && (prev.b - prev.a < MIN_PARAGRAPH || (byLine && !LINE_ENDS_SENTENCE.test(text.slice(prev.a, prev.b))))) prev.b = y;
    else out.push({ a: x, b: y });
  };
  for (let m = re.exec(body); m; m = re.exec(body)) {
    push(from, a + m.index);
    from = a + m.index + m[0].length;
  }
  push(from, b);
  return out;
}

/**
 * Splits the body of every leaf section that holds several paragraphs into paragraph children, so
 * a section mixing practices (collection, then sharing, then retention) is classified per
 * paragraph. Chinese policies mostly separate paragraphs by a single line break (`zh`: by line).
 * A chapter also splits the paragraphs it holds before its first sub-heading: an English chapter's
 * list of uses ends `…delete the information provided after your request has been fulfilled` and
 * then a title lost its number and nests under it (OPP folds 0–4 .7869 → .7944 retrained); a Chinese
 * chapter's opening lines are read one by one too (CA4P folds 1–4 .8539 → .8549 retrained, hand +6
 * headings), and the chapter still as a whole (classify.ts).
 * Returns a new pre-order list with ids and parents renumbered.
 */
export function addParagraphUnits(text: string, sections: Section[], minBody: number, zh = false): Section[] {
  const firstChildAt = new Map<number, number>();
  for (const s of sections) if (s.parent !== null && !firstChildAt.has(s.parent)) firstChildAt.set(s.parent, s.nstart);
  const out: Section[] = [];
  const newId = new Map<number, number>();
  for (const s of sections) {
    const copy: Section = { ...s, id: out.length, parent: s.parent === null ? null : (newId.get(s.parent) ?? null) };
    newId.set(s.id, copy.id);
    out.push(copy);
    const ownEnd = firstChildAt.get(s.id) ?? s.nend;
    if (s.synthetic === 'paragraph' || ownEnd - s.nbody < minBody) continue;
    const paras = paragraphs(text, s.nbody, ownEnd, zh);
    if (paras.length < 2) continue;
    for (const p of paras) {
      out.push(paragraphUnit(out.length, copy.id, s.level + 1, p.a, p.b));
    }
  }
  return out;
}

// `版本更新日期：2021年01月05日 版本生效日期：2021年01月12日`, `**生效日期：2020 年 1 月 9 日**`.
const DATE_STAMP = /^[\s*#_]*(?:本?(?:版本|政策|协议|隐私政策|隐私权政策|个人信息保护政策)?(?:最近)?(?:更新|生效|发布|修订|修改|更改)(?:日期|时间)|最近更新)\s*(?:为)?[:：]?\s*[\d０-９]{4}\s*[年./\-][^\n]{0,40}$/;
/** A rule (`==========`, `----`) or a blank: no text of its own. */
const SEPARATOR = /^[\s=*_\-]*$/;
// `(C) 2019`, `©`, `Copyright`: not the list item `(c) 根据法律的有关规定,…向…司法机构披露;`.
const COPYRIGHT_MARK = String.raw`(?:\(c\)(?=\s*(?:(?:19|20)\d\d|copyright|版权|all rights))|©|copyright)`;
// `乐堂动漫游戏公司`, `(C) 2019 www.szshht.com, all rights reserved 深圳市瑞跃…有限公司`: who signs.
// (Text is NFKC: `，` is `,` by now; a sentence ending in a company's name is no signature.)
const SIGNATURE = new RegExp(String.raw`^(?:[^\n。，；！？,;!?:：]{0,80}?|[\s*#_]*${COPYRIGHT_MARK}[^\n]{0,80}?)(?:有限责任公司|股份有限公司|有限公司|公司|中心|局|工作室|集团)[\s*_]*$`, 'i');
// `Copyright © 2010-2018 zhexinit.com All Rights Reserved.`
const COPYRIGHT = new RegExp(String.raw`^[\s*#_]*${COPYRIGHT_MARK}[^\n]{0,100}$`, 'i');

// What a web page puts after the policy: `（正文完）`, `历史版本：`, `隐私政策（2019年11月版）`, a row of links, a licence number
// (not beside an address or phone: `公司:…有限公司 沪ICP备…联系地址:…` names who to reach).
const FOOTER = /^[\s*#_]*(?:[（(]?正文完[)）]?|历史版本[:：]?.*|[^\n。]{0,20}[（(]\d{4}年\d{1,2}月版[)）]|(?:\[[^\]\n]*\]\([^)\n]*\)[\s*|·/]*)+|(?![^\n]*(?:联系|地址|电话|邮箱|@))[^\n]{0,40}(?:ICP备|京网文|公网安备)[^\n]{0,60})[\s*_|]*$/;

/** A line a policy may end with after its last chapter: a date stamp, its signature, a copyright line, a page footer. */
function isClosingLine(line: string): boolean {
  return DATE_STAMP.test(line) || SIGNATURE.test(line) || COPYRIGHT.test(line) || FOOTER.test(line);
}

/** A block of only date stamps, copyright lines, page footers and separators: about the document, not a practice. */
export function isDateStampBlock(body: string): boolean {
  const lines = body.split('\n').filter((l) => !SEPARATOR.test(l));
  return lines.length > 0 && lines.every((l) => (DATE_STAMP.test(l) || COPYRIGHT.test(l) || FOOTER.test(l)) && !SIGNATURE.test(l));
}

/** `1. [Introduction](…#introduction)`: a contents list's entry linking to its chapter, numbered or bulleted. (Not
 * contentsTitles.ts' entries, titles a list names without links.) */
const LINKED_ENTRY = /^\s*(?:[-*•+]\s+)?(?:\d{1,2}\\?[.、)]\s*)*\[[^\]\n]{1,80}\]\([^)\n]*\)\s*$/;

/** Three or more such entries and nothing else: a table of contents, which names chapters and states no practice. */
export function isContentsBlock(body: string): boolean {
  // (Read for every section's body: one without a link is none, before splitting it.)
  if (!body.includes('](')) return false;
  const lines = body.split('\n').filter((l) => !SEPARATOR.test(l));
  return lines.length >= 3 && lines.every((l) => LINKED_ENTRY.test(l));
}

/** A closing block naming the operator (with or without its dates): who signs the policy. */
export function isSignatureBlock(body: string): boolean {
  const lines = body.split('\n').filter((l) => !SEPARATOR.test(l));
  return lines.some((l) => SIGNATURE.test(l)) && lines.every(isClosingLine);
}

/**
 * The version dates and signature a policy ends with (after its last chapter) become a paragraph
 * unit of their own, so they are not read as part of that chapter. Mutates and returns `sections`.
 */
export function splitDateTrailer(text: string, sections: Section[]): Section[] {
  const last = sections[sections.length - 1];
  if (!last) return sections;
  let at = text.length;
  let from = -1;
  for (let end = text.length; end > last.nbody; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (isClosingLine(line)) from = start;
    else if (!SEPARATOR.test(line)) break;
    at = start;
    end = start - 1;
  }
  if (from < 0 || from <= last.nbody || at < last.nbody) return sections;
  from = skipSpace(text, from, text.length);
  const to = trimSpaceEnd(text, from, last.nend);
  if (to <= from) return sections;
  const unitOfLast = last.synthetic === 'paragraph';
  const parent = unitOfLast ? last.parent : last.id;
  if (unitOfLast && last.nstart >= from) return sections;
  if (unitOfLast) last.nend = trimSpaceEnd(text, last.nstart, from);
  const level = unitOfLast ? last.level : last.level + 1;
  sections.push(paragraphUnit(sections.length, parent, level, from, to));
  return sections;
}
