/// <reference types="vite/client" />
// Binds indexing to the real ingest and analyze stages. They are loaded through import.meta.glob so
// the build keeps working while a stage is still being written (then: "… is not built yet").
import type { IngestedDocument } from '../ingest/types';
import type { DocumentAnalysis } from '../../shared/types';
import type { AppGroupWrite } from '../store';
import type { GroupInput, IndexPipeline } from './pipeline';

type Module = Record<string, unknown>;
const stages = import.meta.glob<Module>(['../ingest/index.ts', '../analyze/index.ts'], { eager: true });

function stageFunction<F>(stage: 'ingest' | 'analyze', name: string): F {
  const mod = stages[`../${stage}/index.ts`];
  const fn = mod?.[name];
  if (typeof fn !== 'function') throw new Error(`the ${stage} stage is not built yet (${name} missing)`);
  return fn as F;
}

interface GroupLike {
  name?: string;
  app?: string;
  versions?: unknown[];
  documents?: unknown[];
}

/** Accepts the grouping result as `{name|app, versions|documents: (id | {documentId|id, date})[]}`. */
function toGroupWrites(groups: unknown, inputs: GroupInput[]): AppGroupWrite[] {
  const byId = new Map(inputs.map((i) => [i.documentId, i]));
  const date = (i: GroupInput | undefined) => i?.dates.effective ?? i?.dates.updated ?? i?.dates.published ?? null;
  return (groups as GroupLike[]).map((g) => ({
    name: String(g.name ?? g.app ?? ''),
    versions: (g.versions ?? g.documents ?? []).map((v) => {
      const rec = (typeof v === 'object' && v !== null ? v : {}) as { documentId?: number; id?: number; date?: string | null };
      const documentId = typeof v === 'number' ? v : (rec.documentId ?? rec.id)!;
      return { documentId, date: rec.date ?? date(byId.get(documentId)) };
    }),
  }));
}

export const defaultPipeline: IndexPipeline = {
  get analyzerVersion() {
    const mod = stages['../analyze/index.ts'];
    return typeof mod?.ANALYZER_VERSION === 'string' ? mod.ANALYZER_VERSION : 'unavailable';
  },
  async walk(root) {
    const walked = (await stageFunction<(r: string) => unknown>('ingest', 'walkFolder')(root)) as {
      files: { path: string }[];
      problems: { path: string; error: string }[];
    };
    return { files: walked.files.map((f) => f.path), problems: walked.problems };
  },
  async ingest(path, bytes) {
    if (!bytes) return (await stageFunction<(p: string) => unknown>('ingest', 'ingestFile')(path)) as IngestedDocument;
    return (await stageFunction<(b: Uint8Array, p: string) => unknown>('ingest', 'ingestBuffer')(bytes, path)) as IngestedDocument;
  },
  analyze(doc) {
    return stageFunction<(d: IngestedDocument) => DocumentAnalysis>('analyze', 'analyzeDocument')(doc);
  },
  group(inputs) {
    return toGroupWrites(stageFunction<(e: GroupInput[]) => unknown>('analyze', 'groupAppVersions')(inputs), inputs);
  },
};
