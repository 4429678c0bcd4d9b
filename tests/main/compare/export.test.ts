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
  // Hostile lines as section headings and body lines, so they reach Sections, Facts and Checklist cells.
  const text = base.replace('八、如何联系我们', `八、如何联系我们\n${HOSTILE.join('\n')}`);
  return MemoryReader.from([{ app: '=cmd|app', path: seed(4), text }, { app: 'seed1', path: seed(1) }]);
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
    expect(joined).toContain('seed1');
    expect(joined).toContain('448237423@qq.com');
    expect(joined).toContain('029-85513174');
    expect(joined).toContain('\'=HYPERLINK("http://evil.example","click")');
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
