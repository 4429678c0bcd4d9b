// The API contract (shared/api.ts) over the store, the job manager, search and compare. Native
// dialogs and shell calls belong to the Electron shell and are not here.
import { statSync } from 'node:fs';
import type { CorrectionInput, MatrixQuery, PolicyLensApi, Settings } from '../../shared/api';
import { TOPIC_IDS, type TopicId } from '../../shared/taxonomy';
import { EXPORT_SHEETS, FACT_KINDS, type Correction, type IndexProgress } from '../../shared/types';
import {
  buildChecklists, buildHistory, buildMatrix, compareTopic, diffStoredVersions, exportComparison,
} from '../compare';
import { LibraryDatabaseError } from '../store';
import type { Services } from './services';
import {
  MAX_QUERY_CHARS, UserError, expectAbsolutePath, expectArray, expectId, expectInt, expectObject, expectOneOf, expectString,
} from './validate';

export type ApiHandlers = Omit<PolicyLensApi, 'chooseFolder' | 'chooseExportTarget' | 'openExternal' | 'showInFolder'>;

const DEFAULT_SETTINGS: Settings = { language: null, recentFolders: [] };
const MAX_RECENT = 10;
const CORRECTION_KINDS: readonly Correction['kind'][] = ['topic_add', 'topic_remove', 'fact_wrong'];

export function createApiHandlers(services: Services): ApiHandlers {
  const { store, jobs } = services;

  const documentExists = (value: unknown, what = 'document id'): number => {
    const id = expectId(value, what);
    if (!store.getDocumentSummary(id)) throw new UserError(`document ${id} does not exist`);
    return id;
  };
  const job = (value: unknown, found: IndexProgress | null): IndexProgress => {
    if (!found) throw new UserError(`index job ${value} does not exist`);
    return found;
  };
  const settings = (): Settings => ({
    language: store.getSetting<Settings['language']>('language') ?? DEFAULT_SETTINGS.language,
    recentFolders: store.getSetting<string[]>('recentFolders') ?? DEFAULT_SETTINGS.recentFolders,
  });

  const handlers: ApiHandlers = {
    async indexFolder(folder) {
      const path = expectAbsolutePath(folder, 'folder');
      const info = (() => {
        try {
          return statSync(path);
        } catch {
          return null;
        }
      })();
      if (!info) throw new UserError(`folder not found: ${path}`);
      if (!info.isDirectory()) throw new UserError(`not a folder: ${path}`);
      store.putSetting('recentFolders', [path, ...settings().recentFolders.filter((f) => f !== path)].slice(0, MAX_RECENT));
      return jobs.start(path);
    },
    async indexProgress(jobId) {
      return job(jobId, jobs.progress(expectId(jobId, 'job id')));
    },
    async cancelIndex(jobId) {
      return job(jobId, jobs.cancel(expectId(jobId, 'job id')));
    },
    async getLibrary() {
      return { folders: store.listFolders(), documents: store.listDocuments(), apps: store.listApps() };
    },
    async getDocument(documentId) {
      const id = documentExists(documentId);
      return store.getDocumentDetail(id)!;
    },
    async getMatrix(query) {
      const q = expectObject(query ?? {}, 'matrix query');
      const versions: Record<number, number> = {};
      if (q.versions !== undefined) {
        const entries = Object.entries(expectObject(q.versions, 'versions'));
        if (entries.length > 10_000) throw new UserError('versions has too many entries');
        for (const [appId, documentId] of entries) {
          versions[expectId(Number(appId), 'app id')] = documentExists(documentId);
        }
      }
      return buildMatrix(store, { versions } satisfies MatrixQuery);
    },
    async compareTopic(topic, documentIds) {
      const t = expectOneOf<TopicId>(topic, TOPIC_IDS, 'topic');
      const ids = expectArray(documentIds, 'document ids', 50).map((id) => documentExists(id));
      if (ids.length === 0) throw new UserError('choose at least one document to compare');
      return compareTopic(store, t, ids);
    },
    async getHistory(appId) {
      const id = expectId(appId, 'app id');
      if (!store.listApps().some((a) => a.id === id)) throw new UserError(`app ${id} does not exist`);
      return buildHistory(store, id);
    },
    async diffVersions(oldDocumentId, newDocumentId) {
      return diffStoredVersions(store, documentExists(oldDocumentId, 'old document id'), documentExists(newDocumentId, 'new document id'));
    },
    async search(query, limit) {
      const q = expectString(query, 'search text', MAX_QUERY_CHARS);
      return store.search(q, expectInt(limit, 'limit', 1, 500));
    },
    async getChecklist() {
      return buildChecklists(store);
    },
    async exportWorkbook(request) {
      const r = expectObject(request, 'export request');
      const format = expectOneOf(r.format, ['xlsx', 'csv'] as const, 'format');
      const out = expectAbsolutePath(r.out, 'export target');
      const known = new Set(store.listApps().map((a) => a.id));
      const apps = expectArray(r.apps ?? [], 'apps', 10_000).map((a) => {
        const id = expectId(a, 'app id');
        if (!known.has(id)) throw new UserError(`app ${id} does not exist`);
        return id;
      });
      const sheets = expectArray(r.sheets ?? [], 'sheets', EXPORT_SHEETS.length * 2).map((s) => expectOneOf(s, EXPORT_SHEETS, 'sheet'));
      if (sheets.length === 0) throw new UserError('choose at least one sheet to export');
      return exportComparison(store, { out, format, apps, sheets: [...new Set(sheets)] });
    },
    async listCorrections() {
      return store.listCorrections();
    },
    async addCorrection(input) {
      const c = expectObject(input, 'correction') as Partial<Record<keyof CorrectionInput, unknown>>;
      const documentId = documentExists(c.documentId);
      const sectionId = expectInt(c.sectionId, 'section id', 0, 1_000_000);
      const sectionKey = store.sectionKey(documentId, sectionId);
      if (!sectionKey) throw new UserError(`document ${documentId} has no section ${sectionId}`);
      const kind = expectOneOf(c.kind, CORRECTION_KINDS, 'correction kind');
      if (kind === 'fact_wrong') {
        const factKind = expectOneOf(c.factKind, FACT_KINDS, 'fact kind');
        const factValue = c.factValue == null ? null : expectString(c.factValue, 'fact value', 2000);
        return store.addCorrection({ sectionKey, kind, topic: null, factKind, factValue });
      }
      const topic = expectOneOf<TopicId>(c.topic, TOPIC_IDS, 'topic');
      return store.addCorrection({ sectionKey, kind, topic, factKind: null, factValue: null });
    },
    async removeCorrection(correctionId) {
      const id = expectId(correctionId, 'correction id');
      if (!store.removeCorrection(id)) throw new UserError(`correction ${id} does not exist`);
    },
    async getSettings() {
      return settings();
    },
    async setSettings(patch) {
      const p = expectObject(patch, 'settings');
      for (const key of Object.keys(p)) {
        if (key !== 'language' && key !== 'recentFolders') throw new UserError(`unknown setting "${key.slice(0, 40)}"`);
      }
      if (p.language !== undefined) store.putSetting('language', expectOneOf(p.language, ['zh', 'en'] as const, 'language'));
      if (p.recentFolders !== undefined) {
        const folders = expectArray(p.recentFolders, 'recent folders', MAX_RECENT).map((f) => expectAbsolutePath(f, 'recent folder'));
        store.putSetting('recentFolders', folders);
      }
      return settings();
    },
  };
  return withStoreErrors(handlers);
}

/** A full disk or damaged library is something the user can act on: report it as a user error. */
function withStoreErrors(handlers: ApiHandlers): ApiHandlers {
  const wrapped = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const [name, fn] of Object.entries(handlers) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[name] = async (...args) => {
      try {
        return await fn(...args);
      } catch (error) {
        if (error instanceof LibraryDatabaseError) throw new UserError(error.message);
        throw error;
      }
    };
  }
  return wrapped as unknown as ApiHandlers;
}
