// The operator's name where the policy gives it (`广州超级周末科技有限公司(以下简称“超级课程表”)尊重并保护…`)
// says who the reader deals with, which is contact, though the sentence around it introduces the policy.
// The sentence naming it is carved out of its section's own body as a paragraph unit carrying contact;
// the text before and after it become units with the section's topics, so the tree still covers the
// body in order (diffs and exports read it so). See docs/decisions/0002, round 7.
import type { Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import { skipSpace, trimSpaceEnd } from '../lines';
import { paragraphUnit } from '../units';

export interface Span {
  nstart: number;
  nend: number;
}

type Entry = { section: Section; topics: TopicId[]; old: number | null; parentOld: number | null };

/**
 * Sections (pre-order, id = index) with the sentence holding the first span in each leaf section's
 * body carved out as a contact unit, and their topics, renumbered. `map` turns normalised offsets into source offsets.
 */
export function addContactUnits(
  text: string, sections: readonly Section[], topics: readonly TopicId[][], spans: readonly Span[], map: (n: number) => number = (n) => n,
): { sections: Section[]; topics: TopicId[][] } {
  const hasChild = new Set<number>();
  for (const s of sections) if (s.parent !== null) hasChild.add(s.parent);
  const entries: (Entry | null)[] = sections.map((s, i) => ({ section: s, topics: [...topics[i]], old: i, parentOld: s.parent }));
  const used = new Set<number>();
  const unit = (parentOld: number | null, level: number, a: number, b: number, t: readonly TopicId[]): Entry => ({
    section: paragraphUnit(-1, null, level, a, b, map(a), map(b)),
    topics: [...t], old: null, parentOld,
  });
  for (const name of spans) {
    const span = sentenceOf(text, name);
    let host = -1;
    for (let i = 0; i < sections.length && sections[i].nstart <= span.nstart; i++) {
      if (span.nend <= sections[i].nend && (host < 0 || sections[i].level > sections[host].level)) host = i;
    }
    if (host < 0 || used.has(host)) continue;
    const h = sections[host];
    const ownStart = Math.max(h.nbody, h.nstart);
    // (Only a leaf: a section has either real or paragraph children, never both.)
    if (span.nstart < ownStart || hasChild.has(h.id)) continue;
    const ownEnd = h.nend;
    used.add(host);
    const paragraph = h.synthetic === 'paragraph';
    // A paragraph gives way to its pieces; a section keeps its heading and gets them as children.
    const [parentOld, level] = paragraph ? [h.parent, h.level] : [host, h.level + 1];
    const pieces: Entry[] = [];
    if (text.slice(ownStart, span.nstart).trim()) pieces.push(unit(parentOld, level, ownStart, trimSpaceEnd(text, ownStart, span.nstart), topics[host]));
    pieces.push({ ...unit(parentOld, level, span.nstart, span.nend, []), topics: ['contact'] });
    const after = skipSpace(text, span.nend, ownEnd);
    if (after < ownEnd) pieces.push(unit(parentOld, level, after, trimSpaceEnd(text, after, ownEnd), topics[host]));
    if (paragraph) entries[host] = null;
    entries.push(...pieces);
  }
  if (!used.size) return { sections: [...sections], topics: topics.map((t) => [...t]) };
  const kept = entries.filter((e): e is Entry => e !== null);
  // Pre-order: by start, a parent before the child starting where it does.
  kept.sort((a, b) => a.section.nstart - b.section.nstart || a.section.level - b.section.level);
  const newId = new Map<number, number>();
  kept.forEach((e, k) => { if (e.old !== null) newId.set(e.old, k); });
  const out = kept.map((e, k) => ({ ...e.section, id: k, parent: e.parentOld === null ? null : newId.get(e.parentOld)! }));
  return { sections: out, topics: kept.map((e) => e.topics) };
}

/** The sentence holding the span: from the previous sentence end (or line break) to the next. */
function sentenceOf(text: string, span: Span): Span {
  let a = span.nstart;
  while (a > 0 && !/[。！？；!?;\n]/.test(text[a - 1])) a--;
  let b = span.nend;
  while (b < text.length && !/[。！？；!?;\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return { nstart: skipSpace(text, a, span.nstart), nend: b };
}
