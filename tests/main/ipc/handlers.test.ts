import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, USER_ERROR_PREFIX } from '../../../src/shared/api';
import { createApiHandlers, createServices, registerIpcHandlers, type ApiHandlers, type Services } from '../../../src/main/ipc';
import { inProcessRunner } from '../../../src/main/index-job/jobs';
import { SEEDS, seed } from '../../helpers/paths';
import { fixturePipeline } from '../index-job/fixturePipeline';

let dir: string;
let services: Services;
let api: ApiHandlers;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pl-ipc-'));
  services = createServices({ dbPath: join(dir, 'library.db'), runner: inProcessRunner(fixturePipeline()) });
  api = createApiHandlers(services);
  const { jobId } = await api.indexFolder(SEEDS);
  await services.jobs.wait(jobId);
});
afterAll(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

const userError = (p: Promise<unknown>) => expect(p).rejects.toThrow(new RegExp(`^${USER_ERROR_PREFIX}`));

describe('api handlers', () => {
  it('indexes through the job manager and serves the library, documents and search', async () => {
    const lib = await api.getLibrary();
    expect(lib.folders).toEqual([SEEDS]);
    expect(lib.documents.map((d) => d.path)).toContain(seed(3));
    const doc = await api.getDocument(lib.documents[0].id);
    expect(doc.text.length).toBeGreaterThan(1000);
    const hits = await api.search('个人信息', 3);
    expect(hits).toHaveLength(3);
    expect((await api.getSettings()).recentFolders).toEqual([SEEDS]);
  });

  it('rejects bad arguments with user errors', async () => {
    await userError(api.getDocument(-1));
    await userError(api.getDocument(1.5));
    await userError(api.getDocument('1' as unknown as number));
    await userError(api.getDocument(99_999));
    await userError(api.indexFolder('relative/path'));
    await userError(api.indexFolder(join(dir, 'missing')));
    await userError(api.indexFolder(seed(0)));
    await userError(api.indexFolder('/x\0y'));
    await userError(api.indexFolder(`/${'a'.repeat(100_000)}`));
    await userError(api.indexProgress(12345));
    await userError(api.cancelIndex(0));
    await userError(api.search('境'.repeat(100_000), 10));
    await userError(api.search(42 as unknown as string, 10));
    await userError(api.search('境内', 0));
    await userError(api.compareTopic('nonsense' as never, [1]));
    await userError(api.compareTopic('rights', [99_999]));
    await userError(api.diffVersions(1, -3));
    await userError(api.getHistory(424242));
    await userError(api.removeCorrection(777));
    await userError(api.setSettings({ language: 'fr' as never }));
    await userError(api.setSettings({ evil: 1 } as never));
    await userError(api.exportWorkbook({ out: 'rel.xlsx', format: 'xlsx', apps: [], sheets: ['Matrix'] }));
    await userError(api.exportWorkbook({ out: '/tmp/x.xlsx', format: 'pdf' as never, apps: [], sheets: ['Matrix'] }));
    await userError(api.getMatrix({ versions: { 1: 99_999 } }));
  });

  it('stores corrections keyed by the section content and settings', async () => {
    const doc = (await api.getLibrary()).documents.find((d) => d.path === seed(0))!;
    await userError(api.addCorrection({ documentId: doc.id, sectionId: 10_000, kind: 'topic_add', topic: 'minors' }));
    await userError(api.addCorrection({ documentId: doc.id, sectionId: 0, kind: 'topic_add', topic: 'bogus' as never }));
    const c = await api.addCorrection({ documentId: doc.id, sectionId: 0, kind: 'topic_add', topic: 'minors' });
    expect(c).toMatchObject({ kind: 'topic_add', topic: 'minors', sectionKey: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(await api.listCorrections()).toEqual([c]);
    await api.removeCorrection(c.id);
    expect(await api.listCorrections()).toEqual([]);
    expect(await api.setSettings({ language: 'en' })).toEqual({ language: 'en', recentFolders: [SEEDS] });
  });

  it('registers one handler per channel it implements', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const names = registerIpcHandlers({ handle: (ch, fn) => void registered.set(ch, fn) }, api);
    expect(names).toHaveLength(Object.keys(channels).length - 4);
    expect(registered.has(channels.chooseFolder)).toBe(false);
    const hits = (await registered.get(channels.search)!({}, '注销', 2)) as unknown[];
    expect(hits).toHaveLength(2);
  });
});
