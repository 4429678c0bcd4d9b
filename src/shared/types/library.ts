/** The indexed library as the views read it: documents, apps, index jobs, outlines, search hits. */
import type { TopicId } from '../taxonomy';
import type { DocumentFormat, Fact, Language, PolicyDates, Section, TopicMention } from './analysis';

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
