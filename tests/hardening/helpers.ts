// Shared by the hardening suites: run the built CLI with a time limit, hash folders, read a
// library database read-only and check that every stored document is whole.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { REPO } from '../helpers/paths';
import type { IndexSummary } from '../../src/shared/types';

export const CLI = resolve(REPO, 'bin', 'policy-lens.js');
export const CLI_BUILT = existsSync(resolve(REPO, 'out', 'main', 'cli.js'));
export const IS_ROOT = process.getuid?.() === 0;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

/** The CLI's `index --json` output is the shared IndexSummary. */
export type IndexSummaryJson = IndexSummary;

/** Spawns `node bin/policy-lens.js ...args` directly (no shell), so signals reach the indexer itself. */
export function startCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO });
}

export function runCli(args: string[], timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((done) => {
    const t0 = Date.now();
    const child = startCli(args);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout!.on('data', (d) => { stdout += d; });
    child.stderr!.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut, ms: Date.now() - t0 });
    });
  });
}

/** Last line of stdout as JSON; throws with the CLI's own output when it is not JSON. */
export function lastJson<T>(run: CliRun): T {
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`CLI printed no JSON (exit ${run.code}, timedOut ${run.timedOut}): ${run.stdout.slice(-400)} ${run.stderr.slice(-400)}`);
  }
}

export async function indexJson(folder: string, db: string, timeoutMs = 120_000): Promise<{ run: CliRun; summary: IndexSummaryJson }> {
  const run = await runCli(['index', folder, '--db', db, '--json'], timeoutMs);
  return { run, summary: lastJson<IndexSummaryJson>(run) };
}

/**
 * sha256 of every regular file and symlink target under `dir` (never follows links), keyed by
 * relative path. Names are read as bytes so files whose names are not valid UTF-8 are hashed too.
 */
export function hashTree(dir: string | Buffer, base = Buffer.from(dir).length, out = new Map<string, string>()): Map<string, string> {
  const dirBuf = Buffer.from(dir);
  for (const name of readdirSync(dirBuf, { encoding: 'buffer' })) {
    const full = Buffer.concat([dirBuf, Buffer.from('/'), name]);
    const rel = full.subarray(base + 1).toString('latin1');
    const st = lstatSync(full);
    if (st.isSymbolicLink()) out.set(rel, `link:${readlinkSync(full, { encoding: 'buffer' }).toString('latin1')}`);
    else if (st.isDirectory()) hashTree(full, base, out);
    else if (st.isFile()) out.set(rel, createHash('sha256').update(readFileSync(full)).digest('hex'));
    else out.set(rel, `special:${st.mode}`);
  }
  return out;
}

export function withDb<T>(path: string, fn: (db: Database.Database) => T): T {
  const read = (readonly: boolean): T => {
    const db = new Database(path, { readonly, fileMustExist: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  try {
    return read(true);
  } catch (e) {
    // A database killed mid-write can leave a WAL index that only a writer may rebuild (SQLITE_READONLY_RECOVERY, "attempt
    // to write a readonly database"): open it as the next indexer would, so SQLite recovers it, and read that.
    if (!/^SQLITE_READONLY/.test((e as { code?: string }).code ?? '')) throw e;
    return read(false);
  }
}

export function integrityCheck(path: string): string {
  return withDb(path, (db) => String(db.pragma('integrity_check', { simple: true })));
}

/** path → content hash of every stored document, ok or failed. */
export function documentHashes(path: string): Map<string, string> {
  return withDb(path, (db) => {
    const rows = db.prepare('SELECT path, content_hash AS hash, status FROM documents').all() as { path: string; hash: string; status: string }[];
    return new Map(rows.map((r) => [r.path, `${r.status}:${r.hash}`]));
  });
}

/**
 * Problems that would show a half-written document: an ok document without its text, sections
 * or search row, a section or fact outside its text, rows whose document is gone, a failed
 * document without an error. Empty when the store is consistent (schema: store/migrations).
 */
export function consistencyProblems(path: string): string[] {
  return withDb(path, (db) => {
    const problems: string[] = [];
    const q = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
    // A run killed before its first migration committed leaves a database with no schema: no document, none half
    // written. Any other table without `documents` would be a half-created schema.
    const has = (table: string) => db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(table) !== undefined;
    if (!has('documents')) {
      const tables = q(`SELECT name FROM sqlite_master WHERE type = 'table'`).map((r) => String(r.name));
      return tables.length ? [`tables without documents: ${tables.join(', ')}`] : [];
    }
    for (const r of q(`SELECT d.path FROM documents d LEFT JOIN texts t ON t.document_id = d.id WHERE d.status = 'ok' AND t.document_id IS NULL`)) problems.push(`ok document without text: ${r.path}`);
    for (const r of q(`SELECT d.path FROM documents d WHERE d.status = 'ok' AND NOT EXISTS (SELECT 1 FROM sections s WHERE s.document_id = d.id)`)) problems.push(`ok document without sections: ${r.path}`);
    for (const r of q(`SELECT d.path FROM documents d WHERE d.status = 'failed' AND (d.error IS NULL OR d.error = '')`)) problems.push(`failed document without error: ${r.path}`);
    for (const r of q(`SELECT d.path, s.idx FROM sections s JOIN documents d ON d.id = s.document_id JOIN texts t ON t.document_id = d.id WHERE s.nend > length(t.text) OR s.nstart > s.nend`)) problems.push(`section ${r.idx} outside text: ${r.path}`);
    for (const r of q(`SELECT d.path, f.idx FROM facts f JOIN documents d ON d.id = f.document_id JOIN texts t ON t.document_id = d.id WHERE f.nend > length(t.text)`)) problems.push(`fact ${r.idx} outside text: ${r.path}`);
    for (const table of ['texts', 'sections', 'facts', 'mentions', 'app_versions', 'clause_fingerprints']) {
      if (!has(table)) continue;
      const n = (db.prepare(`SELECT count(*) AS n FROM ${table} x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)`).get() as { n: number }).n;
      if (n > 0) problems.push(`${n} orphan rows in ${table}`);
    }
    if (has('search_index')) {
      const missing = q(`SELECT d.path FROM documents d WHERE d.status = 'ok' AND d.id NOT IN (SELECT rowid FROM search_index)`);
      for (const r of missing) problems.push(`ok document missing from search: ${r.path}`);
      const stray = (db.prepare(`SELECT count(*) AS n FROM search_index WHERE rowid NOT IN (SELECT id FROM documents WHERE status = 'ok')`).get() as { n: number }).n;
      if (stray > 0) problems.push(`${stray} search rows without an ok document`);
    }
    return problems;
  });
}

/** Pids of all living descendants of `pid` (from /proc), so a killed indexer's children can be checked. */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(name), ppid);
    } catch { /* exited meanwhile */ }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parentOf) if (parent === p) { out.push(child); walk(child); }
  };
  walk(pid);
  return out;
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat);
  } catch {
    return false;
  }
}
