#!/usr/bin/env node
// Cross-validated estimate of the shipped classifier on the labels we have, the way issue 3's judge scores held-out
// policies: CA4P-483 folds 1–4 (id ≡ k mod 5; fold 0 is the judge's and has no labels here) and OPP-115 folds 0–4
// (uid ≡ k mod 5). For each fold a topic model trained without it (`HOLDOUT=5:k scripts/train-topics.mjs`) and, for
// CA4P, a unit filter trained on the other three folds' held-out readings (`scripts/train-unit-filter.mjs`), then
// bench/score-ca4p.mjs and bench/score-opp.mjs with those weights. Models are cached in --models (default: the OS temp
// folder); --retrain trains them again, as it must after a change to the training data, features or splitter.
//   node bench/score-folds.mjs [--models DIR] [--retrain]
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const REPO = resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i < 0 ? fallback : process.argv[i + 1]; };
const dir = resolve(arg('--models', join(tmpdir(), 'policy-lens-folds')));
const retrain = process.argv.includes('--retrain');
const CA4P_FOLDS = [1, 2, 3, 4];
const OPP_FOLDS = [0, 1, 2, 3, 4];
const topicModel = (k) => join(dir, `topics-holdout-${k}.json`);
const unitFilter = (k) => join(dir, `filter-${k}.json`);
mkdirSync(dir, { recursive: true });

/** Runs node on a repository script with HOLDOUT=5:k; two at a time (the machines have two cores). */
async function inPairs(jobs) {
  const out = [];
  for (let i = 0; i < jobs.length; i += 2) out.push(...(await Promise.all(jobs.slice(i, i + 2).map((job) => job()))));
  return out;
}
const node = (k, script, args) => () =>
  run(process.execPath, [resolve(REPO, script), ...args], { cwd: REPO, env: { ...process.env, HOLDOUT: `5:${k}` }, maxBuffer: 1 << 26 })
    .then(({ stdout }) => stdout);

const missing = (path) => retrain || !existsSync(path);
await inPairs(OPP_FOLDS.filter((k) => missing(topicModel(k))).map((k) => node(k, 'scripts/train-topics.mjs', ['--out', topicModel(k)])));
await inPairs(CA4P_FOLDS.filter((k) => missing(unitFilter(k))).map((k) =>
  node(k, 'scripts/train-unit-filter.mjs', ['--folds', CA4P_FOLDS.filter((f) => f !== k).join(','), '--models', dir, '--out', unitFilter(k)])));

const macroF1 = (stdout) => {
  const m = /^ {2}macro-F1 ([\d.]+)$/m.exec(stdout);
  if (!m) throw new Error(`no macro-F1 in the scorer's output:\n${stdout}`);
  return Number(m[1]);
};
const ca4p = await inPairs(CA4P_FOLDS.map((k) => node(k, 'bench/score-ca4p.mjs', ['--model', topicModel(k), '--filter', unitFilter(k)])));
const opp = await inPairs(OPP_FOLDS.map((k) => node(k, 'bench/score-opp.mjs', ['--model', topicModel(k)])));
const line = (name, scores) =>
  `${name} macro-F1 ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(4)} (folds ${scores.map((s) => s.toFixed(4)).join(' / ')})`;
console.log(`models in ${dir}`);
console.log(line(`CA4P-483 folds ${CA4P_FOLDS.join(',')}`, ca4p.map(macroF1)));
console.log(line(`OPP-115 folds ${OPP_FOLDS.join(',')}`, opp.map(macroF1)));
