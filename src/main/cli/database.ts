// Opening the library for a CLI command: --db FILE or the per-user default shared with the app.
import { resolve } from 'node:path';
import { CliError, type ParsedArgs } from './command';
import { stringFlag } from './args';
import { defaultDatabasePath, LibraryDatabaseError, LibraryStore, rebuildDatabase } from '../store';

export function databasePath(args: ParsedArgs): string {
  if (args.flags.db === true) throw new CliError('--db needs a file name');
  const db = stringFlag(args, 'db');
  return db ? resolve(db) : defaultDatabasePath();
}

/** Opens the store; a foreign or corrupt file becomes a one-line CliError (or is moved aside with --rebuild). */
export function openLibrary(args: ParsedArgs): LibraryStore {
  const path = databasePath(args);
  try {
    return LibraryStore.open(path);
  } catch (error) {
    if (!(error instanceof LibraryDatabaseError)) throw error;
    if (args.flags.rebuild === true && (error.kind === 'corrupt' || error.kind === 'not_policy_lens')) {
      const { db, movedTo } = rebuildDatabase(path);
      process.stderr.write(`policy-lens: ${error.message}; moved it to ${movedTo} and started a new library\n`);
      return new LibraryStore(db, path);
    }
    const hint = error.kind === 'corrupt' || error.kind === 'not_policy_lens'
      ? ' (use --rebuild to move it aside and start a new library, or choose another file with --db)'
      : '';
    throw new CliError(error.message + hint);
  }
}
