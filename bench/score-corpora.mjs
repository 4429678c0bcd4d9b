// Corpus readers, a fallback section splitter and the segment-midpoint scorer shared by
// scripts/train-topics.mjs and bench/score-*.mjs. Data comes from ../shared/corpora (read only).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPORA = resolve(REPO, '..', 'shared', 'corpora');

/** CA4P label → model class. */
export const CA4P_CLASS = {
  e_1: 'collect', e_3: 'collect', e_2: 'share', e_4: 'rights', e_9: 'rights', e_10: 'rights', e_12: 'rights',
  e_5: 'store', e_6: 'security', e_7: 'updates', e_11: 'minors', e_14: 'contact', e_15: 'cookies',
  e_8: 'other', e_13: 'other', e_16: 'other', e_17: 'other',
};

/** Dev split held out from training. (`HOLDOUT=n:k` makes it the fold id ≡ k (mod n) of both corpora instead, for a
 * cross-validated estimate of the shipped model: `node scripts/train-topics.mjs` and the scorers then agree on it.) */
const FOLD = process.env.HOLDOUT?.split(':').map(Number);
export const isCa4pDev = (id) => (FOLD ? id % FOLD[0] === FOLD[1] : id % 5 === 1);
export const isOppDev = (uid) => (FOLD ? uid % FOLD[0] === FOLD[1] : uid % 3 === 1);
/** Validation fold inside the training split, for tuning thresholds (never the dev split). */
export const isCa4pTune = (id) => id % 5 === 3;
export const isOppTune = (uid) => uid % 6 === 5; // OPP uids are all ≡ 1 or 2 (mod 3)

/** Python code-point offsets → JS UTF-16 indices. */
function codePointIndex(text) {
  const map = [];
  let i = 0;
  for (const ch of text) { map.push(i); i += ch.length; }
  map.push(i);
  return map;
}

/** Annotated CA4P policies: { id, name, text, segments: [{ cls, label, start, end }] }. */
export function readCa4p() {
  const dir = resolve(CORPORA, 'ca4p483');
  const docs = [];
  for (const f of readdirSync(resolve(dir, 'annotations')).sort()) {
    const name = f.replace(/\.json$/, '');
    const text = readFileSync(resolve(dir, 'txt', name + '.txt'), 'utf8');
    const cp = codePointIndex(text);
    const segments = [];
    for (const a of JSON.parse(readFileSync(resolve(dir, 'annotations', f), 'utf8'))) {
      const cls = CA4P_CLASS[a.classId];
      if (!cls) continue; // span-level labels e_21..e_27
      segments.push({ cls, label: a.classId, start: cp[a.start], end: cp[a.end] });
    }
    docs.push({ id: Number(name.slice(0, 4)), name, text, segments });
  }
  return docs;
}

/** Minimal RFC-4180 CSV parser (quoted fields, embedded newlines). */
export function parseCsv(src) {
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (q) {
      if (c === '"') { if (src[i + 1] === '"') { field += '"'; i++; } else q = false; }
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** VioDroid labelled sentences → [{ text, classes }]. */
export function readViodroid() {
  const rows = parseCsv(readFileSync(resolve(CORPORA, 'viodroid_zh', 'labelled_sentences.csv'), 'utf8'));
  const out = [];
  for (const [text, pc, crs = ''] of rows) {
    if (!text) continue;
    const cr = new Set(crs.split('#').filter(Boolean));
    const classes = new Set();
    if (pc === 'PC1') classes.add(cr.has('CR1') ? 'updates' : 'other');
    else if (pc === 'PC2') classes.add(cr.has('CR4') ? 'contact' : 'other');
    else if (pc === 'PC3') classes.add('minors');
    else if (pc === 'PC4') classes.add(cr.has('CR7') ? 'updates' : cr.has('CR6') && cr.size === 1 ? 'other' : 'rights');
    else if (pc === 'PC5') {
      if (cr.has('CR11') || cr.has('CR12') || cr.has('CR13') || cr.has('CR16')) classes.add('collect');
      if (cr.has('CR14')) classes.add('store');
      if (cr.has('CR15') || cr.has('CR17')) classes.add('security');
      if (classes.size === 0) classes.add('collect');
    } else if (pc === 'PC6') classes.add('share');
    else if (pc === 'PC7') classes.add('store');
    if (classes.size) out.push({ text, classes: [...classes] });
  }
  return out;
}

export const OPP_CLASS = {
  'First Party Collection/Use': 'collect',
  'Third Party Sharing/Collection': 'share',
  'User Choice/Control': 'rights',
  'User Access, Edit and Deletion': 'rights',
  'Data Retention': 'store',
  'Data Security': 'security',
  'Policy Change': 'updates',
  'Do Not Track': 'cookies',
  Other: 'other',
};

export const stripHtml = (s) =>
  s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?(p|div|li|h\d|ul|ol|tr|table)[^>]*>/gi, '\n').replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&rsquo;|&lsquo;/g, "'")
    .replace(/&[a-z]+;/g, ' ').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();

/** OPP-115 policies with majority labels: { uid, segments: [{ text, classes }] }. */
export function readOpp() {
  const dir = resolve(CORPORA, 'opp115');
  const rows = parseCsv(readFileSync(resolve(dir, 'segment_labels_derived.csv'), 'utf8')).slice(1);
  const labels = new Map();
  for (const [uid, file, seg, category, , , majority] of rows) {
    if (majority !== '1' || !file) continue;
    const key = file;
    if (!labels.has(key)) labels.set(key, { uid: Number(uid), segs: new Map() });
    const segs = labels.get(key).segs;
    if (!segs.has(Number(seg))) segs.set(Number(seg), new Set());
    segs.get(Number(seg)).add(category);
  }
  const docs = [];
  for (const [file, { uid, segs }] of labels) {
    const path = resolve(dir, 'sanitized_policies', file + '.html');
    if (!existsSync(path)) continue;
    const parts = readFileSync(path, 'utf8').split('|||');
    const segments = parts.map((raw, i) => {
      const text = stripHtml(raw);
      const cats = segs.get(i) ?? new Set();
      const classes = new Set();
      for (const c of cats) {
        if (c === 'International and Specific Audiences') classes.add(/child|minor|under (the age|1[368])/i.test(text) ? 'minors' : 'other');
        else if (OPP_CLASS[c]) classes.add(OPP_CLASS[c]);
      }
      if (cats.has('Other') && /contact us|e-?mail|write to us|mailing address/i.test(text) && !cats.has('First Party Collection/Use')) {
        classes.delete('other');
        classes.add('contact');
      }
      return { text, classes: [...classes], labelled: cats.size > 0 };
    });
    docs.push({ uid, file, segments });
  }
  return docs;
}

// ------------------------------------------------------------------ fallback splitter
const HEADING_KINDS = [
  ['part', /^第[一二三四五六七八九十百]+(部分|章)/],
  ['article', /^第[一二三四五六七八九十百\d]+条/],
  ['cn', /^[一二三四五六七八九十]+\s*[、.．]/],
  ['cnparen', /^[（(][一二三四五六七八九十]+[)）]/],
  ['dec', /^\d+\.\d+(?!\d)/],
  ['num', /^\d+\s*(、|[.．](?!\d))/],
  ['numparen', /^[（(]\d+[)）]/],
  ['bracket', /^【[^】]{1,20}】$/],
];

/**
 * A simple section splitter for scoring when `analyzeDocument` is not available: numbered lines
 * (`一、`, `（一）`, `1、`, `1.1`, `第一条`), `#` headings and setext titles; levels by first use.
 */
export function splitSimple(text) {
  const lines = [];
  for (let i = 0; i < text.length; ) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    lines.push([i, j]);
    i = j + 1;
  }
  const heads = [];
  lines.forEach(([a, b], k) => {
    const raw = text.slice(a, b).trim();
    if (!raw || /^=+$/.test(raw)) return;
    const line = raw.replace(/^[#>*_\s]+|[*_\s]+$/g, '').replace(/\\([.、])/g, '$1');
    if (!line || line.length > 40) return;
    const next = lines[k + 1] ? text.slice(lines[k + 1][0], lines[k + 1][1]).trim() : '';
    let kind = null;
    const md = /^(#{1,6})\s/.exec(raw);
    if (md) kind = 'h' + md[1].length;
    else if (/^=+$/.test(next) && !line.startsWith('Apkid:')) kind = 'setext';
    else if (!/[。]$/.test(line)) kind = HEADING_KINDS.find(([, re]) => re.test(line))?.[0] ?? null;
    if (kind) heads.push({ kind, a, b, line });
  });
  // Tables of contents repeat the headings: an entry whose text appears again later is skipped.
  const key = (h) => h.line.replace(/\s+/g, '');
  const last = new Map(heads.map((h, i) => [key(h), i]));
  const sections = [];
  const stack = []; // [{ kind, index }]
  for (const [i, h] of heads.entries()) {
    if (last.get(key(h)) !== i) continue;
    const at = stack.findIndex((e) => e.kind === h.kind);
    if (at >= 0) stack.length = at;
    const parent = stack.length ? stack[stack.length - 1].index : null;
    const index = sections.length;
    sections.push({
      id: index, parent, level: stack.length + 1, number: null, heading: h.line,
      start: h.a, end: text.length, nstart: h.a, nend: text.length, nbody: Math.min(h.b + 1, text.length), topics: [],
    });
    stack.push({ kind: h.kind, index });
  }
  // A section ends where the next section at its level or above starts.
  for (let i = 0; i < sections.length; i++) {
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].level <= sections[i].level) { sections[i].nend = sections[i].end = sections[j].nstart; break; }
    }
  }
  return sections;
}

// ------------------------------------------------------------------ scoring
/**
 * Topic → evaluation group, as the judge scores it: consent_exceptions, scope and other belong to
 * no group (CLASS_OF_TOPIC maps consent_exceptions to the model class collect, which would count a
 * `共享…征得授权同意的例外` section as collection).
 */
export const TOPIC_GROUP = {
  collection: 'collect', use: 'collect', permissions: 'collect',
  sdk: 'share', sharing: 'share', transfer: 'share', disclosure: 'share', third_party: 'share',
  rights: 'rights', storage: 'store', retention: 'store', security: 'security', updates: 'updates',
  minors: 'minors', contact: 'contact', cookies: 'cookies',
};
export const GROUPS = ['collect', 'share', 'rights', 'store', 'security', 'updates', 'minors', 'contact', 'cookies'];
/** OPP-115's groups: the judge maps First Party Collection/Use to collection/use/permissions/cookies, so a cookie
 * section counts as first-party collection there (CA4P has a cookies class of its own, e_15). */
export const OPP_TOPIC_GROUP = { ...TOPIC_GROUP, cookies: 'collect' };
export const OPP_GROUPS = ['collect', 'share', 'rights', 'store', 'security', 'updates'];

/**
 * Segment-midpoint scoring. docs: [{ text, sections, topics, segments: [{ start, end, classes }] }];
 * classOfTopic maps a topic to its group (TOPIC_GROUP; unmapped topics count for none). Returns per-group P/R/F1 and macro-F1 over `groups`.
 */
export function scoreSegments(docs, classOfTopic, groups = GROUPS) {
  const tally = Object.fromEntries(groups.map((g) => [g, { tp: 0, fp: 0, fn: 0 }]));
  for (const { sections, topics, segments } of docs) {
    for (const seg of segments) {
      const best = judgedSection(sections, topics, seg);
      const predicted = new Set(best < 0 ? [] : topics[best].map((t) => classOfTopic[t]).filter(Boolean));
      for (const g of groups) {
        const gold = seg.classes.includes(g);
        const pred = predicted.has(g);
        if (gold && pred) tally[g].tp++;
        else if (pred) tally[g].fp++;
        else if (gold) tally[g].fn++;
      }
    }
  }
  const rows = groups.map((g) => {
    const { tp, fp, fn } = tally[g];
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return { group: g, tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  });
  return { rows, macroF1: rows.reduce((s, x) => s + x.f1, 0) / rows.length };
}

/**
 * The judge's wording leaves open whether segments of no scored group (CA4P's e_8, e_13, e_16, e_17; OPP's Other …)
 * are scored. scoreSegments scores them, each group predicted for one a false positive; this prints the macro-F1
 * on the other segments alone, beside it.
 */
export function printMappedOnly(docs, classOfTopic, groups = GROUPS) {
  const mapped = docs.map((d) => ({ ...d, segments: d.segments.filter((s) => s.classes.some((c) => groups.includes(c))) }));
  console.log(`  macro-F1 ${scoreSegments(mapped, classOfTopic, groups).macroF1.toFixed(4)} on the segments of scored groups alone`);
}

/** Index of the section the judge reads a segment in: the deepest carrying topics that holds its midpoint; -1 if none. */
export function judgedSection(sections, topics, seg) {
  const mid = Math.floor((seg.start + seg.end) / 2);
  let best = -1;
  sections.forEach((s, i) => {
    if (topics[i].length && s.nstart <= mid && mid < s.nend && (best < 0 || s.level >= sections[best].level)) best = i;
  });
  return best;
}

export function printScore(title, { rows, macroF1 }) {
  console.log(title);
  for (const x of rows) console.log(`  ${x.group.padEnd(9)} P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (tp ${x.tp} fp ${x.fp} fn ${x.fn})`);
  console.log(`  macro-F1 ${macroF1.toFixed(4)}`);
}

/**
 * The shipped model, or `--model PATH` (a model trained with the scored fold held out), followed by
 * what analyzeDocument does after classifying: the same sentences become units of their own
 * (sentenceCarves in topics/sentenceUnits.ts), then the unit filter (topics/unitFilter.ts; `--filter PATH`
 * scores one trained by `scripts/train-unit-filter.mjs --folds … --out PATH`). The returned function replaces
 * the contents of the sections array it is given with the tree including those units.
 */
export async function pickClassifier() {
  const classify = await pickModelClassifier();
  const { extractFactsWithOperators } = await import('../src/main/analyze/facts/index.ts');
  const { addSentenceUnits, sentenceCarves } = await import('../src/main/analyze/topics/sentenceUnits.ts');
  const filter = await pickUnitFilter();
  return (text, sections, language) => {
    const topics = classify(text, sections, language);
    const facts = extractFactsWithOperators(text, sections, null).facts;
    const units = addSentenceUnits(text, sections, topics, sentenceCarves(text, facts, language));
    sections.splice(0, sections.length, ...units.sections);
    return filter(text, units.sections, units.topics, language);
  };
}

/** What analyzeDocument does last: the unit filter, shipped or `--filter PATH` (`--filter none`: no filter). */
async function pickUnitFilter() {
  const at = process.argv.indexOf('--filter');
  const m = process.argv.indexOf('--model');
  if (at < 0 && m < 0) return (await import('../src/main/analyze/topics/index.ts')).filterUnits;
  const path = at < 0 ? resolve(REPO, 'src/main/analyze/topics/unit-filter-weights.json') : process.argv[at + 1];
  if (path === 'none') return (text, sections, topics) => topics;
  if (!existsSync(path)) throw new Error(`--filter ${path}: no such file`);
  const { filterUnitTopics } = await import('../src/main/analyze/topics/unitFilter.ts');
  const model = await loadModel(m < 0 ? resolve(REPO, 'src/main/analyze/topics/model-weights.json') : process.argv[m + 1]);
  const filter = JSON.parse(readFileSync(path, 'utf8'));
  return (text, sections, topics, language) => (language === 'zh' ? filterUnitTopics(model, filter, text, sections, topics) : topics);
}

async function pickModelClassifier() {
  const at = process.argv.indexOf('--model');
  if (at < 0) return (await import('../src/main/analyze/topics/index.ts')).classifySections;
  const { classifyWithModel } = await import('../src/main/analyze/topics/classify.ts');
  const model = await loadModel(process.argv[at + 1]);
  return (text, sections, language) => classifyWithModel(model, text, sections, language);
}

/** A topic model weights file, read once however many stages use it. */
const models = new Map();
async function loadModel(path) {
  if (!models.has(path)) {
    const { TopicModel } = await import('../src/main/analyze/topics/model.ts');
    models.set(path, new TopicModel(JSON.parse(readFileSync(path, 'utf8'))));
  }
  return models.get(path);
}
