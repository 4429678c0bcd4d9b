// A page's titles as a reader copies them out of the browser, where only the layout is left of their markup.
import { isPlainTitle } from './headings';
import { nextNonEmpty, type Line } from './lines';
import { CLAUSE_TITLE } from './runIns';
import { setApart } from './titleContext';

/**
 * A short title closed by a full stop, set apart by blank lines between finished paragraphs (`知情权。`, `GitHub 自动收集的信息。`:
 * a page's `<h3>`s copied out of the browser): a title, as `#### 知情权。` is. Not a sentence to the reader (`我们…`), a phrase
 * ending on `的`, nor a field's label in brackets (`【位置信息】地理位置信息。`).
 */
export function periodTitleSetApart(lines: Line[], i: number, title: string): boolean {
  const stem = title.slice(0, -1);
  if (!/[^。]。$/.test(title) || !setApart(lines, i) || !periodTitleStem(stem) || !isPlainTitle(stem, true)) return false;
  const prev = nextNonEmpty(lines, i, -1);
  const next = nextNonEmpty(lines, i, 1);
  // (After a paragraph, not after a list's short item set apart the same way, `遵守法院命令或其他法律程式的規定。` › `遵守相關政府機關的要求。`.)
  return prev !== null && prev.text.length >= 40 && /[。！？!?]$/.test(prev.text) && next !== null && next.text.length >= 40;
}
/** A clause's title (runIns' CLAUSE_TITLE, Traditional `我們` too), 2 to 12 characters, no bracketed label, not ending on `的`. */
const periodTitleStem = (stem: string): boolean => stem.length >= 2 && stem.length <= 12 && CLAUSE_TITLE.test(stem) && !/^我們|[【】[\]]|的$/.test(stem);
