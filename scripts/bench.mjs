// `npm run bench`: indexing through the real CLI (child process, peak RSS), search / diff / matrix /
// export / analyze in-process through out/main/bench.js, ripgrep and git as baselines.
// Prints a table, then one JSON line (the last line of output). Corpora live in a temp dir only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPORA, diffPair, distinguishApps, folderBytes, loadPool, writeCopies, writeCorpus } from '../bench/corpus.mjs';
import { QUERIES } from '../bench/queries.mjs';

const REPO = resolve(import.meta.dirname, '..');
const CLI = join(REPO, 'bin', 'policy-lens.js');
const BENCH_ENTRY = join(REPO, 'out', 'main', 'bench.js');
const RSS_PRELOAD = join(REPO, 'bench', 'rss-report.cjs');
const work = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));
const rows = [];
const MB = 1024 * 1024;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
const round = (x, d = 1) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

/** Runs `policy-lens index` as a child; wall ms, peak RSS (exact via preload, else VmHWM polling), parsed JSON. */
function runIndex(folder, db) {
  const rssFile = join(work, `rss-${Date.now()}.json`);
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--require', RSS_PRELOAD, CLI, 'index', folder, '--db', db, '--json'], {
      env: { ...process.env, POLICY_LENS_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let hwmKb = 0;
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
      } catch { /* exited */ }
    }, 25);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - t0;
      let summary = null;
      try { summary = JSON.parse(out.trim().split('\n').pop()); } catch { /* not JSON */ }
      let exactKb = 0;
      try { exactKb = JSON.parse(readFileSync(rssFile, 'utf8')).maxRssKb; } catch { /* no report */ }
      const ok = code === 0 && summary && typeof summary.documents === 'number';
      if (!ok) log(`index ${folder} failed (exit ${code}): ${(err || out).trim().split('\n').slice(-3).join(' | ')}`);
      done({ ok, ms, summary, rssMb: Math.max(hwmKb, exactKb) / 1024 || null });
    });
  });
}

/** Each document of an index with its app group, app name and operators (read by the built store). */
function readAppGroups(db) {
  const r = spawnSync(process.execPath, [BENCH_ENTRY, '--app-groups', db], { encoding: 'utf8', maxBuffer: 64 * MB });
  if (r.status !== 0) throw new Error(`bench entry --app-groups failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout);
}

function mbPerS(bytes, ms) { return bytes / MB / (ms / 1000); }

/** Median ripgrep time over the queries, or null where ripgrep is not installed (a failed spawn takes ~5 ms too). */
function timeRg(folder, queries) {
  const per = [];
  for (const q of queries) {
    const t0 = performance.now();
    const run = spawnSync('rg', ['-F', '-i', '-l', '--', q, folder], { stdio: 'ignore' });
    if (run.error) return null;
    per.push(performance.now() - t0);
  }
  return median(per);
}

function timeGitWordDiff(a, b) {
  const per = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    spawnSync('git', ['diff', '--no-index', '--word-diff', a, b], { stdio: 'ignore' });
    per.push(performance.now() - t0);
  }
  return median(per);
}

/** The in-process measurements; every key null when the entry is missing or fails. */
function runInProcess(spec) {
  const empty = { search_p95_ms: null, diff_50kb_ms: null, matrix_1000_ms: null, export_1000_ms: null, analyze_50kb_ms: null, notes: [] };
  if (!existsSync(BENCH_ENTRY)) return { ...empty, notes: ['out/main/bench.js not built'] };
  const specFile = join(work, 'spec.json');
  writeFileSync(specFile, JSON.stringify(spec));
  const r = spawnSync(process.execPath, [BENCH_ENTRY, specFile], { encoding: 'utf8', maxBuffer: 64 * MB });
  process.stderr.write(r.stderr ?? '');
  try { return { ...empty, ...JSON.parse(r.stdout.trim().split('\n').pop()) }; } catch {
    return { ...empty, notes: [`bench entry failed (exit ${r.status})`] };
  }
}

function sqliteVersion() {
  const r = spawnSync(process.execPath, ['-e', "const D=require('better-sqlite3');console.log(new D(':memory:').prepare('select sqlite_version() v').get().v)"], { cwd: REPO, encoding: 'utf8' });
  return r.stdout.trim() || null;
}

async function main() {
  const t0 = performance.now();
  const result = { node: process.versions.node, sqlite: sqliteVersion() };

  log('CA4P txt alone, cold');
  const ca4pDir = join(CORPORA, 'ca4p483', 'txt');
  const ca4pBytes = folderBytes(ca4pDir);
  const ca4p = await runIndex(ca4pDir, join(work, 'ca4p.db'));
  result.ca4p_mb_s = ca4p.ok ? round(mbPerS(ca4pBytes, ca4p.ms)) : null;
  rows.push(['index CA4P-483 txt (cold)', `${(ca4pBytes / MB).toFixed(1)} MB`, ca4p.ok ? `${result.ca4p_mb_s} MB/s` : 'n/a']);

  log('CA4P ×10, cold');
  const x10Dir = join(work, 'ca4p-x10');
  const x10 = writeCopies(x10Dir, ca4pDir, 10);
  const x10Run = await runIndex(x10Dir, join(work, 'ca4p-x10.db'));
  result.ca4p_x10_mb_s = x10Run.ok ? round(mbPerS(x10.bytes, x10Run.ms)) : null;
  rows.push(['index CA4P ×10 (cold)', `${(x10.bytes / MB).toFixed(1)} MB`, x10Run.ok ? `${result.ca4p_x10_mb_s} MB/s` : 'n/a']);
  rmSync(x10Dir, { recursive: true, force: true });

  log('10,000-policy corpus');
  const pool = loadPool();
  const bigDir = join(work, 'corpus-10k');
  const big = writeCorpus(bigDir, pool, 10_000);
  const bigDb = join(work, 'corpus-10k.db');
  result.corpus_mb = round(big.bytes / MB);
  const cold = await runIndex(bigDir, bigDb);
  result.documents = cold.summary?.documents ?? null;
  result.index_mb_s = cold.ok ? round(mbPerS(big.bytes, cold.ms)) : null;
  result.peak_rss_mb = cold.ok ? round(cold.rssMb) : null;
  rows.push(['index 10k corpus (cold)', `${result.corpus_mb} MB, ${pool.length} sources`, cold.ok ? `${result.index_mb_s} MB/s, ${(cold.ms / 1000).toFixed(1)} s, failed ${cold.summary.failed.length}` : 'n/a']);
  rows.push(['peak RSS of that run', '', result.peak_rss_mb != null ? `${result.peak_rss_mb} MB` : 'n/a']);
  const rescan = cold.ok ? await runIndex(bigDir, bigDb) : { ok: false };
  result.rescan_unchanged_ms = rescan.ok ? round(rescan.ms, 0) : null;
  rows.push(['re-index unchanged (wall, incl. node start)', '', rescan.ok ? `${result.rescan_unchanged_ms} ms (CLI says ${rescan.summary.ms} ms, indexed ${rescan.summary.indexed})` : 'n/a']);

  log(`ripgrep over ${QUERIES.length} queries`);
  const rg = timeRg(bigDir, QUERIES);
  result.rg_search_ms = rg == null ? null : round(rg);
  if (rg == null) log('ripgrep not installed (apt-get install ripgrep): no baseline for search');

  log('1,000-app corpus for matrix/export');
  const appsDir = join(work, 'apps-1000');
  writeCorpus(appsDir, pool.filter((d) => d.text.startsWith('Apkid:')), 1000, { distinctApps: true });
  // Copies of one policy are versions of one app: tag their names until the matrix has 1,000 rows.
  let appsDb = join(work, 'apps-1000-0.db');
  let apps = await runIndex(appsDir, appsDb);
  for (let round = 1; round <= 3 && apps.ok; round++) {
    const documents = readAppGroups(appsDb);
    if (new Set(documents.map((d) => d.group)).size >= 1000 || distinguishApps(documents) === 0) break;
    appsDb = join(work, `apps-1000-${round}.db`);
    apps = await runIndex(appsDir, appsDb);
  }

  const pair = diffPair();
  const oldFile = join(work, 'diff-old.txt');
  const newFile = join(work, 'diff-new.txt');
  writeFileSync(oldFile, pair.old);
  writeFileSync(newFile, pair.new);
  result.git_word_diff_ms = round(timeGitWordDiff(oldFile, newFile));

  log('in-process: search, diff, matrix, export, analyze');
  const inproc = runInProcess({
    searchDb: cold.ok ? bigDb : null, queries: QUERIES, diffOld: oldFile, diffNew: newFile,
    matrixDb: apps.ok ? appsDb : null, exportOut: join(work, 'export-1000.xlsx'),
  });
  for (const k of ['search_p95_ms', 'diff_50kb_ms', 'matrix_1000_ms', 'export_1000_ms', 'analyze_50kb_ms']) result[k] = inproc[k];
  for (const note of inproc.notes ?? []) log(note);

  const speedup = result.search_p95_ms && result.rg_search_ms ? round(result.rg_search_ms / result.search_p95_ms) : null;
  rows.push([`search p95 (${QUERIES.length} queries)`, result.rg_search_ms == null ? 'rg not installed' : `rg median ${result.rg_search_ms} ms`, result.search_p95_ms != null ? `${result.search_p95_ms} ms${speedup != null ? ` (${speedup}× rg; target ≥ 20×)` : ''}` : 'n/a']);
  rows.push(['section-aligned diff, 2×50 KB', `git word-diff ${result.git_word_diff_ms} ms`, result.diff_50kb_ms != null ? `${result.diff_50kb_ms} ms` : 'n/a']);
  rows.push(['matrix, 1,000 apps', `${inproc.matrix_apps ?? '?'} apps`, result.matrix_1000_ms != null ? `${result.matrix_1000_ms} ms` : 'n/a']);
  rows.push(['export xlsx, 1,000 apps', '', result.export_1000_ms != null ? `${result.export_1000_ms} ms` : 'n/a']);
  rows.push(['analyze 50 KB', '', result.analyze_50kb_ms != null ? `${result.analyze_50kb_ms} ms` : 'n/a']);
  rows.push(['total bench time', '', `${((performance.now() - t0) / 1000).toFixed(0)} s`]);

  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log(rows.map((r) => r.map((c, i) => String(c).padEnd(w[i])).join('  ')).join('\n'));
  rmSync(work, { recursive: true, force: true });
  const ordered = ['index_mb_s', 'rescan_unchanged_ms', 'search_p95_ms', 'rg_search_ms', 'diff_50kb_ms', 'git_word_diff_ms', 'matrix_1000_ms', 'export_1000_ms', 'analyze_50kb_ms', 'peak_rss_mb', 'documents', 'corpus_mb', 'ca4p_mb_s', 'ca4p_x10_mb_s', 'node', 'sqlite'];
  console.log(JSON.stringify(Object.fromEntries(ordered.map((k) => [k, result[k] ?? null]))));
}

main().catch((e) => {
  rmSync(work, { recursive: true, force: true });
  console.error(e);
  process.exit(1);
});
