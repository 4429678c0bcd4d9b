// Writes one document (row, text, sections, facts, mentions, fingerprints, search entry) atomically.
import type Database from 'better-sqlite3';
import type { DocumentAnalysis, DocumentFormat } from '../../shared/types';
import { spaceCjk } from './cjk';
import { MultiInsert } from './multiInsert';
import { encodeOutline, outlineOf } from './outlineCodec';
import { encodeOffsets } from './offsetCodec';
import { sectionContentKey } from './sectionKey';

export interface FileState {
  path: string;
  folderId: number;
  size: number;
  mtimeMs: number;
  contentHash: string;
}

export interface IndexedDocumentWrite extends FileState {
  format: DocumentFormat;
  encoding: string;
  /** Normalised text and its normalised → source offset map. */
  text: string;
  offsets: Int32Array;
  analysis: DocumentAnalysis;
  fingerprints: readonly string[];
}

/**
 * An IndexedDocumentWrite with its derived columns computed up front (in an indexing worker, off
 * the writing thread): encoded offsets, the CJK-spaced search body, the section content keys and
 * the outline the matrix reads instead of text and sections.
 */
export interface PreparedDocumentWrite extends Omit<IndexedDocumentWrite, 'offsets'> {
  offsetsBlob: Uint8Array;
  searchBody: string;
  sectionKeys: readonly string[];
  /** The encoded outline (what the matrix reads instead of the text and sections). */
  outlineBody: string;
}

export function prepareDocumentWrite(doc: IndexedDocumentWrite): PreparedDocumentWrite {
  const { offsets, ...rest } = doc;
  return {
    ...rest,
    offsetsBlob: encodeOffsets(offsets),
    searchBody: spaceCjk(doc.text),
    sectionKeys: doc.analysis.sections.map((s) => sectionContentKey(doc.text, s)),
    outlineBody: encodeOutline(outlineOf(doc.text, doc.analysis.sections, doc.analysis.facts, doc.analysis.mentions)),
  };
}

export interface FailedDocumentWrite extends FileState {
  format: DocumentFormat | null;
  error: string;
  analyzerVersion: string;
}

export class DocumentWriter {
  private readonly upsert;
  private readonly clear: Database.Statement[];
  private readonly clearSearch;
  private readonly insertText;
  private readonly insertSections;
  private readonly insertFacts;
  private readonly insertMentions;
  private readonly insertOutline;
  private readonly insertFingerprints;
  private readonly insertSearch;

  constructor(private readonly db: Database.Database) {
    this.upsert = db.prepare<unknown[], { id: number }>(`
      INSERT INTO documents (path, folder_id, size, mtime_ms, content_hash, encoding, format, status, error, language,
        app, operator, published, effective, updated, analyzer_version, indexed_at)
      VALUES (@path, @folderId, @size, @mtimeMs, @contentHash, @encoding, @format, @status, @error, @language,
        @app, @operator, @published, @effective, @updated, @analyzerVersion, @indexedAt)
      ON CONFLICT(path) DO UPDATE SET folder_id = excluded.folder_id, size = excluded.size, mtime_ms = excluded.mtime_ms,
        content_hash = excluded.content_hash, encoding = excluded.encoding, format = excluded.format,
        status = excluded.status, error = excluded.error, language = excluded.language, app = excluded.app,
        operator = excluded.operator, published = excluded.published, effective = excluded.effective,
        updated = excluded.updated, analyzer_version = excluded.analyzer_version, indexed_at = excluded.indexed_at
      RETURNING id`);
    this.clear = ['texts', 'sections', 'facts', 'mentions', 'outlines', 'clause_fingerprints', 'app_versions'].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE document_id = ?`),
    );
    this.clearSearch = db.prepare('DELETE FROM search_index WHERE rowid = ?');
    this.insertText = db.prepare('INSERT INTO texts (document_id, text, offsets) VALUES (?, ?, ?)');
    this.insertSections = new MultiInsert(db, `INSERT INTO sections (document_id, idx, parent, level, number, heading,
      start, "end", nstart, nend, nbody, topics, content_key, synthetic)`, 14);
    this.insertFacts = new MultiInsert(db, `INSERT INTO facts (document_id, idx, kind, value, start, "end", nstart, nend,
      section)`, 9);
    this.insertMentions = new MultiInsert(db, `INSERT INTO mentions (document_id, idx, topic, start, "end", nstart, nend,
      section)`, 8);
    this.insertOutline = db.prepare('INSERT INTO outlines (document_id, body) VALUES (?, ?)');
    this.insertFingerprints = new MultiInsert(db, 'INSERT OR IGNORE INTO clause_fingerprints (fingerprint, document_id)', 2);
    this.insertSearch = db.prepare('INSERT INTO search_index (rowid, body) VALUES (?, ?)');
  }

  private replaceRow(row: Record<string, unknown>): number {
    const { id } = this.upsert.get(row) as { id: number };
    for (const stmt of this.clear) stmt.run(id);
    this.clearSearch.run(id);
    return id;
  }

  /** One transaction per document (a savepoint when called inside a batch): all of it or none of it. */
  writeIndexed(input: IndexedDocumentWrite | PreparedDocumentWrite, indexedAt: string): number {
    const doc = 'searchBody' in input ? input : prepareDocumentWrite(input);
    return this.db.transaction(() => {
      const a = doc.analysis;
      const id = this.replaceRow({
        path: doc.path, folderId: doc.folderId, size: doc.size, mtimeMs: doc.mtimeMs, contentHash: doc.contentHash,
        encoding: doc.encoding, format: doc.format, status: 'ok', error: null, language: a.language, app: a.app,
        operator: JSON.stringify(a.operator), published: a.dates.published, effective: a.dates.effective,
        updated: a.dates.updated, analyzerVersion: a.analyzerVersion, indexedAt,
      });
      this.insertText.run(id, doc.text, doc.offsetsBlob);
      this.insertSections.run(a.sections.map((s, i) => [id, s.id, s.parent, s.level, s.number, s.heading, s.start, s.end,
        s.nstart, s.nend, s.nbody, JSON.stringify(s.topics), doc.sectionKeys[i], s.synthetic ?? null]));
      this.insertFacts.run(a.facts.map((f, i) => [id, i, f.kind, JSON.stringify(f.value), f.start, f.end, f.nstart, f.nend,
        f.section]));
      this.insertMentions.run(a.mentions.map((m, i) => [id, i, m.topic, m.start, m.end, m.nstart, m.nend, m.section]));
      this.insertOutline.run(id, doc.outlineBody);
      const fingerprintRows: unknown[] = [];
      for (const fp of doc.fingerprints) fingerprintRows.push(fp, id);
      this.insertFingerprints.runFlat(fingerprintRows);
      this.insertSearch.run(id, doc.searchBody);
      return id;
    }).immediate();
  }

  writeFailed(doc: FailedDocumentWrite, indexedAt: string): number {
    return this.db.transaction(() =>
      this.replaceRow({
        path: doc.path, folderId: doc.folderId, size: doc.size, mtimeMs: doc.mtimeMs, contentHash: doc.contentHash,
        encoding: null, format: doc.format, status: 'failed', error: doc.error, language: null, app: null,
        operator: '[]', published: null, effective: null, updated: null, analyzerVersion: doc.analyzerVersion, indexedAt,
      }),
    ).immediate();
  }
}
