// Test library for compare: real files run through the real ingest + analyze when those stages
// exist; until then a minimal stand-in (markdown / numbered headings, a few fact regexes) so the
// compare logic is still exercised on real policy text.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { REPO } from '../../helpers/paths';
import type { DiffSide } from '../../../src/main/compare';
import type { LibraryReader, Provenance } from '../../../src/main/store/reader';
import { classifySections } from '../../../src/main/analyze/topics';
import { fingerprintClauses } from '../../../src/main/analyze/clauses';
import type {
  AppSummary, Correction, DocumentAnalysis, DocumentDetail, DocumentSummary, Fact, FactKind, FactValue, Section,
} from '../../../src/shared/types';

interface Analysed { source: string; text: string; analysis: DocumentAnalysis }
type Pipeline = (path: string, text?: string) => Promise<Analysed>;

let pipeline: Pipeline | null = null;
export let usingRealPipeline = false;

async function loadPipeline(): Promise<Pipeline> {
  if (pipeline) return pipeline;
  const ingestPath = resolve(REPO, 'src/main/ingest/index.ts');
  const analyzePath = resolve(REPO, 'src/main/analyze/index.ts');
  if (existsSync(ingestPath) && existsSync(analyzePath)) {
    const ingest = (await import(/* @vite-ignore */ ingestPath)) as Record<string, unknown>;
    const analyze = (await import(/* @vite-ignore */ analyzePath)) as Record<string, unknown>;
    const ingestFile = ingest.ingestFile as ((p: string) => Promise<{ source: string; text: string }>) | undefined;
    const ingestBuffer = ingest.ingestBuffer as ((b: Buffer, name: string) => Promise<{ source: string; text: string }>) | undefined;
    const analyzeDocument = analyze.analyzeDocument as ((d: unknown) => DocumentAnalysis) | undefined;
    if (ingestFile && analyzeDocument) {
      usingRealPipeline = true;
      pipeline = async (path, text) => {
        const doc = text !== undefined && ingestBuffer ? await ingestBuffer(Buffer.from(text, 'utf8'), path) : await ingestFile(path);
        return { source: doc.source, text: doc.text, analysis: analyzeDocument(doc) };
      };
      return pipeline;
    }
  }
  pipeline = async (path, text) => standIn(path, text ?? readFileSync(path, 'utf8'));
  return pipeline;
}

// ---------------------------------------------------------------- stand-in analyzer

const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function zhNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const [a, b] = s.split('十');
  if (s.includes('十')) return (a ? ZH_NUM[a] : 1) * 10 + (b ? ZH_NUM[b] : 0);
  return ZH_NUM[s] ?? NaN;
}

function standIn(path: string, raw: string): Analysed {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const markdown = /\.md$/i.test(path);
  const heads: { at: number; level: number; number: string | null; heading: string; body: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const md = /^(#{1,6})\s+(.*)$/.exec(line);
    const num = /^\s*((?:[一二三四五六七八九十]+、)|(?:（[一二三四五六七八九十]+）)|(?:\d+(?:\.\d+)*[、.\s]))\s*(\S.{0,30})$/.exec(line);
    if (md) heads.push({ at, level: md[1].length, number: '#', heading: md[2].trim(), body: at + line.length + 1 });
    else if (!markdown && num && !/[。；]$/.test(line)) {
      heads.push({ at, level: num[1].startsWith('（') ? 2 : num[1].includes('、') && /[一二三四五六七八九十]/.test(num[1]) ? 1 : num[1].split('.').length + 2, number: num[1].trim(), heading: num[2].trim(), body: at + line.length + 1 });
    }
    at += line.length + 1;
  }
  const sections: Section[] = [];
  const stack: Section[] = [];
  heads.forEach((h, i) => {
    while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
    let end = text.length;
    for (let k = i + 1; k < heads.length; k++) if (heads[k].level <= h.level) { end = heads[k].at; break; }
    const s: Section = {
      id: i, parent: stack.length > 0 ? stack[stack.length - 1].id : null, level: h.level, number: h.number, heading: h.heading,
      start: h.at, end, nstart: h.at, nend: end, nbody: Math.min(h.body, end), topics: [],
    };
    sections.push(s);
    stack.push(s);
  });
  classifySections(text, sections, 'zh').forEach((t, i) => { sections[i].topics = t; });
  const facts: Fact[] = [];
  const add = (kind: FactKind, value: FactValue, s: number, e: number) => {
    let section: number | null = null;
    for (const sec of sections) if (sec.nstart <= s && s < sec.nend) section = sec.id;
    facts.push({ kind, value, start: s, end: e, nstart: s, nend: e, section });
  };
  for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) add('email', m[0].toLowerCase(), m.index, m.index + m[0].length);
  for (const m of text.matchAll(/(?<!\d)(?:400|800)[\d-]{7,9}\d|(?<!\d)0\d{2,3}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)/g)) add('phone', m[0], m.index, m.index + m[0].length);
  for (const m of text.matchAll(/([\d一二三四五六七八九十]+)\s*(个)?(工作日|日|天)内/g)) {
    const days = zhNumber(m[1]);
    if (Number.isFinite(days) && /答复|回复|响应|处理|反馈/.test(text.slice(Math.max(0, m.index - 40), m.index + 40))) {
      add('response_time', { days, workdays: m[3] === '工作日' }, m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(/(?:存储|保存|存放)在?(?:中华人民共和国|中国)?(境内|境外)/g)) {
    add('storage_location', m[1] === '境外' ? 'overseas' : 'domestic', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/(生效|更新|发布)(?:日期|时间)[:：]?\s*\**(\d{4})\s*年\s*【?(\d{1,2})】?\s*月\s*【?(\d{1,2})】?\s*日/g)) {
    const kind: FactKind = m[1] === '生效' ? 'effective_date' : m[1] === '更新' ? 'updated_date' : 'published_date';
    add(kind, `${m[2]}-${m[3].padStart(2, '0')}-${m[4].padStart(2, '0')}`, m.index, m.index + m[0].length);
  }
  const date = (k: FactKind) => (facts.find((f) => f.kind === k)?.value as string | undefined) ?? null;
  return {
    source: text, text,
    analysis: {
      app: basename(path).replace(/__.*$|\.\w+$/g, ''), operator: [], language: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en',
      dates: { published: date('published_date'), effective: date('effective_date'), updated: date('updated_date') },
      sections, facts, mentions: [], analyzerVersion: 'test-stand-in',
    },
  };
}

// ---------------------------------------------------------------- sides and an in-memory reader

/** A diff side from a real file, or from `text` given under that file's name (an edited copy). */
export async function sideOf(path: string, text?: string, id: number | null = null): Promise<DiffSide> {
  const run = await loadPipeline();
  const a = await run(path, text);
  return { id, path, app: a.analysis.app, date: a.analysis.dates.effective, text: a.text, sections: a.analysis.sections, facts: a.analysis.facts, dates: a.analysis.dates };
}

export interface LibraryEntry { app: string; path: string; text?: string }

export class MemoryReader implements LibraryReader {
  readonly details = new Map<number, DocumentDetail>();
  readonly apps: AppSummary[] = [];
  readonly fingerprints = new Map<number, Set<string>>();
  corrections: Correction[] = [];

  static async from(entries: readonly LibraryEntry[]): Promise<MemoryReader> {
    const reader = new MemoryReader();
    const run = await loadPipeline();
    for (const e of entries) {
      const a = await run(e.path, e.text);
      reader.add(e.app, e.path, a.text, a.analysis);
    }
    return reader;
  }

  add(app: string, path: string, text: string, analysis: DocumentAnalysis): number {
    const id = this.details.size + 1;
    let group = this.apps.find((g) => g.name === app);
    if (!group) {
      group = { id: this.apps.length + 1, name: app, versions: [], latest: id };
      this.apps.push(group);
    }
    group.versions.push(id);
    group.latest = id;
    const summary: DocumentSummary = {
      id, path, folder: resolve(path, '..'), format: 'txt', encoding: 'utf-8', size: text.length, status: 'ok', error: null,
      app, appId: group.id, version: group.versions.length, versionDate: analysis.dates.effective, language: analysis.language,
      indexedAt: '2026-01-01T00:00:00Z',
    };
    this.details.set(id, {
      summary, text, sections: analysis.sections, facts: analysis.facts, mentions: analysis.mentions, dates: analysis.dates,
      operator: analysis.operator, contentHash: `hash-${id}`, analyzerVersion: analysis.analyzerVersion,
    });
    this.fingerprints.set(id, new Set(fingerprintClauses(text)));
    return id;
  }

  listFolders(): string[] { return []; }
  listDocuments(): DocumentSummary[] { return [...this.details.values()].map((d) => d.summary); }
  listApps(): AppSummary[] { return this.apps; }
  getDocumentDetail(id: number): DocumentDetail | null { return this.details.get(id) ?? null; }
  documentCount(): number { return this.details.size; }
  countDocumentsWithFingerprints(fps: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const fp of fps) {
      let n = 0;
      for (const set of this.fingerprints.values()) if (set.has(fp)) n++;
      out.set(fp, n);
    }
    return out;
  }
  listCorrections(): Correction[] { return this.corrections; }
  getProvenance(ids: readonly number[]): Provenance[] {
    return ids.flatMap((id) => {
      const d = this.details.get(id);
      return d ? [{ documentId: id, path: d.summary.path, contentHash: d.contentHash, indexedAt: d.summary.indexedAt, analyzerVersion: d.analyzerVersion }] : [];
    });
  }
}
