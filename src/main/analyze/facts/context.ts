// Shared plumbing for fact extractors: span mapping and the section that contains a span.
import type { Fact, FactKind, FactValue, Section } from '../../../shared/types';
import { replaceSpans, type Span } from '../../ingest/spans';

export class FactSink {
  readonly facts: Fact[] = [];
  /** The text the extractors read: the normalised text without markdown's `**` emphasis. */
  readonly text: string;
  private readonly offsets: Int32Array | null;
  private readonly sections: readonly Section[];
  private readonly starts: number[];
  /** `text` index → normalised index, when emphasis was dropped. */
  private readonly toNormalised: Int32Array | null;
  private readonly normalisedLength: number;

  // (Plain fields, no parameter properties: the benches import this with node's type stripping.)
  constructor(normalised: string, offsets: Int32Array | null, sections: readonly Section[]) {
    const plain = withoutEmphasis(normalised);
    this.text = plain.text;
    this.toNormalised = plain.toNormalised;
    this.offsets = offsets;
    this.sections = sections;
    this.starts = sections.map((s) => s.nstart);
    this.normalisedLength = normalised.length;
  }

  /** A fact over [a, b) of `text`. */
  add(kind: FactKind, value: FactValue, a: number, b: number): Fact {
    const map = this.toNormalised;
    return map ? this.addNormalised(kind, value, map[a], b > a ? map[b - 1] + 1 : map[a]) : this.addNormalised(kind, value, a, b);
  }

  /** A fact over [nstart, nend) of the normalised text. */
  addNormalised(kind: FactKind, value: FactValue, nstart: number, nend: number): Fact {
    const map = (n: number) => (this.offsets ? this.offsets[Math.min(n, this.normalisedLength)] : n);
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

/**
 * Markdown's `**` emphasis dropped, with the map back: `主要存储位于**中国大陆**` and `在**15个工作日**内` read as the
 * sentences they render as. Other texts come back as they are.
 */
function withoutEmphasis(text: string): { text: string; toNormalised: Int32Array | null } {
  if (!text.includes('**')) return { text, toNormalised: null };
  const marks: Span[] = [];
  for (let k = text.indexOf('**'); k >= 0; k = text.indexOf('**', k + 2)) marks.push({ at: k, length: 2 });
  // The same splice ingest drops spans with, here over the identity map: what is left maps to its normalised index.
  const identity = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) identity[i] = i;
  const plain = replaceSpans(text, identity, marks, '');
  return { text: plain.text, toNormalised: plain.offsets };
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
