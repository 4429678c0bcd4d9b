// Version diff aligned by section: match sections, word-diff each matched pair, classify.
import type { DiffOp, Fact, SectionChange, VersionDiff } from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';
import { gatheredTopics } from '../../shared/sections';
import type { LibraryReader } from '../store/reader';
import { changedKinds, diffFacts } from './fact-changes';
import { TOPIC_FACT_KINDS } from './fact-format';
import { matchUnits } from './section-match';
import { modifiedSignificance, oneSidedSignificance } from './significance';
import { buildUnits, type DiffUnit } from './units';
import { wordDiff } from './word-diff';
import type { DiffSide } from './diff-side';

const SIGNIFICANCE_RANK = { formatting: 0, date: 1, wording: 2, substantive: 3 } as const;

/** Topics of the unit(s) plus the topics the changed facts belong to. */
function changeTopics(units: (DiffUnit | null)[], facts: readonly Fact[][]): TopicId[] {
  const topics = new Set<TopicId>();
  for (const u of units) for (const t of u?.topics ?? []) topics.add(t);
  const kinds = facts.length === 2 ? changedKinds(facts[0], facts[1]) : facts.flat().map((f) => f.kind);
  for (const [topic, list] of Object.entries(TOPIC_FACT_KINDS) as [TopicId, readonly string[]][]) {
    if (kinds.some((k) => list.includes(k))) topics.add(topic);
  }
  return gatheredTopics(topics);
}

function label(u: DiffUnit): string {
  return u.heading.trim() || (u.index < 0 ? '(preamble)' : `§${u.index + 1}`);
}

function clip(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function summarise(c: Omit<SectionChange, 'summary'>): string {
  const where = c.newSection ?? c.oldSection ?? '';
  const head = `${c.kind} [${c.significance}] ${where}`;
  if (c.kind === 'added' || c.kind === 'removed') return head;
  const removed = c.ops.filter((o) => o.op === '-').map((o) => o.text).join(' ');
  const added = c.ops.filter((o) => o.op === '+').map((o) => o.text).join(' ');
  if (!removed && !added) return c.kind === 'moved' ? `${head}: moved, unchanged` : head;
  return `${head}: "${clip(removed)}" → "${clip(added)}"`;
}

function change(c: Omit<SectionChange, 'summary'>): SectionChange {
  return { ...c, summary: summarise(c) };
}

export function diffDocuments(oldSide: DiffSide, newSide: DiffSide): VersionDiff {
  const oldUnits = buildUnits(oldSide.text, oldSide.sections, oldSide.facts);
  const newUnits = buildUnits(newSide.text, newSide.sections, newSide.facts);
  const matches = matchUnits(oldUnits, newUnits);
  const matchedOld = new Set(matches.map((m) => m.old.index));
  const matchedNew = new Set(matches.map((m) => m.new.index));
  const ordered: { at: number; change: SectionChange }[] = [];

  for (const m of matches) {
    const identical = m.old.text.trim() === m.new.text.trim();
    if (identical && !m.moved) continue;
    const sameFormatKey = m.old.formatKey === m.new.formatKey;
    const ops: DiffOp[] = sameFormatKey && m.moved ? [] : wordDiff(m.old.text, m.new.text);
    const significance = modifiedSignificance({
      ops, oldText: m.old.text, newText: m.new.text, oldFacts: m.old.facts, newFacts: m.new.facts, sameFormatKey,
    });
    ordered.push({
      at: m.new.span.nstart,
      change: change({
        kind: m.moved ? 'moved' : 'modified',
        significance,
        topics: changeTopics([m.old, m.new], [m.old.facts, m.new.facts]),
        oldSection: label(m.old),
        newSection: label(m.new),
        old: m.old.span,
        new: m.new.span,
        ops,
      }),
    });
  }
  for (const u of oldUnits) {
    if (matchedOld.has(u.index)) continue;
    ordered.push({
      at: nearestNewPosition(u, matches),
      change: change({
        kind: 'removed', significance: oneSidedSignificance(u.text, u.topics, u.facts),
        topics: changeTopics([u], [u.facts]), oldSection: label(u), newSection: null,
        old: u.span, new: null, ops: [{ op: '-', text: u.text }],
      }),
    });
  }
  for (const u of newUnits) {
    if (matchedNew.has(u.index)) continue;
    ordered.push({
      at: u.span.nstart,
      change: change({
        kind: 'added', significance: oneSidedSignificance(u.text, u.topics, u.facts),
        topics: changeTopics([u], [u.facts]), oldSection: null, newSection: label(u),
        old: null, new: u.span, ops: [{ op: '+', text: u.text }],
      }),
    });
  }
  ordered.sort((a, b) => a.at - b.at);
  const changes = ordered.map((o) => o.change);
  const factChanges = diffFacts(oldSide.facts, oldSide.dates, newSide.facts, newSide.dates);
  const summary = [
    ...changes.map((c) => c.summary),
    ...factChanges.map((f) => `fact ${f.kind}: ${f.old ?? '—'} → ${f.new ?? '—'}`),
  ];
  const side = (s: DiffSide) => ({ id: s.id, path: s.path, app: s.app, date: s.date });
  return { old: side(oldSide), new: side(newSide), changes, factChanges, summary };
}

/** Where a removed section would sit in the new version: just after its matched predecessor. */
function nearestNewPosition(u: DiffUnit, matches: readonly { old: DiffUnit; new: DiffUnit }[]): number {
  let at = 0;
  for (const m of matches) if (m.old.index < u.index) at = Math.max(at, m.new.span.nstart + 0.5);
  return at;
}

/** Changes at or above a significance, for counts. */
export function countAtLeast(diff: VersionDiff, level: keyof typeof SIGNIFICANCE_RANK): number {
  return diff.changes.filter((c) => SIGNIFICANCE_RANK[c.significance] >= SIGNIFICANCE_RANK[level]).length;
}

export function sideFromReader(reader: LibraryReader, id: number): DiffSide {
  const d = reader.getDocumentDetail(id);
  if (!d) throw new Error(`document ${id} is not in the library`);
  return {
    id, path: d.summary.path, app: d.summary.app, date: d.summary.versionDate,
    text: d.text, sections: d.sections, facts: d.facts, dates: d.dates,
  };
}

export function diffStoredVersions(reader: LibraryReader, oldId: number, newId: number): VersionDiff {
  return diffDocuments(sideFromReader(reader, oldId), sideFromReader(reader, newId));
}
