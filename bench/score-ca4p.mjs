#!/usr/bin/env node
// CA4P-483 dev-split score of the topic classifier (segment midpoint → deepest topic-carrying
// section). Uses analyzeDocument's splitter when src/main/analyze/index.ts exists, else splitSimple.
//   node bench/score-ca4p.mjs [--simple] [--all] [--tune]
//   (--all scores every annotated policy; --tune scores the tune fold id%5==3 instead of the dev split;
//    --model PATH scores weights trained by `scripts/train-topics.mjs [--tune] --out PATH` instead of the shipped ones,
//    --filter PATH|none a unit filter trained by `scripts/train-unit-filter.mjs --folds … --out PATH`, or none)
import './score-loader.mjs';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO, readCa4p, isCa4pDev, isCa4pTune, splitSimple, scoreSegments, TOPIC_GROUP, printScore, printMappedOnly, pickClassifier } from './score-corpora.mjs';

const classifySections = await pickClassifier();
const split = await pickSplitter();

const inFold = process.argv.includes('--tune') ? isCa4pTune : isCa4pDev;
const docs = readCa4p().filter((d) => process.argv.includes('--all') || inFold(d.id));
let ms = 0, chars = 0;
const scored = docs.map((d) => {
  const sections = split(d.text);
  const t0 = performance.now();
  const topics = classifySections(d.text, sections, 'zh');
  ms += performance.now() - t0;
  chars += d.text.length;
  return { sections, topics, segments: d.segments.map((s) => ({ ...s, classes: [s.cls] })) };
});
printScore(`CA4P-483 ${docs.length} policies (${split.name})`, scoreSegments(scored, TOPIC_GROUP));
printMappedOnly(scored, TOPIC_GROUP);
console.log(`  classify: ${(ms / docs.length).toFixed(2)} ms/policy, ${((ms / chars) * 50_000).toFixed(2)} ms per 50k chars`);

async function pickSplitter() {
  if (!process.argv.includes('--simple') && existsSync(resolve(REPO, 'src/main/analyze/sections.ts'))) {
    try {
      const m = await import('../src/main/analyze/sections.ts');
      const fn = m.splitSections;
      if (typeof fn === 'function') {
        const analyzeSplit = (text) => { const r = fn(text, []); return Array.isArray(r) ? r : r.sections; };
        Object.defineProperty(analyzeSplit, 'name', { value: 'splitSections' });
        return analyzeSplit;
      }
    } catch (e) {
      console.warn(`sections.ts not usable (${e.message}); using splitSimple`);
    }
  }
  return splitSimple;
}

