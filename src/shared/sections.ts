// Helpers over a document's section list shared by the compare stage and the views.
import type { Section } from './types';
import { TOPIC_IDS, type TopicId } from './taxonomy';

/** A paragraph the analyzer split off a long body: a unit for topics, not a heading of the policy. */
export function isParagraph(section: Section): boolean {
  return section.synthetic === 'paragraph';
}

/** The heading an analyst knows a section by: a split-off paragraph goes by its nearest real ancestor's. */
export function displayHeading(sections: readonly Section[], section: Section): string {
  let current: Section | undefined = section;
  while (current && isParagraph(current)) {
    const parent: number | null = current.parent;
    current = parent === null ? undefined : (sections[parent]?.id === parent ? sections[parent] : sections.find((s) => s.id === parent));
  }
  return current?.heading ?? section.heading;
}

/**
 * For each section, the topics it carries that none of its ancestors carries: the sections a topic
 * cell lists (a clause repeating its chapter's topic is not counted twice). Sections in document
 * order, parents before children.
 */
export function outermostTopics(sections: readonly Pick<Section, 'parent'>[], topics: readonly (readonly TopicId[])[]): TopicId[][] {
  const out: TopicId[][] = new Array(sections.length);
  // carriedAbove[i]: topics carried by section i or one of its ancestors
  const carriedAbove: (readonly TopicId[])[] = new Array(sections.length);
  for (let i = 0; i < sections.length; i++) {
    const own = topics[i] ?? [];
    const parent = sections[i].parent;
    const above = parent !== null && parent < i ? carriedAbove[parent] : [];
    out[i] = above.length === 0 ? [...own] : own.filter((t) => !above.includes(t));
    carriedAbove[i] = own.length === 0 ? above : above.length === 0 ? own : [...new Set([...above, ...own])];
  }
  return out;
}

/**
 * Topics gathered from several sections (a section and the paragraphs folded into it, the two sides of a change), in
 * taxonomy order. `other` only says something alone: a chapter of practices with one paragraph about none is about
 * those practices.
 */
export function gatheredTopics(topics: ReadonlySet<TopicId>): TopicId[] {
  const named = TOPIC_IDS.filter((t) => topics.has(t));
  return named.length > 1 ? named.filter((t) => t !== 'other') : named;
}
