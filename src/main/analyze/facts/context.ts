// Shared plumbing for fact extractors: span mapping and the section that contains a span.
import type { Fact, FactKind, FactValue, Section } from '../../../shared/types';

export class FactSink {
  readonly facts: Fact[] = [];
  readonly text: string;
  private readonly offsets: Int32Array | null;
  private readonly sections: readonly Section[];
  private readonly starts: number[];

  // (Plain fields, no parameter properties: the benches import this with node's type stripping.)
  constructor(text: string, offsets: Int32Array | null, sections: readonly Section[]) {
    this.text = text;
    this.offsets = offsets;
    this.sections = sections;
    this.starts = sections.map((s) => s.nstart);
  }

  add(kind: FactKind, value: FactValue, nstart: number, nend: number): Fact {
    const map = (n: number) => (this.offsets ? this.offsets[Math.min(n, this.text.length)] : n);
    const fact: Fact = { kind, value, start: map(nstart), end: map(nend), nstart, nend, section: this.sectionAt(nstart, nend) };
    this.facts.push(fact);
    return fact;
  }

  /** Deepest section whose span contains [nstart, nend): pre-order means the last one starting before it, or an ancestor. */
  sectionAt(nstart: number, nend: number): number | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= nstart) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let s: Section | undefined = found >= 0 ? this.sections[found] : undefined;
    while (s && !(s.nstart <= nstart && nend <= s.nend)) s = s.parent === null ? undefined : this.sections[s.parent];
    return s ? s.id : null;
  }
}

const SENTENCE_STOP = /[。！？!?\n；;]/;

/** Sentence around [a, b) (bounded to `limit` characters each side). */
export function sentenceAround(text: string, a: number, b: number, limit = 200): { start: number; end: number } {
  let s = a;
  const minS = Math.max(0, a - limit);
  while (s > minS && !SENTENCE_STOP.test(text[s - 1])) s--;
  let e = b;
  const maxE = Math.min(text.length, b + limit);
  while (e < maxE && !SENTENCE_STOP.test(text[e])) e++;
  if (e < text.length && /[。！？!?]/.test(text[e])) e++;
  // Without the indent or trailing blanks around it: the span is what the UI highlights.
  while (s < a && /\s/.test(text[s])) s++;
  while (e > b && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}
