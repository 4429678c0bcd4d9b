import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportComparison, neutralise, TRUNCATION_MARKER } from '../../../src/main/compare';
import { EXPORT_SHEETS } from '../../../src/shared/types';
import { hasShared, seed } from '../../helpers/paths';
import { MemoryReader } from './helpers';

const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+SUM(1,2)', '@cmd|/c calc', '-1+1', '\t=1+1'];

async function hostileLibrary(): Promise<MemoryReader> {
  const base = readFileSync(seed(4), 'utf8');
  // Hostile lines at the start of the real contact section's body (the last 八、如何联系我们: the first
  // is the table of contents, which the analyzer keeps in the preamble), so they reach the Sections sheet.
  const at = base.lastIndexOf('八、如何联系我们');
  const head = at + '八、如何联系我们'.length;
  const text = `${base.slice(0, head)}\n${HOSTILE.join('\n')}${base.slice(head)}`;
  return MemoryReader.from([
    { app: '=cmd|app', path: seed(4), text },
    ...([0, 1, 2, 3] as const).map((n) => ({ app: `seed${n}`, path: seed(n) })),
  ]);
}

/** E-mail addresses and phone numbers as an analyst finds them in a seed, without the analyzer. */
function contactsIn(text: string): string[] {
  const mails = text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
  const phones = text.match(/(?<![\d-])(?:0\d{2,3}-\d{7,8}|400-\d{3,4}-\d{3,4}|12329|12377)(?![\d-])/g) ?? [];
  return [...new Set([...mails, ...phones])];
}

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

describe.skipIf(!hasShared)('exportComparison', () => {
  it('writes an xlsx with all sheets, frozen headers, no formulas, every e-mail and app name', async () => {
    const reader = await hostileLibrary();
    const dir = mkdtempSync(join(tmpdir(), 'pl-export-'));
    const out = join(dir, 'lens.xlsx');
    const result = await exportComparison(reader, { out, format: 'xlsx', apps: [], sheets: [] });
    expect(result.files).toEqual([out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...EXPORT_SHEETS]);
    const all: string[] = [];
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.type).not.toBe(ExcelJS.ValueType.Hyperlink);
        expect(cell.formula).toBeUndefined();
        const text = String(cell.value ?? '');
        expect(text).not.toMatch(/^[=+\-@\t\r]/);
        all.push(text);
      }));
    }
    const joined = all.join('\n');
    expect(joined).toContain("'=cmd|app");
    for (const n of [0, 1, 2, 3]) expect(joined).toContain(`seed${n}`);
    const expected = ([0, 1, 2, 3, 4] as const).flatMap((n) => contactsIn(readFileSync(seed(n), 'utf8')));
    expect(expected).toContain('448237423@qq.com');
    expect(expected).toContain('400-100-3399');
    for (const c of expected) expect(joined, c).toContain(c);
    // Each hostile line starts a cell somewhere (the Sections text of 八) and is neutralised, readable.
    expect(joined).toContain('\'=HYPERLINK("http://evil.example","click")');
    for (const h of HOSTILE) expect(joined).toContain(h);
    // Every line of every section a matrix cell points at reaches the Sections sheet.
    // Heading lines are in the Heading column of their own row; each body line is in exactly one row.
    const sectionText: string[] = [];
    const headings = new Set<string>();
    wb.getWorksheet('Sections')!.eachRow((row) => {
      sectionText.push(String(row.getCell(8).value ?? ''));
      headings.add(String(row.getCell(6).value ?? ''));
      // A row's topics gather its paragraphs': `other` only alone, never beside a practice.
      const topics = String(row.getCell(7).value ?? '').split(', ');
      if (topics.length > 1) expect(topics, String(row.getCell(6).value)).not.toContain('other');
    });
    const sections = sectionText.join('\n');
    for (const id of reader.listApps().map((a) => a.latest)) {
      const d = reader.getDocumentDetail(id)!;
      const headingLines = new Set(d.sections.map((s) => d.text.slice(s.nstart, s.nbody).trim()));
      for (const s of d.sections) {
        if (s.synthetic !== 'paragraph') expect(headings, s.heading).toContain(s.heading);
        for (const line of d.text.slice(s.nbody, s.nend).split('\n').map((l) => l.trim()).filter(Boolean)) {
          if (line.length < 32_000 && !headingLines.has(line)) expect(sections, line).toContain(line);
        }
      }
    }
    expect(wb.getWorksheet('Provenance')!.getRow(2).getCell(4).value).toMatch(/^hash-/);
  });

  it('opens in LibreOffice headless', async () => {
    if (!soffice) {
      console.warn('LibreOffice not installed: skipping the headless open check');
      return;
    }
    const reader = await hostileLibrary();
    const dir = mkdtempSync(join(tmpdir(), 'pl-soffice-'));
    const out = join(dir, 'lens.xlsx');
    await exportComparison(reader, { out, format: 'xlsx', apps: [], sheets: ['Matrix'] });
    execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv', '--outdir', dir, out], { timeout: 120_000, stdio: 'ignore' });
    const csv = readFileSync(join(dir, 'lens.csv'), 'utf8');
    expect(csv).toContain('seed1');
    expect(csv).toContain("'=cmd|app");
  });

  it('writes one BOM-prefixed RFC 4180 CSV per sheet with the same neutralisation', async () => {
    const reader = await hostileLibrary();
    const dir = mkdtempSync(join(tmpdir(), 'pl-csv-'));
    const r = await exportComparison(reader, { out: dir, format: 'csv', apps: [], sheets: ['Facts', 'Checklist'] });
    expect(readdirSync(dir).sort()).toEqual(['Checklist.csv', 'Facts.csv']);
    const facts = readFileSync(join(dir, 'Facts.csv'), 'utf8');
    expect(facts.startsWith('\uFEFFApp,Document,Kind')).toBe(true);
    expect(facts).toContain('448237423@qq.com');
    expect(facts).toMatch(/\r\n'=cmd\|app,/);
    expect(r.rows).toBeGreaterThan(0);
  });

  it('cuts a section longer than a cell holds with a visible marker, in xlsx and csv', async () => {
    const base = readFileSync(seed(4), 'utf8');
    const at = base.lastIndexOf('八、如何联系我们') + '八、如何联系我们'.length;
    const filler = '我们会按照本政策处理您的个人信息。'.repeat(2500);
    const reader = await MemoryReader.from([{ app: 'long', path: seed(4), text: `${base.slice(0, at)}\n${filler}${base.slice(at)}` }]);
    const dir = mkdtempSync(join(tmpdir(), 'pl-long-'));
    await exportComparison(reader, { out: join(dir, 'long.xlsx'), format: 'xlsx', apps: [], sheets: ['Sections'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'long.xlsx'));
    const texts: string[] = [];
    wb.getWorksheet('Sections')!.eachRow((row) => texts.push(String(row.getCell(8).value ?? '')));
    const cut = texts.filter((t) => t.endsWith(TRUNCATION_MARKER));
    expect(cut.length).toBeGreaterThan(0);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(32_767);
    expect(cut[0]).toContain('我们会按照本政策处理');
    await exportComparison(reader, { out: dir, format: 'csv', apps: [], sheets: ['Sections'] });
    expect(readFileSync(join(dir, 'Sections.csv'), 'utf8')).toContain(TRUNCATION_MARKER);
  });

  it('rejects bad targets with specific errors', async () => {
    const reader = await hostileLibrary();
    const dir = mkdtempSync(join(tmpdir(), 'pl-bad-'));
    await expect(exportComparison(reader, { out: 'rel.xlsx', format: 'xlsx', apps: [], sheets: [] })).rejects.toThrow(/absolute/);
    await expect(exportComparison(reader, { out: join(dir, 'x.txt'), format: 'xlsx', apps: [], sheets: [] })).rejects.toThrow(/\.xlsx/);
    await expect(exportComparison(reader, { out: join(dir, 'missing', 'x.xlsx'), format: 'xlsx', apps: [], sheets: [] })).rejects.toThrow(/does not exist/);
    await expect(exportComparison(reader, { out: join(dir, 'nope'), format: 'csv', apps: [], sheets: [] })).rejects.toThrow(/existing folder/);
    await expect(exportComparison(reader, { out: join(dir, 'a.xlsx'), format: 'xlsx', apps: [42], sheets: [] })).rejects.toThrow(/42/);
  });

  it('neutralises formula starts and truncates oversized cells visibly', () => {
    for (const h of HOSTILE) expect(neutralise(h)).toBe(`'${h}`);
    expect(neutralise('普通文本 = 1')).toBe('普通文本 = 1');
    const long = neutralise('字'.repeat(40_000));
    expect(long.length).toBe(32767);
    expect(long.endsWith(TRUNCATION_MARKER)).toBe(true);
  });
});
