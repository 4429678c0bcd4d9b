// Schema version 2: full-text index (see docs/decisions/0001-search-index.md).
// unicode61 over text whose CJK characters are spaced apart, contentless: rowid = document id,
// the text itself lives in `texts`. Documents indexed before this migration are filled in here.
import { spaceCjk } from '../cjk';

export const up = `
CREATE VIRTUAL TABLE search_index USING fts5(
  body, tokenize = 'unicode61', content = '', contentless_delete = 1
);
`;

export interface FillStatements {
  all: () => Iterable<{ document_id: number; text: string }>;
  insert: (documentId: number, spaced: string) => void;
}

export function fill(statements: FillStatements): void {
  for (const row of statements.all()) statements.insert(row.document_id, spaceCjk(row.text));
}
