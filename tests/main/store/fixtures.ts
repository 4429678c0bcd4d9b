// Builds store inputs from real policy files without the ingest/analyze stages, so the store's
// tests exercise storage alone. Sections are the file's non-empty lines that look like headings.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IndexedDocumentWrite } from '../../../src/main/store';
import { fingerprintClauses } from '../../../src/main/analyze/clauses';
import type { DocumentAnalysis, Section } from '../../../src/shared/types';

export function documentFromFile(path: string, folderId: number): IndexedDocumentWrite {
  const bytes = readFileSync(path);
  const source = bytes.toString('utf8');
  const text = source.normalize('NFKC');
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = Math.min(i, source.length);
  const headings = [...text.matchAll(/^(?:[一二三四五六七八九十]+、|#+ ).*$/gm)];
  const sections: Section[] = headings.map((m, i) => {
    const nstart = m.index;
    const nend = i + 1 < headings.length ? headings[i + 1].index : text.length;
    return {
      id: i, parent: null, level: 1, number: null, heading: m[0], start: nstart, end: nend, nstart, nend,
      nbody: nstart + m[0].length, topics: i % 2 ? ['rights'] : ['collection', 'use'],
      // Both kinds of analyzer-made sections, so round trips cover the marker.
      ...(i === 0 ? { synthetic: 'preamble' as const } : i === 2 ? { synthetic: 'paragraph' as const } : {}),
    };
  });
  const analysis: DocumentAnalysis = {
    app: path.split('/').pop()!.replace(/\.\w+$/, ''),
    operator: ['某某科技有限公司'],
    language: 'zh',
    dates: { published: '2021-01-01', effective: '2021-02', updated: null },
    sections,
    facts: [
      { kind: 'email', value: 'privacy@example.com', start: 1, end: 5, nstart: 1, nend: 5, section: sections.length ? 0 : null },
      { kind: 'response_time', value: { days: 15, workdays: true }, start: 6, end: 9, nstart: 6, nend: 9, section: null },
    ],
    mentions: [{ topic: 'minors', start: 10, end: 20, nstart: 10, nend: 20, section: null }],
    analyzerVersion: 'test-1',
  };
  const st = statSync(path);
  return {
    path, folderId, size: st.size, mtimeMs: st.mtimeMs,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    format: path.endsWith('.md') ? 'md' : 'txt', encoding: 'utf-8', text, offsets, analysis,
    fingerprints: fingerprintClauses(text),
  };
}
