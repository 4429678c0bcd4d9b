import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { SourceHeading } from './types';
import { DROPPED, holdsPolicyDates, isChrome, textLength, visibleText } from './pageChrome';

/** Plain text of an HTML page plus the source ranges of its h1–h6 elements (level 1–6), bold-only lines (level 0) and
 * bold titles run in before their body (level 0, `runIn`: the range is the title's). */
export interface HtmlText {
  text: string;
  headings: SourceHeading[];
  /** The page's `<title>`, which often names the app the text names only in passing (`隐私政策 · Orbit`). */
  title?: string;
}

const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
const LETTERS = /[\p{L}\p{N}]/gu;
const TITLE_AFTER_NUMBER = /^[\s•]*(?:[(（]?(?:[一二三四五六七八九十百]+|\d+(?:\.\d+)*)[)）、.．]?)?\s*\p{Script=Han}{2}/u;

/** A class that only says bold (`<li class="fXS bold">`, utility CSS's `font-bold`). */
const BOLD_CLASS = /(?:^|\s)(?:bold|font-bold|fw-bold|text-bold|font-semibold|fw-semibold)(?:\s|$)/;

/** Bold by element (`<strong>`, `<b>`: mammoth writes docx bold runs so), by inline style (editors' `<span style="font-weight:700">`)
 * or by a class named for it. */
function isBold(el: Element): boolean {
  return el.name === 'strong' || el.name === 'b' || BOLD_STYLE.test(el.attribs.style ?? '') || BOLD_CLASS.test(el.attribs.class ?? '');
}

/** An accordion's header (`<button class="cmp-accordion__button" aria-expanded="false"><span>個人資料的安全性及保障措施</span>`):
 * the title of the panel it opens, unlike a form's or a menu's button. */
function isDisclosureButton(el: Element): boolean {
  const a = el.attribs;
  return el.name === 'button' && ('aria-expanded' in a || 'aria-controls' in a || /collapse|accordion/i.test(`${a['data-toggle'] ?? ''} ${a['data-bs-toggle'] ?? ''} ${a.class ?? ''}`));
}

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'blockquote', 'pre', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'hr', 'center', 'body', 'html', 'details', 'summary', 'legend',
  // Word's HTML ends each of its paragraphs with `<o:p></o:p>`, even where a paste ran them all into one `<p>`.
  'o:p',
]);

interface Frame {
  node: ChildNode;
  exit: boolean;
}

/**
 * Walks the DOM (iteratively) and writes lines: blocks and <br> break lines, <li> keeps a bullet (or its number),
 * table rows become one line with cells joined by ' | ', headings are recorded with their level.
 * Chrome that holds most of the page's text is kept: some sites put the policy inside a "menu" panel.
 */
export function htmlToText(html: string): HtmlText {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const totalText = textLength(doc);
  const lines: string[] = [];
  let outLen = 0;
  let pieces: string[] = [];
  let preDepth = 0;
  let cellDepth = 0;
  const headings: HtmlText['headings'] = [];
  const headingStack: { level: number; start: number }[] = [];
  // A line whose every letter is bold is a title the page sets apart (`<p><strong>信息存储</strong></p>`), as
  // `**…**` is in markdown; the analyzer still decides whether it reads as a heading. Not table rows.
  let boldDepth = 0;
  let boldLetters = 0;
  let plainLetters = 0;
  let lineHasCell = false;
  // A list item nested in another list is indented two spaces per level, as markdown writes it: the analyzer reads a
  // bulleted title over a deeper list of paragraphs as their heading (`• 1、乘车码服务` › `  • (1) 注册信息:…`).
  // An ordered list shows its items' numbers (`<ol start="3"><li><strong>資料匿名化</strong>` reads `3. 資料匿名化`), and
  // Word's numbered headings reach us from mammoth so: the number is part of what the reader sees. One entry per open
  // list, the next number or null for a bulleted one.
  const listNumbers: (number | null)[] = [];
  let bulletIndent = '';
  // The bold text a line opens with, before any plain letter: a title run in before its body
  // (`<p><strong>七、管理您的个人信息</strong> 我们保障您…</p>`), as `**…** …` is in markdown.
  let boldLead = '';
  let leadOpen = true;
  // Inline elements a block sets one per source line as its paragraphs (spanRows): lines of their own.
  const rowSpans = new Set<Element>();

  const flush = (): void => {
    const allBold = boldLetters > 0 && plainLetters === 0 && !lineHasCell && headingStack.length === 0;
    // (A title, not a bare number in bold before plain text: `<strong>一、</strong>我们如何收集`.)
    const runIn = !allBold && plainLetters > 0 && TITLE_AFTER_NUMBER.test(boldLead) && !lineHasCell && headingStack.length === 0 ? boldLead.replace(/\s+/g, ' ').trim() : '';
    boldLead = '';
    leadOpen = true;
    boldLetters = plainLetters = 0;
    lineHasCell = false;
    if (!pieces.length) return;
    let line = pieces.join('').replace(/^[ \t\r\n\f]+|[ \t\r\n\f]+$/g, '');
    if (preDepth === 0) line = line.replace(/ {2,}/g, ' ');
    pieces = [];
    const indent = bulletIndent;
    bulletIndent = '';
    if (!line || /^(?:•|\d+\.)$/.test(line)) return;
    if (indent && /^(?:•|\d+\. )/.test(line)) line = indent + line;
    if (lines.length) outLen += 1;
    lines.push(line);
    if (allBold) headings.push({ start: outLen, end: outLen + line.length, level: 0 });
    // (Where the line opens with it: after a bullet and its indent at most.)
    const at = runIn ? line.indexOf(runIn) : -1;
    if (at >= 0 && !/\S/.test(line.slice(0, at).replace(/^\s*(?:•|\d+\.)/, ''))) headings.push({ start: outLen + at, end: outLen + at + runIn.length, level: 0, runIn: true });
    outLen += line.length;
  };
  const lineStartOffset = (): number => (lines.length ? outLen + 1 : 0);
  const countLetters = (data: string): void => {
    const letters = data.match(LETTERS)?.length ?? 0;
    if (boldDepth > 0) {
      boldLetters += letters;
      if (leadOpen) boldLead += data;
    } else {
      plainLetters += letters;
      if (letters > 0) leadOpen = false;
    }
  };

  const stack: Frame[] = [{ node: doc as unknown as ChildNode, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      const pasted = preDepth === 0 && cellDepth === 0 ? pastedLines(node.data) : null;
      if (pasted) {
        pasted.forEach((line, k) => {
          if (k > 0) flush();
          pieces.push(line);
          countLetters(line);
        });
        continue;
      }
      pieces.push(preDepth > 0 ? node.data : node.data.replace(/[ \t\r\n\f]+/g, ' '));
      countLetters(node.data);
      continue;
    }
    if (node.type === 'cdata' || node.type === 'root') {
      if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k], exit: false });
      continue;
    }
    if (node.type !== 'tag') continue; // comments, directives
    const el = node as Element;
    const name = el.name;
    const block = BLOCKS.has(name) || /^h[1-6]$/.test(name) || name === 'li' || name === 'tr' || rowSpans.has(el) || name === 'button';
    if (exit) {
      if (isBold(el)) boldDepth--;
      if (name === 'pre') preDepth--;
      if (name === 'td' || name === 'th') cellDepth--;
      if (name === 'ul' || name === 'ol') listNumbers.pop();
      if (block && cellDepth === 0) flush();
      if (/^h[1-6]$/.test(name) || name === 'button') {
        const h = headingStack.pop();
        if (h && outLen > h.start) headings.push({ start: h.start, end: outLen, level: h.level });
      }
      continue;
    }
    if (DROPPED.has(name) && !isDisclosureButton(el)) continue;
    if (isChrome(el) && textLength(el) < totalText * 0.5 && !holdsPolicyDates(el)) continue;
    if (name === 'br') {
      if (preDepth > 0) pieces.push('\n');
      else if (cellDepth > 0) pieces.push(' ');
      else flush();
      continue;
    }
    if (block && cellDepth === 0) flush();
    else if (block) pieces.push(' ');
    if (/^h[1-6]$/.test(name)) headingStack.push({ level: Number(name[1]), start: lineStartOffset() });
    // (An accordion's header titles its panel as a bold-only line does: level 0, the analyzer decides.)
    else if (name === 'button') headingStack.push({ level: 0, start: lineStartOffset() });
    if (name === 'ul' || name === 'ol') {
      const start = Number.parseInt(el.attribs.start ?? '1', 10);
      listNumbers.push(name === 'ol' && (el.attribs.type ?? '1') === '1' ? (Number.isFinite(start) ? start : 1) : null);
    }
    if (name === 'li' && cellDepth === 0) {
      const n = listNumbers[listNumbers.length - 1];
      if (n == null) pieces.push('• ');
      else {
        pieces.push(`${n}. `);
        listNumbers[listNumbers.length - 1] = n + 1;
      }
      bulletIndent = '  '.repeat(Math.max(0, listNumbers.length - 1));
    }
    if (name === 'td' || name === 'th') {
      if (pieces.some((s) => s.trim())) pieces.push(' | ');
      cellDepth++;
      lineHasCell = true;
    }
    if (isBold(el)) boldDepth++;
    if (name === 'pre') preDepth++;
    if (block && preDepth === 0 && cellDepth === 0) for (const row of spanRows(el)) rowSpans.add(row);
    stack.push({ node, exit: true });
    for (let k = el.children.length - 1; k >= 0; k--) stack.push({ node: el.children[k], exit: false });
  }
  flush();
  const title = pageTitle(doc);
  return title ? { text: lines.join('\n'), headings, title } : { text: lines.join('\n'), headings };
}

/** The text of the first `<title>` element, blanks collapsed; undefined when there is none or it is empty. */
function pageTitle(root: ChildNode): string | undefined {
  const stack: ChildNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    if (el.name === 'title') return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('').replace(/\s+/g, ' ').trim() || undefined;
    for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k]);
  }
  return undefined;
}

const ENDS_OR_NUMBERED = /[。；;：:！!？?)）]$|^(?:[(（]?[一二三四五六七八九十]+[)）、.．]|[(（]?\d+[)）、.．]|第[一二三四五六七八九十\d]+[章条节部])/;

/**
 * A policy laid out in lines inside one element (a text file pasted into a `<p>`): a browser runs them together, but
 * most of them end a sentence or open with a number, as a hard wrap would not; or a title over its sentence (titleOverBody).
 * Those lines, or null.
 */
function pastedLines(data: string): string[] | null {
  if (!data.includes('\n')) return null;
  const lines = data.split('\n').map((l) => l.replace(/[ \t\r\f]+/g, ' ').trim()).filter(Boolean);
  if (titleOverBody(lines)) return lines;
  if (data.length < 400 || lines.length < 8 || (data.match(/\p{Script=Han}/gu)?.length ?? 0) < data.length * 0.3) return null;
  return readAsLines(lines) ? lines : null;
}

/** What such a title ends with: the words policies' titles end with (not a wrap inside a sentence, `您在使用homemaking⏎ 平台时`). */
const TITLE_END = /(?:信息|资料|政策|安全|变更|范围|权利|技术|说明|方式|期限|保护|声明|条款|规则|目的|用途|共享|转让|披露|存储|保存|联系我们|关于我们|儿童|未成年人)$/;

/** A short title on its own source line over the paragraph it names, in one element (掌上LAPA's `<p>我们可能收集的信息⏎  我们提供
 * 服务时,…。</p>`), as the element's source lines. (A hard wrap breaks a sentence mid-way: the first line would be long or end
 * in a word.) */
function titleOverBody(lines: readonly string[]): boolean {
  if (lines.length !== 2) return false;
  const [title, body] = lines;
  return /^\p{Script=Han}[\p{Script=Han}A-Za-z ]{0,14}\p{Script=Han}$/u.test(title) && TITLE_END.test(title) && body.length >= 12 && /[。；;：:]$/.test(body);
}

/** Most of them (three in five) end a sentence or open with a number, as paragraphs and titles do and hard wraps do not. */
function readAsLines(texts: readonly string[]): boolean {
  return texts.filter((t) => ENDS_OR_NUMBERED.test(t)).length >= texts.length * 0.6;
}

const MIN_ROWS = 8;

/**
 * A block whose paragraphs are inline elements, one per source line (`<p>` › `<span class="wow fadeInLeft">1.个人信息的定义和
 * 范围</span>` ⏎ `<span …>1.1 个人信息</span>` ⏎ …, the site's style sheet setting them apart): most end a sentence or open
 * with a number (readAsLines, as pastedLines asks). Those elements, or none. (Word's runs of one paragraph share its lines.)
 */
function spanRows(el: Element): Element[] {
  const rows: Element[] = [];
  let gap = true;
  for (const child of el.children) {
    if (child.type === 'text') {
      if (/\S/.test(child.data)) return [];
      if (child.data.includes('\n')) gap = true;
    } else if (child.type === 'tag') {
      const tag = child as Element;
      if (BLOCKS.has(tag.name) || !gap || tag.name === 'br') return [];
      rows.push(tag);
      gap = false;
    }
  }
  if (rows.length < MIN_ROWS) return [];
  return readAsLines(rows.map((r) => visibleText(r))) ? rows : [];
}

/** Charset declared by `<meta charset>` / `http-equiv=content-type` / an XML prolog in the first bytes. */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const noComments = head.replace(/<!--[\s\S]*?-->/g, '');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(noComments);
  if (meta) return meta[1];
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(noComments);
  return xml?.[1];
}
