import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/main/compare';
import { LibraryStore, type LibraryReader } from '../../../src/main/store';
import { defaultPipeline } from '../../../src/main/index-job/defaultPipeline';
import { indexFolder } from '../../../src/main/index-job/indexFolder';
import { corpus, hasShared, seed } from '../../helpers/paths';

// The matrix reads most documents as outlines (only the sections a cell lists), documents that
// corrections touch through getDocumentDetails; a reader without either is read document by
// document. All must give the same matrix on real policies indexed by the real pipeline.
describe.skipIf(!hasShared)('matrix over a stored library', () => {
  let dir: string;
  let store: LibraryStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-matrix-read-'));
    const folder = join(dir, 'policies');
    mkdirSync(folder);
    const ucloud = corpus('zh_policy_versions', 'ucloud_app_privacy');
    for (const f of [seed(0), seed(1), seed(2), seed(3), seed(4)]) copyFileSync(f, join(folder, basename(f)));
    for (const n of ['ucloud_app_privacy__2024-09-20.md', 'ucloud_app_privacy__2025-11-27.md']) copyFileSync(join(ucloud, n), join(folder, n));
    store = LibraryStore.open(join(dir, 'library.db'));
    const summary = await indexFolder(store, folder, { pipeline: defaultPipeline });
    expect(summary.failed).toEqual([]);
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const perDocument = (): LibraryReader => ({
    listFolders: () => store.listFolders(),
    listDocuments: () => store.listDocuments(),
    listApps: () => store.listApps(),
    getDocumentDetail: (id) => store.getDocumentDetail(id),
    documentCount: () => store.documentCount(),
    countDocumentsWithFingerprints: (fps) => store.countDocumentsWithFingerprints(fps),
    listCorrections: () => store.listCorrections(),
    getProvenance: (ids) => store.getProvenance(ids),
  });

  it('is identical whether documents are read at once or one by one, for latest and picked versions', () => {
    const m = buildMatrix(store, {});
    expect(m.apps).toHaveLength(6);
    // Real trees nest topics: the outline read must skip sections without dropping a cell's sections.
    expect(m.apps.some((r) => r.cells.collection.sections.length > 1)).toBe(true);
    // and keep the sentences of mentioned topics (stored with the outline, not cut from the text)
    expect(m.apps.some((r) => Object.values(r.cells).some((c) => c.status === 'mentioned' && c.mentions[0].text.length > 0))).toBe(true);
    expect(m.apps.some((r) => Object.values(r.cells).some((c) => c.status === 'present' && c.excerpt.length > 0))).toBe(true);
    expect(m).toEqual(buildMatrix(perDocument(), {}));
    const ucloud = store.listApps().find((a) => a.versions.length === 2)!;
    const query = { versions: { [ucloud.id]: ucloud.versions[0] } };
    const picked = buildMatrix(store, query);
    expect(picked.apps.find((r) => r.appId === ucloud.id)!.version).toBe(1);
    expect(picked).toEqual(buildMatrix(perDocument(), query));
  });

  it('applies topic corrections the same way when most documents are read as outlines', () => {
    const apps = store.listApps();
    const seed3 = store.getDocumentDetail(apps.find((a) => store.getDocumentDetail(a.latest)!.summary.path.endsWith(basename(seed(3))))!.latest)!;
    // Take cookies off the outermost cookie section and put minors on a section without it.
    const cookie = seed3.sections.find((s) => s.topics.includes('cookies'))!;
    const plain = seed3.sections.find((s) => s.topics.length > 0 && !s.topics.includes('minors') && s.id > cookie.id)!;
    const added = [
      store.addCorrection({ sectionKey: store.sectionKey(seed3.summary.id, cookie.id)!, kind: 'topic_remove', topic: 'cookies', factKind: null, factValue: null }),
      store.addCorrection({ sectionKey: store.sectionKey(seed3.summary.id, plain.id)!, kind: 'topic_add', topic: 'minors', factKind: null, factValue: null }),
    ];
    try {
      const m = buildMatrix(store, {});
      expect(m).toEqual(buildMatrix(perDocument(), {}));
      const row = m.apps.find((r) => r.document === seed3.summary.id)!;
      expect(row.cells.cookies.sections.map((s) => s.section)).not.toContain(cookie.id);
      expect(row.cells.minors.sections.map((s) => s.section)).toContain(plain.id);
    } finally {
      for (const c of added) store.removeCorrection(c.id);
    }
  });
});
