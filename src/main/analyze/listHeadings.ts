// Headings that lists make or unmake: a table of contents repeating the chapters is no section;
// chapters written as list items (after such a table, or as the policy's whole outline) are.
import { readHeading, type HeadingCandidate } from './headings';
import { UNDERLINE, type Line } from './lines';
import { firstAtOrAfter } from './schemeIndex';

export interface Accepted extends HeadingCandidate {
  line: number;
  /** Last line of the heading (a bare `第一条` line takes its title from the next line). */
  lastLine?: number;
  /** The body text run in after the title on its line (`(三)公开披露 我们仅会…`). */
  runInBody?: string;
  /** Heading-ish but only as a list item (`- 一、…`): counts for TOC detection, never a section. */
  listOnly: boolean;
  /** Read from a bulleted line (`  * 一、…`, `  * 访问和更正您的个人信息`). */
  bulleted?: boolean;
}

/** Spaces and markup a contents list's entry and its chapter's heading may write differently. */
const TITLE_MARKS = /[\s【】[\]*_#]/g;

/** A title as a contents list and its chapter both write it: an entry may close with a colon or a full stop (`2.个人信息的收集：`). */
function tocKey(c: HeadingCandidate): string {
  return c.title.replace(TITLE_MARKS, '').replace(/[.…·]{2,}\s*\d*$/, '').replace(/[:：。]$/, '');
}

/** Headings repeated later in a run right after each other form a table of contents. */
export function markTableOfContents(lines: Line[], cands: Accepted[]): Set<number> {
  const lastByKey = new Map<string, number>();
  // The body may drop the TOC's numbers (HTML `<h2>` chapters after a `一、…十、` index), so a
  // title alone also counts as a repeat.
  // (A number without a title, `9.` over its clause, repeats nothing.)
  const keys = (c: HeadingCandidate) => (c.title ? [`${c.number ?? ''}|${tocKey(c)}`, `|${tocKey(c)}`] : []);
  // Bulleted chapter headings (`* 1.我们收集的信息`) repeat a table of contents too.
  for (const c of cands) for (const k of keys(c)) lastByKey.set(k, c.line);
  const dup = cands.map((c) =>
    keys(c).some((k) => {
      const last = lastByKey.get(k);
      return last !== undefined && last > c.line;
    }),
  );
  const toc = new Set<number>();
  let runStart = 0;
  const flush = (end: number) => {
    const idx: number[] = [];
    for (let k = runStart; k < end; k++) if (dup[k]) idx.push(k);
    if (idx.length < 2) return;
    // Entries whose wording the body changed (`1、懒人在线公司如何收集…` vs `一、懒人在线公司及其
    //关联公司如何收集…`) still belong to the table when their numbers continue its sequence.
    const next = (k: number, step: 1 | -1) =>
      k + step >= runStart && k + step < end && cands[k + step].numbered && cands[k + step].scheme === cands[k].scheme && cands[k + step].value === cands[k].value + step;
    let from = idx[0];
    let to = idx[idx.length - 1];
    while (next(from, -1)) from--;
    while (next(to, 1)) to++;
    for (let k = from; k <= to; k++) toc.add(cands[k].line);
  };
  for (let k = 1; k <= cands.length; k++) {
    if (k === cands.length || !adjacent(lines, cands[k - 1].line, cands[k].line)) {
      flush(k);
      runStart = k;
    }
  }
  for (const line of listedUnderContentsLeadIn(lines)) toc.add(line);
  for (const line of listedUnderContentsTitle(lines)) toc.add(line);
  return toc;
}

// `## 目录`, `目 录`, `本隐私政策目录如下:`, `Table of Contents`.
const CONTENTS_TITLE = /^(?:目\s*录|[^\n。，,]{0,12}目录如下|(?:table\s+of\s+)?contents)[:：]?$/i;
const MAX_ENTRY = 40;
/** A line as an entry and as the chapter's heading both write it, without markup, number or closing mark; and its number. */
const readEntry = (text: string): { key: string; heading: HeadingCandidate | null } => {
  const plain = text.replace(TITLE_MARKS, '');
  const h = readHeading(plain, -1);
  return { key: (h?.numbered && h.title ? h.title.replace(TITLE_MARKS, '') : plain).replace(/[:：。.？?]+$/, ''), heading: h };
};

/**
 * The entries under a contents title (IKEA's `## 目录` over `定义` / `我们如何收集和使用您的个人信息？` / …): the short lines
 * right below it, up to a rule, a longer line or one repeating an entry (the first chapter's own heading), when at least
 * three are there and half of them stand again further on. markTableOfContents alone misses them when some entries are
 * no heading candidates (a question), which breaks its runs.
 */
function listedUnderContentsTitle(lines: Line[]): number[] {
  const out: number[] = [];
  for (const [i, l] of lines.entries()) {
    if (!CONTENTS_TITLE.test(l.text.replace(/^[#*_\s]+|[*_\s]+$/g, ''))) continue;
    const entries: number[] = [];
    const keys = new Set<string>();
    const lastValue = new Map<string, number>();
    let j = i + 1;
    for (; j < lines.length; j++) {
      const t = lines[j].text;
      if (!t) continue;
      const { key, heading: h } = readEntry(t);
      if (UNDERLINE.test(t) || t.length > MAX_ENTRY || /[。；;]$/.test(t) || key.length < 2 || keys.has(key)) break;
      // Numbering that starts again (`一、` after `七、`) is the first chapter, worded a little unlike its entry.
      if (h?.numbered && h.value <= (lastValue.get(h.scheme) ?? 0)) break;
      if (h?.numbered) lastValue.set(h.scheme, h.value);
      entries.push(j);
      keys.add(key);
    }
    if (entries.length < MIN_CONTENTS_ENTRIES) continue;
    // (A chapter's own line may be a little longer than its entry: its number and markup.)
    const later = new Set(lines.slice(j).filter((x) => x.text && x.text.length <= MAX_ENTRY + 10).map((x) => readEntry(x.text).key));
    const repeated = [...keys].filter((k) => later.has(k)).length;
    if (repeated >= MIN_CONTENTS_ENTRIES && repeated * 2 >= keys.size) out.push(...entries);
  }
  return out;
}

/** The line introducing a table of contents (`本隐私政策将帮助您了解以下内容:`): it holds no chapter (sections.ts). */
export const TOC_INTRO = /(?:帮助|了解|说明|包括|包含).{0,12}(?:以下|如下|下列)(?:内容|几个方面|方面)[:：]?$|帮助(?:您|你)了解[:：]$/;
const MIN_CONTENTS_ENTRIES = 3;

/**
 * A table of contents the body does not repeat line for line (金凤凰: its chapters run inline in one Word paragraph,
 * so `4、 我们如何保护您的个人信息` under `本政策将帮助您了解以下内容:` heads nothing): the short numbered lines right
 * under such a lead-in, numbered in sequence, at least three and nothing else between them.
 */
function listedUnderContentsLeadIn(lines: Line[]): number[] {
  const out: number[] = [];
  for (const [i, l] of lines.entries()) {
    if (!TOC_INTRO.test(l.text)) continue;
    // (Up to where the numbering starts again: `一、引言` right after `…九、如何联系我们` is the first chapter.)
    let j = i + 1;
    for (let prev = null as HeadingCandidate | null; j < lines.length && lines[j].text.length <= 40; j++) {
      const h = readHeading(lines[j].text, -1);
      if (!h?.numbered || (prev && (h.scheme !== prev.scheme || h.value !== (prev.value ?? 0) + 1))) break;
      prev = h;
    }
    if (j - i - 1 >= MIN_CONTENTS_ENTRIES) for (let k = i + 1; k < j; k++) out.push(k);
  }
  return out;
}

/**
 * When the chapters after a table of contents are written as list items (`* 1.我们收集的信息`),
 * the items repeating its entries are the headings: at least two of them, each the entry's last
 * occurrence.
 */
export function promoteListHeadings(cands: Accepted[], toc: Set<number>): void {
  const key = (c: Accepted) => `${c.number ?? ''}|${tocKey(c)}`;
  const entries = new Set(cands.filter((c) => toc.has(c.line) && !c.listOnly).map(key));
  if (entries.size < 2) return;
  const lastToc = Math.max(...toc);
  const last = new Map<string, number>();
  for (const c of cands) last.set(key(c), c.line);
  const promoted = cands.filter((c) => c.listOnly && c.line > lastToc && entries.has(key(c)) && last.get(key(c)) === c.line);
  if (promoted.length >= 2) for (const c of promoted) c.listOnly = false;
}

/**
 * A chapter title run into its body in the page's own source (`五、我们如何处理未成年人信息我们的产品…`) is a heading
 * when the table of contents lists that title alone and no later heading repeats it: the entry says where the title
 * ends. Adds such lines to `cands` (kept in line order).
 */
export function splitContentsRunIns(lines: Line[], cands: Accepted[], toc: Set<number>): void {
  if (toc.size < 3) return;
  const lastToc = Math.max(...toc);
  const key = (c: HeadingCandidate) => `${c.scheme}|${c.value}|${tocKey(c)}`;
  const repeated = new Set(cands.filter((c) => c.line > lastToc).map(key));
  const taken = new Set(cands.map((c) => c.line));
  const entries = cands.filter((c) => toc.has(c.line) && c.numbered && c.title.length >= 4 && !repeated.has(key(c)));
  if (!entries.length) return;
  // The numbered lines after the table by number, read once however many entries are left.
  const byNumber = new Map<string, { i: number; h: HeadingCandidate }[]>();
  const entryNumbers = new Set(entries.map((e) => `${e.scheme}|${e.value}`));
  for (let i = lastToc + 1; i < lines.length; i++) {
    const text = lines[i].text;
    if (!text || taken.has(i)) continue;
    const h = readHeading(text, 0);
    const k = h?.numbered ? `${h.scheme}|${h.value}` : '';
    if (!h || !entryNumbers.has(k)) continue;
    const at = byNumber.get(k);
    if (at) at.push({ i, h });
    else byNumber.set(k, [{ i, h }]);
  }
  for (const e of entries) {
    const found = byNumber.get(`${e.scheme}|${e.value}`)?.find((x) => x.h.title.startsWith(e.title));
    if (!found) continue;
    const body = found.h.title.slice(e.title.length).trim();
    if (body.length >= 2) cands.splice(firstAtOrAfter(cands, found.i), 0, { ...found.h, title: e.title, runInBody: body, line: found.i, listOnly: false });
  }
}

/**
 * A policy written entirely as a bulleted outline (`* 一、我们如何收集…`, `    * 1、乘车码服务`) and
 * nothing else for headings: numbered bullets whose scheme runs 1, 2, 3 … are its headings.
 */
export function promoteBulletChapters(cands: Accepted[], toc: Set<number>): void {
  if (cands.filter((c) => !c.listOnly && !c.bulleted && !toc.has(c.line)).length >= 3) return;
  const bullets = cands.filter((c) => c.bulleted && c.numbered);
  const chapters = new Set<string>();
  for (const scheme of new Set(bullets.map((c) => c.scheme))) {
    const values = bullets.filter((c) => c.scheme === scheme).map((c) => c.value);
    if (values[0] === 1 && values[1] === 2 && values[2] === 3) chapters.add(scheme);
  }
  if (chapters.size) for (const c of bullets) if (chapters.has(c.scheme)) c.listOnly = false;
}

/** Only blank lines (or setext underlines) between lines a and b. */
function adjacent(lines: Line[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (lines[j].text && !UNDERLINE.test(lines[j].text)) return false;
  return true;
}
