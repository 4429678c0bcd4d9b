/**
 * Domain types shared by main and renderer. Plain data only: everything here crosses IPC
 * and is stored, so no classes, functions, Maps or typed arrays.
 *
 * Offsets: `start`/`end` are always JS string indices into the *source* text (the decoded
 * file text with the BOM removed, before normalisation; for html/docx/pdf the extracted plain
 * text). `nstart`/`nend` index the *normalised* text the views display.
 */
import type { TopicId } from './taxonomy';

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';
export type Language = 'zh' | 'en';

// ---------------------------------------------------------------- analysis

export interface Section {
  /** 0-based index in document order (pre-order walk of the tree). */
  id: number;
  parent: number | null;
  /** 1 = top level. */
  level: number;
  /** The numbering as written (`一、`, `1.2`, `（三）`, `第二条`, `#`) or null. */
  number: string | null;
  heading: string;
  /** Source span: heading through the end of the last descendant. */
  start: number;
  end: number;
  /** Normalised span, same extent. */
  nstart: number;
  nend: number;
  /** Normalised offset where the body starts (just after the heading line). */
  nbody: number;
  topics: TopicId[];
  /**
   * Set when the splitter made the section up rather than finding a heading: `preamble` is the
   * text before the first heading (its heading is the title line, or a label such as `引言`);
   * `paragraph` is one paragraph of a long heading-less body (heading ''). Absent on real headings.
   */
  synthetic?: 'preamble' | 'paragraph';
}

export type FactKind =
  | 'app_name'
  | 'email'
  | 'phone'
  | 'address'
  | 'response_time'
  | 'storage_location'
  | 'cross_border'
  | 'published_date'
  | 'effective_date'
  | 'updated_date'
  | 'operator'
  | 'minor_age'
  | 'retention'
  | 'sdk'
  | 'permission';

export const FACT_KINDS: readonly FactKind[] = [
  'app_name', 'operator', 'email', 'phone', 'address', 'response_time', 'storage_location',
  'cross_border', 'published_date', 'effective_date', 'updated_date', 'minor_age', 'retention',
  'sdk', 'permission',
];

export interface ResponseTime {
  days: number;
  workdays: boolean;
}
export interface Retention {
  text: string;
  days: number | null;
}
export interface SdkInfo {
  name: string;
  vendor: string | null;
  purpose: string | null;
  data: string | null;
}
export interface PermissionInfo {
  name: string;
  purpose: string | null;
}
export type StorageLocation = 'domestic' | 'overseas';
export type CrossBorder = 'none' | 'with_consent' | 'yes';

/**
 * Value by kind: email/phone/address/operator/app_name → string (email lower-case);
 * *_date → 'YYYY-MM-DD' | 'YYYY-MM'; minor_age → number; response_time → ResponseTime;
 * storage_location → StorageLocation; cross_border → CrossBorder; retention → Retention;
 * sdk → SdkInfo; permission → PermissionInfo.
 */
export type FactValue = string | number | ResponseTime | Retention | SdkInfo | PermissionInfo;

export interface Fact {
  kind: FactKind;
  value: FactValue;
  start: number;
  end: number;
  nstart: number;
  nend: number;
  /** Id of the deepest section containing the span, or null (preamble). */
  section: number | null;
}

export interface PolicyDates {
  published: string | null;
  effective: string | null;
  updated: string | null;
}

/** A sentence outside the sections carrying `topic` that still addresses it (feeds `mentioned` cells). */
export interface TopicMention {
  topic: TopicId;
  start: number;
  end: number;
  nstart: number;
  nend: number;
  section: number | null;
}

export interface DocumentAnalysis {
  app: string | null;
  operator: string[];
  language: Language;
  dates: PolicyDates;
  sections: Section[];
  facts: Fact[];
  mentions: TopicMention[];
  analyzerVersion: string;
}

// ---------------------------------------------------------------- library

export type DocumentStatus = 'ok' | 'failed';

export interface DocumentSummary {
  id: number;
  path: string;
  folder: string;
  format: DocumentFormat | null;
  encoding: string | null;
  size: number;
  status: DocumentStatus;
  error: string | null;
  app: string | null;
  /** Id of the app group (apps table) or null for failed documents. */
  appId: number | null;
  /** 1-based position in the app's version order (oldest = 1). */
  version: number | null;
  versionDate: string | null;
  language: Language | null;
  indexedAt: string;
}

export interface AppSummary {
  id: number;
  name: string;
  /** Document ids, oldest version first. */
  versions: number[];
  latest: number;
}

export interface IndexProgress {
  jobId: number;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  current: string | null;
  error: string | null;
  summary: IndexSummary | null;
}

export interface IndexSummary {
  documents: number;
  indexed: number;
  skipped: number;
  removed: number;
  failed: { path: string; error: string }[];
  ms: number;
}

export interface LibraryState {
  folders: string[];
  documents: DocumentSummary[];
  apps: AppSummary[];
}

export interface DocumentDetail {
  summary: DocumentSummary;
  /** Normalised text, the text the views show. */
  text: string;
  sections: Section[];
  facts: Fact[];
  mentions: TopicMention[];
  dates: PolicyDates;
  operator: string[];
  contentHash: string;
  analyzerVersion: string;
}

/** A section a topic cell lists: the outermost carrier of `outerTopics` (no ancestor carries them). */
export interface OutlineSection extends Pick<Section, 'id' | 'start' | 'end' | 'nstart' | 'nend'> {
  /** The heading an analyst knows it by (a paragraph unit goes by its section's). */
  displayHeading: string;
  /** The cell excerpt when it is the first section of a topic's cell, else ''. */
  excerpt: string;
  outerTopics: TopicId[];
}

/** A topic mention with its sentence. */
export interface MentionText extends Pick<TopicMention, 'topic' | 'nstart' | 'nend'> {
  text: string;
}

/**
 * What the matrix reads of a stored document: a DocumentDetail without its text, with only the
 * sections a topic cell lists (as analysed, before corrections) and the sentences of the mentions
 * a cell shows (those of topics no section carries).
 */
export interface DocumentOutline extends Pick<DocumentDetail, 'summary' | 'facts' | 'dates' | 'operator'> {
  sections: OutlineSection[];
  mentions: MentionText[];
}

// ---------------------------------------------------------------- search

export interface SearchHit {
  documentId: number;
  path: string;
  app: string | null;
  section: string | null;
  /** Snippet of normalised text; the match is snippet.slice(markStart, markEnd). */
  snippet: string;
  markStart: number;
  markEnd: number;
  /** Normalised offsets of the best match in the document. */
  start: number;
  end: number;
  hits: number;
}

// ---------------------------------------------------------------- compare

export type CellStatus = 'present' | 'mentioned' | 'absent';

export interface CellSectionRef {
  section: number;
  heading: string;
  start: number;
  end: number;
  nstart: number;
  nend: number;
}

export interface MatrixCell {
  status: CellStatus;
  sections: CellSectionRef[];
  facts: Fact[];
  excerpt: string;
  /** For `mentioned`: sentences elsewhere that address the topic (normalised spans). */
  mentions: Omit<MentionText, 'topic'>[];
}

/** Comparable fact columns, one value per app (joined when several). */
export interface FactColumns {
  storage_location: string | null;
  cross_border: string | null;
  response_time: string | null;
  response_days: number | null;
  email: string | null;
  phone: string | null;
  operator: string | null;
  effective_date: string | null;
  minor_age: number | null;
  retention: string | null;
}

export interface MatrixRow {
  app: string;
  appId: number;
  document: number;
  /** 1-based version number within the app. */
  version: number;
  versionCount: number;
  path: string;
  cells: Record<TopicId, MatrixCell>;
  facts: FactColumns;
  /** Fact changes of this version against the app's version before it; null for a first version. */
  changes: FactChange[] | null;
}

export interface Matrix {
  topics: { id: TopicId; zh: string; en: string }[];
  apps: MatrixRow[];
}

export interface ClauseCell {
  text: string;
  nstart: number;
  nend: number;
  /** Share of indexed documents containing a near-duplicate of this clause, 0..1. */
  frequency: number;
  /** Number of documents containing it. */
  documents: number;
}

export interface AlignedRow {
  /** One entry per compared document, in request order; null where that app says nothing like it. */
  cells: (ClauseCell | null)[];
  /** Mean pairwise similarity of the non-null cells, 0..1. */
  similarity: number;
}

export interface Comparison {
  topic: TopicId;
  documents: { id: number; app: string; path: string }[];
  rows: AlignedRow[];
}

export type ChangeKind = 'added' | 'removed' | 'modified' | 'moved';
export type ChangeSignificance = 'formatting' | 'date' | 'wording' | 'substantive';

export interface DiffOp {
  /** '=' equal, '+' inserted in new, '-' removed from old. */
  op: '=' | '+' | '-';
  text: string;
}

export interface SectionChange {
  kind: ChangeKind;
  significance: ChangeSignificance;
  topics: TopicId[];
  oldSection: string | null;
  newSection: string | null;
  /** Source spans in each version, null on the side that does not have it. */
  old: { start: number; end: number; nstart: number; nend: number } | null;
  new: { start: number; end: number; nstart: number; nend: number } | null;
  ops: DiffOp[];
  summary: string;
}

export interface FactChange {
  kind: FactKind;
  old: string | null;
  new: string | null;
}

export interface VersionDiff {
  old: { id: number | null; path: string; app: string | null; date: string | null };
  new: { id: number | null; path: string; app: string | null; date: string | null };
  changes: SectionChange[];
  factChanges: FactChange[];
  summary: string[];
}

export interface HistoryEntry {
  document: number;
  path: string;
  version: number;
  date: string | null;
  /** Changes against the previous version (null for the first). */
  changeCount: number | null;
  substantiveCount: number | null;
  factChanges: FactChange[];
}

export interface AppHistory {
  app: string;
  appId: number;
  versions: HistoryEntry[];
}

export type ChecklistItemId =
  | 'operator'
  | 'contact'
  | 'response_time'
  | 'storage_location'
  | 'cross_border'
  | 'retention'
  | 'sdk_list'
  | 'minors'
  | 'account_deletion'
  | 'rights'
  | 'update_notice'
  | 'effective_date';

export interface ChecklistItem {
  id: ChecklistItemId;
  status: 'pass' | 'fail' | 'unclear';
  note: string;
  evidence: { text: string; start: number; end: number; nstart: number; nend: number } | null;
}

export interface AppChecklist {
  app: string;
  appId: number;
  document: number;
  items: ChecklistItem[];
}

// ---------------------------------------------------------------- export & corrections

export const EXPORT_SHEETS = ['Matrix', 'Facts', 'Sections', 'Checklist', 'Changes', 'Provenance'] as const;
export type ExportSheet = (typeof EXPORT_SHEETS)[number];

export interface ExportRequest {
  /** Absolute path of the .xlsx file, or a directory for CSV (one file per sheet). */
  out: string;
  format: 'xlsx' | 'csv';
  /** App ids; empty = all. */
  apps: number[];
  sheets: ExportSheet[];
}

export interface ExportResult {
  files: string[];
  rows: number;
  ms: number;
}

export interface Correction {
  id: number;
  /** Content hash of the section (heading + body), so it survives re-indexing. */
  sectionKey: string;
  kind: 'topic_add' | 'topic_remove' | 'fact_wrong';
  topic: TopicId | null;
  factKind: FactKind | null;
  factValue: string | null;
  createdAt: string;
}
