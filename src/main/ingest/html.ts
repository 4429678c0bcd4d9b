import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Plain text of an HTML page plus the source ranges of its h1–h6 elements (level 1–6) and bold-only lines (level 0). */
export interface HtmlText {
  text: string;
  headings: { start: number; end: number; level: number }[];
}

const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
const LETTERS = /[\p{L}\p{N}]/gu;

/** Bold by element (`<strong>`, `<b>`: mammoth writes docx bold runs so) or by inline style (editors' `<span style="font-weight:700">`). */
function isBold(el: Element): boolean {
  return el.name === 'strong' || el.name === 'b' || BOLD_STYLE.test(el.attribs.style ?? '');
}

/** Never content: code, embedded objects, metadata. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'embed', 'head', 'canvas', 'video', 'audio', 'select', 'button', 'math']);
/** Page chrome by element name or ARIA role. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search']);
/** Words in id/class names that mean chrome … unless the same token also says it holds the content. */
const CHROME_WORDS = new Set(['nav', 'navbar', 'navigation', 'navlist', 'navitems', 'subnav', 'menu', 'menubar', 'footer', 'foot', 'header', 'breadcrumb', 'breadcrumbs', 'crumbs', 'sidebar', 'topbar', 'toolbar', 'copyright', 'banner', 'cookiebar', 'shortcut', 'topnav', 'skip', 'search', 'logo', 'hotwords']);
const CONTENT_WORDS = new Set(['content', 'article', 'text', 'detail', 'policy', 'privacy', 'agreement', 'terms', 'body', 'main', 'markdown', 'doc']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'blockquote', 'pre', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'hr', 'center', 'body', 'html', 'details', 'summary', 'legend',
]);

function nameWords(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

function isChromeName(attr: string | undefined): boolean {
  if (!attr) return false;
  for (const token of attr.split(/\s+/)) {
    const words = nameWords(token);
    if (words.some((w) => CHROME_WORDS.has(w)) && !words.some((w) => CONTENT_WORDS.has(w))) return true;
  }
  return false;
}

function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const role = el.attribs.role?.toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  return isChromeName(el.attribs.id) || isChromeName(el.attribs.class);
}

/** Visible text length under a node, iteratively (pages can nest thousands deep). */
function textLength(root: ChildNode): number {
  let total = 0;
  const stack: ChildNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') total += node.data.replace(/\s+/g, '').length;
    else if ('children' in node && !(node.type === 'tag' && DROPPED.has((node as Element).name))) {
      for (const c of node.children) stack.push(c);
    }
  }
  return total;
}

interface Frame {
  node: ChildNode;
  exit: boolean;
}

/**
 * Walks the DOM (iteratively) and writes lines: blocks and <br> break lines, <li> keeps a bullet,
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

  const flush = (): void => {
    const allBold = boldLetters > 0 && plainLetters === 0 && !lineHasCell && headingStack.length === 0;
    boldLetters = plainLetters = 0;
    lineHasCell = false;
    if (!pieces.length) return;
    let line = pieces.join('').replace(/^[ \t\r\n\f]+|[ \t\r\n\f]+$/g, '');
    if (preDepth === 0) line = line.replace(/ {2,}/g, ' ');
    pieces = [];
    if (!line || line === '•') return;
    if (lines.length) outLen += 1;
    lines.push(line);
    if (allBold) headings.push({ start: outLen, end: outLen + line.length, level: 0 });
    outLen += line.length;
  };
  const lineStartOffset = (): number => (lines.length ? outLen + 1 : 0);

  const stack: Frame[] = [{ node: doc as unknown as ChildNode, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      pieces.push(preDepth > 0 ? node.data : node.data.replace(/[ \t\r\n\f]+/g, ' '));
      const letters = node.data.match(LETTERS)?.length ?? 0;
      if (boldDepth > 0) boldLetters += letters;
      else plainLetters += letters;
      continue;
    }
    if (node.type === 'cdata' || node.type === 'root') {
      if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k], exit: false });
      continue;
    }
    if (node.type !== 'tag') continue; // comments, directives
    const el = node as Element;
    const name = el.name;
    const block = BLOCKS.has(name) || /^h[1-6]$/.test(name) || name === 'li' || name === 'tr';
    if (exit) {
      if (isBold(el)) boldDepth--;
      if (name === 'pre') preDepth--;
      if (name === 'td' || name === 'th') cellDepth--;
      if (block && cellDepth === 0) flush();
      if (/^h[1-6]$/.test(name)) {
        const h = headingStack.pop();
        if (h && outLen > h.start) headings.push({ start: h.start, end: outLen, level: h.level });
      }
      continue;
    }
    if (DROPPED.has(name)) continue;
    if (isChrome(el) && textLength(el) < totalText * 0.5) continue;
    if (name === 'br') {
      if (preDepth > 0) pieces.push('\n');
      else if (cellDepth > 0) pieces.push(' ');
      else flush();
      continue;
    }
    if (block && cellDepth === 0) flush();
    else if (block) pieces.push(' ');
    if (/^h[1-6]$/.test(name)) headingStack.push({ level: Number(name[1]), start: lineStartOffset() });
    if (name === 'li' && cellDepth === 0) pieces.push('• ');
    if (name === 'td' || name === 'th') {
      if (pieces.some((s) => s.trim())) pieces.push(' | ');
      cellDepth++;
      lineHasCell = true;
    }
    if (isBold(el)) boldDepth++;
    if (name === 'pre') preDepth++;
    stack.push({ node, exit: true });
    for (let k = el.children.length - 1; k >= 0; k--) stack.push({ node: el.children[k], exit: false });
  }
  flush();
  return { text: lines.join('\n'), headings };
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
