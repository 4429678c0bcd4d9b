// The export's content as plain tables, one per sheet; the xlsx and csv writers only lay them out.
import type { AppSummary, DocumentDetail, ExportSheet, Section } from '../../shared/types';
import { TOPICS, type TopicId } from '../../shared/taxonomy';
import type { LibraryReader } from '../store/reader';
import { buildCells, correctedTopics, groupCorrections } from './cells';
import { checklistFor } from './checklist';
import { diffDocuments, sideFromReader } from './diff';
import { sentenceAround } from './evidence';
import { formatFact } from './fact-format';
import { factColumns } from './matrix';
import type { CellValue } from './neutralise';
import { displayHeading, gatheredTopics, isParagraph } from '../../shared/sections';

export interface SheetColumn {
  header: string;
  width: number;
}
export interface SheetTable {
  name: ExportSheet;
  columns: SheetColumn[];
  rows: CellValue[][];
}

const col = (header: string, width: number): SheetColumn => ({ header, width });

export function buildSheets(reader: LibraryReader, appIds: readonly number[], sheets: readonly ExportSheet[]): SheetTable[] {
  const all = reader.listApps();
  const unknown = appIds.filter((id) => !all.some((a) => a.id === id));
  if (unknown.length > 0) throw new Error(`unknown app id(s): ${unknown.join(', ')}`);
  const apps: AppSummary[] = appIds.length > 0 ? all.filter((a) => appIds.includes(a.id)) : all;
  const corrections = groupCorrections(reader.listCorrections());
  const tables = new Map<ExportSheet, SheetTable>([
    ['Matrix', { name: 'Matrix', columns: [col('App', 24), col('Version', 9), col('Document', 10), ...TOPICS.map((t) => col(`${t.zh} ${t.en}`, 28)), col('Path', 40)], rows: [] }],
    ['Facts', { name: 'Facts', columns: [col('App', 24), col('Document', 10), col('Kind', 16), col('Value', 36), col('Section', 28), col('Context', 60)], rows: [] }],
    ['Sections', { name: 'Sections', columns: [col('App', 24), col('Document', 10), col('Section', 9), col('Level', 7), col('Number', 9), col('Heading', 36), col('Topics', 24), col('Text', 80)], rows: [] }],
    ['Checklist', { name: 'Checklist', columns: [col('App', 24), col('Document', 10), col('Item', 18), col('Status', 9), col('Note', 36), col('Evidence', 60)], rows: [] }],
    ['Changes', { name: 'Changes', columns: [col('App', 24), col('From', 8), col('To', 8), col('Kind', 10), col('Significance', 13), col('Topics', 20), col('Old section', 28), col('New section', 28), col('Summary', 70)], rows: [] }],
    ['Provenance', { name: 'Provenance', columns: [col('Document', 10), col('App', 24), col('Path', 50), col('Content hash', 40), col('Indexed at', 22), col('Analyzer version', 16)], rows: [] }],
  ]);
  const want = (s: ExportSheet) => sheets.length === 0 || sheets.includes(s);
  const documents: number[] = [];

  for (const app of apps) {
    const detail = reader.getDocumentDetail(app.latest);
    if (!detail) continue;
    documents.push(app.latest);
    const name = app.name;
    const doc = app.latest;
    const needsCells = want('Matrix') || want('Checklist') || want('Sections');
    const topics = needsCells ? correctedTopics(detail, corrections) : [];
    const cells = needsCells ? buildCells(detail, topics) : null;
    if (want('Matrix') && cells) {
      tables.get('Matrix')!.rows.push([name, app.versions.indexOf(doc) + 1, doc,
        ...TOPICS.map((t) => {
          const c = cells[t.id];
          return c.status === 'absent' ? 'absent' : `${c.status}: ${c.sections.map((s) => s.heading).join('; ') || c.excerpt}`;
        }),
        detail.summary.path]);
    }
    if (want('Facts')) {
      const cols = factColumns(detail);
      for (const f of detail.facts) {
        const { from, to } = sentenceAround(detail.text, f.nstart, f.nend);
        const owner = f.section !== null ? detail.sections[f.section] : undefined;
        const section = owner ? displayHeading(detail.sections, owner) : '';
        tables.get('Facts')!.rows.push([name, doc, f.kind, formatFact(f), section, detail.text.slice(from, to).trim()]);
      }
      if (cols.effective_date && !detail.facts.some((f) => f.kind === 'effective_date')) {
        tables.get('Facts')!.rows.push([name, doc, 'effective_date', cols.effective_date, '', '']);
      }
    }
    if (want('Sections')) {
      for (const row of sectionRows(detail, topics)) {
        tables.get('Sections')!.rows.push([name, doc, row.section.id, row.section.level, row.section.number ?? '', row.section.heading, row.topics.join(', '), row.text]);
      }
    }
    if (want('Checklist') && cells) {
      for (const it of checklistFor(detail, cells)) {
        tables.get('Checklist')!.rows.push([name, doc, it.id, it.status, it.note, it.evidence?.text ?? '']);
      }
    }
    if (want('Changes') && app.versions.length > 1) {
      let previous = sideFromReader(reader, app.versions[0]);
      for (let v = 1; v < app.versions.length; v++) {
        const side = sideFromReader(reader, app.versions[v]);
        const diff = diffDocuments(previous, side);
        for (const c of diff.changes) {
          tables.get('Changes')!.rows.push([name, v, v + 1, c.kind, c.significance, c.topics.join(', '), c.oldSection ?? '', c.newSection ?? '', c.summary]);
        }
        for (const f of diff.factChanges) {
          tables.get('Changes')!.rows.push([name, v, v + 1, 'fact', f.kind, '', f.old ?? '', f.new ?? '', `fact ${f.kind}: ${f.old ?? '—'} → ${f.new ?? '—'}`]);
        }
        previous = side;
      }
    }
  }
  if (want('Provenance')) {
    const appOf = new Map(apps.map((a) => [a.latest, a.name]));
    for (const p of reader.getProvenance(documents)) {
      tables.get('Provenance')!.rows.push([p.documentId, appOf.get(p.documentId) ?? '', p.path, p.contentHash, p.indexedAt, p.analyzerVersion]);
    }
  }
  return [...tables.values()].filter((t) => want(t.name));
}

/**
 * One row per heading of the policy with its own text (its body up to its first sub-heading, whose
 * heading has a row of its own), so no line is exported twice; paragraphs the analyzer split off stay in their section's row and lend it
 * their topics.
 */
function sectionRows(detail: DocumentDetail, topics: readonly TopicId[][]): { section: Section; topics: TopicId[]; text: string }[] {
  const rows: { section: Section; topics: Set<TopicId>; from: number; to: number }[] = [];
  const rowOf = new Map<number, (typeof rows)[number]>();
  detail.sections.forEach((s, i) => {
    if (isParagraph(s)) {
      let owner: Section | undefined = s;
      while (owner && isParagraph(owner)) owner = owner.parent === null ? undefined : detail.sections[owner.parent];
      const row = owner ? rowOf.get(owner.id) : undefined;
      if (row) for (const t of topics[i]) row.topics.add(t);
      return;
    }
    const open = rows[rows.length - 1];
    // A real heading inside the previous row's section ends that row's own text.
    if (open && s.nstart < open.to) open.to = Math.max(open.from, s.nstart);
    const row = { section: s, topics: new Set(topics[i]), from: s.nbody, to: s.nend };
    rows.push(row);
    rowOf.set(s.id, row);
  });
  return rows.map((r) => ({
    section: r.section,
    topics: gatheredTopics(r.topics),
    text: detail.text.slice(r.from, r.to).trim(),
  }));
}
