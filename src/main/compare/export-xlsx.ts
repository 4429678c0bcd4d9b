// xlsx writer: plain values only (no formulas, no hyperlinks), frozen header, wrapped text.
// Streams rows to disk (WorkbookWriter) so a 1,000-app export stays within seconds and memory.
import type { SheetTable } from './export-sheets';
import { neutralise, safeCell } from './neutralise';

export async function writeXlsx(path: string, tables: readonly SheetTable[]): Promise<number> {
  // exceljs takes ~400 ms to load: only an xlsx export pays for it, not every start of the app or CLI.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Policy Lens';
  workbook.created = new Date();
  let rows = 0;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: neutralise(c.header),
      width: c.width,
      style: c.width >= 20 ? { alignment: { wrapText: true, vertical: 'top' } } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of table.rows) sheet.addRow(row.map(safeCell)).commit();
    sheet.commit();
    rows += table.rows.length;
  }
  await workbook.commit();
  return rows;
}
