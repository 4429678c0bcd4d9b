// The stored form of a document's outline (shared/outline): JSON, one row per document. Reading
// it replaces reading the text and every section row of the document, which for the matrix of a
// thousand apps was most of its time.
import type { Fact, FactKind, FactValue, MentionText, OutlineSection, Section, TopicMention } from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';
import { mentionText, outlineSections } from '../../shared/outline';

export interface StoredOutline {
  sections: OutlineSection[];
  /** All the document's facts (a copy of its fact rows: the matrix then reads one row per document). */
  facts: Fact[];
  /** Only mentions of topics no section carries: a cell shows mentions only then. */
  mentions: MentionText[];
}

/** The outline of an analysed document (topics as analysed; corrections apply at read time). */
export function outlineOf(
  text: string, sections: readonly Section[], facts: readonly Fact[], mentions: readonly TopicMention[],
): StoredOutline {
  const outline = outlineSections(text, sections, sections.map((s) => s.topics));
  const carried = new Set(outline.flatMap((s) => s.outerTopics));
  return {
    sections: outline,
    facts: [...facts],
    mentions: mentions.filter((m) => !carried.has(m.topic)).map((m) => mentionText(text, m)),
  };
}

// Arrays, not objects: half the bytes, and parsing them and mapping by index is faster than
// parsing objects with their keys (12 vs 21 ms for 1,000 documents; destructuring the arrays
// instead of indexing them is slower than either).
type SectionTuple = [number, number, number, number, number, string, string, TopicId[]];
type FactTuple = [FactKind, FactValue, number, number, number, number, number | null];
type MentionTuple = [TopicId, number, number, string];

export function encodeOutline(outline: StoredOutline): string {
  const sections = outline.sections.map((s): SectionTuple => [s.id, s.start, s.end, s.nstart, s.nend, s.displayHeading, s.excerpt, s.outerTopics]);
  const facts = outline.facts.map((f): FactTuple => [f.kind, f.value, f.start, f.end, f.nstart, f.nend, f.section]);
  const mentions = outline.mentions.map((m): MentionTuple => [m.topic, m.nstart, m.nend, m.text]);
  return JSON.stringify([sections, facts, mentions]);
}

export function decodeOutline(body: string): StoredOutline {
  const [sections, facts, mentions] = JSON.parse(body) as [SectionTuple[], FactTuple[], MentionTuple[]];
  return {
    sections: sections.map((t) => ({
      id: t[0], start: t[1], end: t[2], nstart: t[3], nend: t[4], displayHeading: t[5], excerpt: t[6], outerTopics: t[7],
    })),
    facts: facts.map((t) => ({ kind: t[0], value: t[1], start: t[2], end: t[3], nstart: t[4], nend: t[5], section: t[6] })),
    mentions: mentions.map((t) => ({ topic: t[0], nstart: t[1], nend: t[2], text: t[3] })),
  };
}
