// Schema version 1: library tables. Offsets and spans are JS string indices (see shared/types).
export const up = `
CREATE TABLE folders (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  added_at TEXT NOT NULL
);
CREATE TABLE apps (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  content_hash TEXT NOT NULL,
  encoding TEXT,
  format TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error TEXT,
  language TEXT,
  app TEXT,
  operator TEXT NOT NULL DEFAULT '[]',
  published TEXT,
  effective TEXT,
  updated TEXT,
  analyzer_version TEXT NOT NULL,
  indexed_at TEXT NOT NULL
);
CREATE INDEX documents_folder ON documents(folder_id);
CREATE TABLE app_versions (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  app_id INTEGER NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  version_date TEXT
);
CREATE INDEX app_versions_app ON app_versions(app_id, version);
-- offsets: Int32 little-endian, offsets[i] = source index of text[i] (maps normalised → source).
CREATE TABLE texts (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  offsets BLOB NOT NULL
);
CREATE TABLE sections (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  parent INTEGER,
  level INTEGER NOT NULL,
  number TEXT,
  heading TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  nstart INTEGER NOT NULL, nend INTEGER NOT NULL, nbody INTEGER NOT NULL,
  topics TEXT NOT NULL,
  content_key TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE TABLE facts (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  nstart INTEGER NOT NULL, nend INTEGER NOT NULL,
  section INTEGER,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE TABLE mentions (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  topic TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  nstart INTEGER NOT NULL, nend INTEGER NOT NULL,
  section INTEGER,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE TABLE clause_fingerprints (
  fingerprint TEXT NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (fingerprint, document_id)
) WITHOUT ROWID;
CREATE INDEX clause_fingerprints_document ON clause_fingerprints(document_id);
-- Keyed by section content hash, not document id, so corrections survive re-indexing.
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  section_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  topic TEXT,
  fact_kind TEXT,
  fact_value TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX corrections_section ON corrections(section_key);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;
