import { copyFileSync, mkdirSync, symlinkSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, appendFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderError, IndexCancelledError, indexFolder } from '../../../src/main/index-job/indexFolder';
import { LibraryStore } from '../../../src/main/store';
import { walkFolder } from '../../../src/main/ingest';
import { SEEDS, corpus } from '../../helpers/paths';
import { fixturePipeline } from './fixturePipeline';

let dir: string;
let folder: string;
let store: LibraryStore;
const UCLOUD = corpus('zh_policy_versions', 'ucloud_app_privacy');
const ucloudNames = readdirSync(UCLOUD).filter((n) => n.endsWith('.md')).sort().slice(0, 3);
const seedNames = [...readdirSync(SEEDS), ...ucloudNames].sort();
const sourceOf = (n: string) => join(ucloudNames.includes(n) ? UCLOUD : SEEDS, n);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-index-'));
  folder = join(dir, 'policies');
  mkdirSync(folder);
  for (const n of seedNames) copyFileSync(sourceOf(n), join(folder, n));
  store = LibraryStore.open(join(dir, 'library.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('indexFolder', () => {
  it('indexes every file, then skips all of them on a second run', async () => {
    const first = await indexFolder(store, folder, { pipeline: fixturePipeline() });
    expect(first).toMatchObject({ documents: seedNames.length, indexed: seedNames.length, skipped: 0, removed: 0, failed: [] });
    const log: string[] = [];
    const second = await indexFolder(store, folder, { pipeline: fixturePipeline('test-1', log) });
    expect(second).toMatchObject({ documents: seedNames.length, indexed: 0, skipped: seedNames.length, removed: 0 });
    expect(log).toEqual([]);
    expect(store.search('注销', 50).length).toBeGreaterThan(0);
    // The UCloud versions form one app, oldest first; each seed is its own app.
    const ucloud = store.listApps().find((a) => a.name === 'ucloud_app_privacy')!;
    expect(ucloud.versions.map((id) => store.getDocumentSummary(id)!.path)).toEqual(ucloudNames.map((n) => join(folder, n)));
    expect(store.listApps()).toHaveLength(seedNames.length - ucloudNames.length + 1);
  });

  it('lists files the walk refuses (a link leaving the folder) as failed documents, once per run', async () => {
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, '隐私政策');
    symlinkSync(outside, join(folder, 'link.txt'));
    // The real folder walk: it is what refuses the link.
    const pipeline = { ...fixturePipeline(), walk: async (root: string) => {
      const walked = await walkFolder(root);
      return { files: walked.files.map((f) => f.path), problems: walked.problems };
    } };
    for (let run = 0; run < 2; run++) {
      const summary = await indexFolder(store, folder, { pipeline });
      expect(summary.documents).toBe(seedNames.length + 1);
      expect(summary.failed).toEqual([{ path: join(folder, 'link.txt'), error: expect.stringMatching(/outside the folder/) }]);
      const failed = store.listDocuments().filter((d) => d.status === 'failed');
      expect(failed.map((d) => d.path)).toEqual([join(folder, 'link.txt')]);
    }
  });

  it('re-indexes changed files, drops deleted ones, adds new ones, and only hashes touched ones', async () => {
    await indexFolder(store, folder, { pipeline: fixturePipeline() });
    const ids = new Map(store.listDocuments().map((d) => [d.path, d.id]));
    appendFileSync(join(folder, seedNames[0]), '\n新增条款：我们不会在境外存储任何数据。\n');
    unlinkSync(join(folder, seedNames[1]));
    copyFileSync(sourceOf(seedNames[2]), join(folder, 'copy-of-2.txt'));
    utimesSync(join(folder, seedNames[3]), new Date(), new Date(Date.now() + 5000)); // touched, same bytes
    const log: string[] = [];
    const summary = await indexFolder(store, folder, { pipeline: fixturePipeline('test-1', log) });
    expect(summary).toMatchObject({ documents: seedNames.length, indexed: 2, removed: 1, skipped: seedNames.length - 2, failed: [] });
    expect(log.sort()).toEqual([join(folder, seedNames[0]), join(folder, 'copy-of-2.txt')].sort());
    expect(store.getDocumentSummary(ids.get(join(folder, seedNames[0]))!)!.path).toBe(join(folder, seedNames[0]));
    expect(store.search('我们不会在境外存储任何数据', 10).map((h) => h.path)).toEqual([join(folder, seedNames[0])]);
    // Identical files at different paths stay separate documents.
    const twins = store.listDocuments().filter((d) => d.path.endsWith(seedNames[2]) || d.path.endsWith('copy-of-2.txt'));
    expect(twins).toHaveLength(2);
  });

  it('re-analyses documents indexed by another analyzer version', async () => {
    await indexFolder(store, folder, { pipeline: fixturePipeline('test-1') });
    const summary = await indexFolder(store, folder, { pipeline: fixturePipeline('test-2') });
    expect(summary.indexed).toBe(seedNames.length);
    expect(store.getProvenance([store.listDocuments()[0].id])[0].analyzerVersion).toBe('test-2');
  });

  it('records a broken file as failed with its specific error and keeps going', async () => {
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'scan.pdf'), 'not really a pdf');
    const summary = await indexFolder(store, folder, { pipeline: fixturePipeline() });
    expect(summary.indexed).toBe(seedNames.length);
    expect(summary.failed).toEqual([
      { path: join(folder, 'empty.txt'), error: 'the file is empty' },
      { path: join(folder, 'scan.pdf'), error: `unsupported file type: ${join(folder, 'scan.pdf')}` },
    ]);
    expect(store.listDocuments().filter((d) => d.status === 'failed').map((d) => d.error)).toHaveLength(2);
  });

  it('reports progress and can be cancelled between documents, keeping what was written', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = indexFolder(store, folder, {
      pipeline: fixturePipeline(),
      batchSize: 1,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        expect(p.total).toBe(seedNames.length);
        if (p.done === 3) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(IndexCancelledError);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(store.listDocuments()).toHaveLength(3);
  });

  it('refuses a missing folder or a file before writing anything', async () => {
    await expect(indexFolder(store, join(dir, 'missing'), { pipeline: fixturePipeline() })).rejects.toThrow(FolderError);
    await expect(indexFolder(store, join(folder, seedNames[0]), { pipeline: fixturePipeline() })).rejects.toThrow(/not a folder/);
    expect(store.listFolders()).toEqual([]);
  });
});
