// Spreadsheet-safe cell text: OWASP CSV-injection neutralisation and the xlsx cell-size limit.

/** Excel's per-cell character limit. */
export const MAX_CELL_CHARS = 32767;
export const TRUNCATION_MARKER = '…[truncated]';

const FORMULA_START = /^[=+\-@\t\r]/;
// XML 1.0 forbids these; exceljs would write a corrupt sheet.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text a spreadsheet will never evaluate: a leading `'` before = + - @ tab CR, cut to the cell limit. */
export function neutralise(text: string): string {
  let out = text.replace(XML_INVALID, '');
  if (FORMULA_START.test(out)) out = `'${out}`;
  if (out.length > MAX_CELL_CHARS) out = out.slice(0, MAX_CELL_CHARS - TRUNCATION_MARKER.length) + TRUNCATION_MARKER;
  return out;
}

export type CellValue = string | number | null;

export function safeCell(value: CellValue): CellValue {
  return typeof value === 'string' ? neutralise(value) : value;
}
