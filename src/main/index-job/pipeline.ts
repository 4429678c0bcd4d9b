// The stages indexing runs, as one injectable object; `defaultPipeline` binds the real ingest and analyze.
import type { IngestedDocument } from '../ingest/types';
import type { DocumentAnalysis } from '../../shared/types';
import type { AppGroupWrite } from '../store';

export interface GroupInput {
  documentId: number;
  path: string;
  app: string | null;
  operator: string[];
  dates: DocumentAnalysis['dates'];
}

export interface IndexPipeline {
  analyzerVersion: string;
  /** Supported files under root, and paths that cannot be indexed with why (unreadable folders, odd names). */
  walk(root: string): Promise<{ files: string[]; problems: { path: string; error: string }[] }>;
  /** Decodes bytes already read (and hashed) by the indexer, or reads the file when no bytes are given. */
  ingest(path: string, bytes?: Uint8Array): Promise<IngestedDocument>;
  analyze(doc: IngestedDocument): DocumentAnalysis;
  group(documents: GroupInput[]): AppGroupWrite[];
  /**
   * A built worker script that runs `prepareFile` with this same pipeline (worker.ts in 'prepare'
   * mode); when set, indexing analyses files in worker threads. Absent: everything on one thread.
   */
  workerEntry?: string | null;
}
