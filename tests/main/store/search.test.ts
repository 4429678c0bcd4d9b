import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/main/store';
import { corpus } from '../../helpers/paths';
import { documentFromFile } from './fixtures';

// Real corpus: the first 60 CA4P policies (zh) and 10 MAPP English policies.
const ZH = corpus('ca4p483', 'txt');
const EN = corpus('mapp_en', 'English_sanitized_policies');
let dir: string;
let store: LibraryStore;
const texts = new Map<string, string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-search-'));
  store = LibraryStore.open(join(dir, 'library.db'));
  for (const folder of [ZH, EN]) {
    const folderId = store.ensureFolder(folder);
    const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().slice(0, folder === ZH ? 60 : 10);
    store.transaction(() => {
      for (const f of files) {
        const doc = documentFromFile(join(folder, f), folderId);
        texts.set(doc.path, doc.text);
        store.writeIndexedDocument(doc);
      }
    });
  }
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const containing = (needle: string) => [...texts.entries()].filter(([, t]) => t.includes(needle)).map(([p]) => p).sort();

describe('search', () => {
  it.each(['境内', '注销', '个人信息', '未成年人个人信息保护', '我们会在十五个工作日内回复'])(
    'finds exactly the documents containing %s, with the match marked', (q) => {
      const expected = containing(q);
      const hits = store.search(q, 500);
      // Separators between characters also match (the tokenizer skips them), so ≥ the literal set.
      expect(hits.map((h) => h.path).filter((p) => expected.includes(p)).sort()).toEqual(expected);
      for (const h of hits) {
        expect(h.snippet.slice(h.markStart, h.markEnd).replace(/[^\p{L}\p{N}]/gu, '')).toBe(q);
        expect(texts.get(h.path)!.slice(h.start, h.end).replace(/[^\p{L}\p{N}]/gu, '')).toBe(q);
        expect(h.hits).toBeGreaterThanOrEqual(1);
      }
    });

  it('counts every occurrence and ranks with bm25 (one hit per document)', () => {
    const hits = store.search('注销', 500);
    expect(new Set(hits.map((h) => h.documentId)).size).toBe(hits.length);
    const top = hits[0];
    expect(top.hits).toBe(texts.get(top.path)!.split('注销').length - 1);
  });

  it('returns the heading of the section holding the match when known', () => {
    const hits = store.search('个人信息', 100);
    expect(hits.some((h) => h.section !== null)).toBe(true);
    for (const h of hits.filter((x) => x.section)) expect(texts.get(h.path)!.includes(h.section!)).toBe(true);
  });

  it('treats FTS syntax as literal text and never throws', () => {
    for (const q of ['"', '"境内', 'AND', 'a AND (b', '(', '*', 'NEAR(x y)', 'col:term', '\0', '\0境内\0', '-', '^x',
      'x'.repeat(10_000), '境'.repeat(10_000), '', '   ', '"""', 'OR NOT']) {
      expect(() => store.search(q, 10)).not.toThrow();
    }
    expect(store.search('"境内"', 500).length).toBe(store.search('境内', 500).length);
    expect(store.search('(注销 AND', 10).every((h) => /and/i.test(texts.get(h.path)!))).toBe(true);
    expect(store.search('***', 10)).toEqual([]);
  });

  it('matches English case-insensitively as whole words', () => {
    const hits = store.search('Personal Information', 50);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.snippet.slice(h.markStart, h.markEnd).toLowerCase().replace(/\s+/g, ' ')).toBe('personal information');
    expect(store.search('informatio', 50)).toEqual([]);
  });

  it('honours the limit', () => {
    expect(store.search('个人信息', 3)).toHaveLength(3);
  });
});
