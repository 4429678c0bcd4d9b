// The topics × apps matrix: one row per app (latest version unless the query picks one).
import type { MatrixQuery } from '../../shared/api';
import type { DocumentDetail, FactColumns, Matrix, MatrixRow } from '../../shared/types';
import { TOPICS } from '../../shared/taxonomy';
import type { LibraryReader } from '../store/reader';
import { buildCells, correctedTopics, groupCorrections } from './cells';
import { factValues, formatResponseTime } from './fact-format';
import { diffFacts } from './fact-changes';
import type { ResponseTime } from '../../shared/types';

const join = (values: string[]): string | null => (values.length > 0 ? values.join('; ') : null);

export function factColumns(detail: DocumentDetail): FactColumns {
  const facts = detail.facts;
  const times = facts.filter((f) => f.kind === 'response_time').map((f) => f.value as ResponseTime);
  const ages = facts.filter((f) => f.kind === 'minor_age').map((f) => Number(f.value));
  const shortest = times.length > 0 ? times.reduce((a, b) => (b.days < a.days ? b : a)) : null;
  return {
    storage_location: join(factValues(facts, 'storage_location')),
    cross_border: join(factValues(facts, 'cross_border')),
    response_time: shortest ? formatResponseTime(shortest) : null,
    response_days: shortest ? shortest.days : null,
    email: join(factValues(facts, 'email')),
    phone: join(factValues(facts, 'phone')),
    operator: join(factValues(facts, 'operator')) ?? (detail.operator.length > 0 ? detail.operator.join('; ') : null),
    effective_date: detail.dates.effective ?? factValues(facts, 'effective_date')[0] ?? null,
    minor_age: ages.length > 0 ? Math.max(...ages) : null,
    retention: join(factValues(facts, 'retention')),
  };
}

export function buildMatrix(reader: LibraryReader, query: MatrixQuery): Matrix {
  const corrections = groupCorrections(reader.listCorrections());
  const rows: MatrixRow[] = [];
  const apps = reader.listApps();
  const chosen = apps.map((app) => {
    const picked = query.versions?.[app.id];
    return picked !== undefined && app.versions.includes(picked) ? picked : app.latest;
  });
  // The version before each chosen one, for "what changed in this version" (only multi-version apps pay).
  const positions = apps.map((app, i) => app.versions.indexOf(chosen[i]));
  const previous = apps.map((app, i) => (positions[i] > 0 ? app.versions[positions[i] - 1] : null));
  const details = reader.getDocumentDetails?.([...chosen, ...previous.filter((id): id is number => id !== null)]);
  const detailOf = (id: number) => (details ? details.get(id) : reader.getDocumentDetail(id) ?? undefined);
  for (const [i, app] of apps.entries()) {
    const documentId = chosen[i];
    const detail = detailOf(documentId);
    if (!detail) continue;
    const before = previous[i] === null ? undefined : detailOf(previous[i]!);
    rows.push({
      app: app.name,
      appId: app.id,
      document: documentId,
      version: positions[i] + 1,
      versionCount: app.versions.length,
      path: detail.summary.path,
      cells: buildCells(detail, correctedTopics(detail, corrections)),
      facts: factColumns(detail),
      changes: before ? diffFacts(before.facts, before.dates, detail.facts, detail.dates) : null,
    });
  }
  return { topics: TOPICS.map((t) => ({ id: t.id, zh: t.zh, en: t.en })), apps: rows };
}
