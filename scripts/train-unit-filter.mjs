#!/usr/bin/env node
// Trains the unit filter (src/main/analyze/topics/unitFilter.ts) and writes unit-filter-weights.json.
// Its features are the topic model's readings, so it learns from CA4P folds that model did not see: for each fold k
// (id ≡ k mod 5), a topic model trained without it (`HOLDOUT=5:k node scripts/train-topics.mjs`, trained here unless
// `--models DIR` holds `topics-holdout-<k>.json`) reads the fold's policies through the real pipeline (split, classify,
// sentence units). Every labelled segment whose midpoint falls in a paragraph unit carrying a class is one example:
// the unit's features, the segment's class. One logistic regression per class (full-batch gradient descent on
// standardised features), then per class the bar that maximises F1 of what units keep, where they may drop it.
//   node scripts/train-unit-filter.mjs [--folds 1,2,3,4] [--models DIR] [--out PATH]
// (CA4P fold 0 is the judge's and has no labels here; `--folds 2,3,4` leaves fold 1 out, for cross-validation.)
import '../bench/score-loader.mjs';
import { existsSync, mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO, judgedSection, readCa4p } from '../bench/score-corpora.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i < 0 ? fallback : process.argv[i + 1]; };
const folds = arg('--folds', '1,2,3,4').split(',').map(Number);
const given = arg('--models', null);
const modelDir = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'policy-lens-folds-'));
const out = resolve(arg('--out', resolve(REPO, 'src/main/analyze/topics/unit-filter-weights.json')));

const { TopicModel } = await import('../src/main/analyze/topics/model.ts');
const { classifyWithModel } = await import('../src/main/analyze/topics/classify.ts');
const { splitSections } = await import('../src/main/analyze/sections.ts');
const { extractFactsWithOperators } = await import('../src/main/analyze/facts/index.ts');
const { addSentenceUnits, sentenceCarves } = await import('../src/main/analyze/topics/sentenceUnits.ts');
const { UnitReading, FILTER_CLASSES } = await import('../src/main/analyze/topics/unitFilter.ts');

// The held-out topic models, two at a time (one per core).
const modelPath = (k) => join(modelDir, `topics-holdout-${k}.json`);
const missing = folds.filter((k) => !existsSync(modelPath(k)));
const run = promisify(execFile);
for (let at = 0; at < missing.length; at += 2) {
  await Promise.all(missing.slice(at, at + 2).map((k) => {
    console.log(`training the topic model without fold ${k} …`);
    return run(process.execPath, [resolve(REPO, 'scripts/train-topics.mjs'), '--out', modelPath(k)], { env: { ...process.env, HOLDOUT: `5:${k}` }, maxBuffer: 1 << 24 });
  }));
}

const X = [], Y = [], droppable = [];
const docs = readCa4p();
for (const k of folds) {
  const model = new TopicModel(JSON.parse(readFileSync(modelPath(k), 'utf8')));
  for (const d of docs.filter((x) => x.id % 5 === k)) {
    const split = splitSections(d.text, []);
    const facts = extractFactsWithOperators(d.text, split, null).facts;
    const { sections, topics } = addSentenceUnits(d.text, split, classifyWithModel(model, d.text, split, 'zh'), sentenceCarves(d.text, facts, 'zh'));
    const reading = new UnitReading(model, d.text, sections, topics);
    const units = new Set(reading.units());
    const features = new Map();
    for (const seg of d.segments) {
      const best = judgedSection(sections, topics, seg);
      if (!units.has(best)) continue;
      if (!features.has(best)) features.set(best, reading.features(best));
      X.push(features.get(best));
      Y.push(FILTER_CLASSES.indexOf(seg.cls));
      droppable.push(FILTER_CLASSES.map((c) => reading.droppable(best, c)));
    }
  }
}
if (!given) rmSync(modelDir, { recursive: true, force: true });
console.log(`${X.length} examples from folds ${folds.join(', ')}`);

const F = X[0].length, K = FILTER_CLASSES.length, N = X.length;
const mean = Array.from({ length: F }, (_, f) => X.reduce((s, x) => s + x[f], 0) / N);
const sd = Array.from({ length: F }, (_, f) => Math.sqrt(X.reduce((s, x) => s + (x[f] - mean[f]) ** 2, 0) / N) + 1e-6);
const Z = X.map((x) => Float64Array.from(x, (v, f) => (v - mean[f]) / sd[f]));
const W = Array.from({ length: F }, () => new Float64Array(K));
const b = new Float64Array(K);
const ITERATIONS = 400, RATE = 0.5, L2 = 1e-3;
const P = Z.map(() => new Float64Array(K));
for (let it = 0; it < ITERATIONS; it++) {
  const gW = Array.from({ length: F }, () => new Float64Array(K));
  const gb = new Float64Array(K);
  for (let n = 0; n < N; n++) {
    const z = Z[n];
    for (let c = 0; c < K; c++) {
      let s = b[c];
      for (let f = 0; f < F; f++) s += W[f][c] * z[f];
      const p = 1 / (1 + Math.exp(-s));
      P[n][c] = p;
      const g = p - (Y[n] === c ? 1 : 0);
      gb[c] += g;
      for (let f = 0; f < F; f++) gW[f][c] += g * z[f];
    }
  }
  for (let c = 0; c < K; c++) {
    b[c] -= (RATE * gb[c]) / N;
    for (let f = 0; f < F; f++) W[f][c] -= RATE * (gW[f][c] / N + L2 * W[f][c]);
  }
}
// Per class, the bar (0 … .875) with the best F1 of what units keep: a carried class (the features open with the
// carried classes, in FILTER_CLASSES order) stays where it may not be dropped or where its probability reaches the bar.
const bars = FILTER_CLASSES.map((_, c) => {
  let best = [-1, 0];
  for (let step = 0; step < 36; step++) {
    const bar = step * 0.025;
    let tp = 0, fp = 0, fn = 0;
    for (let n = 0; n < N; n++) {
      const keep = X[n][c] === 1 && (!droppable[n][c] || P[n][c] >= bar);
      if (keep && Y[n] === c) tp++;
      else if (keep) fp++;
      else if (Y[n] === c) fn++;
    }
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > best[0] + 1e-9) best = [f1, bar];
  }
  return Number(best[1].toFixed(3));
});
const round = (v) => Number(v.toPrecision(6));
const file = { version: 1, trainedOn: `CA4P folds ${folds.join(',')}`, examples: N, mean: mean.map(round), sd: sd.map(round), weights: W.map((r) => Array.from(r, round)), bias: Array.from(b, round), bars };
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`bars ${FILTER_CLASSES.map((c, k) => `${c} ${bars[k]}`).join(', ')}; wrote ${out}`);
