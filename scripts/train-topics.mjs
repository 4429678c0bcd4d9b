#!/usr/bin/env node
// Trains the topic model offline and writes src/main/analyze/topics/model-weights.json.
// One-vs-rest logistic regression (SGD) over hashed n-grams (features.ts) from CA4P-483 segments,
// VioDroid labelled sentences and OPP-115 majority-labelled segments.
//   node scripts/train-topics.mjs          train without the dev split (CA4P id%5==1, OPP uid%3==1)
//   node scripts/train-topics.mjs --all    train on everything (the shipped model)
import '../bench/score-loader.mjs';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO, readCa4p, readViodroid, readOpp, isCa4pDev, isOppDev } from '../bench/score-corpora.mjs';

const { FeatureVector, HASH_BITS } = await import('../src/main/analyze/topics/features.ts');
const { MODEL_CLASSES } = await import('../src/main/analyze/topics/classes.ts');

const all = process.argv.includes('--all');
const EPOCHS = 10;
const MIN_DOC_FREQ = 3;
const MAX_ROWS = 90_000;
const K = MODEL_CLASSES.length;
const D = 1 << HASH_BITS;
const classIndex = new Map(MODEL_CLASSES.map((c, i) => [c, i]));

const examples = [];
const vec = new FeatureVector();
const docFreq = new Uint32Array(D);
function addExample(text, classes, weight) {
  if (!text || text.trim().length < 2) return;
  vec.fill(text);
  const idx = Int32Array.from(vec.touched.subarray(0, vec.size));
  const val = Float32Array.from(idx, (b) => vec.counts[b]);
  for (const b of idx) docFreq[b]++;
  const y = new Uint8Array(K);
  for (const c of classes) y[classIndex.get(c)] = 1;
  examples.push({ idx, val, y, weight });
}

let n = { ca4p: 0, vio: 0, opp: 0 };
for (const doc of readCa4p()) {
  if (!all && isCa4pDev(doc.id)) continue;
  // Overlapping segments carry two labels: merge labels of identical spans.
  const bySpan = new Map();
  for (const s of doc.segments) {
    const key = `${s.start}:${s.end}`;
    if (!bySpan.has(key)) bySpan.set(key, new Set());
    bySpan.get(key).add(s.cls);
  }
  for (const [key, classes] of bySpan) {
    const [a, b] = key.split(':').map(Number);
    addExample(doc.text.slice(a, b), classes, 1);
    n.ca4p++;
  }
}
for (const s of readViodroid()) { addExample(s.text, s.classes, 0.5); n.vio++; }
for (const doc of readOpp()) {
  if (!all && isOppDev(doc.uid)) continue;
  for (const s of doc.segments) if (s.labelled && s.classes.length) { addExample(s.text, s.classes, 2); n.opp++; }
}
console.log(`examples: ${JSON.stringify(n)} (${all ? 'all data' : 'dev split held out'})`);

const W = new Float32Array(D * K);
const bias = new Float64Array(K);
const order = Uint32Array.from(examples.keys());
let seed = 12345;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const LAMBDA = 1e-6;
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  const lr = 0.8 / (1 + epoch * 0.5);
  let loss = 0;
  const z = new Float64Array(K);
  for (const e of order) {
    const { idx, val, y, weight } = examples[e];
    z.set(bias);
    for (let t = 0; t < idx.length; t++) { const base = idx[t] * K; const v = val[t]; for (let c = 0; c < K; c++) z[c] += W[base + c] * v; }
    for (let c = 0; c < K; c++) {
      const p = 1 / (1 + Math.exp(-z[c]));
      loss -= weight * (y[c] ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      const g = (p - y[c]) * weight * lr;
      bias[c] -= g * 0.1;
      for (let t = 0; t < idx.length; t++) { const o = idx[t] * K + c; W[o] -= g * val[t] + lr * LAMBDA * W[o]; }
    }
  }
  console.log(`epoch ${epoch + 1}: loss ${(loss / order.length).toFixed(4)}`);
}

// Keep the buckets seen in enough examples, the strongest first, and quantise to int8.
const candidates = [];
for (let b = 0; b < D; b++) {
  if (docFreq[b] < MIN_DOC_FREQ) continue;
  let m = 0;
  for (let c = 0; c < K; c++) m = Math.max(m, Math.abs(W[b * K + c]));
  if (m > 0.01) candidates.push([b, m]);
}
candidates.sort((a, b) => b[1] - a[1]);
const kept = candidates.slice(0, MAX_ROWS).map(([b]) => b).sort((a, b) => a - b);
const scale = Array.from({ length: K }, (_, c) => {
  let m = 0;
  for (const b of kept) m = Math.max(m, Math.abs(W[b * K + c]));
  return m / 127 || 1;
});
const present = new Uint8Array(D / 8);
const q = new Int8Array(kept.length * K);
kept.forEach((b, r) => {
  present[b >> 3] |= 1 << (b & 7);
  for (let c = 0; c < K; c++) q[r * K + c] = Math.round(W[b * K + c] / scale[c]);
});
const file = {
  version: 1,
  hashBits: HASH_BITS,
  classes: [...MODEL_CLASSES],
  trainedOn: all ? 'all' : 'train-split',
  examples: n,
  bias: Array.from(bias, (x) => Number(x.toFixed(5))),
  scale: scale.map((x) => Number(x.toPrecision(6))),
  present: Buffer.from(present).toString('base64'),
  weights: Buffer.from(q.buffer).toString('base64'),
};
const out = resolve(REPO, 'src/main/analyze/topics/model-weights.json');
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`kept ${kept.length} of ${candidates.length} buckets; wrote ${out} (${(JSON.stringify(file).length / 1024).toFixed(0)} KB)`);
