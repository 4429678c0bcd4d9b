/// <reference types="vite/client" />
// Crash safety of `policy-lens index`: SIGKILL at random moments, files changing under the scan,
// unreadable entries, damaged and foreign databases, two processes on one database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { corpus, hasShared } from '../helpers/paths';
import {
  CLI_BUILT, IS_ROOT, consistencyProblems, descendants, documentHashes, indexJson, integrityCheck, isAlive, runCli, startCli,
} from './helpers';

const CRASH_FILES = 200;

interface IndexJobModule {
  indexFolder: (store: unknown, folder: string, options: { pipeline: unknown }) => Promise<{ failed: { error: string }[] }>;
  defaultPipeline: unknown;
}
/** indexFolder + the default pipeline, wherever index-job exports them (no index.ts there yet). */
async function loadIndexJob(): Promise<IndexJobModule> {
  const modules = import.meta.glob(['../../src/main/index-job/*.ts', '!../../src/main/index-job/worker.ts']);
  const found: Partial<IndexJobModule> = {};
  for (const load of Object.values(modules)) {
    const mod = (await load()) as Record<string, unknown>;
    if (typeof mod.indexFolder === 'function') found.indexFolder = mod.indexFolder as IndexJobModule['indexFolder'];
    if (mod.defaultPipeline) found.defaultPipeline = mod.defaultPipeline;
  }
  if (!found.indexFolder || !found.defaultPipeline) throw new Error('src/main/index-job exports no indexFolder/defaultPipeline yet');
  return found as IndexJobModule;
}
let work: string;
let folder: string;
let cleanDb: string;
let cleanMs = 0;

/** Relative path → status:hash, so databases of copies in different folders compare. */
function relative(hashes: Map<string, string>, root: string): Map<string, string> {
  return new Map([...hashes].map(([p, h]) => [p.startsWith(root) ? p.slice(root.length) : p, h]));
}

/** Deterministic PRNG so a failing kill moment can be replayed from the seed in the test name. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);

describe.skipIf(!hasShared || !CLI_BUILT)('index survives SIGKILL and hostile timing', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'pl-crash-'));
    folder = join(work, 'policies');
    mkdirSync(folder);
    const src = corpus('ca4p483', 'txt');
    for (const name of readdirSync(src).sort().slice(0, CRASH_FILES)) copyFileSync(join(src, name), join(folder, name));
    cleanDb = join(work, 'clean.db');
    const t0 = Date.now();
    const { run, summary } = await indexJson(folder, cleanDb, 300_000);
    cleanMs = Date.now() - t0;
    expect(run.code, run.stderr).toBe(0);
    expect(summary.documents).toBe(CRASH_FILES);
  });
  afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  const moments = 6;
  for (let k = 0; k < moments; k++) {
    it(`SIGKILL at random moment ${k + 1}/${moments} (seed ${SEED}): integrity ok, no half document, next run equals a clean run`, async () => {
      const rand = mulberry32(SEED + k);
      // One kill per sixth of the clean run, at a random point inside it.
      const at = Math.max(30, Math.floor(cleanMs * ((k + rand()) / moments)));
      const db = join(work, `kill-${k}.db`);
      const child = startCli(['index', folder, '--db', db, '--json']);
      const exited = new Promise<void>((r) => child.on('close', () => r()));
      await new Promise((r) => setTimeout(r, at));
      const kids = child.pid ? descendants(child.pid) : [];
      child.kill('SIGKILL');
      await exited;
      await new Promise((r) => setTimeout(r, 200));
      const survivors = kids.filter(isAlive);
      for (const pid of survivors) process.kill(pid, 'SIGKILL');
      expect(survivors, 'child processes of the killed indexer still running').toEqual([]);

      if (existsSync(db)) {
        expect(integrityCheck(db)).toBe('ok');
        expect(consistencyProblems(db)).toEqual([]);
      }
      const { run } = await indexJson(folder, db, 300_000);
      expect(run.code, run.stderr).toBe(0);
      expect(integrityCheck(db)).toBe('ok');
      expect(documentHashes(db)).toEqual(documentHashes(cleanDb));
    }, 600_000);
  }

  it('a file changed, one deleted and one replaced by a directory during the scan: run completes, the next run matches the folder', async () => {
    const dir = join(work, 'moving');
    mkdirSync(dir);
    const names = readdirSync(folder).sort();
    for (const n of names) copyFileSync(join(folder, n), join(dir, n));
    const db = join(work, 'moving.db');
    const child = startCli(['index', dir, '--db', db, '--json']);
    let stdout = '';
    child.stdout!.on('data', (d) => { stdout += d; });
    const code = new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    // Mutate files late in sorted order, shortly after start, so the scan likely meets them mid-flight.
    await new Promise((r) => setTimeout(r, Math.min(400, cleanMs / 4)));
    const [changed, deleted, replaced] = names.slice(-3);
    appendFileSync(join(dir, changed), '\n第十章 新增条款\n我们将在十五个工作日内答复您的请求。\n');
    unlinkSync(join(dir, deleted));
    unlinkSync(join(dir, replaced));
    mkdirSync(join(dir, replaced));
    copyFileSync(join(folder, names[0]), join(dir, replaced, 'inner.txt'));
    expect(await code).toBe(0);
    expect(JSON.parse(stdout.trim().split('\n').pop()!).documents).toBeGreaterThan(0);
    expect(integrityCheck(db)).toBe('ok');
    expect(consistencyProblems(db)).toEqual([]);

    const again = await indexJson(dir, db);
    expect(again.run.code).toBe(0);
    const fresh = join(work, 'moving-fresh.db');
    await indexJson(dir, fresh);
    expect(relative(documentHashes(db), dir)).toEqual(relative(documentHashes(fresh), dir));
    const paths = [...documentHashes(db).keys()];
    expect(paths.some((p) => p.endsWith(`${replaced}/inner.txt`))).toBe(true);
    expect(paths.some((p) => p.endsWith(`/${deleted}`))).toBe(false);
  }, 300_000);

  it(`unreadable entries (${IS_ROOT ? 'root: chmod 000 has no effect, so a FIFO and a dangling symlink' : 'chmod 000 file'}) fail alone and never hang the scan`, async () => {
    const dir = join(work, 'unreadable');
    mkdirSync(dir);
    const names = readdirSync(folder).sort().slice(0, 5);
    for (const n of names) copyFileSync(join(folder, n), join(dir, n));
    if (IS_ROOT) {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
      symlinkSync(join(dir, 'no-such-file.txt'), join(dir, 'dangling.txt'));
    } else {
      writeFileSync(join(dir, 'locked.txt'), '隐私政策\n一、我们收集的信息\n');
      execFileSync('chmod', ['000', join(dir, 'locked.txt')]);
    }
    const { run, summary } = await indexJson(dir, join(work, 'unreadable.db'), 60_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    const ok = [...documentHashes(join(work, 'unreadable.db'))].filter(([, h]) => h.startsWith('ok:')).map(([p]) => p);
    for (const n of names) expect(ok.some((p) => p.endsWith(`/${n}`))).toBe(true);
    const special = IS_ROOT ? ['pipe.txt', 'dangling.txt'] : ['locked.txt'];
    for (const n of special) {
      expect(ok.some((p) => p.endsWith(`/${n}`)), `${n} must not be indexed as ok`).toBe(false);
      const failure = summary.failed.find((f) => f.path.endsWith(`/${n}`));
      // Either reported with a specific one-line reason or skipped as "not a regular file"; never a stack trace.
      if (failure) expect(failure.error).toMatch(/^[^\n]*(not a regular file|permission|cannot read|unreadable|broken|dangling|no such|EACCES|ENOENT|FIFO|pipe|special)[^\n]*$/i);
    }
  }, 120_000);

  it('disk full (LibraryStore.setMaxPageCount, in-process indexFolder): a disk-full error, nothing half-written, the next run completes', async () => {
    const db = join(work, 'full.db');
    const { LibraryStore } = await import('../../src/main/store');
    const job = await loadIndexJob();
    const store = LibraryStore.open(db);
    let thrown: unknown = null;
    let failedMessages: string[] = [];
    try {
      const pages = Number(store.db.pragma('page_count', { simple: true }));
      store.setMaxPageCount(pages + 40);
      const summary = await job.indexFolder(store, folder, { pipeline: job.defaultPipeline });
      failedMessages = summary.failed.map((f) => f.error);
    } catch (error) {
      thrown = error;
    } finally {
      store.close();
    }
    const message = thrown ? String((thrown as Error).message) : failedMessages.join('\n');
    expect(message).toMatch(/disk is full|disk full|database or disk is full/i);
    expect(integrityCheck(db)).toBe('ok');
    expect(consistencyProblems(db)).toEqual([]);
    const { run } = await indexJson(folder, db, 300_000);
    expect(run.code, run.stderr).toBe(0);
    expect(documentHashes(db)).toEqual(documentHashes(cleanDb));
  }, 600_000);

  it('a corrupt database file: clear one-line message, the file kept byte for byte (in place or renamed aside)', async () => {
    const db = join(work, 'corrupt.db');
    copyFileSync(cleanDb, db);
    const bytes = readFileSync(db);
    // Keep the SQLite header but destroy the schema page and everything after it.
    const damaged = Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length - 100, 0x5a)]);
    writeFileSync(db, damaged);
    const run = await runCli(['index', folder, '--db', db, '--json'], 120_000);
    expect(run.stderr + run.stdout).toMatch(/corrupt|not a Policy Lens database|malformed/i);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const keptAs = [db, ...readdirSync(work).filter((n) => n.startsWith('corrupt.db.corrupt-')).map((n) => join(work, n))]
      .filter((p) => existsSync(p) && readFileSync(p).equals(damaged));
    expect(keptAs.length, 'the damaged file must survive unchanged').toBeGreaterThan(0);
  }, 180_000);

  it('a foreign SQLite database: refused with a clear message and left untouched', async () => {
    const db = join(work, 'foreign.db');
    const other = new Database(db);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('someone else''s data');");
    other.close();
    const before = readFileSync(db);
    const run = await runCli(['index', folder, '--db', db, '--json'], 120_000);
    expect(run.stderr + run.stdout).toMatch(/not a Policy Lens database/i);
    const kept = [db, ...readdirSync(work).filter((n) => n.startsWith('foreign.db.corrupt-')).map((n) => join(work, n))]
      .filter((p) => existsSync(p) && readFileSync(p).equals(before));
    expect(kept.length).toBeGreaterThan(0);
  }, 180_000);

  it('two index runs on one database at once: both finish, no "database is locked"', async () => {
    const db = join(work, 'twice.db');
    const [a, b] = await Promise.all([indexJson(folder, db, 300_000), indexJson(folder, db, 300_000)]);
    for (const r of [a, b]) {
      expect(r.run.stderr).not.toMatch(/locked|SQLITE_BUSY/i);
      expect(r.run.code).toBe(0);
    }
    expect(integrityCheck(db)).toBe('ok');
    expect(documentHashes(db)).toEqual(documentHashes(cleanDb));
  }, 600_000);

  it('searching while another process indexes: every search answers, no "database is locked"', async () => {
    const db = join(work, 'busy.db');
    await indexJson(folder, db, 300_000);
    const touched = join(work, 'busy-folder');
    mkdirSync(touched);
    for (const n of readdirSync(folder)) writeFileSync(join(touched, n), readFileSync(join(folder, n), 'utf8') + '\n修订说明\n');
    const indexing = indexJson(touched, db, 300_000);
    const searches = [];
    for (let i = 0; i < 5; i++) {
      searches.push(await runCli(['search', i % 2 ? '个人信息' : '注销', '--db', db, '--json', '--limit', '5'], 60_000));
    }
    const done = await indexing;
    expect(done.run.stderr).not.toMatch(/locked|SQLITE_BUSY/i);
    expect(done.run.code).toBe(0);
    for (const s of searches) {
      expect(s.stderr).not.toMatch(/locked|SQLITE_BUSY/i);
      expect(s.code).toBe(0);
      expect(Array.isArray(JSON.parse(s.stdout.trim().split('\n').pop()!))).toBe(true);
    }
  }, 600_000);
});

describe('hardening prerequisites', () => {
  it('the CLI is built (npm run build) so the crash suite can run', () => {
    expect(CLI_BUILT).toBe(true);
  });
});
