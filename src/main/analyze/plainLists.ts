// Plain titles that head a chapter's list of sub-titles, told apart by layout alone. A policy whose marks were lost
// (markdown pasted as text, a web page copied) keeps its chapters as `信息使用` › blank line › `我们…用于以下目的：`, and
// the chapter's items as a title with its body on the very next line (`计费与收费` › `计算服务费用…`).
import type { Line } from './lines';
import type { Accepted } from './listHeadings';

/** The scheme the items take, so they nest under the chapter instead of standing beside it. */
export const PLAIN_ITEM_SCHEME = 'plain-item';
/** A lead-in: the chapter's body announces what follows. */
const LEAD_IN = /[:：]$/;

const isPlain = (h: Accepted | undefined): h is Accepted => h !== undefined && h.scheme === 'plain' && !h.numbered && !h.markup && !h.runInBody;

/**
 * Indices into `heads` of the plain titles that are items of the plain chapter above them. A chapter is a plain title
 * set apart by blank lines, whose body is empty or a single lead-in line, and whose next heading is a plain title with
 * its body right under it; its items run until the next plain title with a blank line under it and a body of its own
 * (a blank-lined title without body, `服务使用信息` over `操作日志`, is one more item).
 * Where the items are set apart as the chapters are (a rendered page copied: every title between blank lines), the
 * lead-in alone tells them: the chapter's body is that one line, and its items run while each has one block of text
 * under it (a paragraph, or a lead-in and its list); a title over more blocks, or over a lead-in alone, is a chapter.
 */
export function plainListItems(lines: readonly Line[], heads: readonly Accepted[]): Set<number> {
  const items = new Set<number>();
  const lastLine = (k: number) => heads[k].lastLine ?? heads[k].line;
  const bodyEnd = (k: number) => (k + 1 < heads.length ? heads[k + 1].line : lines.length);
  const bodyLines = (k: number) => lines.slice(lastLine(k) + 1, bodyEnd(k)).filter((l) => l.text);
  const loose = (k: number) => lines[lastLine(k) + 1]?.text === '';
  const setApart = (k: number) => loose(k) && (heads[k].line === 0 || lines[heads[k].line - 1].text === '');
  const tight = (k: number) => isPlain(heads[k]) && !loose(k) && bodyLines(k).length > 0;
  // Blocks of text under a title: runs of lines between blank ones.
  const blocks = (k: number) => lines.slice(lastLine(k) + 1, bodyEnd(k)).filter((l, j, all) => l.text && !all[j - 1]?.text).length;
  const leadInAlone = (k: number) => { const body = bodyLines(k); return body.length === 1 && LEAD_IN.test(body[0].text); };
  // (…or a title right over another, without body, `服务使用信息` / `操作日志`: a group of items.)
  const stacked = (k: number) => k + 1 < heads.length && heads[k + 1].line === lastLine(k) + 1;
  const looseItem = (k: number) => isPlain(heads[k]) && ((loose(k) && blocks(k) === 1 && !leadInAlone(k)) || (stacked(k) && isPlain(heads[k + 1])));
  let inList = false;
  let inLooseList = false;
  for (let k = 0; k < heads.length; k++) {
    if (!isPlain(heads[k])) continue;
    const body = bodyLines(k);
    const opensList = setApart(k) && (body.length === 0 || LEAD_IN.test(body[0].text)) && tight(k + 1);
    const opensLooseList = setApart(k) && leadInAlone(k) && looseItem(k + 1);
    if (inList && (tight(k) || (opensList && body.length === 0))) items.add(k);
    else if (inLooseList && looseItem(k)) items.add(k);
    else {
      inList = opensList;
      inLooseList = !opensList && opensLooseList;
    }
  }
  return items;
}
