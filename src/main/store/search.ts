// Full-text search: FTS5 finds and ranks documents (bm25); the snippet, hit count and section
// come from the stored normalised text, matched with the same token rules.
import type Database from 'better-sqlite3';
import type { SearchHit } from '../../shared/types';
import { bytesToText } from './mappers';
import { parseQuery } from './searchQuery';

const SNIPPET_BEFORE = 40;
const SNIPPET_AFTER = 80;
const MAX_LIMIT = 500;

interface Candidate {
  id: number;
  path: string;
  app: string | null;
  text: Buffer;
}

// Searching reads tens of MB of FTS doclists per query; mapping the file spares a copy of every
// page (~10% per search). Set on the first search only, so indexing connections (whose peak RSS
// would count every touched mapped page) are left as they are.
const SEARCH_MMAP_BYTES = 1 << 30;

export class SearchIndex {
  private readonly query;
  private readonly section;
  private mapped = false;

  constructor(private readonly db: Database.Database) {
    this.query = db.prepare<[string, number], Candidate>(`
      SELECT d.id, d.path, d.app, CAST(t.text AS BLOB) AS text
      FROM (SELECT rowid, bm25(search_index) AS score FROM search_index WHERE search_index MATCH ? ORDER BY score LIMIT ?) s
      JOIN documents d ON d.id = s.rowid JOIN texts t ON t.document_id = d.id
      ORDER BY s.score`);
    this.section = db.prepare<[number, number, number], { heading: string }>(`
      SELECT heading FROM sections WHERE document_id = ? AND nstart <= ? AND nend > ?
      ORDER BY level DESC, nstart DESC LIMIT 1`);
  }

  /** One hit per document, best first. Any string is accepted; nothing searchable → []. */
  search(query: string, limit: number): SearchHit[] {
    const parsed = typeof query === 'string' ? parseQuery(query) : null;
    const n = Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit))) : 50;
    if (!parsed) return [];
    if (!this.mapped) {
      this.db.pragma(`mmap_size = ${SEARCH_MMAP_BYTES}`);
      this.mapped = true;
    }
    return this.query.all(parsed.match, n).map((c) => this.toHit(c, parsed.pattern));
  }

  private toHit(candidate: Candidate, pattern: RegExp): SearchHit {
    const c = { ...candidate, text: bytesToText(candidate.text) };
    const matches = [...c.text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    // The tokenizer may see a phrase the regex does not (diacritics); fall back to the document start.
    const best = bestMatch(matches) ?? { start: 0, end: 0 };
    const from = Math.max(0, best.start - SNIPPET_BEFORE);
    const to = Math.min(c.text.length, best.end + SNIPPET_AFTER);
    const snippet = c.text.slice(from, to).replace(/[\r\n\t]/g, ' ');
    return {
      documentId: c.id,
      path: c.path,
      app: c.app,
      section: this.section.get(c.id, best.start, best.start)?.heading ?? null,
      snippet,
      markStart: best.start - from,
      markEnd: best.end - from,
      start: best.start,
      end: best.end,
      hits: Math.max(1, matches.length),
    };
  }
}

/** The match whose neighbourhood holds the most other matches (the densest passage); ties → earliest. */
function bestMatch(matches: { start: number; end: number }[]): { start: number; end: number } | undefined {
  let best = matches[0];
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < matches.length; i++) {
    while (matches[j].start < matches[i].start - SNIPPET_BEFORE) j++;
    let k = i;
    while (k + 1 < matches.length && matches[k + 1].end <= matches[i].end + SNIPPET_AFTER) k++;
    if (k - j + 1 > bestCount) {
      bestCount = k - j + 1;
      best = matches[i];
    }
  }
  return best;
}
