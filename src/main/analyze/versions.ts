// Groups documents into apps and orders each app's versions oldest first.
import type { PolicyDates } from '../../shared/types';

export interface VersionEntry {
  id: number;
  app: string | null;
  operator: string[];
  path: string;
  dates: PolicyDates;
}

export interface AppGroup {
  name: string;
  /** Document ids, oldest first. */
  members: number[];
}

const NAME_NOISE = /[\s\p{P}\p{S}]|app$|应用$|客户端$|平台$/giu;
const FILE_DATE = /(?:^|[_\-.\s])((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?=$|[_\-.\s])/;

/** Comparable app name: case, spaces, punctuation and `App`/`APP` suffixes ignored. */
export function normaliseAppName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(NAME_NOISE, '').replace(NAME_NOISE, '');
}

function fileName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.[^.]+$/, '');
}

/** `ucloud_app_privacy__2024-09-20` → stem `ucloud_app_privacy`, date `2024-09-20`. */
export function fileStemAndDate(path: string): { stem: string; date: string | null } {
  const name = fileName(path);
  const m = FILE_DATE.exec(name);
  if (!m) return { stem: name, date: null };
  const stem = (name.slice(0, m.index) + name.slice(m.index + m[0].length)).replace(/[_\-.\s]+$/, '').replace(/^[_\-.\s]+/, '');
  return { stem: stem || name, date: `${m[1]}-${m[2]}-${m[3]}` };
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Same app = same normalised app name, or same operator when a name is missing, or the same
 * file stem carrying a date in the file name. Members are ordered by effective / updated /
 * published date, else the file-name date, else path.
 */
export function groupAppVersions(entries: readonly VersionEntry[]): AppGroup[] {
  const uf = new UnionFind(entries.length);
  const firstBy = new Map<string, number>();
  const link = (key: string, i: number) => {
    const j = firstBy.get(key);
    if (j === undefined) firstBy.set(key, i);
    else uf.union(i, j);
  };
  const files = entries.map((e) => fileStemAndDate(e.path));
  entries.forEach((e, i) => {
    const name = e.app ? normaliseAppName(e.app) : '';
    if (name) link(`app:${name}`, i);
    else for (const op of e.operator) link(`op:${normaliseAppName(op)}`, i);
    if (files[i].date) link(`file:${files[i].stem.toLowerCase()}`, i);
  });
  const groups = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const dateOf = (i: number) => {
    const d = entries[i].dates;
    return d.effective ?? d.updated ?? d.published ?? files[i].date ?? '';
  };
  const out: AppGroup[] = [];
  for (const idx of groups.values()) {
    idx.sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || entries[a].path.localeCompare(entries[b].path));
    const named = idx.map((i) => entries[i].app).filter((a): a is string => !!a);
    const latestNamed = [...idx].reverse().map((i) => entries[i].app).find((a) => !!a);
    const name = latestNamed ?? named[0] ?? entries[idx[0]].operator[0] ?? files[idx[0]].stem;
    out.push({ name, members: idx.map((i) => entries[i].id) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
