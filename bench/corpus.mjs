// Builds benchmark corpora in temp dirs from the real policies in ../shared/corpora.
// Copies are perturbed (a swapped character and a tag line) so every file has its own content hash;
// nothing here is ever written inside the repository.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

export const CORPORA = resolve(import.meta.dirname, '..', '..', 'shared', 'corpora');
export const SEEDS = resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');

function listFiles(dir, exts) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, exts));
    else if (exts.includes(extname(entry.name).toLowerCase())) out.push(full);
  }
  return out.sort();
}

/** First CSV column of the VioDroid file (sentences may be quoted and contain commas). */
function csvFirstColumn(line) {
  if (!line.startsWith('"')) return line.slice(0, line.lastIndexOf(',', line.lastIndexOf(',') - 1));
  let out = '';
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '"' && line[i + 1] === '"') { out += '"'; i++; } else if (line[i] === '"') break; else out += line[i];
  }
  return out;
}

/** Labelled sentences grouped 60 at a time into pseudo-policies, one sentence per paragraph. */
function pseudoPolicies() {
  const lines = readFileSync(join(CORPORA, 'viodroid_zh', 'labelled_sentences.csv'), 'utf8').split('\n').filter(Boolean);
  const sentences = lines.map(csvFirstColumn).filter((s) => s.length > 4);
  const docs = [];
  for (let i = 0; i < sentences.length; i += 60) {
    const n = docs.length + 1;
    docs.push({ name: `viodroid_pseudo_${n}`, ext: '.txt', text: `伪隐私政策 ${n}\n\n${sentences.slice(i, i + 60).join('。\n\n')}。\n` });
  }
  return docs;
}

/** Every real policy text the bench replicates: ~730 documents, ~18 MB. */
export function loadPool() {
  const pool = [];
  const add = (file) => pool.push({ name: basename(file, extname(file)), ext: extname(file).toLowerCase(), text: readFileSync(file, 'utf8') });
  listFiles(join(CORPORA, 'ca4p483', 'txt'), ['.txt']).forEach(add);
  listFiles(join(CORPORA, 'viodroid_zh', 'policies'), ['.txt']).forEach(add);
  listFiles(join(CORPORA, 'zh_policy_versions'), ['.md', '.html']).forEach(add);
  listFiles(join(CORPORA, 'ota_pga_versions'), ['.md']).forEach(add);
  pool.push(...pseudoPolicies());
  return pool;
}

/** A small deterministic edit: swap one common character at a position derived from `k`, add a tag line. */
export function perturb(text, k) {
  const pos = Math.floor((text.length * ((k * 7919) % 1000)) / 1000);
  const i = text.indexOf('的', pos);
  const swapped = i >= 0 ? text.slice(0, i) + '之' + text.slice(i + 1) : text;
  return `${swapped}\n\n副本标识 ${k}\n`;
}

/**
 * Writes `count` files into `dir` (100 per sub-folder), cycling through `pool`.
 * `distinctApps` renames the CA4P `Apkid:` line so each copy reads as its own app.
 */
export function writeCorpus(dir, pool, count, { distinctApps = false } = {}) {
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const src = pool[k % pool.length];
    const sub = join(dir, `d${String(Math.floor(k / 100)).padStart(3, '0')}`);
    if (k % 100 === 0) mkdirSync(sub, { recursive: true });
    let text = perturb(src.text, k);
    if (distinctApps) text = text.replace(/^Apkid:(\S+)/, `Apkid:$1.copy${k}`);
    const file = join(sub, `${String(k).padStart(5, '0')}_${src.name}${src.ext}`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}

/** `times` perturbed copies of one real folder (flat .txt files), e.g. CA4P ×10. */
export function writeCopies(dir, srcDir, times) {
  const files = listFiles(srcDir, ['.txt']);
  let bytes = 0;
  for (let t = 0; t < times; t++) {
    const sub = join(dir, `copy${t}`);
    mkdirSync(sub, { recursive: true });
    for (const f of files) {
      const text = t === 0 ? readFileSync(f, 'utf8') : perturb(readFileSync(f, 'utf8'), t);
      writeFileSync(join(sub, basename(f)), text);
      bytes += Buffer.byteLength(text);
    }
  }
  return { files: files.length * times, bytes };
}

export function folderBytes(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    bytes += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return bytes;
}

/**
 * A ~50 KB seed and an edited copy: a removed paragraph, a rewritten sentence, an inserted
 * paragraph and a changed date, the kinds of edits real policy updates make.
 */
export function diffPair() {
  const old = readFileSync(join(SEEDS, '000_b3d8f0754159c698.txt'), 'utf8');
  const paras = old.split('\n');
  const edited = [...paras];
  const mid = Math.floor(paras.length / 2);
  edited.splice(mid, 1);
  edited.splice(Math.floor(paras.length / 3), 0, '我们会在收到您的请求后十五个工作日内予以答复，并将您的个人信息存储于中华人民共和国境内。');
  const q = Math.floor((paras.length * 3) / 4);
  edited[q] = (edited[q] ?? '').replace(/个人信息/g, '个人数据');
  let text = edited.join('\n').replace(/20\d\d年/, '2031年');
  text = text.replace(/第三方/, '合作方');
  return { old, new: text };
}

const TAG_DIGITS = '甲乙丙丁戊己庚辛壬癸';
const ENTITY_END = /(公司|中心|局|委员会|研究院|事务所|工作室)$/;

/**
 * Makes every document of an indexed corpus read as its own app: copies of one policy (and real
 * policies of one operator) share an app name, so the analyzer rightly groups them as versions.
 * `documents` are `{ path, app, operator[] , group }` rows read from the index; every member of a
 * group but the first gets a two-character tag in its app and operator names, wherever the text
 * says them. Returns how many files were rewritten.
 */
export function distinguishApps(documents) {
  const seen = new Map();
  let rewritten = 0;
  for (const d of documents) {
    const n = seen.get(d.group) ?? 0;
    seen.set(d.group, n + 1);
    if (n === 0) continue;
    const tag = TAG_DIGITS[Math.floor(n / 10) % 10] + TAG_DIGITS[n % 10];
    let text = readFileSync(d.path, 'utf8');
    // Longest first, so a name inside another (app = operator, say) is tagged once.
    // Names as the text writes them: the analyzer adds `APP` suffixes and NFKC-folds parentheses.
    const written = [d.app, ...d.operator].filter(Boolean).flatMap((n) => [n, n.replace(/\s*app$/i, ''), n.replace(/\(/g, '（').replace(/\)/g, '）')]);
    for (const name of [...new Set(written)].filter((n) => n.length >= 2 && text.includes(n)).sort((a, b) => b.length - a.length)) {
      // An entity name keeps its legal suffix last (`武汉甲乙网幂科技有限公司`), or the extractor drops the tag.
      const tagged = ENTITY_END.test(name) ? name.slice(0, 2) + tag + name.slice(2) : name + tag;
      text = text.split(name).join(tagged);
    }
    writeFileSync(d.path, text);
    rewritten++;
  }
  return rewritten;
}
