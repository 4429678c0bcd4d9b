// Set-based reads for views over many documents at once (the matrix): one query per table for all
// the documents instead of five per document. Rows carry only the columns the domain types need
// (sections' content keys, for instance, are never read here).
import type Database from 'better-sqlite3';
import type { DocumentDetail } from '../../shared/types';
import {
  bytesToText, toDocumentSummary, toFact, toMention, toSection, TEXT_BYTES,
  type DocumentRow, type FactRow, type MentionRow, type SectionRow,
} from './mappers';

type Keyed<T> = T & { document_id: number };

/** Rows grouped by document id, in query order. */
function byDocument<R extends { document_id: number }, T>(rows: R[], map: (row: R) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.document_id);
    if (list) list.push(map(row));
    else out.set(row.document_id, [map(row)]);
  }
  return out;
}

export class DetailsReader {
  private readonly s;

  constructor(db: Database.Database, documentSelect: string) {
    const ids = 'SELECT value FROM json_each(?)';
    this.s = {
      documents: db.prepare<[string], DocumentRow>(`${documentSelect} WHERE d.id IN (${ids})`),
      texts: db.prepare<[string], { document_id: number; text: Buffer }>(
        `SELECT document_id, ${TEXT_BYTES} AS text FROM texts WHERE document_id IN (${ids})`),
      sections: db.prepare<[string], Keyed<SectionRow>>(`SELECT document_id, idx, parent, level, number, heading, start, "end",
        nstart, nend, nbody, topics, synthetic FROM sections WHERE document_id IN (${ids}) ORDER BY document_id, idx`),
      facts: db.prepare<[string], Keyed<FactRow>>(`SELECT document_id, kind, value, start, "end", nstart, nend, section
        FROM facts WHERE document_id IN (${ids}) ORDER BY document_id, idx`),
      mentions: db.prepare<[string], Keyed<MentionRow>>(`SELECT document_id, topic, start, "end", nstart, nend, section
        FROM mentions WHERE document_id IN (${ids}) ORDER BY document_id, idx`),
    };
  }

  /** What getDocumentDetail returns, for every id at once; missing ids are left out. */
  details(documentIds: readonly number[]): Map<number, DocumentDetail> {
    const ids = JSON.stringify([...new Set(documentIds)]);
    const texts = new Map(this.s.texts.all(ids).map((r) => [r.document_id, bytesToText(r.text)]));
    const sections = byDocument(this.s.sections.all(ids), toSection);
    const facts = byDocument(this.s.facts.all(ids), toFact);
    const mentions = byDocument(this.s.mentions.all(ids), toMention);
    const out = new Map<number, DocumentDetail>();
    for (const row of this.s.documents.all(ids)) {
      out.set(row.id, {
        summary: toDocumentSummary(row),
        text: texts.get(row.id) ?? '',
        sections: sections.get(row.id) ?? [],
        facts: facts.get(row.id) ?? [],
        mentions: mentions.get(row.id) ?? [],
        dates: { published: row.published, effective: row.effective, updated: row.updated },
        operator: JSON.parse(row.operator) as string[],
        contentHash: row.content_hash,
        analyzerVersion: row.analyzer_version,
      });
    }
    return out;
  }
}
