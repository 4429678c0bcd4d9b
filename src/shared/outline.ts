// The part of a document's analysis that topic cells show: the sections a cell lists (those that
// carry a topic none of their ancestors carries), with the heading an analyst knows them by and
// the cell excerpt. Shared because the store keeps it per document at index time, so the matrix
// of a thousand apps reads neither texts nor every section; compare derives it the same way for
// documents with corrections.
import { displayHeading, outermostTopics } from './sections';
import type { TopicId } from './taxonomy';
import type { MentionText, OutlineSection, Section, TopicMention } from './types';

/** One-line excerpt: whitespace folded, cut at `max` characters. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A mention with its sentence, as a cell shows it. */
export function mentionText(text: string, m: Pick<TopicMention, 'topic' | 'nstart' | 'nend'>): MentionText {
  return { topic: m.topic, text: text.slice(m.nstart, m.nend), nstart: m.nstart, nend: m.nend };
}

/** Cell sections in document order; only the first section of a topic's cell gets its excerpt. */
export function outlineSections(text: string, sections: readonly Section[], topics: readonly TopicId[][]): OutlineSection[] {
  const outer = outermostTopics(sections, topics);
  const out: OutlineSection[] = [];
  const seen = new Set<TopicId>();
  for (const [i, s] of sections.entries()) {
    if (outer[i].length === 0) continue;
    const first = outer[i].some((t) => !seen.has(t));
    for (const t of outer[i]) seen.add(t);
    out.push({
      id: s.id, start: s.start, end: s.end, nstart: s.nstart, nend: s.nend,
      displayHeading: displayHeading(sections, s),
      excerpt: first ? excerpt(text.slice(s.nbody, Math.min(s.nend, s.nbody + 200))) : '',
      outerTopics: outer[i],
    });
  }
  return out;
}

/** Cell sections grouped by topic, each list in document order. */
export function sectionsByTopic(outline: readonly OutlineSection[]): Map<TopicId, OutlineSection[]> {
  const out = new Map<TopicId, OutlineSection[]>();
  for (const s of outline) {
    for (const t of s.outerTopics) {
      const list = out.get(t);
      if (list) list.push(s);
      else out.set(t, [s]);
    }
  }
  return out;
}
