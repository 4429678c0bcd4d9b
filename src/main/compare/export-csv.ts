// CSV writer: one file per sheet, UTF-8 with BOM (Excel needs it for Chinese), RFC 4180 quoting.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SheetTable } from './export-sheets';
import { safeCell, type CellValue } from './neutralise';

function field(value: CellValue): string {
  const v = safeCell(value);
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: SheetTable): string {
  const lines = [table.columns.map((c) => field(c.header)).join(',')];
  for (const row of table.rows) lines.push(row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Path of a sheet's CSV inside `dir`; refuses names that would escape it. */
export function csvPath(dir: string, sheet: string): string {
  const root = resolve(dir);
  const path = resolve(root, `${sheet}.csv`);
  if (dirname(path) !== root) throw new Error(`refusing to write outside ${root}: ${sheet}.csv`);
  return path;
}

export function writeCsv(dir: string, tables: readonly SheetTable[]): { files: string[]; rows: number } {
  const files: string[] = [];
  let rows = 0;
  for (const table of tables) {
    const path = csvPath(dir, table.name);
    writeFileSync(path, toCsv(table), 'utf8');
    files.push(path);
    rows += table.rows.length;
  }
  return { files, rows };
}
