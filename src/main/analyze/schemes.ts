// How numbering schemes relate across a document: which unnumbered titles are siblings of the
// numbered headings, and which are labels the numbering runs through. Used by splitSections.
import type { HeadingCandidate } from './headings';

const UNNUMBERED_WEAK: ReadonlySet<string> = new Set(['plain', 'bold', 'bracket', 'setext', 'note']);
/** The scheme of a running label: matches no real scheme, so any open scheme closes it. */
export const LABEL_SCHEME = 'label';
/** The scheme of a label and its colon over the paragraph it names (`设备数据:`): it nests under the heading above. */
export const COLON_LABEL_SCHEME = 'colonLabel';

/**
 * Unnumbered title lines inside numbered text that the numbering runs through (`二、…` `例外情形`
 * `三、…`): labels within the current section, never parents or closers of numbered headings.
 */
export function runningLabels(heads: readonly HeadingCandidate[]): Set<number> {
  const labels = new Set<number>();
  // nextNumbered[k]: the first numbered heading after k (linear: hostile files have thousands of lines).
  const nextNumbered = new Array<HeadingCandidate | null>(heads.length).fill(null);
  for (let k = heads.length - 2; k >= 0; k--) nextNumbered[k] = heads[k + 1].numbered ? heads[k + 1] : nextNumbered[k + 1];
  const lastValue = new Map<string, number>();
  for (const [k, h] of heads.entries()) {
    if (h.numbered) {
      lastValue.set(h.scheme, h.value);
      continue;
    }
    if (lastValue.size === 0 || h.markupLevel > 0 || !UNNUMBERED_WEAK.has(h.scheme)) continue;
    const next = nextNumbered[k];
    if (next && next.value > 1 && lastValue.get(next.scheme) === next.value - 1) labels.add(k);
  }
  return labels;
}

/**
 * Unnumbered front-matter titles (`引言`, `目录`, `### 提示条款`) whose scheme never recurs after the
 * first numbered heading are siblings of that heading's scheme, not its parents.
 */
export function schemeAliases(heads: readonly HeadingCandidate[], labels: ReadonlySet<number>): Map<string, string> {
  const aliases = new Map<string, string>();
  const firstNumbered = heads.findIndex((h) => h.numbered);
  if (firstNumbered <= 0) return aliases;
  const late = new Set(heads.slice(firstNumbered).filter((_, k) => !labels.has(k + firstNumbered)).map((h) => h.scheme));
  for (const h of heads.slice(0, firstNumbered)) {
    if (UNNUMBERED_WEAK.has(h.scheme) && !late.has(h.scheme)) aliases.set(h.scheme, heads[firstNumbered].scheme);
  }
  return aliases;
}
