// Opening the library database: pragmas, identity checks, migrations, rebuild.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { LibraryDatabaseError, translateSqliteError } from './errors';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations';

/** 'PLns': marks a file as ours, so another app's SQLite file is never migrated by mistake. */
export const APPLICATION_ID = 0x504c6e73;
const SQLITE_MAGIC = 'SQLite format 3\0';

export interface OpenOptions {
  /** Stop migrating at this schema version (tests of forward migration). */
  migrateTo?: number;
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function checkIdentity(db: Database.Database, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  if (appId === 0 && version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
    if (tables.n > 0) throw new LibraryDatabaseError('not_policy_lens', `database file is not a Policy Lens database: ${path}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    return;
  }
  if (appId !== APPLICATION_ID) {
    throw new LibraryDatabaseError('not_policy_lens', `database file is not a Policy Lens database: ${path}`);
  }
  if (version > LATEST_VERSION) {
    throw new LibraryDatabaseError(
      'too_new',
      `database ${path} was written by a newer Policy Lens (schema ${version} > ${LATEST_VERSION}); update the app`,
    );
  }
}

/** Opens (creating if needed) and migrates the library database. Throws LibraryDatabaseError on a foreign or corrupt file. */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (path !== ':memory:') {
    if (existsSync(path)) {
      const header = readHeader(path);
      if (header.length > 0 && header !== SQLITE_MAGIC) {
        throw new LibraryDatabaseError('not_policy_lens', `database file is not a Policy Lens database: ${path}`);
      }
    } else {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch {
        throw new LibraryDatabaseError('cannot_open', `cannot open the library database ${path}: cannot create its folder`);
      }
    }
  }
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: 5000 });
  } catch (error) {
    const translated = translateSqliteError(error, path);
    if (translated instanceof LibraryDatabaseError) throw translated;
    throw new LibraryDatabaseError('cannot_open', `cannot open the library database ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Indexing writes into several large b-trees at random keys (fingerprints, FTS segments):
    // a 64 MB page cache (the default is 2 MB) keeps them in memory instead of re-reading pages,
    // and checkpointing every ~16 MB of WAL instead of 4 MB cuts the checkpoint syncs fourfold.
    db.pragma('cache_size = -65536');
    db.pragma('wal_autocheckpoint = 4000');
    // Identity first: switching to WAL rewrites the file header, and a foreign file must stay untouched.
    checkIdentity(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, options.migrateTo);
    // Touch the main tables so a damaged schema or root page fails here, not mid-run.
    db.prepare('SELECT count(*) FROM documents').get();
    return db;
  } catch (error) {
    db.close();
    throw translateSqliteError(error, path);
  }
}

/**
 * Moves a corrupt or foreign database (and its WAL/SHM companions) aside as
 * `<path>.corrupt-<timestamp>` — never deleting it — and opens a fresh one.
 */
export function rebuildDatabase(path: string): { db: Database.Database; movedTo: string } {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${path}.corrupt-${stamp}`;
  if (existsSync(path)) renameSync(path, movedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  }
  return { db: openDatabase(path), movedTo };
}
