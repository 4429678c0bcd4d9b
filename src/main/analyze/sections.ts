// The section tree: heading candidates per line → table of contents and title removed →
// nesting by the order in which numbering schemes first appear.
import type { Section } from '../../shared/types';
import type { HeadingHint } from '../ingest/types';
import { cjkRatio, indentOf, splitLines, trimSpaceEnd, UNDERLINE, type Line } from './lines';
import { APPENDIX, DOC_TITLE, parentNumber } from './headings';
import { findCandidates } from './candidates';
import { hintLevels, runInTitles } from './headingHints';
import { addParagraphUnits, NOT_A_TITLE, PREAMBLE_LABEL, preambleSection, splitDateTrailer } from './units';
import { markTableOfContents, TOC_INTRO, promoteBulletChapters, promoteListHeadings, splitContentsRunIns, type Accepted } from './listHeadings';
import { splitTrailingChapters } from './trailingChapters';
import { fillNumberingGaps } from './numberingGaps';
import { COLON_LABEL_SCHEME, LABEL_SCHEME, runningLabels, schemeAliases } from './schemes';
import { PLAIN_ITEM_SCHEME, plainListItems } from './plainLists';
import { splitFlattenedLines } from './flattenedLines';
import { FEW_HEADINGS, labelledParagraphs } from './labelledParagraphs';

/** Front-matter headings (`目录`, `前言`, `Contents`) introduce nothing below them. */
const LEAF_TITLE = /^(?:目\s*录|索引|前\s*言|引\s*言|导\s*言|序\s*言|提示条款|特别提示|重要提示|温馨提示|注意事项|概述|概\s*要|摘\s*要|(?:table\s+of\s+)?contents|introduction|summary|overview)[:：]?$/i;
/** A leaf body at least this long with several paragraphs gets paragraph children (300 → 100: CA4P folds 1–4 .8503 →
 * .8539 retrained, OPP .8002 → .8009, hand +16 headings; 150: .8542, 80: .8531 with older models). Sections under 300
 * characters are also read whole (classify.ts, READ_WHOLE_BELOW). */
const PARAGRAPH_UNITS_MIN_BODY = 100;

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

/**
 * A Chinese policy with a title but no headings (`隐私保护政策` over numbered paragraphs): its paragraphs stand under
 * the title, as the preamble's do, so the outline and an analyst's heading for the text are the document's title.
 */
function underTitle(title: string, paragraphs: Section[], text: string, offsets: Int32Array | null): Section[] {
  const nstart = paragraphs[0].nstart;
  const nend = paragraphs[paragraphs.length - 1].nend;
  const root: Section = { ...makeSection(0, null, 1, null, title, nstart, nend, nstart, offsets, text.length), synthetic: 'preamble' };
  return [root, ...paragraphs.map((p) => ({ ...p, id: p.id + 1, parent: 0, level: 2 }))];
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
  const isZh = zh ?? cjkRatio(text) >= 0.5;
  const lines = splitTrailingChapters(isZh ? splitFlattenedLines(splitLines(text)) : splitLines(text), isZh);
  const cands = findCandidates(lines, hintLevels(lines, hints), isZh, runInTitles(lines, hints));
  const toc = markTableOfContents(lines, cands);
  promoteListHeadings(cands, toc);
  promoteBulletChapters(cands, toc);
  splitContentsRunIns(lines, cands, toc);
  let heads = fillNumberingGaps(lines, cands.filter((c) => !c.listOnly && !toc.has(c.line)), toc);
  const firstNumbered = heads.findIndex((h) => h.numbered);
  // The document's own title (the leading unnumbered headings naming the policy) is not a section.
  let titles = 0;
  const isTitle = (h: Accepted) => !h.numbered && DOC_TITLE.test(h.title) && !NOT_A_TITLE.test(h.title);
  while (titles < heads.length && isTitle(heads[titles]) && (firstNumbered < 0 || titles < firstNumbered)) titles++;
  const title = titles ? heads[titles - 1] : null;
  heads = heads.slice(titles);
  // (A page with next to no headings may open its paragraphs on their titles: labelledParagraphs.ts.)
  const labelled = isZh && heads.length <= FEW_HEADINGS ? labelledParagraphs(lines) : [];
  if (labelled.length) heads = [...heads.filter((h) => !labelled.some((l) => l.line === h.line)), ...labelled].sort((a, b) => a.line - b.line);
  if (!heads.length || headingsCoverTooLittle(text, lines, heads)) {
    const paragraphs = paragraphSections(text, offsets, lines);
    const named = isZh && paragraphs.length ? preambleSection(text, lines, lines.length, isZh, title)?.heading : undefined;
    return named && named !== PREAMBLE_LABEL.zh ? underTitle(named, paragraphs, text, offsets) : paragraphs;
  }

  // Nesting follows the schemes in context: a scheme already open on the stack closes back to
  // its sibling; a scheme not open yet nests under the current heading.
  const labels = runningLabels(heads);
  const aliases = schemeAliases(heads, labels);
  const intro = introListBeforeMarkup(heads);
  const plainItems = plainListItems(lines, heads);
  const sections: Section[] = [];
  // mdLevel: markdown/hint level of an unnumbered heading (`## 隐私政策`), 0 otherwise.
  // markup: the heading's markdown/hint level, numbered or not.
  const stack: { section: Section; scheme: string; mdLevel: number; markup: number; value: number; indent: number }[] = [];
  // The last heading of each numbering, with the parent it stood under and the ancestors above that.
  const lastOfScheme = new Map<string, { level: number; value: number; number: string | null; parent: number | null; ancestors: number[] }>();
  // The numbering of the last numbered heading so far: only plain titles may stand between it and the next of its numbering.
  let lastNumberedScheme: string | null = null;
  const chapterScheme = documentChapters(heads, aliases);
  const close = (until: number) => {
    const s = stack.pop()!.section;
    const e = trimSpaceEnd(text, s.nstart, until);
    s.nend = e;
    // A heading without body: the body starts (empty) where the section ends.
    s.nbody = Math.min(s.nbody, e);
  };
  for (const [k, h] of heads.entries()) {
    const line = lines[h.line];
    // A running label nests where it stands; the next label or any open scheme closes it.
    let scheme = labels.has(k) ? LABEL_SCHEME : plainItems.has(k) ? PLAIN_ITEM_SCHEME : aliases.get(h.scheme) ?? h.scheme;
    // An unnumbered markdown heading closes back to the outermost one of the same or a deeper level;
    // a numbered heading with markup does so too, then nests by its numbering scheme.
    const mdLevel = h.numbered ? 0 : h.markupLevel;
    if (k === intro?.at) while (stack.length && intro.schemes.has(stack[stack.length - 1].scheme)) close(line.textStart);
    // `開麥隱私權保護聲明` after 歡歌's last chapter: a second policy in the file starts at the top.
    // `附件：定义`, `附录一 SDK列表` after the contact chapter: appendices stand beside the chapters.
    if (k > 0 && !h.numbered && !labels.has(k) && (DOC_TITLE.test(h.title) || APPENDIX.test(h.title))) while (stack.length) close(line.textStart);
    // (…and an unnumbered first- or second-level one closes a bold line's section too, `<h2>安全保障</h2>` after
    // `<p><b>您能做什么！</b></p>`: a bold paragraph heads less than a chapter heading. Not an `<h3>` under a bold chapter,
    // `<div><strong>我们如何收集和利用信息</strong></div>` › `<h3>个人信息的收集和使用</h3>`.)
    if (h.markupLevel > 0) {
      const outer = stack.findIndex((e) => e.mdLevel >= h.markupLevel || (!h.numbered && h.markupLevel <= 2 && e.scheme === 'bold'));
      if (outer >= 0) while (stack.length > outer) close(line.textStart);
    }
    // A title over a `===` rule after a numbered list under a plain title (`安卓版本集成SDK…` › `(23)OPPO Watch SDK` ›
    // `我们如何使用信息` / `==========`) is one more plain title: the list does not hold it. (Right under the plain
    // title, `我们可能收集的信息` › `关于使用Health kit…数据说明` / `===`, it stays a sub-heading.)
    const plainAt = stack.findLastIndex((e) => e.scheme === 'plain');
    if (scheme === 'setext' && !stack.some((e) => e.scheme === scheme) && plainAt >= 0 && plainAt < stack.length - 1 && stack[stack.length - 1].section.number) scheme = 'plain';
    let open = stack.findLastIndex((e) => e.scheme === scheme);
    // (A markdown sub-list's item back at its list's indent, `    7. **Account Recovery.**…` / `2. **Personal Data We Collect
    // Automatically**`, goes back to that list.)
    if (open >= 0 && stack[open].indent >= indentOf(line) + 2) {
      const outer = stack.findLastIndex((e) => e.scheme === scheme && e.indent < indentOf(line) + 2);
      if (outer >= 0) open = outer;
    }
    // Numbering that starts again at 1 under a heading of another scheme reuses the outer scheme one
    // level down (`1. 我們如何收集` › `一、我們收集的資料` › `1. 您提供的資料`): it nests.
    // (Not under a named item, `原则七:有关免责`: those run as a list, and `一、` after them opens a new part.)
    const top = stack[stack.length - 1];
    if (open >= 0 && open < stack.length - 1 && h.value === 1 && stack[open].value >= 1 && !top.scheme.startsWith('named:')) open = -1;
    // A plain list under a markdown chapter of its numbering, starting again (`## 10. 隐私政策变更` › `1. **通知方式**:`), is
    // that chapter's: the `#` marks which lines are chapters, and the next one (`## 11.`) goes back beside it.
    else if (open >= 0 && open === stack.length - 1 && top.markup > 0 && h.markupLevel === 0 && h.value <= top.value) open = -1;
    // (…and so does a list set in under an item of the same numbering, `1. **Personal Data you provide**` / `    1. **Account
    // Creation.** We collect…`: a markdown sub-list.)
    else if (open >= 0 && open === stack.length - 1 && h.numbered && h.value === 1 && top.section.number !== null && indentOf(line) >= top.indent + 2) open = -1;
    const markedSibling = h.numbered && h.markupLevel > 0 ? stack.findLastIndex((e) => e.scheme === scheme && e.markup === h.markupLevel) : -1;
    if (markedSibling >= 0 && markedSibling < open) open = markedSibling;
    // A chapter continuing a numbering whose last member was closed (`一. 引言`, a leaf) does not nest under the plain
    // title that came between (`我们向您提供的功能:` over a table): it goes back to its numbering's level.
    const earlier = scheme !== LABEL_SCHEME && h.numbered && open < 0 && lastNumberedScheme === scheme ? lastOfScheme.get(scheme) : undefined;
    // (Not `3.3` after `2.3`: a sub-number under another chapter, `* 注销帐号` › `3.3 获取个人信息资料`.)
    if (earlier && earlier.value < h.value && parentNumber(earlier.number) === parentNumber(h.number) && earlier.level <= stack.length && stack.slice(earlier.level - 1).every((e) => !e.section.number)) open = earlier.level - 1;
    // The next chapter after a flattened table's cells and bold captions (`一、如何收集…` › … `**隐私说明**` ›
    // `1.联运市场必须接入` › `二、如何使用cookie`) stands beside the chapter before it while that one's parent is open;
    // when a plain title closed that parent (`关于我们` › `一、…` / `账号注册及登录`), the document's chapters go under the
    // nearest ancestor still open.
    // (Not `第三条` after `第二章`: a numbered parent closed by its next member leaves the numbering under the new one.)
    const previous = open < 0 && h.numbered && scheme !== LABEL_SCHEME ? lastOfScheme.get(scheme) : undefined;
    if (previous && previous.value === h.value - 1 && parentNumber(previous.number) === parentNumber(h.number)) {
      if (previous.level === 1 || (previous.level <= stack.length && stack[previous.level - 2].section.id === previous.parent)) open = previous.level - 1;
      else if (scheme === chapterScheme && previous.parent !== null && !sections[previous.parent].number) open = stack.findLastIndex((e) => previous.ancestors.includes(e.section.id)) + 1;
    }
    if (open >= 0) while (stack.length > open) close(line.textStart);
    // (A numbered `一、引言` followed by `1.1` does introduce its sub-sections, and `二、概述` a label over a paragraph, `用户须知:`.)
    else if (top && scheme !== COLON_LABEL_SCHEME && (LEAF_TITLE.test(top.section.heading) || (!top.section.number && TOC_INTRO.test(top.section.heading))) && !(top.section.number && h.numbered && scheme !== top.scheme)) close(line.textStart);
    const parent = stack.length ? stack[stack.length - 1].section.id : null;
    const last = h.lastLine ?? h.line;
    const setextBody = last + 1 < lines.length && UNDERLINE.test(lines[last + 1].text) ? lines[last + 1].end : lines[last].end;
    const runInAt = h.runInBody ? lines[last].text.lastIndexOf(h.runInBody.slice(0, 12)) : -1;
    const nbody = runInAt > 0 ? lines[last].textStart + runInAt : Math.min(text.length, setextBody + 1);
    const s = makeSection(sections.length, parent, stack.length + 1, h.number, h.title, line.textStart, text.length, nbody, null, text.length);
    sections.push(s);
    stack.push({ section: s, scheme, mdLevel, markup: h.markupLevel, value: h.value, indent: indentOf(line) });
    if (h.numbered) {
      lastNumberedScheme = scheme;
      lastOfScheme.set(scheme, { level: s.level, value: h.value, number: h.number, parent, ancestors: stack.slice(0, -1).map((e) => e.section.id) });
    }
  }
  while (stack.length) close(text.length);
  // Text before the first heading is a section of its own, a table of contents there included
  // (the introduction often follows it; the preamble's scope bar keeps the listed topics out).
  const preamble = preambleSection(text, lines, heads[0].line, isZh, title);
  const all = preamble ? [preamble, ...sections.map((s) => ({ ...s, id: s.id + 1, parent: s.parent === null ? null : s.parent + 1 }))] : sections;
  // Long heading-less bodies mix practices; their paragraphs are classified one by one.
  return mapOffsets(splitDateTrailer(text, addParagraphUnits(text, all, PARAGRAPH_UNITS_MIN_BODY, isZh)), text, offsets);
}

/** Numberings that name chapters (`一、`, `第一章`, `第一部分`); `1.How We Use Information` under Twitter's plain
 * questions (`How do you use my information?`) is a chapter of the question above it. */
const CHINESE_CHAPTERS: ReadonlySet<string> = new Set(['cn', 'cnf', 'chapter', 'part']);

/**
 * The numbering of the document's chapters: the first one used, when it is a chapter numbering that runs once through
 * the whole text (it never starts again at 1).
 */
function documentChapters(heads: readonly Accepted[], aliases: ReadonlyMap<string, string>): string | null {
  const scheme = (h: Accepted) => aliases.get(h.scheme) ?? h.scheme;
  const first = heads.find((h) => h.numbered);
  if (!first || !CHINESE_CHAPTERS.has(scheme(first))) return null;
  return heads.filter((h) => h.numbered && h.value === 1 && scheme(h) === scheme(first)).length === 1 ? scheme(first) : null;
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
