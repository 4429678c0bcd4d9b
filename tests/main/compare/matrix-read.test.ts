import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/main/compare';
import { LibraryStore, type LibraryReader } from '../../../src/main/store';
import { SEEDS, corpus, hasShared, seed } from '../../helpers/paths';
import { documentFromFile } from '../store/fixtures';

// The matrix reads all documents at once through getDocumentDetails; a reader without it is read
// document by document. Both must give the same matrix on real, stored policies.
describe.skipIf(!hasShared)('matrix over a stored library', () => {
  let dir: string;
  let store: LibraryStore;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-matrix-read-'));
    store = LibraryStore.open(join(dir, 'library.db'));
    const files = [seed(0), seed(1), seed(2), seed(3), seed(4),
      corpus('zh_policy_versions', 'ucloud_app_privacy', 'ucloud_app_privacy__2024-09-20.md'),
      corpus('zh_policy_versions', 'ucloud_app_privacy', 'ucloud_app_privacy__2025-11-27.md')];
    const folderId = store.ensureFolder(SEEDS);
    const ids = store.transaction(() => files.map((f) => store.writeIndexedDocument(documentFromFile(f, folderId))));
    store.replaceAppGroups([
      ...ids.slice(0, 5).map((id, n) => ({ name: `seed${n}`, versions: [{ documentId: id, date: null }] })),
      { name: 'ucloud', versions: ids.slice(5).map((documentId) => ({ documentId, date: null })) },
    ]);
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
    expect(m.apps.some((r) => Object.values(r.cells).some((c) => c.status === 'present' && c.excerpt.length > 0))).toBe(true);
    expect(m).toEqual(buildMatrix(perDocument(), {}));
    const ucloud = store.listApps().find((a) => a.name === 'ucloud')!;
    const query = { versions: { [ucloud.id]: ucloud.versions[0] } };
    const picked = buildMatrix(store, query);
    expect(picked.apps.find((r) => r.app === 'ucloud')!.version).toBe(1);
    expect(picked).toEqual(buildMatrix(perDocument(), query));
  });
});
