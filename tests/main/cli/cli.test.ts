// The built CLI (npm run build → out/main/cli.js) through bin/policy-lens.js, on real files.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, corpus, seed } from '../../helpers/paths';

const BIN = join(REPO, 'bin', 'policy-lens.js');
const BUILT = existsSync(join(REPO, 'out', 'main', 'cli.js'));
const GB2312 = corpus('w3school_gb2312', 'w3school.com.cn_about_privacy.gb2312.html');
const UCLOUD = corpus('zh_policy_versions', 'ucloud_app_privacy', 'ucloud_app_privacy__2023-01-31.md');

interface Run { code: number | null; stdout: string; stderr: string }
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, XDG_DATA_HOME: dir } },
      (error, stdout, stderr) => resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stdout, stderr }));
  });
}
const json = <T>(run: Run): T => JSON.parse(run.stdout) as T;

let dir: string;
let folder: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
  folder = join(dir, 'policies');
  mkdirSync(folder);
  for (const n of [0, 1, 2, 3, 4] as const) copyFileSync(seed(n), join(folder, seed(n).split('/').pop()!));
  copyFileSync(GB2312, join(folder, 'w3school.html'));
  copyFileSync(UCLOUD, join(folder, 'ucloud.md'));
  db = join(dir, 'library.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Summary { documents: number; indexed: number; skipped: number; removed: number; failed: { path: string; error: string }[]; ms: number }
interface Hit { path: string; app: string | null; section: string | null; snippet: string; start: number; end: number; hits: number }

describe.skipIf(!BUILT)('policy-lens CLI', () => {
  it('indexes the seeds, the GB2312 page and a UCloud version; search finds them; a second run indexes nothing', async () => {
    const first = await cli('index', folder, '--db', db, '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(json<Summary>(first)).toMatchObject({ documents: 7, indexed: 7, skipped: 0, removed: 0, failed: [] });

    const border = json<Hit[]>(await cli('search', '境内', '--db', db, '--json', '--limit', '50'));
    expect(border.length).toBeGreaterThanOrEqual(5);
    for (const h of border) expect(h.snippet).toContain('境内');

    const gb = json<Hit[]>(await cli('search', '隐私保护制度', '--db', db, '--json'));
    expect(gb.map((h) => h.path)).toContain(join(folder, 'w3school.html'));
    // Seed 003 writes it with Kangxi radicals; only the NFKC-normalised text matches.
    const ads = json<Hit[]>(await cli('search', '广告覆盖面', '--db', db, '--json'));
    expect(ads.map((h) => h.path)).toContain(join(folder, seed(3).split('/').pop()!));

    for (const q of ['"境内" AND (注销 OR *', 'NEAR(a b)', '\u0001']) {
      const r = await cli('search', q, '--db', db, '--json');
      expect(r.code, r.stderr).toBe(0);
      expect(Array.isArray(json(r))).toBe(true);
    }
    const second = await cli('index', folder, '--db', db, '--json');
    expect(json<Summary>(second)).toMatchObject({ documents: 7, indexed: 0, skipped: 7, failed: [] });
  }, 180_000);

  it('prints a terminal matrix with distinct topic labels and the fact columns', async () => {
    const run = await cli('matrix', '--db', db);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    const header = lines[0].split(/\s+/);
    expect(header).toEqual(expect.arrayContaining(['cexc', 'cont', 'stor', 'shar', 'cook']));
    expect(new Set(header).size).toBe(header.length);
    expect(run.stdout).toMatch(/^app\s+storage\s+cross-border\s+response\s+contact\s+effective\s+changed$/m);
    expect(run.stdout).toContain('448237423@qq.com');
    expect(run.stdout).toContain('cexc=征得同意的例外');
    // Through the real store and version grouping: the five seeds, the GB2312 page and UCloud are seven apps.
    const m = json<{ apps: { app: string; cells: Record<string, { status: string }> }[] }>(await cli('matrix', '--db', db, '--json'));
    expect(m.apps).toHaveLength(7);
    expect(new Set(m.apps.map((a) => a.app)).size).toBe(7);
  }, 60_000);

  it('analyzes files in argument order with source offsets; a broken file gets an error', async () => {
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'PK not a zip');
    const run = await cli('analyze', seed(0), broken, join(folder, 'w3school.html'), '--json');
    expect(run.code, run.stderr).toBe(0);
    const out = json<{ file: string; error: string | null; sections: { heading: string; start: number; end: number }[]; language: string }[]>(run);
    expect(out.map((o) => o.file)).toEqual([seed(0), broken, join(folder, 'w3school.html')]);
    expect(out[0].error).toBeNull();
    expect(out[0].language).toBe('zh');
    expect(out[0].sections.length).toBeGreaterThan(3);
    expect(out[1].error).toEqual(expect.any(String));
  }, 120_000);

  it('analyzes 100 files in one call', async () => {
    const files = readdirSync(corpus('ca4p483', 'txt')).sort().slice(0, 100).map((n) => corpus('ca4p483', 'txt', n));
    const run = await cli('analyze', ...files, '--json');
    expect(run.code, run.stderr).toBe(0);
    const out = json<{ file: string; error: string | null }[]>(run);
    expect(out.map((o) => o.file)).toEqual(files);
    expect(out.filter((o) => o.error)).toEqual([]);
  }, 300_000);

  it('exits quietly when the reader closes the pipe early (| head)', async () => {
    // Many files, so the output is far larger than a pipe's buffer and the writer hits the closed end.
    const files = readdirSync(corpus('ca4p483', 'txt')).sort().slice(0, 30).map((n) => corpus('ca4p483', 'txt', n));
    const child = spawn(process.execPath, [BIN, 'analyze', ...files, '--json'], { env: { ...process.env, XDG_DATA_HOME: dir } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('fails with one line when the folder or the database cannot be opened', async () => {
    const missing = await cli('index', join(dir, 'missing'), '--db', db, '--json');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/folder not found/);
    const foreign = join(dir, 'foreign.db');
    copyFileSync(seed(1), foreign);
    const bad = await cli('search', '境内', '--db', foreign, '--json');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^policy-lens: database file is not a Policy Lens database/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('uses the per-user library under XDG_DATA_HOME without --db', async () => {
    const run = await cli('index', folder, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'policy-lens', 'library.db'))).toBe(true);
  }, 180_000);
});
