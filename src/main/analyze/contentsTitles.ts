// A contents list's titles, found by their repeats further on: findCandidates (candidates.ts) lets such a line stand as a
// heading wherever it stands.
import { isPlainTitle } from './headings';
import type { Line } from './lines';

/** A contents list's entry: a short line, bulleted or not (`◼ 您的权利`), with no sentence in it. */
const CONTENTS_ENTRY = /^(?:[•·▪●○◆◼■□◇]\s*|[-*+]\s+)?([^，。,；;:：!！?？|]{2,24})$/;

/**
 * Titles a contents list names, with the line its list ends on: 3 or more different short title lines in a row in the
 * first third of the text, at least 3 of them (and half) standing once each on a line of their own further on. A later
 * line repeating one is a title wherever it stands (`您的权利` right under a link line that ends no sentence). (A
 * flattened table repeats its header cells row after row: no title there stands once; a permissions table's names come
 * again in a list further on, past the first third.)
 */
export function contentsTitles(lines: Line[], zh: boolean): Map<string, number> {
  const seen = new Map<string, number[]>();
  for (const [i, l] of lines.entries()) {
    if (!l.text) continue;
    const at = seen.get(l.text);
    if (at) at.push(i);
    else seen.set(l.text, [i]);
  }
  const titles = new Map<string, number>();
  let run: { title: string; line: number }[] = [];
  const inRun = new Set<string>();
  const flush = () => {
    const end = run.length ? run[run.length - 1].line : -1;
    const repeated = run.length >= 3 && end < lines.length * 0.3 ? run.filter((e) => (seen.get(e.title) ?? []).filter((i) => i > end).length === 1) : [];
    if (repeated.length >= 3 && repeated.length * 2 >= run.length) for (const e of repeated) if (!titles.has(e.title)) titles.set(e.title, end);
    run = [];
    inRun.clear();
  };
  for (const [i, l] of lines.entries()) {
    if (!l.text) continue;
    const m = CONTENTS_ENTRY.exec(l.text);
    const title = m?.[1].trim();
    const entry = title && /\p{Script=Han}{2}/u.test(title) && isPlainTitle(title, zh);
    // (The first chapter's title right under the list, `个人信息收集使用规则`, repeats an entry: the list ended before it.)
    if (!entry || inRun.has(title)) flush();
    if (entry) {
      run.push({ title, line: i });
      inRun.add(title);
    }
  }
  flush();
  return titles;
}
