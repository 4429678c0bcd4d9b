// Side-by-side comparison of one topic across 2–4 documents, clause by clause.
import { clauseFingerprint, splitClauses, type Clause } from '../analyze/clauses';
import type { ClauseCell, Comparison, DocumentDetail } from '../../shared/types';
import { isTopicId, type TopicId } from '../../shared/taxonomy';
import type { LibraryReader } from '../store/reader';
import { alignClauseLists } from './align';
import { buildCells, correctedTopics, groupCorrections } from './cells';

/** Clauses of one document's cell for `topic`: its sections' bodies, or its mention sentences. */
export function topicClauses(detail: DocumentDetail, topic: TopicId, topics = detail.sections.map((s) => s.topics)): Clause[] {
  const cell = buildCells(detail, topics)[topic];
  if (cell.status === 'present') {
    return cell.sections.flatMap((ref) => {
      const s = detail.sections[ref.section];
      const from = s ? s.nbody : ref.nstart;
      return splitClauses(detail.text.slice(from, ref.nend), from);
    });
  }
  return cell.mentions.flatMap((m) => splitClauses(m.text, m.nstart));
}

export function compareTopic(reader: LibraryReader, topic: TopicId, documentIds: number[]): Comparison {
  if (!isTopicId(topic)) throw new Error(`unknown topic "${String(topic)}"`);
  if (documentIds.length < 2 || documentIds.length > 4) throw new Error(`compare 2 to 4 documents, got ${documentIds.length}`);
  const corrections = groupCorrections(reader.listCorrections());
  const details = documentIds.map((id) => {
    const d = reader.getDocumentDetail(id);
    if (!d) throw new Error(`document ${id} is not in the library`);
    return d;
  });
  const lists = details.map((d) => topicClauses(d, topic, correctedTopics(d, corrections)));

  const fingerprints = lists.map((list) => list.map((c) => clauseFingerprint(c.text)));
  const distinct = [...new Set(fingerprints.flat().filter((f): f is string => f !== null))];
  const counts = distinct.length > 0 ? reader.countDocumentsWithFingerprints(distinct) : new Map<string, number>();
  const total = Math.max(1, reader.documentCount());

  const inputs = lists.map((list, d) =>
    list.map((c, i) => {
      const fp = fingerprints[d][i];
      const documents = fp ? (counts.get(fp) ?? 0) : 0;
      const cell: ClauseCell = { text: c.text, nstart: c.nstart, nend: c.nend, documents, frequency: Math.min(1, documents / total) };
      return { item: cell, text: c.text };
    }),
  );
  return {
    topic,
    documents: details.map((d) => ({ id: d.summary.id, app: d.summary.app ?? d.summary.path, path: d.summary.path })),
    rows: alignClauseLists(inputs),
  };
}
