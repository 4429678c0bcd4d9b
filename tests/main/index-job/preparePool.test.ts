// The worker-thread path of indexing must store exactly what the single-thread path stores.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/main/index-job/defaultPipeline';
import { indexFolder } from '../../../src/main/index-job/indexFolder';
import { createPreparer, findWorkerEntry } from '../../../src/main/index-job/preparePool';
import { LibraryStore } from '../../../src/main/store';
import { REPO, SEEDS, corpus } from '../../helpers/paths';

const UCLOUD = corpus('zh_policy_versions', 'ucloud_app_privacy');
const entry = findWorkerEntry(join(REPO, 'out', 'main'));
let dir: string;
let folder: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-pool-'));
  folder = join(dir, 'policies');
  mkdirSync(folder);
  for (const n of readdirSync(SEEDS)) copyFileSync(join(SEEDS, n), join(folder, n));
  for (const n of readdirSync(UCLOUD)) copyFileSync(join(UCLOUD, n), join(folder, n));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function snapshot(store: LibraryStore) {
  return store.listDocuments().map((d) => {
    const detail = store.getDocumentDetail(d.id)!;
    return { path: d.path, status: d.status, hash: detail.contentHash, sections: detail.sections, facts: detail.facts,
      mentions: detail.mentions, offsets: [...store.getOffsets(d.id)!], hits: store.search('个人信息', 50).length };
  });
}

describe('indexing in worker threads', () => {
  it('finds the built worker entry (npm run build)', () => {
    expect(entry).not.toBeNull();
  });

  it('runs from source without a worker entry on one thread', () => {
    expect(findWorkerEntry(join(REPO, 'src', 'main', 'index-job'))).toBeNull();
    expect(createPreparer({ ...defaultPipeline, workerEntry: null }, 1000).parallel).toBe(1);
  });

  it('stores the same documents, sections, facts, offsets and search entries as the single-thread path', async () => {
    const inline = LibraryStore.open(join(dir, 'inline.db'));
    const pooled = LibraryStore.open(join(dir, 'pooled.db'));
    try {
      const a = await indexFolder(inline, folder, { pipeline: { ...defaultPipeline, workerEntry: null } });
      const b = await indexFolder(pooled, folder, { pipeline: { ...defaultPipeline, workerEntry: entry } });
      expect(b).toMatchObject({ documents: a.documents, indexed: a.indexed, failed: a.failed });
      expect(a.indexed, JSON.stringify(a)).toBeGreaterThanOrEqual(8);
      expect(snapshot(pooled)).toEqual(snapshot(inline));
    } finally {
      inline.close();
      pooled.close();
    }
  }, 120_000);
});
