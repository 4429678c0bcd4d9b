// Specific, user-facing store errors. The CLI prints `message`; ipc prefixes it.
export type DatabaseErrorKind = 'not_policy_lens' | 'corrupt' | 'too_new' | 'cannot_open' | 'disk_full';

export class LibraryDatabaseError extends Error {
  constructor(
    readonly kind: DatabaseErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryDatabaseError';
  }
}

interface SqliteError {
  code?: unknown;
  message?: unknown;
}

/** Turns SQLite's generic codes into the errors a user can act on; anything else passes through. */
export function translateSqliteError(error: unknown, path: string): unknown {
  const code = String((error as SqliteError)?.code ?? '');
  if (code === 'SQLITE_NOTADB') {
    return new LibraryDatabaseError('not_policy_lens', `database file is not a Policy Lens database: ${path}`);
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new LibraryDatabaseError('corrupt', `database is corrupt: ${path}`);
  }
  if (code === 'SQLITE_FULL') {
    return new LibraryDatabaseError(
      'disk_full',
      `disk is full: the library database ${path} cannot grow; nothing was half-written, free some space and index again`,
    );
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new LibraryDatabaseError('cannot_open', `cannot open the library database ${path}`);
  }
  return error;
}
