// Incremental indexing of one folder: skip unchanged files (size+mtime, then content hash), drop
// deleted ones, prepare the rest (ingest → analyze → fingerprint, in worker threads when built)
// and write them in file order, several documents per transaction, each document atomic.
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LibraryDatabaseError, type LibraryStore, type PreparedDocumentWrite, type StoredFileState } from '../store';
import type { IndexSummary } from '../../shared/types';
import type { IndexPipeline } from './pipeline';
import { errorMessage, type BaseState, type PrepareResult, type PrepareTask } from './prepare';
import { createPreparer } from './preparePool';

export interface IndexOptions {
  pipeline: IndexPipeline;
  onProgress?: (progress: { done: number; total: number; current: string | null }) => void;
  signal?: AbortSignal;
  /** Most documents written per transaction (each still atomic on its own); bigger batches commit less. */
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

/** What the stat pass decided for one file. */
type Step =
  | { kind: 'skip' }
  | { kind: 'gone' }
  | { kind: 'failed'; error: string; base: BaseState }
  | { kind: 'prepare'; task: PrepareTask; previousId: number | null };

type Pending = { kind: 'ok'; doc: PreparedDocumentWrite } | { kind: 'failed'; path: string; error: string; base: BaseState };

/** A transaction also ends after this much text, so a concurrent writer never waits long. */
const BATCH_TEXT_CHARS = 2_000_000;
const STAT_CHUNK = 256;
const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

export async function indexFolder(store: LibraryStore, folder: string, options: IndexOptions): Promise<IndexSummary> {
  const t0 = performance.now();
  const root = resolve(folder);
  const info = await stat(root).catch(() => null);
  if (!info) throw new FolderError(`folder not found: ${root}`);
  if (!info.isDirectory()) throw new FolderError(`not a folder: ${root}`);
  const { pipeline, onProgress, signal } = options;
  const batchSize = options.batchSize ?? 64;

  const walked = await pipeline.walk(root);
  const files = [...new Set(walked.files)].sort();
  const folderId = store.ensureFolder(root);
  const stored = store.fileStates(folderId);
  const present = new Set([...files, ...walked.problems.map((p) => p.path)]);
  const gone = [...stored.values()].filter((s) => !present.has(s.path)).map((s) => s.id);
  store.removeDocuments(gone);

  const summary: IndexSummary = { documents: files.length + walked.problems.length, indexed: 0, skipped: 0, removed: gone.length, failed: [], ms: 0 };

  // Stat pass, in parallel chunks: an unchanged 10k-file folder is decided here without reading a byte.
  const steps: Step[] = [];
  for (let from = 0; from < files.length; from += STAT_CHUNK) {
    const chunk = files.slice(from, from + STAT_CHUNK);
    const stats = await Promise.all(chunk.map((p) => stat(p).catch(() => null)));
    chunk.forEach((path, k) => steps.push(decide(path, stats[k], stored.get(path), folderId, pipeline.analyzerVersion)));
  }

  // Files the walk could not take (bad names, links leaving the folder) are listed like any
  // failed file, so the library shows them with their reason instead of losing them.
  let pending: Pending[] = walked.problems.map((p) => ({ kind: 'failed', path: p.path, error: p.error, base: { size: 0, mtimeMs: 0, contentHash: '' } }));
  let pendingChars = 0;
  let vanished = 0;
  const recordFailed = (path: string, error: string, base: BaseState) => {
    summary.failed.push({ path, error });
    store.writeFailedDocument({ ...base, path, folderId, format: null, error, analyzerVersion: pipeline.analyzerVersion });
  };
  const flush = () => {
    const batch = pending;
    pending = [];
    pendingChars = 0;
    if (batch.length === 0) return;
    store.indexingTransaction(() => {
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

  const toPrepare = steps.filter((s) => s.kind === 'prepare').length;
  const preparer = createPreparer(pipeline, toPrepare);
  // Prepared results in file order; up to `parallel` tasks run ahead of the writer.
  const inFlight = new Map<number, Promise<PrepareResult>>();
  let nextToStart = 0;
  const startAhead = (i: number) => {
    while (nextToStart < steps.length && (inFlight.size < preparer.parallel || nextToStart <= i)) {
      const step = steps[nextToStart];
      if (step.kind === 'prepare') inFlight.set(nextToStart, preparer.prepare(step.task));
      nextToStart++;
    }
  };

  try {
    for (let i = 0; i < files.length; i++) {
      const path = files[i];
      onProgress?.({ done: i, total: files.length, current: path });
      if (i % STAT_CHUNK === 0 || steps[i].kind === 'prepare') await yieldToEvents();
      if (signal?.aborted) {
        flush();
        throw new IndexCancelledError();
      }
      const step = steps[i];
      if (step.kind === 'skip') {
        summary.skipped++;
      } else if (step.kind === 'gone') {
        // Vanished between the walk and now: treat as deleted.
        const prev = stored.get(path);
        if (prev) store.removeDocuments([prev.id]);
        summary.documents--;
        vanished++;
      } else if (step.kind === 'failed') {
        pending.push({ kind: 'failed', path, error: step.error, base: step.base });
      } else {
        startAhead(i);
        const result = await inFlight.get(i)!;
        inFlight.delete(i);
        startAhead(i);
        if (result.kind === 'unchanged') {
          store.touchDocument(step.previousId!, step.task.size, step.task.mtimeMs);
          summary.skipped++;
        } else if (result.kind === 'failed') {
          pending.push({ kind: 'failed', path, error: result.error, base: result.base });
        } else {
          pending.push(result);
          pendingChars += result.doc.text.length;
        }
      }
      if (pending.length >= batchSize || pendingChars >= BATCH_TEXT_CHARS) flush();
    }
    flush();
  } finally {
    await preparer.close();
  }
  onProgress?.({ done: files.length, total: files.length, current: null });

  // Regrouping reads every document: skip it when nothing changed (a rescan of an unchanged folder).
  const changed = summary.indexed > 0 || summary.removed > 0 || summary.failed.length > 0 || vanished > 0;
  if (changed || store.appGroupsStale()) regroupApps(store, pipeline);
  summary.ms = Math.round(performance.now() - t0);
  return summary;
}

function decide(
  path: string,
  st: Stats | null,
  prev: StoredFileState | undefined,
  folderId: number,
  analyzerVersion: string,
): Step {
  if (!st) return { kind: 'gone' };
  // FIFOs, sockets and devices: reading one could block forever.
  if (!st.isFile()) return { kind: 'failed', error: 'not a regular file', base: { size: 0, mtimeMs: st.mtimeMs, contentHash: '' } };
  const current = prev !== undefined && prev.analyzerVersion === analyzerVersion;
  if (current && prev.size === st.size && prev.mtimeMs === st.mtimeMs) return { kind: 'skip' };
  return {
    kind: 'prepare',
    previousId: prev?.id ?? null,
    task: { path, folderId, size: st.size, mtimeMs: st.mtimeMs, currentHash: current ? prev.contentHash : null },
  };
}

/** Regroups every stored document (all folders) into apps and versions. */
export function regroupApps(store: LibraryStore, pipeline: IndexPipeline): void {
  store.replaceAppGroups(pipeline.group(store.listGroupingInputs()));
}
