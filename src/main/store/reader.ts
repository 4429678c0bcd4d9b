import type {
  AppSummary,
  Correction,
  DocumentDetail,
  DocumentOutline,
  DocumentSummary,
} from '../../shared/types';

export interface Provenance {
  documentId: number;
  path: string;
  contentHash: string;
  indexedAt: string;
  analyzerVersion: string;
}

/**
 * What `compare`, `ipc` and the CLI read from the index. The SQLite repository implements it;
 * compare's pure functions take it so they never see SQL.
 */
export interface LibraryReader {
  listFolders(): string[];
  listDocuments(): DocumentSummary[];
  /** Apps with their versions ordered oldest → newest. */
  listApps(): AppSummary[];
  getDocumentDetail(documentId: number): DocumentDetail | null;
  /**
   * getDocumentDetail for many documents in a few set-based queries (the matrix reads ~500 at once).
   * Optional: callers fall back to getDocumentDetail per document.
   */
  getDocumentDetails?(documentIds: readonly number[]): Map<number, DocumentDetail>;
  /**
   * The matrix's read: each document's stored outline (its cell sections as analysed, excerpts,
   * mentions) and facts, without text or section rows. Optional, with documentsWithSectionKeys:
   * documents that topic corrections touch are read through getDocumentDetails instead.
   */
  getDocumentOutlines?(documentIds: readonly number[]): Map<number, DocumentOutline>;
  /** Which of the documents have a section under one of the content keys (corrections' targets). */
  documentsWithSectionKeys?(documentIds: readonly number[], keys: readonly string[]): Set<number>;
  /** Number of successfully indexed documents. */
  documentCount(): number;
  /** For each clause fingerprint, in how many distinct documents it occurs. */
  countDocumentsWithFingerprints(fingerprints: readonly string[]): Map<string, number>;
  listCorrections(): Correction[];
  getProvenance(documentIds: readonly number[]): Provenance[];
}
