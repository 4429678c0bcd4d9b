// Everything indexing does to one file before it touches the database: read, hash, ingest,
// analyze, fingerprint and derive the stored columns. Pure CPU and file reads, so it runs in
// worker threads while the indexing thread only writes (see preparePool.ts).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fingerprintClauses } from '../analyze/clauses';
import { prepareDocumentWrite, type PreparedDocumentWrite } from '../store';
import type { IndexPipeline } from './pipeline';

export interface PrepareTask {
  path: string;
  folderId: number;
  size: number;
  mtimeMs: number;
  /** Content hash of the stored copy when it was analysed by the current analyzer; equal → unchanged. */
  currentHash: string | null;
}

export interface BaseState {
  size: number;
  mtimeMs: number;
  contentHash: string;
}

export type PrepareResult =
  | { kind: 'ok'; doc: PreparedDocumentWrite }
  | { kind: 'unchanged' }
  | { kind: 'failed'; error: string; base: BaseState };

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

export async function prepareFile(pipeline: IndexPipeline, task: PrepareTask): Promise<PrepareResult> {
  const { path, folderId, size, mtimeMs } = task;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { kind: 'failed', error: `cannot read file: ${errorMessage(error)}`, base: { size, mtimeMs, contentHash: '' } };
  }
  const base = { size, mtimeMs, contentHash: createHash('sha256').update(bytes).digest('hex') };
  if (task.currentHash === base.contentHash) return { kind: 'unchanged' };
  try {
    const ingested = await pipeline.ingest(path, bytes);
    const analysis = pipeline.analyze(ingested);
    return {
      kind: 'ok',
      doc: prepareDocumentWrite({ ...base, path, folderId, format: ingested.format, encoding: ingested.encoding,
        text: ingested.text, offsets: ingested.offsets, analysis, fingerprints: fingerprintClauses(ingested.text) }),
    };
  } catch (error) {
    return { kind: 'failed', error: errorMessage(error), base };
  }
}
