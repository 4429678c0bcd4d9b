import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexJobManager, inProcessRunner, workerRunner } from '../../../src/main/index-job/jobs';
import { LibraryStore } from '../../../src/main/store';
import { REPO, SEEDS, corpus } from '../../helpers/paths';
import { fixturePipeline } from './fixturePipeline';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-jobs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('IndexJobManager', () => {
  it('runs a job to completion with progress, and returns the running job for the same folder', async () => {
    const jobs = new IndexJobManager(join(dir, 'library.db'), inProcessRunner(fixturePipeline()));
    const started = jobs.start(SEEDS);
    expect(started).toMatchObject({ state: 'running', done: 0, summary: null });
    expect(jobs.start(SEEDS).jobId).toBe(started.jobId);
    const end = await jobs.wait(started.jobId);
    expect(end).toMatchObject({ state: 'done', done: 5, total: 5, current: null, error: null });
    expect(end!.summary).toMatchObject({ documents: 5, indexed: 5, failed: [] });
    expect(jobs.progress(999)).toBeNull();
  });

  it('cancels a running job', async () => {
    const folder = corpus('ca4p483', 'txt');
    const jobs = new IndexJobManager(join(dir, 'library.db'), inProcessRunner(fixturePipeline()));
    const { jobId } = jobs.start(folder);
    while (jobs.progress(jobId)!.done < 5) await new Promise((r) => setTimeout(r, 5));
    expect(jobs.cancel(jobId)!.state).toBe('running');
    const end = await jobs.wait(jobId);
    expect(end!.state).toBe('cancelled');
    const store = LibraryStore.open(join(dir, 'library.db'));
    const count = store.listDocuments().length;
    store.close();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(483);
  });

  const worker = join(REPO, 'out', 'main', 'index-worker.js');
  it.skipIf(!existsSync(worker))('runs the built worker thread (real ingest and analyze) and reports progress', async () => {
    const jobs = new IndexJobManager(join(dir, 'library.db'), workerRunner(worker));
    const { jobId } = jobs.start(SEEDS);
    const end = await jobs.wait(jobId);
    expect(end!.error).toBeNull();
    expect(end).toMatchObject({ state: 'done', done: 5, total: 5 });
    expect(end!.summary!.indexed).toBe(5);
  });
});
