// Row ↔ domain mappers. Rows are what the prepared statements return; JSON columns are parsed here.
import type { TopicId } from '../../shared/taxonomy';
import type {
  Correction, DocumentFormat, DocumentStatus, DocumentSummary, Fact, FactKind, FactValue, Language, Section, TopicMention,
} from '../../shared/types';
import { decodeOffsets, encodeOffsets } from './offsetCodec';

export interface DocumentRow {
  id: number;
  path: string;
  folder: string;
  format: string | null;
  encoding: string | null;
  size: number;
  mtime_ms: number;
  content_hash: string;
  status: string;
  error: string | null;
  language: string | null;
  app: string | null;
  operator: string;
  published: string | null;
  effective: string | null;
  updated: string | null;
  analyzer_version: string;
  indexed_at: string;
  app_id: number | null;
  version: number | null;
  version_date: string | null;
}

export function toDocumentSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    path: row.path,
    folder: row.folder,
    format: row.format as DocumentFormat | null,
    encoding: row.encoding,
    size: row.size,
    status: row.status as DocumentStatus,
    error: row.error,
    app: row.app,
    appId: row.app_id,
    version: row.version,
    versionDate: row.version_date,
    language: row.language as Language | null,
    indexedAt: row.indexed_at,
  };
}

export interface SectionRow {
  idx: number;
  parent: number | null;
  level: number;
  number: string | null;
  heading: string;
  start: number;
  end: number;
  nstart: number;
  nend: number;
  nbody: number;
  topics: string;
  synthetic: string | null;
}

export function toSection(row: SectionRow): Section {
  return {
    id: row.idx,
    parent: row.parent,
    level: row.level,
    number: row.number,
    heading: row.heading,
    start: row.start,
    end: row.end,
    nstart: row.nstart,
    nend: row.nend,
    nbody: row.nbody,
    topics: JSON.parse(row.topics) as TopicId[],
    ...(row.synthetic ? { synthetic: row.synthetic as NonNullable<Section['synthetic']> } : {}),
  };
}

export interface FactRow {
  kind: string;
  value: string;
  start: number;
  end: number;
  nstart: number;
  nend: number;
  section: number | null;
}

export function toFact(row: FactRow): Fact {
  return {
    kind: row.kind as FactKind,
    value: JSON.parse(row.value) as FactValue,
    start: row.start,
    end: row.end,
    nstart: row.nstart,
    nend: row.nend,
    section: row.section,
  };
}

export interface MentionRow {
  topic: string;
  start: number;
  end: number;
  nstart: number;
  nend: number;
  section: number | null;
}

export function toMention(row: MentionRow): TopicMention {
  return { topic: row.topic as TopicId, start: row.start, end: row.end, nstart: row.nstart, nend: row.nend, section: row.section };
}

export interface CorrectionRow {
  id: number;
  section_key: string;
  kind: string;
  topic: string | null;
  fact_kind: string | null;
  fact_value: string | null;
  created_at: string;
}

export function toCorrection(row: CorrectionRow): Correction {
  return {
    id: row.id,
    sectionKey: row.section_key,
    kind: row.kind as Correction['kind'],
    topic: row.topic as TopicId | null,
    factKind: row.fact_kind as FactKind | null,
    factValue: row.fact_value,
    createdAt: row.created_at,
  };
}

/** Int32Array ↔ BLOB (run-length encoded, see offsetCodec; legacy raw blobs still read). */
export function offsetsToBlob(offsets: Int32Array): Buffer {
  const bytes = encodeOffsets(offsets);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function blobToOffsets(blob: Buffer): Int32Array {
  return decodeOffsets(blob);
}

/**
 * Texts are read as their UTF-8 bytes (`CAST(text AS BLOB)`) and decoded here: Node's decoder is
 * ~3× faster than the driver's string conversion, which dominated reading hundreds of documents.
 */
export const TEXT_BYTES = 'CAST(text AS BLOB)';

export function bytesToText(bytes: Buffer | null | undefined): string {
  return bytes ? bytes.toString('utf8') : '';
}
