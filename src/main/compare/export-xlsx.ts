// xlsx writer: plain values only (no formulas, no hyperlinks), frozen header, wrapped text.
import ExcelJS from 'exceljs';
import type { SheetTable } from './export-sheets';
import { neutralise, safeCell } from './neutralise';

export async function writeXlsx(path: string, tables: readonly SheetTable[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Policy Lens';
  workbook.created = new Date();
  let rows = 0;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: neutralise(c.header), width: c.width }));
    for (const row of table.rows) sheet.addRow(row.map(safeCell));
    sheet.getRow(1).font = { bold: true };
    for (let c = 1; c <= table.columns.length; c++) {
      if (table.columns[c - 1].width >= 20) sheet.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
    }
    rows += table.rows.length;
  }
  await workbook.xlsx.writeFile(path);
  return rows;
}
