#!/usr/bin/env node
// Facts scored against blind labels written with the facts guide of bench/topic-labels/GUIDE.md: per key, the
// document's full set must be exactly what the labeller listed (keys the labeller marked ambiguous are left out).
//   node bench/score-facts.mjs LABELS_DIR SOURCES_DIR [--verbose]
//   (LABELS_DIR/<name>.json, the policy in SOURCES_DIR/<name>.<md|html|htm|txt|docx|pdf>; used for round 21's fresh
//    batch of policies from public GitHub repositories, which stay outside the repository)
import './score-loader.mjs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const { ingestFile } = await import('../src/main/ingest/index.ts');
const { analyzeDocument } = await import('../src/main/analyze/index.ts');

const [labelsDir, sourcesDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!labelsDir || !sourcesDir) throw new Error('usage: node bench/score-facts.mjs LABELS_DIR SOURCES_DIR [--verbose]');
const verbose = process.argv.includes('--verbose');

const asSet = (xs) => JSON.stringify([...new Set(xs.map((x) => JSON.stringify(x)))].sort());
const one = (x) => JSON.stringify(x ?? null);
const digits = (p) => String(p).replace(/\D/g, '');
const durations = (xs) => xs.map((r) => ({ days: r.days, workdays: r.workdays }));

/** The scored keys of a labelled or an analysed document, each as a comparable string. */
function keys(f) {
  return {
    email: asSet(f.email.map((e) => String(e).toLowerCase())), phone: asSet(f.phone.map(digits)),
    response_time: asSet(durations(f.response_time)), storage_location: asSet(f.storage_location),
    cross_border: one(f.cross_border), published: one(f.published), effective: one(f.effective), updated: one(f.updated),
    // (Labellers read the extracted text, the analyser reports names as the source writes them: `（中国）` is `(中国)`.)
    operator: asSet(f.operator.map((o) => String(o).normalize('NFKC'))), minor_age: asSet(f.minor_age.map(Number)), app: one(f.app),
  };
}

let right = 0, scored = 0, absent = 0;
const wrong = {};
for (const file of readdirSync(labelsDir).filter((f) => f.endsWith('.json')).sort()) {
  const label = JSON.parse(readFileSync(resolve(labelsDir, file), 'utf8'));
  const name = label.doc ?? file.replace(/\.json$/, '');
  const source = ['md', 'html', 'htm', 'txt', 'docx', 'pdf'].map((e) => resolve(sourcesDir, `${name}.${e}`)).find(existsSync);
  // (The fresh pages live outside the repository and may be only partly at hand: bench/fresh-check.mjs.)
  if (!source) {
    absent++;
    continue;
  }
  const a = analyzeDocument(await ingestFile(source));
  const of = (kind) => a.facts.filter((x) => x.kind === kind).map((x) => x.value);
  const got = keys({
    email: of('email'), phone: of('phone'), response_time: of('response_time'), storage_location: of('storage_location'),
    cross_border: of('cross_border')[0], ...a.dates, operator: a.operator, minor_age: of('minor_age'), app: a.app,
  });
  const want = keys({
    email: label.email ?? [], phone: label.phone ?? [], response_time: label.response_time ?? [], storage_location: label.storage_location ?? [],
    cross_border: label.cross_border, published: label.published, effective: label.effective, updated: label.updated,
    operator: label.operator ?? [], minor_age: label.minor_age ?? [], app: label.app,
  });
  for (const k of Object.keys(want)) {
    if (label.ambiguous && k in label.ambiguous) continue;
    scored++;
    if (got[k] === want[k]) right++;
    else {
      wrong[k] = (wrong[k] ?? 0) + 1;
      if (verbose) console.log(`  ${name} ${k}: got ${got[k]}, labelled ${want[k]}`);
    }
  }
}
console.log(`facts exactly right ${(right / Math.max(1, scored)).toFixed(4)} (${right}/${scored} keys); wrong by key ${JSON.stringify(wrong)}`);
if (absent) console.log(`(${absent} labelled pages without a source in ${sourcesDir} were left out)`);
