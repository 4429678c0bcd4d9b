#!/usr/bin/env node
// CA4P-483 scored the way the held-out judge will: the built CLI's `analyze --json` on the policy
// files (ingest + normalise + analyze, spans in source offsets), each segment's midpoint in the
// deepest topic-carrying section. Checks that the in-process bench (score-ca4p.mjs) tells the truth.
//   npm run build && node bench/score-ca4p-cli.mjs [--all|--tune]
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO, CORPORA, readCa4p, isCa4pDev, isCa4pTune, scoreSegments, TOPIC_GROUP, printScore } from './score-corpora.mjs';

const inFold = process.argv.includes('--tune') ? isCa4pTune : isCa4pDev;
const docs = readCa4p().filter((d) => process.argv.includes('--all') || inFold(d.id));
const cli = resolve(REPO, 'bin', 'policy-lens.js');
const BATCH = 50;
const scored = [];
const t0 = performance.now();
for (let i = 0; i < docs.length; i += BATCH) {
  const batch = docs.slice(i, i + BATCH);
  const files = batch.map((d) => resolve(CORPORA, 'ca4p483', 'txt', d.name + '.txt'));
  const out = JSON.parse(execFileSync(process.execPath, [cli, 'analyze', ...files, '--json'], { maxBuffer: 1 << 30, encoding: 'utf8' }));
  out.forEach((r, k) => {
    if (r.error) throw new Error(`${files[k]}: ${r.error}`);
    // The judge's view: [start, end) in source offsets, depth by level.
    const sections = r.sections.map((s) => ({ ...s, nstart: s.start, nend: s.end }));
    scored.push({ sections, topics: r.sections.map((s) => s.topics), segments: batch[k].segments.map((s) => ({ ...s, classes: [s.cls] })) });
  });
}
printScore(`CA4P-483 ${docs.length} policies through \`policy-lens analyze --json\``, scoreSegments(scored, TOPIC_GROUP));
console.log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
