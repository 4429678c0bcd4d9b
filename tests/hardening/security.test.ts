// Security: spreadsheet formula injection neutralised in every exported sheet (xlsx and CSV),
// exports stay inside the chosen folder, IPC handlers validate their arguments, no high/critical
// advisories in production dependencies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPO, hasShared, seed } from '../helpers/paths';
import { CLI_BUILT, indexJson, runCli } from './helpers';

const TRIGGER = /^[=+\-@\t\r]/;
let work: string;
let folder: string;
let db: string;

/** Minimal RFC 4180 reader: enough to see each field's first character. */
function csvFields(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) { field += text[i] === '"' ? '"' : text[i]; i += text[i] === '"' ? 2 : 1; }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    }
    fields.push(field);
    if (text[i] === '\r') i++;
    i++;
  }
  return fields;
}

describe.skipIf(!hasShared || !CLI_BUILT)('exports neutralise formula injection', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'pl-security-'));
    folder = join(work, 'policies');
    mkdirSync(folder);
    const body = readFileSync(seed(0), 'utf8');
    // Payloads where analysts' spreadsheets would evaluate them: file name, headings, body lines, facts.
    writeFileSync(join(folder, '=HYPERLINK(1+1) 政策.md'), `# =SUM(1+1) 隐私政策\n\n## +cmd|' /C calc'!A0 我们如何收集信息\n\n-2+3 我们收集您的手机号码。\n\n## @SUM(A1) 联系我们\n\n邮箱：=1+1@evil.example\n电话：+86-10-12345678\n\n${body}`);
    writeFileSync(join(folder, '\tTAB 隐私政策.md'), `# \tTAB 隐私政策\n\n## \r=cmd 个人信息的存储\n\n${body.slice(0, 20_000)}`);
    db = join(work, 'lib.db');
    const { run } = await indexJson(folder, db, 300_000);
    expect(run.code, run.stderr).toBe(0);
  }, 400_000);
  afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it('xlsx: no formula cell and no string cell starting with = + - @ tab CR, in every sheet; payloads present neutralised', async () => {
    const out = join(work, 'export.xlsx');
    const run = await runCli(['export', '--out', out, '--db', db], 120_000);
    expect(run.code, run.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.length).toBeGreaterThan(0);
    const offending: string[] = [];
    let payloads = 0;
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) offending.push(`${sheet.name}!${cell.address}: formula ${cell.formula}`);
        const text = typeof cell.value === 'string' ? cell.value : cell.text;
        if (typeof cell.value === 'string' && TRIGGER.test(cell.value)) offending.push(`${sheet.name}!${cell.address}: ${JSON.stringify(cell.value.slice(0, 40))}`);
        if (/SUM\(1\+1\)|cmd\||HYPERLINK/.test(text ?? '')) payloads++;
      }));
    }
    expect(offending).toEqual([]);
    expect(payloads, 'the injected payloads should reach the workbook (neutralised)').toBeGreaterThan(0);
  }, 180_000);

  it('csv: no field starts with = + - @ tab CR in any file, and every file lands inside the chosen folder', async () => {
    const out = join(work, 'csv-out');
    mkdirSync(out);
    const siblingsBefore = readdirSync(work).sort();
    const run = await runCli(['export', '--out', out, '--db', db], 120_000);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(work).sort()).toEqual(siblingsBefore);
    const files = readdirSync(out).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(0);
    const offending: string[] = [];
    for (const f of files) {
      for (const field of csvFields(readFileSync(join(out, f), 'utf8').replace(/^\ufeff/, ''))) {
        if (TRIGGER.test(field)) offending.push(`${f}: ${JSON.stringify(field.slice(0, 40))}`);
      }
    }
    expect(offending).toEqual([]);
  }, 180_000);

  it('export to a relative or traversing path through the compare API: refused or confined', async () => {
    const { LibraryStore } = await import('../../src/main/store');
    const { exportComparison } = await import('../../src/main/compare');
    const store = LibraryStore.open(db);
    try {
      const outDir = join(work, 'confined');
      mkdirSync(outDir);
      const result = await exportComparison(store, { out: outDir, format: 'csv', apps: [], sheets: ['Matrix', 'Facts'] });
      for (const f of result.files) expect(f.startsWith(`${outDir}/`), f).toBe(true);
      await expect(exportComparison(store, { out: 'relative/escape.xlsx', format: 'xlsx', apps: [], sheets: ['Matrix'] })).rejects.toThrow(/absolute|relative|path/i);
    } finally {
      store.close();
    }
  }, 120_000);
});

type Handler = (...args: unknown[]) => Promise<unknown>;
let closeServices = () => {};

/** Builds the real handlers over a temp library; the ipc stage's factory names are fixed by the brief. */
async function loadHandlers(dbPath: string): Promise<Record<string, Handler>> {
  const ipc = (await import('../../src/main/ipc')) as Record<string, unknown>;
  const createServices = ipc.createServices as ((o: unknown) => unknown) | undefined;
  const createApiHandlers = ipc.createApiHandlers as ((s: unknown) => Record<string, Handler>) | undefined;
  if (typeof createServices !== 'function' || typeof createApiHandlers !== 'function') {
    throw new Error('src/main/ipc does not export createServices/createApiHandlers yet');
  }
  const services = (await createServices({ dbPath })) as { close(): void };
  closeServices = () => services.close();
  return createApiHandlers(services);
}

describe('IPC handlers reject malformed arguments', () => {
  const HUGE = 'x'.repeat(2_000_000);
  const cases: [string, unknown[]][] = [
    ['getDocument', ['1']], ['getDocument', [-1]], ['getDocument', [1.5]], ['getDocument', [Number.NaN]], ['getDocument', []],
    ['search', [123, 10]], ['search', [HUGE, 10]], ['search', ['个人信息', 'ten']], ['search', ['个人信息', -5]],
    ['diffVersions', [-1, 2]], ['diffVersions', ['a', { b: 1 }]],
    ['compareTopic', ['not_a_topic', [1, 2]]], ['compareTopic', ['cookies', 'abc']],
    ['getHistory', [-3]], ['removeCorrection', [-1]], ['addCorrection', [{ documentId: 'x', sectionId: -1, kind: 'drop_table' }]],
    ['indexFolder', ['relative/folder']], ['indexFolder', [123]], ['indexFolder', [HUGE]],
    ['indexProgress', [-1]], ['cancelIndex', ['1; DROP TABLE documents']],
    ['getMatrix', [{ versions: 'all' }]], ['getMatrix', [{ versions: { 1: -5 } }]],
    ['exportWorkbook', [null]], ['exportWorkbook', [{ out: 'relative.xlsx', format: 'xlsx', apps: [], sheets: ['Matrix'] }]],
    ['exportWorkbook', [{ out: '/tmp/x.xlsx', format: 'pdf', apps: [], sheets: ['Matrix'] }]],
    ['exportWorkbook', [{ out: '/tmp/x.xlsx', format: 'xlsx', apps: [-1], sheets: ['Evil'] }]],
    ['setSettings', [{ language: 'fr' }]], ['setSettings', [{ recentFolders: 'not-a-list' }]],
  ];
  let handlers: Record<string, Handler> | null = null;
  let loadError = '';
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-ipc-'));
    try { handlers = await loadHandlers(join(dir, 'ipc.db')); } catch (error) { loadError = (error as Error).message; }
  });
  afterAll(() => { closeServices(); if (dir) rmSync(dir, { recursive: true, force: true }); });

  for (const [method, args] of cases) {
    const shown = JSON.stringify(args, (_k, v) => (typeof v === 'string' && v.length > 40 ? `<${v.length} chars>` : v));
    it(`${method}(${shown}) is rejected with a validation error, not a crash`, async () => {
      expect(loadError, loadError).toBe('');
      const handler = handlers![method];
      expect(typeof handler).toBe('function');
      let error: unknown = null;
      try { await handler(...args); } catch (e) { error = e; }
      expect(error, 'the call should have been rejected').toBeInstanceOf(Error);
      const message = (error as Error).message;
      expect(message).not.toMatch(/Cannot read properties|is not a function|is not iterable|Maximum call stack/);
      expect(message.length).toBeLessThan(500);
    });
  }
});

describe('production dependencies', () => {
  it('npm audit --omit=dev: no high or critical advisories (skipped when the audit endpoint is unreachable)', (ctx) => {
    const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    let report: { metadata?: { vulnerabilities?: Record<string, number> }; error?: unknown; message?: string } = {};
    try { report = JSON.parse(r.stdout); } catch { /* no JSON: endpoint unreachable */ }
    const counts = report.metadata?.vulnerabilities;
    if (!counts) {
      ctx.skip(`audit endpoint unreachable: ${(report.message ?? JSON.stringify(report.error) ?? r.stderr ?? 'no report').slice(0, 200)}`);
      return;
    }
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  }, 150_000);
});
