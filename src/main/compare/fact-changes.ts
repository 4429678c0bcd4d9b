// Fact changes between two versions: per kind, the set of values before and after.
import { FACT_KINDS, type Fact, type FactChange, type FactKind, type PolicyDates } from '../../shared/types';
import { factValues } from './fact-format';

function valuesOf(facts: readonly Fact[], dates: PolicyDates, kind: FactKind): string[] {
  const values = factValues(facts, kind);
  const fromDates = kind === 'published_date' ? dates.published : kind === 'effective_date' ? dates.effective : kind === 'updated_date' ? dates.updated : null;
  if (fromDates && !values.includes(fromDates)) values.unshift(fromDates);
  return values;
}

export function diffFacts(
  oldFacts: readonly Fact[], oldDates: PolicyDates,
  newFacts: readonly Fact[], newDates: PolicyDates,
): FactChange[] {
  const changes: FactChange[] = [];
  for (const kind of FACT_KINDS) {
    const before = valuesOf(oldFacts, oldDates, kind);
    const after = valuesOf(newFacts, newDates, kind);
    const same = before.length === after.length && [...before].sort().join('\u0000') === [...after].sort().join('\u0000');
    if (same) continue;
    // Report only what differs so one new SDK does not repeat the whole list.
    const removed = before.filter((v) => !after.includes(v));
    const added = after.filter((v) => !before.includes(v));
    if (removed.length === 0 && added.length === 0) continue;
    changes.push({ kind, old: removed.length > 0 ? removed.join('; ') : null, new: added.length > 0 ? added.join('; ') : null });
  }
  return changes;
}

/** Fact kinds whose values differ between the two fact lists. */
export function changedKinds(oldFacts: readonly Fact[], newFacts: readonly Fact[]): FactKind[] {
  return diffFacts(oldFacts, { published: null, effective: null, updated: null }, newFacts, { published: null, effective: null, updated: null }).map((c) => c.kind);
}
