// Background index jobs for the app: each job runs in a worker thread (or in-process for the CLI
// and tests) and reports IndexProgress; the UI polls `progress(jobId)` and may `cancel(jobId)`.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { IndexProgress, IndexSummary } from '../../shared/types';
import { LibraryStore } from '../store';
import { IndexCancelledError, indexFolder } from './indexFolder';
import type { IndexPipeline } from './pipeline';

export interface JobEvents {
  progress(p: { done: number; total: number; current: string | null }): void;
  done(summary: IndexSummary): void;
  cancelled(): void;
  failed(message: string): void;
}

/** Starts indexing `folder` into `dbPath`; returns a cancel function. */
export type JobRunner = (input: { dbPath: string; folder: string }, events: JobEvents) => () => void;

/** Messages from `worker.ts`. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; current: string | null }
  | { type: 'done'; summary: IndexSummary }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

export function workerRunner(workerPath = join(__dirname, 'index-worker.js')): JobRunner {
  return (input, events) => {
    const worker = new Worker(workerPath, { workerData: input });
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') events.progress(m);
      else {
        settled = true;
        if (m.type === 'done') events.done(m.summary);
        else if (m.type === 'cancelled') events.cancelled();
        else events.failed(m.message);
      }
    });
    worker.on('error', (error) => {
      if (!settled) events.failed(error.message);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) events.failed(`indexing stopped unexpectedly (worker exit code ${code})`);
      settled = true;
    });
    return () => worker.postMessage({ type: 'cancel' });
  };
}

/** Runs on the calling thread with its own connection (CLI, tests). */
export function inProcessRunner(pipeline: IndexPipeline): JobRunner {
  return (input, events) => {
    const controller = new AbortController();
    void (async () => {
      let store: LibraryStore | null = null;
      try {
        store = LibraryStore.open(input.dbPath);
        events.done(await indexFolder(store, input.folder, { pipeline, signal: controller.signal, onProgress: events.progress }));
      } catch (error) {
        if (error instanceof IndexCancelledError) events.cancelled();
        else events.failed(error instanceof Error ? error.message : String(error));
      } finally {
        store?.close();
      }
    })();
    return () => controller.abort();
  };
}

export class IndexJobManager {
  private nextId = 1;
  private readonly jobs = new Map<number, { folder: string; progress: IndexProgress; cancel: () => void; finished: Promise<void> }>();

  constructor(
    private readonly dbPath: string,
    private readonly runner: JobRunner,
  ) {}

  /** Starts a job, or returns the running one for the same folder. */
  start(folder: string): IndexProgress {
    for (const job of this.jobs.values()) {
      if (job.folder === folder && job.progress.state === 'running') return { ...job.progress };
    }
    const jobId = this.nextId++;
    const progress: IndexProgress = { jobId, state: 'running', done: 0, total: 0, current: null, error: null, summary: null };
    let finish!: () => void;
    const finished = new Promise<void>((r) => (finish = r));
    const end = (patch: Partial<IndexProgress>) => {
      if (progress.state !== 'running') return;
      Object.assign(progress, patch, { current: null });
      finish();
    };
    const cancel = this.runner({ dbPath: this.dbPath, folder }, {
      progress: (p) => {
        if (progress.state === 'running') Object.assign(progress, p);
      },
      done: (summary) => end({ state: 'done', summary, done: summary.documents, total: summary.documents }),
      cancelled: () => end({ state: 'cancelled' }),
      failed: (message) => end({ state: 'failed', error: message }),
    });
    this.jobs.set(jobId, { folder, progress, cancel, finished });
    return { ...progress };
  }

  /** Null for an unknown job id. */
  progress(jobId: number): IndexProgress | null {
    const job = this.jobs.get(jobId);
    return job ? { ...job.progress } : null;
  }

  cancel(jobId: number): IndexProgress | null {
    const job = this.jobs.get(jobId);
    if (!job) return null;
    if (job.progress.state === 'running') job.cancel();
    return { ...job.progress };
  }

  /** Resolves when the job has ended (any state). */
  async wait(jobId: number): Promise<IndexProgress | null> {
    const job = this.jobs.get(jobId);
    if (!job) return null;
    await job.finished;
    return { ...job.progress };
  }
}
