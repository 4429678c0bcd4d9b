/** Spreadsheet export and the analyst's corrections to the analysis. */
import type { TopicId } from '../taxonomy';
import type { FactKind } from './analysis';

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
