/** Comparisons built from stored analyses: the matrix, aligned clauses, version diffs, checklists. */
import type { TopicId } from '../taxonomy';
import type { Fact, FactKind } from './analysis';
import type { MentionText } from './library';

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
