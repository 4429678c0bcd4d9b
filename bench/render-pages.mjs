// The CA4P pages (markdown-ish text), and markdown pages, rendered as the other forms a policy reaches a reader in, to check that headings
// are found without markdown's marks: `plain` drops `#`, bold and `===` rules but keeps bullets (a page copied as text),
// `bare` drops bullets too, `html` writes <h2>…<h6>, lists and tables, `html-bold` writes headings as bold paragraphs.
// Used by `node bench/score-headings.mjs --as FORM` (docs/decisions/0002, round 20).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const FORMS = ['plain', 'bare', 'html', 'html-bold'];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (s) => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\*\*/g, '');
const RULE = /^\s*(?:=+|-{3,})\s*$/;

function asText(text, bullets) {
  return text.split('\n').filter((l) => !RULE.test(l)).map((l) => {
    const s = l.replace(/^\s*#{1,6}\s*/, '').replace(/\*\*|__/g, '').replace(/\\([.#*_\-()[\]])/g, '$1');
    return bullets ? s : s.replace(/^\s*[*\-+•]\s+/, '').trim();
  }).join('\n');
}

function asHtml(text, boldHeadings) {
  const lines = text.split('\n');
  const out = [];
  let depth = 0; // open <ul> levels
  let table = false;
  const closeLists = () => { while (depth > 0) { out.push('</ul>'); depth--; } };
  const closeTable = () => { if (table) out.push('</table>'); table = false; };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (!l || RULE.test(l) || /^(\|?\s*-{3,}\s*\|)+/.test(l)) continue;
    // (CA4P's `===` also closes a paragraph: a short line over it is a title, a long one no heading.)
    const setext = /^=+$/.test((lines[i + 1] ?? '').trim()) && l.length <= 48 && !/[。；;]$/.test(l);
    const h = /^(#{1,6})\s*(.*)$/.exec(l);
    if (h || setext) {
      closeLists(); closeTable();
      const level = h ? Math.min(6, h[1].length + 1) : 2;
      const title = inline(h ? h[2] : l);
      out.push(boldHeadings ? `<p><strong>${title.replace(/<\/?strong>/g, '')}</strong></p>` : `<h${level}>${title}</h${level}>`);
      continue;
    }
    const bullet = /^[*\-•]\s+(.*)$/.exec(l);
    if (bullet) {
      closeTable();
      const want = 1 + Math.floor((lines[i].length - lines[i].trimStart().length) / 2);
      while (depth < want) { out.push('<ul>'); depth++; }
      while (depth > want) { out.push('</ul>'); depth--; }
      out.push(`<li>${inline(bullet[1])}</li>`);
      continue;
    }
    if ((l.match(/\|/g) ?? []).length >= 2) {
      closeLists();
      if (!table) out.push('<table>');
      table = true;
      out.push(`<tr>${l.split('|').map((c) => c.trim()).filter(Boolean).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      continue;
    }
    closeLists(); closeTable();
    out.push(`<p>${inline(l)}</p>`);
  }
  closeLists(); closeTable();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>隐私政策</title></head><body><nav><a href="/">首页</a></nav><div class="content">\n${out.join('\n')}\n</div><footer>版权所有</footer></body></html>`;
}

const dir = join(tmpdir(), 'policy-lens-rendered');

/** A kramdown/Pandoc attribute block ending a markdown line or alone on one (`### Sync {: #sync }`, `## 三、… {#scope}`). */
const ATTRIBUTES = /[ \t]*\{:?[ \t]*#[^{}\n]*\}[ \t]*$|^[ \t]*\{:[^{}\n]*\}[ \t]*$/gm;

/** The path of `path` rendered as `form` (a CA4P txt page or a markdown page; any other file is read as it is). */
export function renderedPath(path, form) {
  const markdown = /\.md$/i.test(path);
  if (!path.includes('ca4p483/txt/') && !markdown) return path;
  mkdirSync(dir, { recursive: true });
  const raw = readFileSync(path, 'utf8');
  const text = markdown ? raw.replace(ATTRIBUTES, '') : raw;
  const html = form.startsWith('html');
  const out = join(dir, `${form}_${basename(path).replace(/\.(txt|md)$/i, '')}.${html ? 'html' : 'txt'}`);
  writeFileSync(out, html ? asHtml(text, form === 'html-bold') : asText(text, form === 'plain'));
  return out;
}
