// exportComparison: validate the target, build the tables, write xlsx or csv.
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { EXPORT_SHEETS, type ExportRequest, type ExportResult } from '../../shared/types';
import type { LibraryReader } from '../store/reader';
import { writeCsv } from './export-csv';
import { buildSheets } from './export-sheets';
import { writeXlsx } from './export-xlsx';

function checkTarget(request: ExportRequest): string {
  if (typeof request.out !== 'string' || !request.out.trim()) throw new Error('export target is empty');
  if (request.out.includes('\0')) throw new Error('export target contains a NUL character');
  if (!isAbsolute(request.out)) throw new Error(`export target must be an absolute path: ${request.out}`);
  const out = resolve(request.out);
  if (request.format === 'xlsx') {
    if (extname(out).toLowerCase() !== '.xlsx') throw new Error(`xlsx export needs a .xlsx file name: ${out}`);
    if (existsSync(out) && statSync(out).isDirectory()) throw new Error(`export target is a folder, not a file: ${out}`);
    if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) throw new Error(`folder does not exist: ${dirname(out)}`);
    return out;
  }
  if (request.format === 'csv') {
    if (!existsSync(out) || !statSync(out).isDirectory()) throw new Error(`CSV export needs an existing folder: ${out}`);
    return out;
  }
  throw new Error(`unknown export format "${String(request.format)}"`);
}

export async function exportComparison(reader: LibraryReader, request: ExportRequest): Promise<ExportResult> {
  const started = performance.now();
  const out = checkTarget(request);
  const bad = (request.sheets ?? []).filter((s) => !EXPORT_SHEETS.includes(s));
  if (bad.length > 0) throw new Error(`unknown sheet(s): ${bad.join(', ')}`);
  const tables = buildSheets(reader, request.apps ?? [], request.sheets ?? []);
  if (request.format === 'xlsx') {
    const rows = await writeXlsx(out, tables);
    return { files: [out], rows, ms: Math.round(performance.now() - started) };
  }
  const { files, rows } = writeCsv(out, tables);
  return { files, rows, ms: Math.round(performance.now() - started) };
}
