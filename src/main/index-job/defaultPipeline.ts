// Binds indexing to the real ingest and analyze stages.
import { analyzeDocument, ANALYZER_VERSION, groupAppVersions } from '../analyze';
import { ingestBuffer, ingestFile, walkFolder } from '../ingest';
import type { IndexPipeline } from './pipeline';
import { findWorkerEntry } from './preparePool';

export const defaultPipeline: IndexPipeline = {
  analyzerVersion: ANALYZER_VERSION,
  async walk(root) {
    const walked = await walkFolder(root);
    return { files: walked.files.map((f) => f.path), problems: walked.problems };
  },
  ingest(path, bytes) {
    return bytes ? ingestBuffer(bytes, path) : ingestFile(path);
  },
  analyze: analyzeDocument,
  workerEntry: findWorkerEntry(),
  group(inputs) {
    const byId = new Map(inputs.map((i) => [i.documentId, i]));
    const versionDate = (id: number) => {
      const d = byId.get(id)?.dates;
      return d?.effective ?? d?.updated ?? d?.published ?? null;
    };
    const groups = groupAppVersions(inputs.map((i) => ({ id: i.documentId, app: i.app, operator: i.operator, path: i.path, dates: i.dates })));
    return groups.map((g) => ({ name: g.name, versions: g.members.map((id) => ({ documentId: id, date: versionDate(id) })) }));
  },
};
