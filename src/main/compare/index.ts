// Public API of the compare stage (pure functions over the stored analysis). Signatures fixed;
// implementations land with issue 4.
import type { LibraryReader } from '../store/reader';
import type { MatrixQuery } from '../../shared/api';
import type {
  AppChecklist, AppHistory, Comparison, ExportRequest, ExportResult, Fact, Matrix, PolicyDates, Section, VersionDiff,
} from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';

/** One side of a diff: a stored document or a file analysed on the fly. */
export interface DiffSide {
  id: number | null;
  path: string;
  app: string | null;
  date: string | null;
  text: string;
  sections: Section[];
  facts: Fact[];
  dates: PolicyDates;
}

const pending = (what: string): never => {
  throw new Error(`${what} is not available yet`);
};

export function buildMatrix(reader: LibraryReader, query: MatrixQuery): Matrix {
  void reader; void query;
  return pending('matrix');
}
export function compareTopic(reader: LibraryReader, topic: TopicId, documentIds: number[]): Comparison {
  void reader; void topic; void documentIds;
  return pending('compare');
}
export function diffDocuments(oldSide: DiffSide, newSide: DiffSide): VersionDiff {
  void oldSide; void newSide;
  return pending('diff');
}
export function diffStoredVersions(reader: LibraryReader, oldId: number, newId: number): VersionDiff {
  void reader; void oldId; void newId;
  return pending('diff');
}
export function buildHistory(reader: LibraryReader, appId: number): AppHistory {
  void reader; void appId;
  return pending('history');
}
export function buildChecklists(reader: LibraryReader): AppChecklist[] {
  void reader;
  return pending('checklist');
}
export async function exportComparison(reader: LibraryReader, request: ExportRequest): Promise<ExportResult> {
  void reader; void request;
  return pending('export');
}
