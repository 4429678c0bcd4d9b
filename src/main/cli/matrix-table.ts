// The topics × apps matrix as terminal text: a topic grid with distinct four-letter labels and a
// legend, then the comparable facts per app. Two tables rather than one, because 19 topics plus
// five fact columns would be ~180 cells wide and wrap on any ordinary terminal.
import type { Matrix, MatrixRow } from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';
import { summariseChanges } from '../../shared/changes';
import { fitWidth, terminalSafe } from './text-width';

/** Short column labels, unique and readable without the legend for the common topics. */
export const TOPIC_LABELS: Readonly<Record<TopicId, string>> = {
  scope: 'scop',
  collection: 'coll',
  use: 'use',
  permissions: 'perm',
  sdk: 'sdk',
  cookies: 'cook',
  sharing: 'shar',
  transfer: 'trnf',
  disclosure: 'disc',
  consent_exceptions: 'cexc',
  storage: 'stor',
  retention: 'rete',
  security: 'secu',
  rights: 'rght',
  minors: 'minr',
  third_party: '3rdp',
  updates: 'updt',
  contact: 'cont',
  other: 'othr',
};

const MARK = { present: '●', mentioned: '○', absent: '·' } as const;
const APP_WIDTH = 22;
const TOPIC_WIDTH = 4;

interface FactColumn {
  header: string;
  width: number;
  value: (row: MatrixRow) => string | null;
}

/** The first of several joined values, with a count of the rest. */
function firstOf(joined: string | null): string | null {
  if (!joined) return null;
  const parts = joined.split('; ');
  return parts.length > 1 ? `${parts[0]} +${parts.length - 1}` : parts[0];
}

/**
 * The channel an analyst would quote: an e-mail or phone inside the contact section itself first
 * (policies also list partners' and regulators' numbers elsewhere), else the first e-mail, else phone.
 */
function contactOf(row: MatrixRow): string | null {
  const cell = row.cells.contact;
  const inside = cell.facts.filter((f) => (f.kind === 'email' || f.kind === 'phone')
    && cell.sections.some((s) => f.nstart >= s.nstart && f.nstart < s.nend));
  const pick = inside.find((f) => f.kind === 'email') ?? inside[0];
  if (pick) {
    const rest = new Set(inside.map((f) => String(f.value))).size - 1;
    return rest > 0 ? `${String(pick.value)} +${rest}` : String(pick.value);
  }
  return firstOf(row.facts.email) ?? firstOf(row.facts.phone);
}

/** Facts changed against the app's previous version; empty for a first version. */
function changedOf(row: MatrixRow): string | null {
  const summary = summariseChanges(row.changes);
  if (summary === null) return null;
  if (summary.kinds.length > 0) return summary.kinds.join(',');
  return summary.datesOnly ? 'dates only' : 'none';
}

const FACT_COLUMNS: readonly FactColumn[] = [
  { header: 'storage', width: 10, value: (r) => r.facts.storage_location },
  { header: 'cross-border', width: 12, value: (r) => r.facts.cross_border },
  { header: 'response', width: 12, value: (r) => r.facts.response_time },
  { header: 'contact', width: 28, value: contactOf },
  { header: 'effective', width: 10, value: (r) => r.facts.effective_date },
  { header: 'changed', width: 24, value: changedOf },
];

function appLabel(row: MatrixRow): string {
  const name = terminalSafe(row.app) || '(unnamed)';
  return row.versionCount > 1 ? `${name} v${row.version}/${row.versionCount}` : name;
}

function legend(matrix: Matrix, width: number): string[] {
  const entries = matrix.topics.map((t) => `${TOPIC_LABELS[t.id]}=${t.zh} ${t.en}`);
  const lines: string[] = [];
  let line = '';
  for (const e of entries) {
    const next = line ? `${line}  ${e}` : e;
    // Wrapping by code units is close enough here: the legend is prose, not a column.
    if (line && next.length > width) {
      lines.push(line);
      line = e;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function renderMatrixTable(matrix: Matrix): string[] {
  const out: string[] = [];
  const gridHeader = matrix.topics.map((t) => fitWidth(TOPIC_LABELS[t.id], TOPIC_WIDTH)).join(' ');
  out.push(`${fitWidth('app', APP_WIDTH)} ${gridHeader}`);
  for (const row of matrix.apps) {
    const marks = matrix.topics.map((t) => fitWidth(` ${MARK[row.cells[t.id].status]}`, TOPIC_WIDTH)).join(' ');
    out.push(`${fitWidth(appLabel(row), APP_WIDTH)} ${marks}`);
  }
  out.push(`● section  ○ mentioned elsewhere  · absent — ${matrix.apps.length} apps`);
  out.push(...legend(matrix, 100));
  out.push('');
  out.push([fitWidth('app', APP_WIDTH), ...FACT_COLUMNS.map((c) => fitWidth(c.header, c.width))].join(' ').trimEnd());
  for (const row of matrix.apps) {
    const cells = FACT_COLUMNS.map((c) => fitWidth(terminalSafe(c.value(row) ?? '—'), c.width));
    out.push([fitWidth(appLabel(row), APP_WIDTH), ...cells].join(' ').trimEnd());
  }
  return out;
}
