// Diff units: each section's own text (heading + body up to its first child), plus the preamble.
import type { Fact, Section } from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';
import { bigrams, coreText, ownEnd, stripNumbering } from './text';

export interface DiffUnit {
  index: number;
  heading: string;
  /** Heading without numbering, core characters only. */
  headingKey: string;
  text: string;
  /** Core of the text with per-line numbering and markup removed: equal keys = formatting-only change. */
  formatKey: string;
  grams: Set<string>;
  topics: TopicId[];
  facts: Fact[];
  span: { start: number; end: number; nstart: number; nend: number };
}

/** Line by line: drop html tags and markdown markers, then numbering, then everything but letters. */
export function formatKey(text: string): string {
  return text
    .normalize('NFKC')
    .split('\n')
    .map((line) => coreText(stripNumbering(line.replace(/<[^>]{1,40}>/g, '').replace(/^[\s>*_-]+/, ''))))
    .join('');
}

export function buildUnits(text: string, sections: readonly Section[], facts: readonly Fact[]): DiffUnit[] {
  const units: DiffUnit[] = [];
  const add = (index: number, heading: string, topics: TopicId[], span: DiffUnit['span'], body: number) => {
    const own = text.slice(span.nstart, span.nend);
    units.push({
      index,
      heading,
      headingKey: coreText(stripNumbering(heading)),
      text: own,
      formatKey: formatKey(own),
      grams: bigrams(text.slice(Math.min(body, span.nend), span.nend)),
      topics,
      facts: facts.filter((f) => f.nstart >= span.nstart && f.nstart < span.nend),
      span,
    });
  };
  const first = sections[0];
  const preambleEnd = first ? first.nstart : text.length;
  if (text.slice(0, preambleEnd).trim()) {
    add(-1, '', [], { start: 0, end: first ? first.start : text.length, nstart: 0, nend: preambleEnd }, 0);
  }
  sections.forEach((s, i) => {
    const nend = ownEnd(sections, i);
    const end = nend === s.nend ? s.end : sections[i + 1].start;
    add(i, s.heading, s.topics, { start: s.start, end, nstart: s.nstart, nend }, s.nbody);
  });
  return units;
}
