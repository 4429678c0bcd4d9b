// The section tree: heading candidates per line → table of contents and title removed →
// nesting by the order in which numbering schemes first appear.
import type { Section } from '../../shared/types';
import type { HeadingHint } from '../ingest/types';
import { cjkRatio, splitLines, UNDERLINE, type Line } from './lines';
import { APPENDIX, DOC_TITLE, isHeadingLike, isLeadIn, isPlainTitle, readHeading } from './headings';
import { addParagraphUnits, preambleSection, splitDateTrailer } from './units';
import { markTableOfContents, promoteBulletChapters, promoteListHeadings, type Accepted } from './listHeadings';
import { LABEL_SCHEME, runningLabels, schemeAliases } from './schemes';

const ENDS_SENTENCE = /[。.:：;；!！?？)）]$/;
const LIST_ITEM = /^(?:[•·▪●○◆]\s*|[-*+l]\s+)/;
/** Front-matter headings (`目录`, `前言`, `Contents`) introduce nothing below them. */
const LEAF_TITLE = /^(?:目\s*录|索引|前\s*言|引\s*言|导\s*言|序\s*言|提示条款|特别提示|重要提示|温馨提示|概述|(?:table\s+of\s+)?contents|introduction|summary|overview)[:：]?$/i;
/** A leaf body at least this long with several blank-line paragraphs gets paragraph children. */
const PARAGRAPH_UNITS_MIN_BODY = 300;

function hintLevels(lines: Line[], hints: readonly HeadingHint[]): Int8Array {
  const levels = new Int8Array(lines.length).fill(-1);
  if (!hints.length) return levels;
  const sorted = [...hints].sort((a, b) => a.nstart - b.nstart);
  let h = 0;
  for (let i = 0; i < lines.length && h < sorted.length; i++) {
    while (h < sorted.length && sorted[h].nstart < lines[i].start) h++;
    if (h < sorted.length && sorted[h].nstart <= lines[i].end) levels[i] = sorted[h].level;
  }
  return levels;
}

function nextNonEmpty(lines: Line[], i: number, step: 1 | -1): Line | null {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    if (lines[j].text && !UNDERLINE.test(lines[j].text)) return lines[j];
  }
  return null;
}

function findCandidates(lines: Line[], hints: Int8Array, zh: boolean): Accepted[] {
  const maxLen = zh ? 32 : 90;
  const out: Accepted[] = [];
  const strongSchemes = new Set<string>();
  const weak: Accepted[] = [];
  const leadIns: Accepted[] = [];
  const commaTitles: Accepted[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].text;
    if (!raw || UNDERLINE.test(raw)) continue;
    const list = LIST_ITEM.exec(raw);
    const c = readHeading(list ? raw.slice(list[0].length) : raw, hints[i]);
    // `#####` or a lone `5` over a setext underline carries no title.
    if (!c || (!c.numbered && !/[\p{L}]/u.test(c.title))) continue;
    const setext = i + 1 < lines.length && UNDERLINE.test(lines[i + 1].text) && c.title.length <= maxLen * 1.5;
    if (setext && !c.markup && c.scheme !== 'field') {
      c.markup = true;
      if (!c.numbered) c.scheme = 'setext';
    }
    if (list) {
      if (c.numbered && isHeadingLike(c.title, zh, maxLen)) out.push({ ...c, line: i, listOnly: true });
      continue;
    }
    if (c.numbered && !c.title) {
      // `第一条` alone on a line, the title on the next one.
      let j = i + 1;
      while (j < lines.length && !lines[j].text) j++;
      const next = j < lines.length ? readHeading(lines[j].text, hints[j]) : null;
      if (next && !next.numbered && next.scheme !== 'field' && next.title && isHeadingLike(next.title, zh, maxLen)) {
        c.title = next.title;
        out.push({ ...c, line: i, lastLine: j, listOnly: false });
        strongSchemes.add(c.scheme);
        i = j;
        continue;
      }
      continue; // a bare paragraph number (`1.1` above a body paragraph) is not a heading
    }
    if (c.numbered) {
      // `8.其他经过您同意后收集的个人信息(如有)` is the last item of `1.基本信息(…);` … `7.个人位置信息;`:
      // the line before it, one lower in the same numbering, ends as list items do (unlike a paragraph
      // run in after its title, `9、朋友推荐。我们可能会…。`, before the heading `10、权限申请及应用场景`).
      const prevItem = listItemBefore(lines, i);
      const continuesList = prevItem !== null && prevItem.scheme === c.scheme && prevItem.value === c.value - 1 && /[;；,，、]$/.test(prevItem.title);
      if (continuesList) continue;
      // A short sentence introducing a list, numbered among paragraphs (`4、本公司未经用户同意…。` then
      // `5、用户同意本公司可在以下事项中使用…:`), is one more item: its siblings `6、…` are no children.
      if (/(以下|如下|下列|包括)[^:：]{0,16}[:：]$/.test(c.title) && followsParagraphItem(lines, i, c, zh, maxLen)) continue;
      if (isHeadingLike(c.title, zh, maxLen)) {
        strongSchemes.add(c.scheme);
        out.push({ ...c, line: i, listOnly: false });
      } else if (isHeadingLike(c.title, zh, maxLen * 2)) weak.push({ ...c, line: i, listOnly: false });
      // A lead-in the policy marks as a heading (`### 3.1 …用作下列用途:`, an HTML `<h3>`) is one, first
      // of its numbering or not.
      else if (zh && isLeadIn(c.title, maxLen * 2)) (c.markupLevel > 0 ? out : leadIns).push({ ...c, line: i, listOnly: false });
      // A short title held back only by its comma (`1.在下列情况下,我们可能会共享的个人信息`): see below.
      else if (zh && !/[，,、]$/.test(c.title) && isHeadingLike(c.title.replace(/[，,]/g, '、'), zh, maxLen)) commaTitles.push({ ...c, line: i, listOnly: false });
      continue;
    }
    if (c.markup) {
      if (isHeadingLike(c.title, zh, c.scheme === 'bold' ? maxLen : maxLen * 2)) out.push({ ...c, line: i, listOnly: false });
      continue;
    }
    if (c.scheme !== 'field' && isPlainTitle(c.title, zh) && (plainContextFits(lines, i, zh) || underHeading(lines, i, out))) out.push({ ...c, line: i, listOnly: false });
  }
  for (const w of weak) if (strongSchemes.has(w.scheme)) out.push(w);
  out.sort((a, b) => a.line - b.line);
  // `(三)您应充分知晓,以下情形中,我们…无需征得您的授权同意:` after `(一)…` `(二)…`: a sentence
  // introducing a list is a heading only where it carries on its scheme's numbering.
  for (const l of leadIns) {
    const before = out.findLast((h) => h.line < l.line && h.scheme === l.scheme);
    if (before && before.value === l.value - 1 && !before.listOnly) out.push(l);
  }
  // …is a heading where the next heading of its scheme carries on its numbering (`2.对共享个人信息
  // 第三方主体的谨慎评估`): without it, `2.` would nest under the `(3)` before it.
  for (const t of commaTitles) {
    const after = out.find((h) => h.line > t.line && h.scheme === t.scheme);
    if (after && after.value === t.value + 1 && !after.listOnly) out.push(t);
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The nearest line above numbered in c's scheme is c's predecessor and a paragraph, no heading. */
function followsParagraphItem(lines: Line[], i: number, c: NonNullable<ReturnType<typeof readHeading>>, zh: boolean, maxLen: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < 40; j--) {
    const t = lines[j].text;
    if (!t || UNDERLINE.test(t)) continue;
    seen++;
    const p = readHeading(t, -1);
    if (!p?.numbered || p.scheme !== c.scheme) continue;
    return p.value === c.value - 1 && !isHeadingLike(p.title, zh, maxLen * 2) && !isLeadIn(p.title, maxLen * 2);
  }
  return false;
}

/** The line just above line i read as a heading, when it is numbered. */
function listItemBefore(lines: Line[], i: number): ReturnType<typeof readHeading> {
  const prev = nextNonEmpty(lines, i, -1);
  const c = prev ? readHeading(prev.text, -1) : null;
  return c?.numbered ? c : null;
}

/** A title right under the heading just accepted (`存储信息的地点和期限` › `存储信息的地点`), body text after it.
 * (Not a footer's run of links, `[用户服务协议](…)` `[防沉迷系统](…)`.) */
function underHeading(lines: Line[], i: number, out: readonly Accepted[]): boolean {
  const prev = nextNonEmpty(lines, i, -1);
  const next = nextNonEmpty(lines, i, 1);
  const last = out[out.length - 1];
  return last !== undefined && prev === lines[last.line] && !/^\[/.test(lines[i].text) && next !== null && next.text.length >= 24 && ENDS_SENTENCE.test(next.text);
}

/** A bare title line stands between body text and is followed by body text (not a table cell). */
function plainContextFits(lines: Line[], i: number, zh: boolean): boolean {
  const short = zh ? 24 : 60;
  const prev = nextNonEmpty(lines, i, -1);
  const next = nextNonEmpty(lines, i, 1);
  // A Chinese title may open on a short lead-in (`個人資料的用途` › `您同意並授權我們出於以下用途使用您的個人資料:`).
  const lead = zh ? 12 : short;
  const isBody = (l: Line | null) => l !== null && (l.text.length >= short * 2 || (l.text.length >= lead && ENDS_SENTENCE.test(l.text)));
  if (!isBody(next) && !(next && titleOverBody(lines, lines.indexOf(next), zh, isBody))) return false;
  return !prev || ENDS_SENTENCE.test(prev.text) || /^[#*]|^第.{1,4}[章节条部分]|^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.]/.test(prev.text);
}

/** Line j is a bare title with body text after it (`管理信息` › `查询与修改` › body: two titles stacked). */
function titleOverBody(lines: Line[], j: number, zh: boolean, isBody: (l: Line | null) => boolean): boolean {
  const c = readHeading(lines[j].text, -1);
  return c !== null && !c.numbered && c.scheme !== 'field' && isPlainTitle(c.title, zh) && isBody(nextNonEmpty(lines, j, 1));
}

/** One or two stray title lines near the end of a long text would leave most of it outside any section. */
function headingsCoverTooLittle(text: string, lines: Line[], heads: Accepted[]): boolean {
  const preamble = lines[heads[0].line].start;
  return preamble > 3000 && preamble > text.length * 0.6;
}

function paragraphSections(text: string, offsets: Int32Array | null, lines: Line[]): Section[] {
  const blocks: { a: number; b: number }[] = [];
  let cur: { a: number; b: number } | null = null;
  for (const l of lines) {
    if (!l.text) {
      cur = null;
      continue;
    }
    if (cur) cur.b = l.textStart + l.text.length;
    else blocks.push((cur = { a: l.textStart, b: l.textStart + l.text.length }));
  }
  // One block of many lines: every line is a paragraph.
  let spans = blocks.length === 1 ? lines.filter((l) => l.text).map((l) => ({ a: l.textStart, b: l.textStart + l.text.length })) : blocks;
  // The document title (`Acme Privacy Policy`) is not a paragraph of its own.
  if (spans.length > 1 && DOC_TITLE.test(text.slice(spans[0].a, spans[0].b).replace(/[#*_\s]+$/, ''))) spans = spans.slice(1);
  return spans.map((s, id) => makeSection(id, null, 1, null, '', s.a, s.b, s.a, offsets, text.length));
}

function makeSection(
  id: number, parent: number | null, level: number, number: string | null, heading: string,
  nstart: number, nend: number, nbody: number, offsets: Int32Array | null, textLength: number,
): Section {
  const map = (n: number) => (offsets ? offsets[Math.min(n, textLength)] : n);
  return { id, parent, level, number, heading, start: map(nstart), end: map(nend), nstart, nend, nbody, topics: [] };
}

/**
 * Splits normalised text into a pre-order section tree. `offsets` maps normalised → source
 * indices (identity when omitted); `hints` are format-declared headings from ingest.
 */
export function splitSections(text: string, offsets: Int32Array | null = null, hints: readonly HeadingHint[] = [], zh?: boolean): Section[] {
  const lines = splitLines(text);
  const isZh = zh ?? cjkRatio(text) >= 0.5;
  const cands = findCandidates(lines, hintLevels(lines, hints), isZh);
  const toc = markTableOfContents(lines, cands);
  promoteListHeadings(cands, toc);
  promoteBulletChapters(cands, toc);
  let heads = cands.filter((c) => !c.listOnly && !toc.has(c.line));
  const firstNumbered = heads.findIndex((h) => h.numbered);
  // The document's own title (the leading unnumbered headings naming the policy) is not a section.
  let titles = 0;
  while (titles < heads.length && !heads[titles].numbered && DOC_TITLE.test(heads[titles].title) && (firstNumbered < 0 || titles < firstNumbered)) titles++;
  const title = titles ? heads[titles - 1] : null;
  heads = heads.slice(titles);
  if (!heads.length || headingsCoverTooLittle(text, lines, heads)) return paragraphSections(text, offsets, lines);

  // Nesting follows the schemes in context: a scheme already open on the stack closes back to
  // its sibling; a scheme not open yet nests under the current heading.
  const labels = runningLabels(heads);
  const aliases = schemeAliases(heads, labels);
  const intro = introListBeforeMarkup(heads);
  const sections: Section[] = [];
  // mdLevel: markdown/hint level of an unnumbered heading (`## 隐私政策`), 0 otherwise.
  const stack: { section: Section; scheme: string; mdLevel: number; value: number }[] = [];
  const close = (until: number) => {
    const s = stack.pop()!.section;
    let e = until;
    while (e > s.nstart && /\s/.test(text[e - 1])) e--;
    s.nend = e;
    // A heading without body: the body starts (empty) where the section ends.
    s.nbody = Math.min(s.nbody, e);
  };
  for (const [k, h] of heads.entries()) {
    const line = lines[h.line];
    // A running label nests where it stands; the next label or any open scheme closes it.
    const scheme = labels.has(k) ? LABEL_SCHEME : aliases.get(h.scheme) ?? h.scheme;
    // An unnumbered markdown heading closes back to the outermost one of the same or a deeper level;
    // a numbered heading with markup does so too, then nests by its numbering scheme.
    const mdLevel = h.numbered ? 0 : h.markupLevel;
    if (k === intro?.at) while (stack.length && intro.schemes.has(stack[stack.length - 1].scheme)) close(line.textStart);
    // `開麥隱私權保護聲明` after 歡歌's last chapter: a second policy in the file starts at the top.
    // `附件：定义`, `附录一 SDK列表` after the contact chapter: appendices stand beside the chapters.
    if (k > 0 && !h.numbered && !labels.has(k) && (DOC_TITLE.test(h.title) || APPENDIX.test(h.title))) while (stack.length) close(line.textStart);
    if (h.markupLevel > 0) {
      const outer = stack.findIndex((e) => e.mdLevel >= h.markupLevel);
      if (outer >= 0) while (stack.length > outer) close(line.textStart);
    }
    let open = stack.findLastIndex((e) => e.scheme === scheme);
    // Numbering that starts again at 1 under a heading of another scheme reuses the outer scheme one
    // level down (`1. 我們如何收集` › `一、我們收集的資料` › `1. 您提供的資料`): it nests.
    if (open >= 0 && open < stack.length - 1 && h.value === 1 && stack[open].value >= 1) open = -1;
    const top = stack[stack.length - 1];
    if (open >= 0) while (stack.length > open) close(line.textStart);
    // (A numbered `一、引言` followed by `1.1` does introduce its sub-sections.)
    else if (top && LEAF_TITLE.test(top.section.heading) && !(top.section.number && h.numbered && scheme !== top.scheme)) close(line.textStart);
    const parent = stack.length ? stack[stack.length - 1].section.id : null;
    const last = h.lastLine ?? h.line;
    const setextBody = last + 1 < lines.length && UNDERLINE.test(lines[last + 1].text) ? lines[last + 1].end : lines[last].end;
    const nbody = Math.min(text.length, setextBody + 1);
    const s = makeSection(sections.length, parent, stack.length + 1, h.number, h.title, line.textStart, text.length, nbody, null, text.length);
    sections.push(s);
    stack.push({ section: s, scheme, mdLevel, value: h.value });
  }
  while (stack.length) close(text.length);
  // Text before the first heading is a section of its own, a table of contents there included
  // (the introduction often follows it; the preamble's scope bar keeps the listed topics out).
  const preamble = preambleSection(text, lines, heads[0].line, isZh, title);
  const all = preamble ? [preamble, ...sections.map((s) => ({ ...s, id: s.id + 1, parent: s.parent === null ? null : s.parent + 1 }))] : sections;
  // Long heading-less bodies mix practices; their paragraphs are classified one by one.
  return mapOffsets(splitDateTrailer(text, addParagraphUnits(text, all, PARAGRAPH_UNITS_MIN_BODY, isZh)), text, offsets);
}

/**
 * `1、我們如何收集… 2、… 3、…` before the first top-level markup heading (`==與我們聯絡==`) is an
 * outline of the policy in other words, not its chapters, when the same numbering later starts
 * again at 1 inside the marked-up chapters: the first such heading closes it instead of nesting.
 */
function introListBeforeMarkup(heads: readonly Accepted[]): { at: number; schemes: Set<string> } | null {
  const levels = heads.filter((h) => !h.numbered && h.markupLevel > 0).map((h) => h.markupLevel);
  if (!levels.length) return null;
  const top = Math.min(...levels);
  const at = heads.findIndex((h) => !h.numbered && h.markupLevel === top);
  const before = new Set(heads.slice(0, at).filter((h) => h.numbered && !h.markup).map((h) => h.scheme));
  const schemes = new Set([...before].filter((sc) => heads.slice(at + 1).some((h) => h.scheme === sc && h.value === 1)));
  return schemes.size ? { at, schemes } : null;
}

function mapOffsets(all: Section[], text: string, offsets: Int32Array | null): Section[] {
  const map = (n: number) => (offsets ? offsets[Math.min(n, text.length)] : n);
  for (const s of all) {
    s.start = map(s.nstart);
    s.end = map(s.nend);
  }
  return all;
}
