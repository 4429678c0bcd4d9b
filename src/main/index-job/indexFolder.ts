// Incremental indexing of one folder: skip unchanged files (size+mtime, then content hash), drop
// deleted ones, ingest → analyze → fingerprint → write the rest, one transaction per document.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fingerprintClauses } from '../analyze/clauses';
import { LibraryDatabaseError, type IndexedDocumentWrite, type LibraryStore } from '../store';
import type { IndexSummary } from '../../shared/types';
import type { IndexPipeline } from './pipeline';

export interface IndexOptions {
  pipeline: IndexPipeline;
  onProgress?: (progress: { done: number; total: number; current: string | null }) => void;
  signal?: AbortSignal;
  /** Documents written per transaction (each still atomic on its own); bigger batches fsync less. */
  batchSize?: number;
}

export class IndexCancelledError extends Error {
  constructor() {
    super('indexing was cancelled');
    this.name = 'IndexCancelledError';
  }
}

/** Thrown before anything is written when the folder itself is unusable. */
export class FolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FolderError';
  }
}

type Pending = { kind: 'ok'; doc: IndexedDocumentWrite } | { kind: 'failed'; path: string; error: string; base: BaseState };
interface BaseState {
  size: number;
  mtimeMs: number;
  contentHash: string;
}

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];
const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

export async function indexFolder(store: LibraryStore, folder: string, options: IndexOptions): Promise<IndexSummary> {
  const t0 = performance.now();
  const root = resolve(folder);
  const info = await stat(root).catch(() => null);
  if (!info) throw new FolderError(`folder not found: ${root}`);
  if (!info.isDirectory()) throw new FolderError(`not a folder: ${root}`);
  const { pipeline, onProgress, signal } = options;
  const batchSize = options.batchSize ?? 16;

  const walked = await pipeline.walk(root);
  const files = [...new Set(walked.files)].sort();
  const folderId = store.ensureFolder(root);
  const stored = store.fileStates(folderId);
  const present = new Set([...files, ...walked.problems.map((p) => p.path)]);
  const gone = [...stored.values()].filter((s) => !present.has(s.path)).map((s) => s.id);
  store.removeDocuments(gone);

  const summary: IndexSummary = { documents: files.length + walked.problems.length, indexed: 0, skipped: 0, removed: gone.length, failed: [], ms: 0 };
  const recordFailed = (path: string, error: string, base: BaseState) => {
    summary.failed.push({ path, error });
    store.writeFailedDocument({ ...base, path, folderId, format: null, error, analyzerVersion: pipeline.analyzerVersion });
  };
  // Files the walk could not take (bad names, links leaving the folder) are listed like any
  // failed file, so the library shows them with their reason instead of losing them.
  let pending: Pending[] = walked.problems.map((p) => ({ kind: 'failed', path: p.path, error: p.error, base: { size: 0, mtimeMs: 0, contentHash: '' } }));
  const flush = () => {
    const batch = pending;
    pending = [];
    store.transaction(() => {
      for (const p of batch) {
        if (p.kind === 'failed') {
          recordFailed(p.path, p.error, p.base);
          continue;
        }
        try {
          store.writeIndexedDocument(p.doc);
          summary.indexed++;
        } catch (error) {
          // A full disk or a damaged database stops the run; a document the schema rejects does not.
          if (error instanceof LibraryDatabaseError) throw error;
          recordFailed(p.doc.path, `could not store: ${errorMessage(error)}`, p.doc);
        }
      }
    });
  };

  for (let i = 0; i < files.length; i++) {
    const path = files[i];
    onProgress?.({ done: i, total: files.length, current: path });
    await yieldToEvents();
    if (signal?.aborted) {
      flush();
      throw new IndexCancelledError();
    }
    const prev = stored.get(path);
    const st = await stat(path).catch(() => null);
    if (!st) {
      // Vanished between the walk and now: treat as deleted.
      if (prev) store.removeDocuments([prev.id]);
      summary.documents--;
      continue;
    }
    if (!st.isFile()) {
      // FIFOs, sockets and devices: reading one could block forever.
      pending.push({ kind: 'failed', path, error: 'not a regular file', base: { size: 0, mtimeMs: st.mtimeMs, contentHash: '' } });
      continue;
    }
    const current = prev && prev.analyzerVersion === pipeline.analyzerVersion;
    if (current && prev.size === st.size && prev.mtimeMs === st.mtimeMs) {
      summary.skipped++;
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      pending.push({ kind: 'failed', path, error: `cannot read file: ${errorMessage(error)}`,
        base: { size: st.size, mtimeMs: st.mtimeMs, contentHash: '' } });
      continue;
    }
    const base = { size: st.size, mtimeMs: st.mtimeMs, contentHash: createHash('sha256').update(bytes).digest('hex') };
    if (current && prev.contentHash === base.contentHash) {
      store.touchDocument(prev.id, st.size, st.mtimeMs);
      summary.skipped++;
      continue;
    }
    try {
      const ingested = await pipeline.ingest(path, bytes);
      const analysis = pipeline.analyze(ingested);
      pending.push({
        kind: 'ok',
        doc: { ...base, path, folderId, format: ingested.format, encoding: ingested.encoding, text: ingested.text,
          offsets: ingested.offsets, analysis, fingerprints: fingerprintClauses(ingested.text) },
      });
    } catch (error) {
      pending.push({ kind: 'failed', path, error: errorMessage(error), base });
    }
    if (pending.length >= batchSize) flush();
  }
  flush();
  onProgress?.({ done: files.length, total: files.length, current: null });

  regroupApps(store, pipeline);
  summary.ms = Math.round(performance.now() - t0);
  return summary;
}

/** Regroups every stored document (all folders) into apps and versions. */
export function regroupApps(store: LibraryStore, pipeline: IndexPipeline): void {
  store.replaceAppGroups(pipeline.group(store.listGroupingInputs()));
}
