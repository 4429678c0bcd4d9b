import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, LibraryDatabaseError, LibraryStore, openDatabase, rebuildDatabase } from '../../../src/main/store';
import { SEEDS, seed } from '../../helpers/paths';
import { documentFromFile } from './fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function openError(path: string): LibraryDatabaseError {
  try {
    openDatabase(path).close();
  } catch (error) {
    return error as LibraryDatabaseError;
  }
  throw new Error('opened');
}

describe('openDatabase', () => {
  it('refuses a file that is not SQLite at all (a real policy text)', () => {
    const path = join(dir, 'library.db');
    writeFileSync(path, readFileSync(seed(0)));
    const error = openError(path);
    expect(error).toBeInstanceOf(LibraryDatabaseError);
    expect(error.message).toMatch(/^database file is not a Policy Lens database/);
    expect(readFileSync(path)).toEqual(readFileSync(seed(0)));
  });

  it('refuses another application\'s SQLite database without touching it', () => {
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    other.close();
    expect(openError(path).kind).toBe('not_policy_lens');
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(0);
    expect(again.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toEqual({ n: 1 });
    again.close();
  });

  it('reports a database whose pages are damaged as corrupt, and rebuild moves it aside', () => {
    const path = join(dir, 'library.db');
    const store = LibraryStore.open(path);
    store.writeIndexedDocument(documentFromFile(seed(0), store.ensureFolder(SEEDS)));
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    // Keep the 100-byte header, smash the schema on page 1.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(3000, 0x5a), 0, 3000, 100);
    closeSync(fd);
    const damaged = readFileSync(path);
    const error = openError(path);
    expect(error.kind).toBe('corrupt');
    expect(error.message).toBe(`database is corrupt: ${path}`);

    const { db, movedTo } = rebuildDatabase(path);
    db.close();
    expect(movedTo).toMatch(/library\.db\.corrupt-\d{4}-/);
    expect(readFileSync(movedTo)).toEqual(damaged);
    expect(readdirSync(dir).filter((f) => f.includes('.corrupt-')).length).toBeGreaterThanOrEqual(1);
    const fresh = LibraryStore.open(path);
    expect(fresh.listDocuments()).toEqual([]);
    fresh.close();
  });

  it('refuses a database from a newer schema', () => {
    const path = join(dir, 'library.db');
    const db = openDatabase(path);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(openError(path).kind).toBe('too_new');
  });

  it('migrates a version-1 library forward and indexes its existing texts for search', () => {
    const path = join(dir, 'library.db');
    const old = openDatabase(path, { migrateTo: 1 });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    // Fixture: a document as schema 1 stored it (no search index existed then).
    const folder = old.prepare("INSERT INTO folders (path, added_at) VALUES (?, '2024-01-01') RETURNING id").get(SEEDS) as { id: number };
    const input = documentFromFile(seed(2), folder.id);
    const doc = old.prepare(`INSERT INTO documents (path, folder_id, size, mtime_ms, content_hash, status, analyzer_version,
      indexed_at) VALUES (?, ?, ?, ?, ?, 'ok', 'old', '2024-01-01') RETURNING id`)
      .get(input.path, folder.id, input.size, input.mtimeMs, input.contentHash) as { id: number };
    old.prepare('INSERT INTO texts (document_id, text, offsets) VALUES (?, ?, ?)').run(doc.id, input.text, Buffer.alloc(4));
    old.close();

    const store = LibraryStore.open(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.listDocuments().map((d) => d.path)).toEqual([seed(2)]);
    expect(store.search('个人信息', 5).map((h) => h.documentId)).toEqual([doc.id]);
    store.close();
  });

  it('migrates a version-3 library to stored outlines equal to what indexing now writes', () => {
    const path = join(dir, 'library.db');
    const fresh = LibraryStore.open(path);
    const input = documentFromFile(seed(3), fresh.ensureFolder(SEEDS));
    // One chapter on collection holding the rest: children repeat its topic in part or in whole.
    const [chapter, ...rest] = input.analysis.sections;
    chapter.topics = ['collection'];
    for (const s of rest) Object.assign(s, { parent: chapter.id, level: 2 });
    rest[0].topics = ['collection'];
    const id = fresh.writeIndexedDocument(input);
    const written = fresh.getDocumentOutlines([id]).get(id)!;
    // Back to what schema 3 stored: no outlines.
    fresh.db.exec('DROP TABLE outlines; PRAGMA user_version = 3');
    fresh.close();

    const store = LibraryStore.open(path);
    const migrated = store.getDocumentOutlines([id]).get(id)!;
    expect(migrated).toEqual(written);
    const outer = new Map(migrated.sections.map((s) => [s.id, s.outerTopics]));
    expect(outer.get(chapter.id)).toEqual(['collection']);
    expect(outer.has(rest[0].id)).toBe(false);
    const both = rest.find((s) => s.topics.length === 2)!;
    expect(outer.get(both.id)).toEqual(['use']);
    // The mention's sentence is cut from the stored text.
    expect(migrated.mentions.map((m) => m.text)).toEqual(input.analysis.mentions.map((m) => input.text.slice(m.nstart, m.nend)));
    expect(migrated.mentions[0].text.length).toBeGreaterThan(0);
    store.close();
  });

  it('creates the folder of a new database path', () => {
    const path = join(dir, 'a', 'b', 'library.db');
    openDatabase(path).close();
    expect(existsSync(path)).toBe(true);
  });
});
