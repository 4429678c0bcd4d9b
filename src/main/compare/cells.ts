// Topic cells of one document: which sections carry a topic (after corrections), their facts,
// and mentions elsewhere. Shared by the matrix, side-by-side comparison and checklist.
import type { CellSectionRef, Correction, DocumentDetail, Fact, MatrixCell, Section } from '../../shared/types';
import { TOPIC_IDS, type TopicId } from '../../shared/taxonomy';
import { TOPIC_FACT_KINDS } from './fact-format';
import { excerpt, sectionKeyOf } from './text';
import { displayHeading } from '../../shared/sections';

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

function sectionRef(sections: readonly Section[], s: Section): CellSectionRef {
  return { section: s.id, heading: displayHeading(sections, s), start: s.start, end: s.end, nstart: s.nstart, nend: s.nend };
}

/** Sections carrying `topic`, dropping those whose ancestor already carries it (no double counting). */
export function topicSections(sections: readonly Section[], topics: readonly TopicId[][], topic: TopicId): Section[] {
  return sectionsByTopic(sections, topics).get(topic) ?? [];
}

/** One pass over the sections: for every topic, its outermost carrying sections in document order. */
export function sectionsByTopic(sections: readonly Section[], topics: readonly TopicId[][]): Map<TopicId, Section[]> {
  const out = new Map<TopicId, Section[]>();
  // carriedAbove[i]: topics carried by section i or one of its ancestors
  const carriedAbove: (readonly TopicId[])[] = new Array(sections.length);
  for (let i = 0; i < sections.length; i++) {
    const own = topics[i] ?? [];
    const parent = sections[i].parent;
    const above = parent !== null && parent < i ? carriedAbove[parent] : [];
    for (const t of own) {
      if (above.includes(t)) continue;
      const list = out.get(t);
      if (list) list.push(sections[i]);
      else out.set(t, [sections[i]]);
    }
    carriedAbove[i] = own.length === 0 ? above : above.length === 0 ? own : [...new Set([...above, ...own])];
  }
  return out;
}

/** All cells of one document, indexed by topic. */
export function buildCells(detail: DocumentDetail, topicsPerSection: readonly TopicId[][]): Record<TopicId, MatrixCell> {
  const cells = {} as Record<TopicId, MatrixCell>;
  const byTopic = sectionsByTopic(detail.sections, topicsPerSection);
  for (const topic of TOPIC_IDS) {
    const sections = byTopic.get(topic) ?? [];
    const kinds = TOPIC_FACT_KINDS[topic] ?? [];
    const facts: Fact[] = [];
    for (const f of detail.facts) {
      const inside = sections.some((s) => f.nstart >= s.nstart && f.nend <= s.nend);
      if (inside || kinds.includes(f.kind)) facts.push(f);
    }
    if (sections.length > 0) {
      const first = sections[0];
      cells[topic] = {
        status: 'present',
        sections: sections.map((s) => sectionRef(detail.sections, s)),
        facts,
        excerpt: excerpt(detail.text.slice(first.nbody, Math.min(first.nend, first.nbody + 200))),
        mentions: [],
      };
      continue;
    }
    const mentions = detail.mentions.length === 0 ? [] : detail.mentions
      .filter((m) => m.topic === topic)
      .map((m) => ({ text: detail.text.slice(m.nstart, m.nend), nstart: m.nstart, nend: m.nend }));
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
