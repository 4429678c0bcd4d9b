import { ingestBuffer, ingestFile } from '../../../src/main/ingest';
import type { IngestedDocument } from '../../../src/main/ingest/types';
import { analyzeDocument } from '../../../src/main/analyze';
import type { DocumentAnalysis, Fact, FactKind, Section } from '../../../src/shared/types';
import type { TopicId } from '../../../src/shared/taxonomy';
import { splitSections } from '../../../src/main/analyze/sections';
import { classifySections } from '../../../src/main/analyze/topics';
import { readOpp } from '../../../bench/score-corpora.mjs';

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

/** Real ingest + analyze of a page's words given inline, read as a file of that name (its extension picks the reader). */
export async function analyzeText(text: string, name: string): Promise<DocumentAnalysis> {
  return analyzeDocument(await ingestBuffer(Buffer.from(text), name));
}

/** A markdown policy of three chapters whose second is `## heading` over `body`: a section's cues read in a whole policy. */
export const policyAround = (heading: string, body: string): string => ['# 隐私政策', '', '## 1. 我们收集的信息', '',
  '我们仅在您使用相应功能时收集完成该功能所必需的信息。', '', `## ${heading}`, '', body, '',
  '## 3. 联系我们', '', '如有疑问,请发送邮件至 support@example.com。', ''].join('\n');

/** The topics of the section headed `heading` (its number `2. ` left off) and of its children. */
export function topicsUnder(a: DocumentAnalysis, heading: string): TopicId[] {
  const s = a.sections.find((x) => x.heading === heading.replace(/^\d+\. /, ''))!;
  return a.sections.filter((x) => x.id === s.id || x.parent === s.id).flatMap((x) => x.topics);
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

type OppPolicy = ReturnType<typeof readOpp>[number];

/** An OPP-115 policy as the judge gives it (plain text, one paragraph per segment), split and classified as English:
 * by uid, or the first policy `pick` accepts. */
export function classifiedOpp(pick: number | ((d: OppPolicy) => boolean)): { text: string; sections: Section[]; topics: TopicId[][] } {
  const d = readOpp().find(typeof pick === 'number' ? (x: OppPolicy) => x.uid === pick : pick)!;
  const text = d.segments.map((x: { text: string }) => x.text).join('\n\n');
  const sections = splitSections(text, null, [], false);
  return { text, sections, topics: classifySections(text, sections, 'en') };
}
