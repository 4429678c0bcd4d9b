// Accepted headings looked up by line: the one of a scheme just before or after a line, in O(log n). Scanning the
// whole list for each candidate made a 50 MB policy (thousands of headings per scheme) spend most of its index run
// in findCandidates.
import type { Accepted } from './listHeadings';

type Lined = { readonly line: number };

/** Index of the first item at or after `line` in a list sorted by line. */
export function firstAtOrAfter(sorted: readonly Lined[], line: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Accepted headings grouped by a key (their scheme, by default), each group in line order. */
export class SchemeIndex {
  private readonly groups = new Map<string, Accepted[]>();
  private readonly keyOf: (c: Accepted) => string;

  /** `sorted`: in line order. */
  constructor(sorted: Iterable<Accepted>, keyOf: (c: Accepted) => string = (c) => c.scheme) {
    this.keyOf = keyOf;
    for (const c of sorted) this.group(c).push(c);
  }

  /** Before any of the same line, where a splice into a list in line order puts it. */
  add(c: Accepted): void {
    const group = this.group(c);
    group.splice(firstAtOrAfter(group, c.line), 0, c);
  }

  /** The last of c's group on a line above c's. */
  before(c: Accepted): Accepted | undefined {
    const group = this.groups.get(this.keyOf(c));
    return group ? group[firstAtOrAfter(group, c.line) - 1] : undefined;
  }

  /** The first of c's group on a line below c's. */
  after(c: Accepted): Accepted | undefined {
    const group = this.groups.get(this.keyOf(c));
    return group?.[firstAtOrAfter(group, c.line + 1)];
  }

  private group(c: Accepted): Accepted[] {
    const key = this.keyOf(c);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = []));
    return group;
  }
}

/**
 * The accepted headings of each scheme as a list that grows by runs: the list in line order, then runs each in line
 * order appended after it until the next sort. Lookups read it as a scan of that list does — the last match looking
 * back, the first looking ahead — so a heading accepted in a later run is found before an earlier run's. (Reading
 * all of it in line order instead changes the headings of 14 of 656 corpus files, for better and for worse; kept.)
 */
export class AcceptedRuns {
  private runs: SchemeIndex[] = [];

  constructor(sorted: Iterable<Accepted>) {
    this.reset(sorted);
  }

  /** After a sort: one run again. */
  reset(sorted: Iterable<Accepted>): void {
    this.runs = [new SchemeIndex(sorted)];
  }

  startRun(): void {
    this.runs.push(new SchemeIndex([]));
  }

  /** Into the last run, in line order. */
  add(c: Accepted): void {
    this.runs[this.runs.length - 1].add(c);
  }

  before(c: Accepted): Accepted | undefined {
    for (let i = this.runs.length - 1; i >= 0; i--) {
      const h = this.runs[i].before(c);
      if (h) return h;
    }
    return undefined;
  }

  after(c: Accepted): Accepted | undefined {
    for (const run of this.runs) {
      const h = run.after(c);
      if (h) return h;
    }
    return undefined;
  }
}
