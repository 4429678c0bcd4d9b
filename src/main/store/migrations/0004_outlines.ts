// Schema version 4: each document's outline (the sections its topic cells list, their excerpts,
// its facts, the sentences of mentions a cell shows) is kept beside the analysis, so the matrix
// reads one small row per document instead of its text and every section. Existing documents are
// filled from their rows.
import type Database from 'better-sqlite3';
import { encodeOutline, outlineOf } from '../outlineCodec';
import {
  bytesToText, TEXT_BYTES, toFact, toMention, toSection, type FactRow, type MentionRow, type SectionRow,
} from '../mappers';

export function up(db: Database.Database): void {
  db.exec(`CREATE TABLE outlines (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    body TEXT NOT NULL
  )`);
  // Ids first: better-sqlite3 cannot write while an iterator holds the connection.
  const ids = db.prepare<[], number>('SELECT document_id FROM texts').pluck().all();
  const text = db.prepare<[number], Buffer>(`SELECT ${TEXT_BYTES} FROM texts WHERE document_id = ?`).pluck();
  const sections = db.prepare<[number], SectionRow>('SELECT * FROM sections WHERE document_id = ? ORDER BY idx');
  const facts = db.prepare<[number], FactRow>('SELECT * FROM facts WHERE document_id = ? ORDER BY idx');
  const mentions = db.prepare<[number], MentionRow>('SELECT * FROM mentions WHERE document_id = ? ORDER BY idx');
  const insert = db.prepare('INSERT INTO outlines (document_id, body) VALUES (?, ?)');
  for (const id of ids) {
    const outline = outlineOf(bytesToText(text.get(id)), sections.all(id).map(toSection), facts.all(id).map(toFact),
      mentions.all(id).map(toMention));
    insert.run(id, encodeOutline(outline));
  }
}
