// A pipeline over real files that stands in for ingest/analyze, so these tests exercise the
// indexing logic (skip, hash, remove, failures, cancel) independently of analysis quality.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexPipeline } from '../../../src/main/index-job/pipeline';
import { IngestError, type IngestedDocument } from '../../../src/main/ingest/types';
import { documentFromFile } from '../store/fixtures';

export function fixturePipeline(version = 'test-1', log: string[] = []): IndexPipeline {
  return {
    analyzerVersion: version,
    async walk(root) {
      const files = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() || e.isFIFO())
        .map((e) => join(e.parentPath, e.name));
      return { files, problems: [] };
    },
    async ingest(path) {
      log.push(path);
      if (!/\.(txt|md)$/.test(path)) throw new IngestError(`unsupported file type: ${path}`);
      const d = documentFromFile(path, 0);
      if (d.text.trim().length === 0) throw new IngestError('the file is empty');
      return { path, format: d.format, encoding: 'utf-8', source: d.text, text: d.text, offsets: d.offsets, headingHints: [] } satisfies IngestedDocument;
    },
    analyze(doc) {
      return { ...documentFromFile(doc.path, 0).analysis, analyzerVersion: version };
    },
    group(inputs) {
      const byApp = new Map<string, { documentId: number; date: string | null }[]>();
      for (const i of inputs) {
        const name = (i.app ?? '').replace(/__.*$/, '');
        byApp.set(name, [...(byApp.get(name) ?? []), { documentId: i.documentId, date: i.path }]);
      }
      return [...byApp].map(([name, versions]) => ({ name, versions: versions.sort((a, b) => a.date!.localeCompare(b.date!)) }));
    },
  };
}
