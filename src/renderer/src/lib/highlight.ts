// Splits text into plain and marked segments from spans, so views render <mark> elements
// (never HTML strings). Overlapping spans are split at every boundary.

export interface HighlightSpan {
  start: number;
  end: number;
  /** CSS modifier, e.g. 'fact', 'target', 'hit'. */
  kind: string;
  title?: string;
}

export interface TextSegment {
  text: string;
  start: number;
  /** Spans covering this segment, innermost last; empty = plain text. */
  marks: HighlightSpan[];
}

export function segmentText(text: string, spans: readonly HighlightSpan[], from = 0, to = text.length): TextSegment[] {
  const usable = spans
    .map((s) => ({ ...s, start: Math.max(from, s.start), end: Math.min(to, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([from, to]);
  for (const s of usable) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const marks = usable.filter((s) => s.start <= start && s.end >= end);
    const last = segments[segments.length - 1];
    if (last && marks.length === 0 && last.marks.length === 0) {
      last.text += text.slice(start, end);
      continue;
    }
    segments.push({ text: text.slice(start, end), start, marks });
  }
  return segments;
}
