// Topic cells of one document: which sections carry a topic (after corrections), their facts,
// and mentions elsewhere. Shared by the matrix, side-by-side comparison and checklist.
import type {
  CellSectionRef, Correction, DocumentDetail, Fact, MatrixCell, MentionText, OutlineSection,
} from '../../shared/types';
import { TOPIC_IDS, type TopicId } from '../../shared/taxonomy';
import { TOPIC_FACT_KINDS } from './fact-format';
import { sectionKeyOf } from './text';
import { excerpt, mentionText, outlineSections, sectionsByTopic } from '../../shared/outline';

/** topic_add / topic_remove corrections grouped by section key. */
export interface TopicCorrections {
  add: Map<string, Set<TopicId>>;
  remove: Map<string, Set<TopicId>>;
}

export function groupCorrections(corrections: readonly Correction[]): TopicCorrections {
  const add = new Map<string, Set<TopicId>>();
  const remove = new Map<string, Set<TopicId>>();
  for (const c of corrections) {
    if (!c.topic || (c.kind !== 'topic_add' && c.kind !== 'topic_remove')) continue;
    const target = c.kind === 'topic_add' ? add : remove;
    const set = target.get(c.sectionKey) ?? new Set<TopicId>();
    set.add(c.topic);
    target.set(c.sectionKey, set);
  }
  return { add, remove };
}

/** Topics per section after corrections; hashes sections only when there are corrections. */
export function correctedTopics(detail: DocumentDetail, corrections: TopicCorrections): TopicId[][] {
  if (corrections.add.size === 0 && corrections.remove.size === 0) return detail.sections.map((s) => s.topics);
  return detail.sections.map((s) => {
    const key = sectionKeyOf(detail.text, s);
    const added = corrections.add.get(key);
    const removed = corrections.remove.get(key);
    if (!added && !removed) return s.topics;
    const topics = new Set(s.topics);
    for (const t of added ?? []) topics.add(t);
    for (const t of removed ?? []) topics.delete(t);
    return TOPIC_IDS.filter((t) => topics.has(t));
  });
}

/** What the cells of one document are built from: stored analysis, whole or as the matrix reads it. */
export interface CellSource {
  facts: readonly Fact[];
  mentions: readonly MentionText[];
  sections: readonly OutlineSection[];
}

/** All cells of one document, indexed by topic. */
export function buildCells(detail: DocumentDetail, topicsPerSection: readonly TopicId[][]): Record<TopicId, MatrixCell> {
  return cellsOf({
    facts: detail.facts,
    mentions: detail.mentions.map((m) => mentionText(detail.text, m)),
    sections: outlineSections(detail.text, detail.sections, topicsPerSection),
  });
}

/** All cells of one document from its outermost topic sections, indexed by topic. */
export function cellsOf(source: CellSource): Record<TopicId, MatrixCell> {
  const cells = {} as Record<TopicId, MatrixCell>;
  const byTopic = sectionsByTopic(source.sections);
  for (const topic of TOPIC_IDS) {
    const sections = byTopic.get(topic) ?? [];
    const kinds = TOPIC_FACT_KINDS[topic] ?? [];
    const facts: Fact[] = [];
    for (const f of source.facts) {
      const inside = sections.some((s) => f.nstart >= s.nstart && f.nend <= s.nend);
      if (inside || kinds.includes(f.kind)) facts.push(f);
    }
    if (sections.length > 0) {
      const first = sections[0];
      cells[topic] = {
        status: 'present',
        sections: sections.map((s): CellSectionRef => ({
          section: s.id, heading: s.displayHeading, start: s.start, end: s.end, nstart: s.nstart, nend: s.nend,
        })),
        facts,
        excerpt: first.excerpt,
        mentions: [],
      };
      continue;
    }
    const mentions = source.mentions.length === 0 ? [] : source.mentions
      .filter((m) => m.topic === topic)
      .map((m) => ({ text: m.text, nstart: m.nstart, nend: m.nend }));
    cells[topic] = {
      status: mentions.length > 0 ? 'mentioned' : 'absent',
      sections: [],
      facts,
      excerpt: mentions.length > 0 ? excerpt(mentions[0].text) : '',
      mentions,
    };
  }
  return cells;
}
