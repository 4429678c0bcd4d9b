// The topics × apps matrix: one row per app (latest version unless the query picks one).
import type { MatrixQuery } from '../../shared/api';
import type { DocumentDetail, FactColumns, Matrix, MatrixCell, MatrixRow, ResponseTime } from '../../shared/types';
import { TOPICS, type TopicId } from '../../shared/taxonomy';
import type { LibraryReader } from '../store/reader';
import { buildCells, cellsOf, correctedTopics, groupCorrections, type TopicCorrections } from './cells';
import { factValues, formatResponseTime } from './fact-format';
import { diffFacts } from './fact-changes';

const join = (values: string[]): string | null => (values.length > 0 ? values.join('; ') : null);

export function factColumns(detail: Pick<DocumentDetail, 'facts' | 'dates' | 'operator'>): FactColumns {
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

/** What a matrix row is built from: its facts and dates, and its topic cells' sources. */
type RowSource = Pick<DocumentDetail, 'summary' | 'facts' | 'dates' | 'operator'> & { cells(): Record<TopicId, MatrixCell> };

/**
 * Every document's row source: documents that topic corrections touch are read whole (their
 * sections' keys decide), the others as outlines when the reader has them (the matrix's hot path).
 */
function readRowSources(reader: LibraryReader, documentIds: readonly number[], corrections: TopicCorrections): Map<number, RowSource> {
  const out = new Map<number, RowSource>();
  // null: the reader has no outlines, every document is read whole.
  let corrected: ReadonlySet<number> | null = null;
  if (reader.getDocumentOutlines && reader.documentsWithSectionKeys) {
    const touched = reader.documentsWithSectionKeys(documentIds, [...corrections.add.keys(), ...corrections.remove.keys()]);
    for (const [id, outline] of reader.getDocumentOutlines(documentIds.filter((id) => !touched.has(id)))) {
      out.set(id, { ...outline, cells: () => cellsOf(outline) });
    }
    corrected = touched;
  }
  const whole = documentIds.filter((id) => !out.has(id) && (corrected === null || corrected.has(id)));
  const details = reader.getDocumentDetails?.(whole);
  for (const id of whole) {
    const detail = details ? details.get(id) : reader.getDocumentDetail(id) ?? undefined;
    if (detail) out.set(id, { ...detail, cells: () => buildCells(detail, correctedTopics(detail, corrections)) });
  }
  return out;
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
  const sources = readRowSources(reader, [...chosen, ...previous.filter((id): id is number => id !== null)], corrections);
  for (const [i, app] of apps.entries()) {
    const documentId = chosen[i];
    const source = sources.get(documentId);
    if (!source) continue;
    const before = previous[i] === null ? undefined : sources.get(previous[i]!);
    rows.push({
      app: app.name,
      appId: app.id,
      document: documentId,
      version: positions[i] + 1,
      versionCount: app.versions.length,
      path: source.summary.path,
      cells: source.cells(),
      facts: factColumns(source),
      changes: before ? diffFacts(before.facts, before.dates, source.facts, source.dates) : null,
    });
  }
  return { topics: TOPICS.map((t) => ({ id: t.id, zh: t.zh, en: t.en })), apps: rows };
}
