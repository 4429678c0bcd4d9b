// Evidence spans for the checklist: from facts (exact) or from a text match expanded to its sentence.
import type { ChecklistItem, DocumentDetail, Fact } from '../../shared/types';

export type Evidence = NonNullable<ChecklistItem['evidence']>;

const MAX_EVIDENCE = 200;

export function factEvidence(detail: DocumentDetail, fact: Fact): Evidence {
  const { from, to } = sentenceAround(detail.text, fact.nstart, fact.nend);
  return spanEvidence(detail, from, to);
}

/** Source offsets are estimated from the enclosing section (exact for txt/md, close for the rest). */
export function spanEvidence(detail: DocumentDetail, nstart: number, nend: number): Evidence {
  let shift = 0;
  for (const s of detail.sections) {
    if (s.nstart > nstart) break;
    shift = s.start - s.nstart;
  }
  const end = Math.min(nend, nstart + MAX_EVIDENCE);
  return {
    text: detail.text.slice(nstart, end).trim(),
    nstart, nend: end,
    start: Math.max(0, nstart + shift), end: Math.max(0, end + shift),
  };
}

export function sentenceAround(text: string, from: number, to: number): { from: number; to: number } {
  let a = from;
  while (a > 0 && from - a < 150 && !/[。！？；!?;\n]/.test(text[a - 1])) a--;
  let b = to;
  while (b < text.length && b - to < 150 && !/[。！？；!?;\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return { from: a, to: b };
}

/** First match of `re` inside the given normalised ranges (or the whole text), as sentence evidence. */
export function findEvidence(detail: DocumentDetail, re: RegExp, ranges?: { nstart: number; nend: number }[]): Evidence | null {
  const areas = ranges && ranges.length > 0 ? ranges : [{ nstart: 0, nend: detail.text.length }];
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const area of areas) {
    const slice = detail.text.slice(area.nstart, area.nend);
    global.lastIndex = 0;
    const m = global.exec(slice);
    if (!m) continue;
    const at = area.nstart + m.index;
    const { from, to } = sentenceAround(detail.text, at, at + m[0].length);
    return spanEvidence(detail, from, to);
  }
  return null;
}
