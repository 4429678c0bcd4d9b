// In-process half of `npm run bench` (built to out/main/bench.js): search p95, section-aligned
// diff, matrix, export and analyze, timed around the real stage functions. Stages that are not
// built yet are loaded lazily and reported as null with a note, so the bench always completes.
import { readFileSync } from 'node:fs';
import { EXPORT_SHEETS } from '../src/shared/types';

interface Spec {
  searchDb: string | null;
  queries: string[];
  diffOld: string;
  diffNew: string;
  matrixDb: string | null;
  exportOut: string;
}

type Loader = () => Promise<Record<string, unknown>>;
// Globs tolerate a stage that does not exist yet: the key is simply missing.
const stages = import.meta.glob(['../src/main/ingest/index.ts', '../src/main/analyze/index.ts', '../src/main/compare/index.ts', '../src/main/store/index.ts']) as Record<string, Loader>;
async function stage(name: string): Promise<Record<string, unknown>> {
  const load = stages[`../src/main/${name}/index.ts`];
  if (!load) throw new Error(`src/main/${name} is not built yet`);
  return load();
}
type Fn = (...args: unknown[]) => unknown;
function fn(mod: Record<string, unknown>, name: string): Fn {
  const f = mod[name];
  if (typeof f !== 'function') throw new Error(`${name} is not exported`);
  return f as Fn;
}

const notes: string[] = [];
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const round = (x: number) => Math.round(x * 10) / 10;

async function measure(key: string, body: () => Promise<number>): Promise<number | null> {
  try {
    return round(await body());
  } catch (error) {
    notes.push(`${key}: ${(error as Error).message}`);
    return null;
  }
}

async function timeMedian(runs: number, body: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await body();
    times.push(performance.now() - t0);
  }
  return pct(times, 0.5);
}

interface Analysed { doc: { path: string; text: string }; analysis: { app: string | null; sections: unknown[]; facts: unknown[]; dates: unknown } }

async function analyse(path: string): Promise<Analysed> {
  const doc = (await fn(await stage('ingest'), 'ingestFile')(path)) as Analysed['doc'];
  const analysis = (await fn(await stage('analyze'), 'analyzeDocument')(doc)) as Analysed['analysis'];
  return { doc, analysis };
}

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Spec;
  const out: Record<string, unknown> = {};
  let matrixApps: number | null = null;

  // (Analysis first: measured after the search over the 10k-document library it read 44–48 ms, alone 29–33 ms.)
  out.analyze_50kb_ms = await measure('analyze', async () => {
    const doc = (await fn(await stage('ingest'), 'ingestFile')(spec.diffOld)) as Analysed['doc'];
    const analyzeDocument = fn(await stage('analyze'), 'analyzeDocument');
    return timeMedian(9, () => analyzeDocument(doc));
  });

  out.search_p95_ms = await measure('search', async () => {
    if (!spec.searchDb) throw new Error('no indexed corpus');
    const store = fn(await stage('store'), 'LibraryStore') as unknown as { open(p: string): { search(q: string, n: number): unknown[]; close(): void } };
    const lib = store.open(spec.searchDb);
    try {
      for (const q of spec.queries) lib.search(q, 50); // warm the page cache once
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const q of spec.queries) {
          const t0 = performance.now();
          lib.search(q, 50);
          times.push(performance.now() - t0);
        }
      }
      return pct(times, 0.95);
    } finally {
      lib.close();
    }
  });

  out.diff_50kb_ms = await measure('diff', async () => {
    const [a, b] = [await analyse(spec.diffOld), await analyse(spec.diffNew)];
    const side = (x: Analysed) => ({ id: null, path: x.doc.path, app: x.analysis.app, date: null, text: x.doc.text, sections: x.analysis.sections, facts: x.analysis.facts, dates: x.analysis.dates });
    const diffDocuments = fn(await stage('compare'), 'diffDocuments');
    return timeMedian(9, () => diffDocuments(side(a), side(b)));
  });

  const compare = await stage('compare').catch((e: Error) => { notes.push(e.message); return null; });
  const storeMod = await stage('store').catch(() => null);
  let reader: { close(): void; listApps(): unknown[] } | null = null;
  if (spec.matrixDb && storeMod) {
    reader = (storeMod.LibraryStore as { open(p: string): { close(): void; listApps(): unknown[] } }).open(spec.matrixDb);
    matrixApps = reader.listApps().length;
  }
  out.matrix_1000_ms = await measure('matrix', async () => {
    if (!reader || !compare) throw new Error('no 1,000-app library');
    const buildMatrix = fn(compare, 'buildMatrix');
    buildMatrix(reader, {}); // warm the page cache and the compiled code once, as search does
    return timeMedian(9, () => buildMatrix(reader, {}));
  });
  out.export_1000_ms = await measure('export', async () => {
    if (!reader || !compare) throw new Error('no 1,000-app library');
    const exportComparison = fn(compare, 'exportComparison');
    return timeMedian(1, () => exportComparison(reader, { out: spec.exportOut, format: 'xlsx', apps: [], sheets: [...EXPORT_SHEETS] }));
  });
  reader?.close();

  console.log(JSON.stringify({ ...out, matrix_apps: matrixApps, notes }));
}

interface GroupingStore {
  listApps(): { id: number; versions: number[] }[];
  listGroupingInputs(): { documentId: number; path: string; app: string | null; operator: string[] }[];
  close(): void;
}

/** `bench.js --app-groups DB`: every document with its app group, for the bench's 1,000-app corpus. */
async function printAppGroups(db: string): Promise<void> {
  const lib = (fn(await stage('store'), 'LibraryStore') as unknown as { open(p: string): GroupingStore }).open(db);
  try {
    const groupOf = new Map<number, number>();
    for (const app of lib.listApps()) for (const id of app.versions) groupOf.set(id, app.id);
    const rows = lib.listGroupingInputs().map((d) => ({ path: d.path, app: d.app, operator: d.operator, group: groupOf.get(d.documentId) ?? -d.documentId }));
    console.log(JSON.stringify(rows.sort((a, b) => a.path.localeCompare(b.path))));
  } finally {
    lib.close();
  }
}

(process.argv[2] === '--app-groups' ? printAppGroups(process.argv[3]) : main()).catch((error: Error) => {
  console.log(JSON.stringify({ notes: [`bench entry crashed: ${error.message}`] }));
  process.exit(1);
});
