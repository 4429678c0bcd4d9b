// Public API of the store: the only place in the code base with SQL.
export { LibraryStore } from './library';
export type { StoredFileState, NewCorrection } from './library';
export type { AppGroupWrite } from './appGroups';
export type { IndexedDocumentWrite, PreparedDocumentWrite, FailedDocumentWrite, FileState } from './documentWriter';
export { prepareDocumentWrite } from './documentWriter';
export type { LibraryReader, Provenance } from './reader';
export { openDatabase, rebuildDatabase, APPLICATION_ID } from './db';
export { LibraryDatabaseError, type DatabaseErrorKind } from './errors';
export { LATEST_VERSION } from './migrations';
export { sectionContentKey } from './sectionKey';
export { defaultDatabasePath } from './location';
export { parseQuery, MAX_QUERY_CHARS } from './searchQuery';
