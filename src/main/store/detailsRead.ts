// Set-based reads for views over many documents at once (the matrix): one query per table for all
// the documents instead of five per document. Rows carry only the columns the domain types need
// (sections' content keys, for instance, are never read here).
import type Database from 'better-sqlite3';
import type { DocumentDetail, DocumentOutline } from '../../shared/types';
import { decodeOutline } from './outlineCodec';
import {
  bytesToText, toDocumentSummary, toFact, toMention, toSection, TEXT_BYTES,
  type DocumentRow, type FactRow, type MentionRow, type SectionRow,
} from './mappers';

// Rows come back as arrays (document id first): the driver builds an object per row by setting
// each column as a property, which for ~20,000 rows costs more than the queries and leaves garbage
// that slows every later collection. The mappers get plain object literals built from the arrays.
type RawRow = [number, ...unknown[]];

/** Raw rows grouped by document id (their first column), in query order. */
function byDocument<T>(rows: RawRow[], map: (row: RawRow) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row[0]);
    if (list) list.push(map(row));
    else out.set(row[0], [map(row)]);
  }
  return out;
}

const sectionOf = (r: RawRow) => toSection({
  idx: r[1], parent: r[2], level: r[3], number: r[4], heading: r[5], start: r[6], end: r[7], nstart: r[8], nend: r[9],
  nbody: r[10], topics: r[11], synthetic: r[12],
} as SectionRow);
const factOf = (r: RawRow) => toFact({
  kind: r[1], value: r[2], start: r[3], end: r[4], nstart: r[5], nend: r[6], section: r[7],
} as FactRow);
const mentionOf = (r: RawRow) => toMention({
  topic: r[1], start: r[2], end: r[3], nstart: r[4], nend: r[5], section: r[6],
} as MentionRow);

export class DetailsReader {
  private readonly s;

  constructor(db: Database.Database, documentSelect: string) {
    const ids = 'SELECT value FROM json_each(?)';
    this.s = {
      documents: db.prepare<[string], DocumentRow>(`${documentSelect} WHERE d.id IN (${ids})`),
      texts: db.prepare<[string], { document_id: number; text: Buffer }>(
        `SELECT document_id, ${TEXT_BYTES} AS text FROM texts WHERE document_id IN (${ids})`),
      sections: db.prepare<[string], RawRow>(`SELECT document_id, idx, parent, level, number, heading, start, "end",
        nstart, nend, nbody, topics, synthetic FROM sections WHERE document_id IN (${ids}) ORDER BY document_id, idx`).raw(),
      outlines: db.prepare<[string], { document_id: number; body: Buffer }>(
        `SELECT document_id, CAST(body AS BLOB) AS body FROM outlines WHERE document_id IN (${ids})`),
      withSectionKeys: db.prepare<[string, string], number>(`SELECT DISTINCT document_id FROM sections
        WHERE document_id IN (${ids}) AND content_key IN (${ids})`).pluck(),
      facts: db.prepare<[string], RawRow>(`SELECT document_id, kind, value, start, "end", nstart, nend, section
        FROM facts WHERE document_id IN (${ids}) ORDER BY document_id, idx`).raw(),
      mentions: db.prepare<[string], RawRow>(`SELECT document_id, topic, start, "end", nstart, nend, section
        FROM mentions WHERE document_id IN (${ids}) ORDER BY document_id, idx`).raw(),
    };
  }

  /** What getDocumentDetail returns, for every id at once; missing ids are left out. */
  details(documentIds: readonly number[]): Map<number, DocumentDetail> {
    const ids = JSON.stringify([...new Set(documentIds)]);
    const texts = new Map(this.s.texts.all(ids).map((r) => [r.document_id, bytesToText(r.text)]));
    const sections = byDocument(this.s.sections.all(ids) as unknown as RawRow[], sectionOf);
    const facts = byDocument(this.s.facts.all(ids) as unknown as RawRow[], factOf);
    const mentions = byDocument(this.s.mentions.all(ids) as unknown as RawRow[], mentionOf);
    const out = new Map<number, DocumentDetail>();
    for (const row of this.s.documents.all(ids)) {
      out.set(row.id, {
        ...documentBase(row),
        text: texts.get(row.id) ?? '',
        sections: sections.get(row.id) ?? [],
        facts: facts.get(row.id) ?? [],
        mentions: mentions.get(row.id) ?? [],
        contentHash: row.content_hash,
        analyzerVersion: row.analyzer_version,
      });
    }
    return out;
  }

  /** The matrix's read: each document's row and stored outline, nothing else. */
  outlines(documentIds: readonly number[]): Map<number, DocumentOutline> {
    const ids = JSON.stringify([...new Set(documentIds)]);
    const outlines = new Map(this.s.outlines.all(ids).map((r) => [r.document_id, r.body]));
    const out = new Map<number, DocumentOutline>();
    for (const row of this.s.documents.all(ids)) {
      const body = outlines.get(row.id);
      out.set(row.id, { ...documentBase(row), ...(body ? decodeOutline(bytesToText(body)) : { sections: [], facts: [], mentions: [] }) });
    }
    return out;
  }

  /** Which of the documents have a section stored under one of the content keys. */
  documentsWithSectionKeys(documentIds: readonly number[], keys: readonly string[]): Set<number> {
    if (keys.length === 0 || documentIds.length === 0) return new Set();
    return new Set(this.s.withSectionKeys.all(JSON.stringify([...new Set(documentIds)]), JSON.stringify(keys)));
  }
}

function documentBase(row: DocumentRow): Pick<DocumentDetail, 'summary' | 'dates' | 'operator'> {
  return {
    summary: toDocumentSummary(row),
    dates: { published: row.published, effective: row.effective, updated: row.updated },
    operator: JSON.parse(row.operator) as string[],
  };
}
