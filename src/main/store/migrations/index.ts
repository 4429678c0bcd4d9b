// Numbered migrations; PRAGMA user_version holds the number of the last one applied.
import type Database from 'better-sqlite3';
import * as init from './0001_init';
import * as search from './0002_search';
import * as synthetic from './0003_synthetic_sections';
import * as outlines from './0004_outlines';

interface Migration {
  version: number;
  apply(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, apply: (db) => db.exec(init.up) },
  {
    version: 2,
    apply: (db) => {
      db.exec(search.up);
      // Ids first: better-sqlite3 cannot write while an iterator holds the connection.
      const ids = db.prepare<[], number>('SELECT document_id FROM texts').pluck().all();
      const text = db.prepare<[number], string>('SELECT text FROM texts WHERE document_id = ?').pluck();
      const insert = db.prepare('INSERT INTO search_index(rowid, body) VALUES (?, ?)');
      search.fill({
        all: () => ids.map((id) => ({ document_id: id, text: text.get(id)! })),
        insert: (id, spaced) => void insert.run(id, spaced),
      });
    },
  },
  { version: 3, apply: (db) => db.exec(synthetic.up) },
  { version: 4, apply: (db) => outlines.up(db) },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration above the current version (up to `target`), each in its own transaction. */
export function migrate(db: Database.Database, target = LATEST_VERSION): void {
  for (const m of MIGRATIONS) {
    if (m.version <= schemaVersion(db) || m.version > target) continue;
    // IMMEDIATE and re-checked inside: two processes opening a fresh library at once must not
    // both apply the same migration ("table folders already exists").
    db.transaction(() => {
      if (m.version <= schemaVersion(db)) return;
      m.apply(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
