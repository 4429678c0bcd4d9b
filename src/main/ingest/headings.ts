import type { HeadingHint, SourceHeading } from './types';

/** First index i with offsets[i] >= target (offsets is non-decreasing). */
function lowerBound(offsets: Int32Array, target: number, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps heading ranges in `source` to whole lines of the normalised text (a run-in title keeps its own range too). */
export function hintsFromSourceRanges(ranges: readonly SourceHeading[], text: string, offsets: Int32Array): HeadingHint[] {
  const hints: HeadingHint[] = [];
  for (const r of ranges) {
    const a = lowerBound(offsets, r.start, text.length);
    const b = lowerBound(offsets, r.end, text.length);
    if (b <= a) continue;
    const nstart = text.lastIndexOf('\n', a - 1) + 1;
    const lineEnd = text.indexOf('\n', b - 1);
    const nend = lineEnd < 0 ? text.length : lineEnd;
    if (!text.slice(nstart, nend).trim()) continue;
    const prev = hints[hints.length - 1];
    if (prev && prev.nstart === nstart) continue;
    hints.push(r.runIn ? { nstart, nend, level: r.level, runIn: { nstart: a, nend: b } } : { nstart, nend, level: r.level });
  }
  return hints;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+\S/;
const LIST_ITEM = /^\s*(?:[-*+•]\s|\d+[.)]\s)/;

/** Markdown `#` headings and setext titles (`===` → 1, `---` → 2) in normalised offsets. */
export function markdownHeadingHints(text: string): HeadingHint[] {
  const hints: HeadingHint[] = [];
  let start = 0;
  let prev: { start: number; end: number } | null = null;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const atx = ATX.exec(line);
    if (atx) hints.push({ nstart: start, nend: end, level: atx[1].length });
    else if (prev && /^ {0,3}(=+|-+)\s*$/.test(line)) {
      const title = text.slice(prev.start, prev.end);
      if (title.trim() && !LIST_ITEM.test(title) && !ATX.test(title)) {
        hints.push({ nstart: prev.start, nend: prev.end, level: line.trim()[0] === '=' ? 1 : 2 });
      }
    }
    prev = line.trim() ? { start, end } : null;
    start = end + 1;
  }
  return hints;
}
