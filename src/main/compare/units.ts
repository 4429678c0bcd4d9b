// Diff units: each section's own text (heading + body up to its first child), plus the preamble.
// Table-of-contents entries are folded into the unit before them: the analyzer recognises a
// TOC by its numbering matching the real headings, so renumbering the headings alone turns the
// TOC lines into a run of heading-only sections; folding them keeps both versions comparable.
import type { Fact, Section } from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';
import { isParagraph } from '../../shared/sections';
import { bigrams, coreText, dice, ownEnd, stripNumbering } from './text';

export interface DiffUnit {
  index: number;
  heading: string;
  /** Heading without numbering, core characters only. */
  headingKey: string;
  text: string;
  /** Core of the text with per-line numbering and markup removed: equal keys = formatting-only change. */
  formatKey: string;
  readonly grams: Set<string>;
  topics: TopicId[];
  facts: Fact[];
  span: { start: number; end: number; nstart: number; nend: number };
}

/** Line by line: drop html tags and markdown markers, then numbering, then everything but letters. */
export function formatKey(text: string): string {
  return text
    .normalize('NFKC')
    .split('\n')
    .map((line) => coreText(stripNumbering(stripMarkup(line))))
    .join('');
}

// Versions share most unit texts, so both sides (and the next pair in a history) ask for the same
// keys; a small memo halves the per-line regex work of a diff. Cleared wholesale to stay bounded.
const formatKeyMemo = new Map<string, string>();
const FORMAT_KEY_MEMO_MAX = 20_000;

function memoFormatKey(text: string): string {
  let key = formatKeyMemo.get(text);
  if (key === undefined) {
    if (formatKeyMemo.size >= FORMAT_KEY_MEMO_MAX) formatKeyMemo.clear();
    key = formatKey(text);
    formatKeyMemo.set(text, key);
  }
  return key;
}

function stripMarkup(line: string): string {
  const untagged = line.includes('<') ? line.replace(/<[^>]{1,40}>/g, '') : line;
  return untagged.replace(/^[\s>*_#-]+/, '').replace(/[*_]+\s*$/, '');
}

interface OwnPart {
  index: number;
  heading: string;
  topics: TopicId[];
  span: DiffUnit['span'];
  /** Normalised offset where the body starts. */
  body: number;
}

/** Any letter, CJK character or digit: what `coreText` would keep. */
const HAS_CONTENT = /[^\s\p{P}\p{S}]/u;

/** A heading's key for TOC matching: numbering, markup and punctuation removed. */
function headingKeyOf(heading: string): string {
  return coreText(stripNumbering(stripMarkup(heading)));
}

/**
 * Sections that are table-of-contents entries: no body of their own, a heading that a later
 * section repeats (near enough: TOCs drift by a character, 与/和), in a run of at least two.
 */
function tocEntries(text: string, parts: readonly OwnPart[]): Set<number> {
  const keys = parts.map((p) => headingKeyOf(p.heading));
  const grams: (Set<string> | undefined)[] = [];
  const gramsOf = (k: number) => (grams[k] ??= bigrams(keys[k]));
  const candidate = parts.map((p, k) => {
    if (p.index < 0 || keys[k].length === 0) return false;
    if (HAS_CONTENT.test(text.slice(Math.min(p.body, p.span.nend), p.span.nend))) return false;
    const own = gramsOf(k);
    for (let later = k + 1; later < parts.length; later++) {
      if (keys[later] === keys[k]) return true;
      const other = gramsOf(later);
      // Dice ≥ 0.7 needs the smaller set to be ≥ 0.7/1.3 of the larger: skip hopeless pairs cheaply.
      if (Math.min(own.size, other.size) * 1.3 < 0.7 * Math.max(own.size, other.size)) continue;
      if (dice(other, own) >= 0.7) return true;
    }
    return false;
  });
  const out = new Set<number>();
  for (let k = 0; k < parts.length; k++) {
    if (!candidate[k]) continue;
    if (candidate[k - 1] || candidate[k + 1]) out.add(k);
  }
  return out;
}

export function buildUnits(text: string, sections: readonly Section[], facts: readonly Fact[]): DiffUnit[] {
  const parts: OwnPart[] = [];
  const first = sections[0];
  const preambleEnd = first ? first.nstart : text.length;
  if (text.slice(0, preambleEnd).trim()) {
    parts.push({ index: -1, heading: '', topics: [], span: { start: 0, end: first ? first.start : text.length, nstart: 0, nend: preambleEnd }, body: 0 });
  }
  sections.forEach((s, i) => {
    const nend = ownEnd(sections, i);
    const end = nend === s.nend ? s.end : sections[i + 1].start;
    const span = { start: s.start, end, nstart: s.nstart, nend };
    const host = parts[parts.length - 1];
    // Paragraphs the analyzer split off a long body belong to their section's unit: versions are
    // compared section by section, and a paragraph has no heading to match on.
    if (isParagraph(s) && host && host.span.nend <= s.nstart && !text.slice(host.span.nend, s.nstart).trim()) {
      host.span = { ...host.span, end: span.end, nend: span.nend };
      host.topics = [...new Set([...host.topics, ...s.topics])];
      return;
    }
    parts.push({ index: i, heading: s.heading, topics: s.topics, span, body: s.nbody });
  });

  const toc = tocEntries(text, parts);
  const merged: OwnPart[] = [];
  parts.forEach((p, k) => {
    const host = merged[merged.length - 1];
    if (toc.has(k) && host && host.span.nend <= p.span.nstart && !text.slice(host.span.nend, p.span.nstart).trim()) {
      host.span = { ...host.span, end: p.span.end, nend: p.span.nend };
      return;
    }
    merged.push({ ...p, span: { ...p.span } });
  });

  return merged.map((p) => {
    const own = text.slice(p.span.nstart, p.span.nend);
    let grams: Set<string> | undefined;
    // Bigrams only matter for units left unmatched by format key, usually a handful: computed on demand.
    return {
      index: p.index,
      heading: p.heading,
      headingKey: coreText(stripNumbering(p.heading)),
      text: own,
      formatKey: memoFormatKey(own),
      get grams() {
        return (grams ??= bigrams(text.slice(Math.min(p.body, p.span.nend), p.span.nend)));
      },
      topics: p.topics,
      facts: facts.filter((f) => f.nstart >= p.span.nstart && f.nstart < p.span.nend),
      span: p.span,
    };
  });
}
