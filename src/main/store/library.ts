// The SQLite repository: implements LibraryReader plus the writes indexing, corrections and settings need.
import type Database from 'better-sqlite3';
import type { AppSummary, Correction, DocumentDetail, DocumentOutline, DocumentSummary, FactKind } from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';
import { openDatabase, type OpenOptions } from './db';
import { translateSqliteError } from './errors';
import { DocumentWriter, type FailedDocumentWrite, type IndexedDocumentWrite, type PreparedDocumentWrite } from './documentWriter';
import {
  blobToOffsets, bytesToText, TEXT_BYTES, toCorrection, toDocumentSummary, toFact, toMention, toSection,
  type CorrectionRow, type DocumentRow, type FactRow, type MentionRow, type SectionRow,
} from './mappers';
import type { LibraryReader, Provenance } from './reader';
import { DetailsReader } from './detailsRead';
import { SearchIndex } from './search';
import { AppGroups, type AppGroupWrite } from './appGroups';
import type { PolicyDates, SearchHit } from '../../shared/types';

const DOCUMENT_SELECT = `SELECT d.*, f.path AS folder, av.app_id, av.version, av.version_date
  FROM documents d JOIN folders f ON f.id = d.folder_id LEFT JOIN app_versions av ON av.document_id = d.id`;

/** What the indexer needs to decide whether a file changed. */
export interface StoredFileState {
  id: number;
  path: string;
  size: number;
  mtimeMs: number;
  contentHash: string;
  analyzerVersion: string;
  status: 'ok' | 'failed';
}

export interface NewCorrection {
  sectionKey: string;
  kind: Correction['kind'];
  topic: TopicId | null;
  factKind: FactKind | null;
  factValue: string | null;
}

export class LibraryStore implements LibraryReader {
  private readonly writer: DocumentWriter;
  private readonly searchIndex: SearchIndex;
  private readonly detailsReader: DetailsReader;
  private readonly appGroups: AppGroups;
  private readonly s;

  static open(path: string, options?: OpenOptions): LibraryStore {
    return new LibraryStore(openDatabase(path, options), path);
  }

  constructor(
    readonly db: Database.Database,
    readonly path: string,
  ) {
    this.writer = new DocumentWriter(db);
    this.searchIndex = new SearchIndex(db);
    this.detailsReader = new DetailsReader(db, DOCUMENT_SELECT);
    this.appGroups = new AppGroups(db);
    this.s = {
      folders: db.prepare<[], { path: string }>('SELECT path FROM folders ORDER BY path'),
      folderId: db.prepare<[string], { id: number }>('SELECT id FROM folders WHERE path = ?'),
      addFolder: db.prepare('INSERT INTO folders (path, added_at) VALUES (?, ?) ON CONFLICT(path) DO NOTHING'),
      documents: db.prepare<[], DocumentRow>(`${DOCUMENT_SELECT} ORDER BY d.path`),
      document: db.prepare<[number], DocumentRow>(`${DOCUMENT_SELECT} WHERE d.id = ?`),
      fileStates: db.prepare<[number], StoredFileState>(`SELECT id, path, size, mtime_ms AS mtimeMs,
        content_hash AS contentHash, analyzer_version AS analyzerVersion, status FROM documents WHERE folder_id = ?`),
      touch: db.prepare('UPDATE documents SET size = ?, mtime_ms = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM documents WHERE id = ?'),
      removeSearch: db.prepare('DELETE FROM search_index WHERE rowid = ?'),
      text: db.prepare<[number], { text: Buffer }>(`SELECT ${TEXT_BYTES} AS text FROM texts WHERE document_id = ?`),
      offsets: db.prepare<[number], { offsets: Buffer }>('SELECT offsets FROM texts WHERE document_id = ?'),
      sections: db.prepare<[number], SectionRow>('SELECT * FROM sections WHERE document_id = ? ORDER BY idx'),
      sectionKey: db.prepare<[number, number], { content_key: string }>(
        'SELECT content_key FROM sections WHERE document_id = ? AND idx = ?'),
      facts: db.prepare<[number], FactRow>('SELECT * FROM facts WHERE document_id = ? ORDER BY idx'),
      mentions: db.prepare<[number], MentionRow>('SELECT * FROM mentions WHERE document_id = ? ORDER BY idx'),
      grouping: db.prepare<[], { id: number; path: string; app: string | null; operator: string; published: string | null;
        effective: string | null; updated: string | null }>(`SELECT id, path, app, operator, published, effective, updated
        FROM documents WHERE status = 'ok' ORDER BY path`),
      okCount: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents WHERE status = 'ok'"),
      fingerprintCount: db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM clause_fingerprints WHERE fingerprint = ?'),
      corrections: db.prepare<[], CorrectionRow>('SELECT * FROM corrections ORDER BY id'),
      correction: db.prepare<[number], CorrectionRow>('SELECT * FROM corrections WHERE id = ?'),
      addCorrection: db.prepare<unknown[], { id: number }>(`INSERT INTO corrections (section_key, kind, topic, fact_kind,
        fact_value, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`),
      removeCorrection: db.prepare('DELETE FROM corrections WHERE id = ?'),
      setting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      putSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs `fn` in one transaction (nested writes become savepoints); SQLite errors become specific ones. */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (error) {
      throw translateSqliteError(error, this.path);
    }
  }

  /**
   * A transaction of indexing writes (writeIndexedDocument / writeFailedDocument only) with the
   * foreign-key checks off: those writes insert children only under the document row they just
   * upserted and clear old children explicitly, so the per-row parent lookups (most of the cost of
   * ~150 fingerprint rows per document) prove nothing. The pragma is per connection and restored.
   */
  indexingTransaction<T>(fn: () => T): T {
    this.db.pragma('foreign_keys = OFF');
    try {
      return this.transaction(fn);
    } finally {
      if (this.db.open) this.db.pragma('foreign_keys = ON');
    }
  }

  private guarded<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw translateSqliteError(error, this.path);
    }
  }

  // ------------------------------------------------------------ LibraryReader

  listFolders(): string[] {
    return this.s.folders.all().map((r) => r.path);
  }

  listDocuments(): DocumentSummary[] {
    return this.s.documents.all().map(toDocumentSummary);
  }

  getDocumentSummary(documentId: number): DocumentSummary | null {
    const row = this.s.document.get(documentId);
    return row ? toDocumentSummary(row) : null;
  }

  listApps(): AppSummary[] {
    return this.appGroups.list();
  }

  getDocumentDetail(documentId: number): DocumentDetail | null {
    const row = this.s.document.get(documentId);
    if (!row) return null;
    const text = this.s.text.get(documentId);
    return {
      summary: toDocumentSummary(row),
      text: bytesToText(text?.text),
      sections: this.s.sections.all(documentId).map(toSection),
      facts: this.s.facts.all(documentId).map(toFact),
      mentions: this.s.mentions.all(documentId).map(toMention),
      dates: { published: row.published, effective: row.effective, updated: row.updated },
      operator: JSON.parse(row.operator) as string[],
      contentHash: row.content_hash,
      analyzerVersion: row.analyzer_version,
    };
  }

  getDocumentDetails(documentIds: readonly number[]): Map<number, DocumentDetail> {
    return this.guarded(() => this.detailsReader.details(documentIds));
  }

  getDocumentOutlines(documentIds: readonly number[]): Map<number, DocumentOutline> {
    return this.guarded(() => this.detailsReader.outlines(documentIds));
  }

  documentsWithSectionKeys(documentIds: readonly number[], keys: readonly string[]): Set<number> {
    return this.guarded(() => this.detailsReader.documentsWithSectionKeys(documentIds, keys));
  }

  /** Normalised → source offset map of a stored document (null when it has no text). */
  getOffsets(documentId: number): Int32Array | null {
    const row = this.s.offsets.get(documentId);
    return row ? blobToOffsets(row.offsets) : null;
  }

  /** Indexed documents with what app grouping needs (name and dates), without loading texts. */
  listGroupingInputs(): { documentId: number; path: string; app: string | null; operator: string[]; dates: PolicyDates }[] {
    return this.s.grouping.all().map((r) => ({
      documentId: r.id, path: r.path, app: r.app, operator: JSON.parse(r.operator) as string[],
      dates: { published: r.published, effective: r.effective, updated: r.updated },
    }));
  }

  documentCount(): number {
    return this.s.okCount.get()!.n;
  }

  countDocumentsWithFingerprints(fingerprints: readonly string[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const fp of fingerprints) if (!counts.has(fp)) counts.set(fp, this.s.fingerprintCount.get(fp)!.n);
    return counts;
  }

  listCorrections(): Correction[] {
    return this.s.corrections.all().map(toCorrection);
  }

  getProvenance(documentIds: readonly number[]): Provenance[] {
    const out: Provenance[] = [];
    for (const id of documentIds) {
      const row = this.s.document.get(id);
      if (row) {
        out.push({ documentId: row.id, path: row.path, contentHash: row.content_hash, indexedAt: row.indexed_at,
          analyzerVersion: row.analyzer_version });
      }
    }
    return out;
  }

  // ------------------------------------------------------------ search

  search(query: string, limit: number): SearchHit[] {
    return this.guarded(() => this.searchIndex.search(query, limit));
  }

  // ------------------------------------------------------------ indexing writes

  ensureFolder(path: string): number {
    return this.guarded(() => {
      this.s.addFolder.run(path, new Date().toISOString());
      return this.s.folderId.get(path)!.id;
    });
  }

  fileStates(folderId: number): Map<string, StoredFileState> {
    return new Map(this.s.fileStates.all(folderId).map((r) => [r.path, r]));
  }

  touchDocument(documentId: number, size: number, mtimeMs: number): void {
    this.guarded(() => this.s.touch.run(size, mtimeMs, documentId));
  }

  writeIndexedDocument(doc: IndexedDocumentWrite | PreparedDocumentWrite): number {
    return this.guarded(() => this.writer.writeIndexed(doc, new Date().toISOString()));
  }

  writeFailedDocument(doc: FailedDocumentWrite): number {
    return this.guarded(() => this.writer.writeFailed(doc, new Date().toISOString()));
  }

  removeDocuments(ids: readonly number[]): void {
    this.transaction(() => {
      for (const id of ids) {
        this.s.remove.run(id);
        this.s.removeSearch.run(id);
      }
    });
  }

  /**
   * True when the app grouping does not cover exactly the indexed documents, or has version gaps:
   * a run killed between its writes and its regrouping leaves it so, and the next run must regroup.
   */
  appGroupsStale(): boolean {
    return this.guarded(() => this.appGroups.stale());
  }

  /** Replaces the app grouping; app ids are kept by name so the UI's selections survive re-indexing. */
  replaceAppGroups(groups: readonly AppGroupWrite[]): void {
    this.transaction(() => this.appGroups.replace(groups));
  }

  // ------------------------------------------------------------ corrections & settings

  sectionKey(documentId: number, sectionId: number): string | null {
    return this.s.sectionKey.get(documentId, sectionId)?.content_key ?? null;
  }

  addCorrection(c: NewCorrection): Correction {
    return this.guarded(() => {
      const { id } = this.s.addCorrection.get(c.sectionKey, c.kind, c.topic, c.factKind, c.factValue,
        new Date().toISOString())!;
      return toCorrection(this.s.correction.get(id)!);
    });
  }

  /** True when a correction was removed. */
  removeCorrection(id: number): boolean {
    return this.guarded(() => this.s.removeCorrection.run(id).changes > 0);
  }

  getSetting<T>(key: string): T | undefined {
    const row = this.s.setting.get(key);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  putSetting(key: string, value: unknown): void {
    this.guarded(() => this.s.putSetting.run(key, JSON.stringify(value)));
  }

  /** Caps the file size in pages; used to exercise the disk-full path. */
  setMaxPageCount(pages: number): void {
    this.db.pragma(`max_page_count = ${Math.max(1, Math.floor(pages))}`);
  }
}
