// Test-only stand-ins for window.api and small domain fixtures.
import { vi } from 'vitest';
import { API_METHODS, type PolicyLensApi } from '../../src/shared/api';
import { TOPICS, TOPIC_IDS, type TopicId } from '../../src/shared/taxonomy';
import type { FactColumns, Matrix, MatrixCell, MatrixRow } from '../../src/shared/types';

/** Every method is a vi.fn; unfaked ones reject so a test notices an unexpected call. */
export function installFakeApi(overrides: Partial<PolicyLensApi> = {}) {
  const api = {} as Record<string, ReturnType<typeof vi.fn>>;
  for (const method of API_METHODS) {
    const impl = overrides[method] as ((...args: unknown[]) => unknown) | undefined;
    api[method] = vi.fn(impl ?? (async () => Promise.reject(new Error(`${method} not faked`))));
  }
  window.api = api as unknown as PolicyLensApi;
  return api as unknown as { [K in keyof PolicyLensApi]: ReturnType<typeof vi.fn> & PolicyLensApi[K] };
}

const EMPTY_FACTS: FactColumns = {
  storage_location: null, cross_border: null, response_time: null, response_days: null, email: null, phone: null,
  operator: null, effective_date: null, minor_age: null, retention: null,
};

export function cell(status: MatrixCell['status'], heading = ''): MatrixCell {
  return {
    status,
    sections: status === 'present' ? [{ section: 1, heading, start: 0, end: 10, nstart: 0, nend: 10 }] : [],
    facts: [],
    excerpt: '',
    mentions: [],
  };
}

export function row(appId: number, app: string, present: TopicId[], facts: Partial<FactColumns> = {}): MatrixRow {
  const cells = Object.fromEntries(TOPIC_IDS.map((id) => [id, cell(present.includes(id) ? 'present' : 'absent', id)])) as Record<TopicId, MatrixCell>;
  return { app, appId, document: appId * 10, version: 1, versionCount: 1, path: `/p/${app}.txt`, cells, facts: { ...EMPTY_FACTS, ...facts }, changes: null };
}

export function matrixOf(rows: MatrixRow[]): Matrix {
  return { topics: TOPICS.map((t) => ({ id: t.id, zh: t.zh, en: t.en })), apps: rows };
}
