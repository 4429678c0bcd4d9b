// The stages indexing runs, as one injectable object; `defaultPipeline` binds the real ingest and analyze.
import type { IngestedDocument } from '../ingest/types';
import type { DocumentAnalysis } from '../../shared/types';
import type { AppGroupWrite } from '../store';

export interface GroupInput {
  documentId: number;
  path: string;
  app: string | null;
  dates: DocumentAnalysis['dates'];
}

export interface IndexPipeline {
  analyzerVersion: string;
  walk(root: string): Promise<string[]>;
  ingest(path: string): Promise<IngestedDocument>;
  analyze(doc: IngestedDocument): DocumentAnalysis;
  group(documents: GroupInput[]): AppGroupWrite[];
}
