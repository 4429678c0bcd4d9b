// Runs prepareFile either on the calling thread or in a pool of worker threads (the built
// index-worker.js in 'prepare' mode), so the indexing thread is left with the SQLite writes.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { prepareFile, type PrepareResult, type PrepareTask } from './prepare';
import type { IndexPipeline } from './pipeline';

export interface Preparer {
  /** How many tasks are worth keeping in flight. */
  readonly parallel: number;
  prepare(task: PrepareTask): Promise<PrepareResult>;
  close(): Promise<void>;
}

/** Messages between indexFolder's pool and a 'prepare' worker. */
export type PrepareRequest = { id: number; task: PrepareTask };
export type PrepareReply = { id: number; result: PrepareResult };

export function inlinePreparer(pipeline: IndexPipeline): Preparer {
  return { parallel: 1, prepare: (task) => prepareFile(pipeline, task), close: async () => {} };
}

/** The built worker entry next to this bundle (out/main, or its chunks folder); null when running from source. */
export function findWorkerEntry(dir = __dirname): string | null {
  for (const candidate of [join(dir, 'index-worker.js'), join(dir, '..', 'index-worker.js')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Worker count: POLICY_LENS_INDEX_WORKERS, else one per core (at most 4). */
export function defaultWorkerCount(): number {
  const fromEnv = Number(process.env.POLICY_LENS_INDEX_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  return Math.max(1, Math.min(4, availableParallelism()));
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: PrepareResult) => void; task: PrepareTask }>;
  alive: boolean;
}

export function workerPreparer(entry: string, count: number, fallback: Preparer): Preparer {
  let nextId = 1;
  const slots: Slot[] = [];
  const failAll = (slot: Slot, why: string) => {
    slot.alive = false;
    for (const p of slot.pending.values()) {
      // A worker that died (out of memory on one pathological file, say) fails only its own tasks.
      p.resolve({ kind: 'failed', error: `analysis crashed: ${why}`, base: { size: p.task.size, mtimeMs: p.task.mtimeMs, contentHash: '' } });
    }
    slot.pending.clear();
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(entry, { workerData: { mode: 'prepare' } });
    const slot: Slot = { worker, pending: new Map(), alive: true };
    worker.on('message', (m: PrepareReply) => {
      const p = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      p?.resolve(m.result);
    });
    worker.on('error', (error) => failAll(slot, error.message));
    worker.on('exit', (code) => failAll(slot, `worker exit code ${code}`));
    slots.push(slot);
  }
  return {
    parallel: count * 3,
    prepare(task) {
      const live = slots.filter((s) => s.alive);
      if (live.length === 0) return fallback.prepare(task);
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve) => {
        slot.pending.set(id, { resolve, task });
        slot.worker.postMessage({ id, task } satisfies PrepareRequest);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Worker threads when the built entry exists and there is enough work to repay their start-up. */
export function createPreparer(pipeline: IndexPipeline, tasks: number): Preparer {
  const inline = inlinePreparer(pipeline);
  const entry = pipeline.workerEntry ?? null;
  const count = Math.min(defaultWorkerCount(), Math.ceil(tasks / 8));
  if (!entry || count < 1 || tasks < 8) return inline;
  return workerPreparer(entry, count, inline);
}
