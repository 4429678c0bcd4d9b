import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore, LATEST_VERSION, sectionContentKey } from '../../../src/main/store';
import { SEEDS, seed } from '../../helpers/paths';
import { documentFromFile } from './fixtures';

let dir: string;
let store: LibraryStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-store-'));
  store = LibraryStore.open(join(dir, 'library.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('LibraryStore', () => {
  it('creates a fresh database at the latest schema in WAL mode', () => {
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.listDocuments()).toEqual([]);
  });

  it('round-trips a document: summary, text, offsets, sections, facts, mentions', () => {
    const folderId = store.ensureFolder(SEEDS);
    const input = documentFromFile(seed(0), folderId);
    const id = store.writeIndexedDocument(input);
    const detail = store.getDocumentDetail(id)!;
    expect(detail.text).toBe(input.text);
    expect(detail.sections).toEqual(input.analysis.sections);
    expect(detail.facts).toEqual(input.analysis.facts);
    expect(detail.mentions).toEqual(input.analysis.mentions);
    expect(detail.operator).toEqual(['某某科技有限公司']);
    expect(detail.dates).toEqual({ published: '2021-01-01', effective: '2021-02', updated: null });
    expect(detail.summary).toMatchObject({ path: seed(0), folder: SEEDS, status: 'ok', format: 'txt', language: 'zh' });
    expect(Array.from(store.getOffsets(id)!)).toEqual(Array.from(input.offsets));
    expect(store.documentCount()).toBe(1);
    expect(store.listFolders()).toEqual([SEEDS]);
    expect(store.getProvenance([id, 999])).toEqual([
      expect.objectContaining({ documentId: id, path: seed(0), contentHash: input.contentHash, analyzerVersion: 'test-1' }),
    ]);
  });

  it('reads many documents at once exactly as getDocumentDetail reads each, skipping unknown ids', () => {
    const folderId = store.ensureFolder(SEEDS);
    const ids = ([0, 1, 2, 3, 4] as const).map((n) => store.writeIndexedDocument(documentFromFile(seed(n), folderId)));
    const details = store.getDocumentDetails([...ids, 9999, ids[0]]);
    expect([...details.keys()].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    for (const id of ids) expect(details.get(id)).toEqual(store.getDocumentDetail(id));
    expect(store.getDocumentDetails([]).size).toBe(0);
  });

  it('re-writing a path replaces its rows and keeps its id', () => {
    const folderId = store.ensureFolder(SEEDS);
    const first = store.writeIndexedDocument(documentFromFile(seed(1), folderId));
    const changed = documentFromFile(seed(1), folderId);
    changed.analysis.facts = [];
    changed.fingerprints = changed.fingerprints.slice(0, 3);
    expect(store.writeIndexedDocument(changed)).toBe(first);
    expect(store.getDocumentDetail(first)!.facts).toEqual([]);
    expect(store.listDocuments()).toHaveLength(1);
  });

  it('writes a document atomically: a failure mid-write leaves no trace of it', () => {
    const folderId = store.ensureFolder(SEEDS);
    const ok = store.writeIndexedDocument(documentFromFile(seed(2), folderId));
    const bad = documentFromFile(seed(3), folderId);
    // Sections are written after the document row and text: a NULL heading fails mid-transaction.
    (bad.analysis.sections[1] as { heading: unknown }).heading = null;
    expect(() => store.writeIndexedDocument(bad)).toThrow(/NOT NULL/);
    expect(store.listDocuments().map((d) => d.id)).toEqual([ok]);
    expect(store.search('个人信息', 10).map((h) => h.documentId)).toEqual([ok]);
  });

  it('counts documents per clause fingerprint across documents', () => {
    const folderId = store.ensureFolder(SEEDS);
    const docs = [0, 1, 2, 3, 4].map((n) => documentFromFile(seed(n as 0), folderId));
    for (const d of docs) store.writeIndexedDocument(d);
    const all = docs.flatMap((d) => d.fingerprints);
    const counts = store.countDocumentsWithFingerprints(all);
    for (const fp of docs[0].fingerprints) expect(counts.get(fp)).toBe(docs.filter((d) => d.fingerprints.includes(fp)).length);
    expect(Math.max(...counts.values())).toBeGreaterThan(1);
  });

  it('stores failed documents and removes documents with everything they own', () => {
    const folderId = store.ensureFolder(SEEDS);
    const id = store.writeIndexedDocument(documentFromFile(seed(4), folderId));
    const failed = store.writeFailedDocument({
      path: join(SEEDS, 'broken.pdf'), folderId, size: 3, mtimeMs: 1, contentHash: 'x', format: 'pdf',
      error: 'not a PDF: no %PDF header', analyzerVersion: 'test-1',
    });
    expect(store.getDocumentSummary(failed)).toMatchObject({ status: 'failed', error: 'not a PDF: no %PDF header' });
    expect(store.documentCount()).toBe(1);
    store.removeDocuments([id, failed]);
    expect(store.listDocuments()).toEqual([]);
    expect(store.search('个人信息', 10)).toEqual([]);
    expect(store.getDocumentDetail(id)).toBeNull();
  });

  it('groups apps and keeps app ids by name across regrouping', () => {
    const folderId = store.ensureFolder(SEEDS);
    const [a, b, c] = [0, 1, 2].map((n) => store.writeIndexedDocument(documentFromFile(seed(n as 0), folderId)));
    store.replaceAppGroups([{ name: 'Alpha', versions: [{ documentId: b, date: '2020-01-01' }, { documentId: a, date: '2021-01-01' }] },
      { name: 'Beta', versions: [{ documentId: c, date: null }] }]);
    const apps = store.listApps();
    expect(apps.map((x) => [x.name, x.versions, x.latest])).toEqual([['Alpha', [b, a], a], ['Beta', [c], c]]);
    expect(store.getDocumentSummary(a)).toMatchObject({ appId: apps[0].id, version: 2, versionDate: '2021-01-01' });
    store.replaceAppGroups([{ name: 'Alpha', versions: [{ documentId: a, date: null }] }]);
    expect(store.listApps()).toEqual([{ id: apps[0].id, name: 'Alpha', versions: [a], latest: a }]);
    expect(store.getDocumentSummary(c)!.appId).toBeNull();
  });

  it('reports the app grouping stale until it covers exactly the indexed documents without version gaps', () => {
    const folderId = store.ensureFolder(SEEDS);
    expect(store.appGroupsStale()).toBe(false);
    const [a, b] = [0, 1].map((n) => store.writeIndexedDocument(documentFromFile(seed(n as 0), folderId)));
    expect(store.appGroupsStale()).toBe(true); // written, not grouped yet (a run killed before regrouping)
    store.replaceAppGroups([{ name: 'Alpha', versions: [{ documentId: a, date: null }, { documentId: b, date: null }] }]);
    expect(store.appGroupsStale()).toBe(false);
    store.removeDocuments([a]); // version 1 gone, version 2 left: a gap
    expect(store.appGroupsStale()).toBe(true);
    store.replaceAppGroups([{ name: 'Alpha', versions: [{ documentId: b, date: null }] }]);
    expect(store.appGroupsStale()).toBe(false);
  });

  it('keys corrections by section content, which survives re-indexing under a new id', () => {
    const folderId = store.ensureFolder(SEEDS);
    const input = documentFromFile(seed(0), folderId);
    const id = store.writeIndexedDocument(input);
    const key = store.sectionKey(id, 1)!;
    expect(key).toBe(sectionContentKey(input.text, input.analysis.sections[1]));
    const c = store.addCorrection({ sectionKey: key, kind: 'topic_add', topic: 'minors', factKind: null, factValue: null });
    store.removeDocuments([id]);
    store.writeIndexedDocument(input);
    expect(store.listCorrections()).toEqual([c]);
    expect(store.removeCorrection(c.id)).toBe(true);
    expect(store.removeCorrection(c.id)).toBe(false);
  });

  it('stores settings as JSON values', () => {
    expect(store.getSetting('language')).toBeUndefined();
    store.putSetting('recentFolders', ['/a', '/b']);
    expect(store.getSetting<string[]>('recentFolders')).toEqual(['/a', '/b']);
  });

  it('reports a full disk clearly and keeps earlier documents intact', () => {
    const folderId = store.ensureFolder(SEEDS);
    const first = store.writeIndexedDocument(documentFromFile(seed(0), folderId));
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.setMaxPageCount(pages + 2);
    expect(() => {
      for (const n of [1, 2, 3, 4]) store.writeIndexedDocument(documentFromFile(seed(n as 0), folderId));
    }).toThrow(/^disk is full/);
    expect(store.db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(store.getDocumentDetail(first)!.text.length).toBeGreaterThan(1000);
    for (const d of store.listDocuments()) expect(store.getDocumentDetail(d.id)!.text.length).toBeGreaterThan(0);
  });
});
