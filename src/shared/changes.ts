// The matrix's "changed in this version" column (window and CLI): which facts differ from the app's previous version.
import type { FactChange, FactKind } from './types';

const DATE_KINDS: ReadonlySet<FactKind> = new Set(['published_date', 'effective_date', 'updated_date']);

export interface ChangeSummary {
  /** Changed fact kinds other than the policy's own dates, in fact-kind order. */
  kinds: FactKind[];
  /** Something changed, but only dates. */
  datesOnly: boolean;
}

/** null: the app has no earlier version to compare with. */
export function summariseChanges(changes: readonly FactChange[] | null): ChangeSummary | null {
  if (changes === null) return null;
  const kinds = changes.map((c) => c.kind).filter((k) => !DATE_KINDS.has(k));
  return { kinds: [...new Set(kinds)], datesOnly: kinds.length === 0 && changes.length > 0 };
}

/** Tooltip lines `kind: old → new`, with kinds labelled by the caller's language. */
export function changeLines(changes: readonly FactChange[], label: (kind: FactKind) => string): string {
  return changes.map((c) => `${label(c.kind)}: ${c.old ?? '—'} → ${c.new ?? '—'}`).join('\n');
}
