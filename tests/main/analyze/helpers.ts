import { ingestFile } from '../../../src/main/ingest';
import type { IngestedDocument } from '../../../src/main/ingest/types';
import { analyzeDocument } from '../../../src/main/analyze';
import type { DocumentAnalysis, Fact, FactKind, Section } from '../../../src/shared/types';

const docs = new Map<string, Promise<IngestedDocument>>();
const analyses = new Map<string, Promise<{ doc: IngestedDocument; analysis: DocumentAnalysis }>>();

export function ingest(path: string): Promise<IngestedDocument> {
  if (!docs.has(path)) docs.set(path, ingestFile(path));
  return docs.get(path)!;
}

/** Real ingest + analyze, cached per file across the tests of one file. */
export function analyzed(path: string): Promise<{ doc: IngestedDocument; analysis: DocumentAnalysis }> {
  if (!analyses.has(path)) analyses.set(path, ingest(path).then((doc) => ({ doc, analysis: analyzeDocument(doc) })));
  return analyses.get(path)!;
}

export function values(analysis: DocumentAnalysis, kind: FactKind): unknown[] {
  return analysis.facts.filter((f: Fact) => f.kind === kind).map((f) => f.value);
}

export function topLevel(sections: Section[]): string[] {
  return sections.filter((s) => s.parent === null).map((s) => `${s.number ?? ''}${s.heading}`);
}

export function byHeading(sections: Section[], heading: string): Section[] {
  return sections.filter((s) => s.heading === heading);
}
