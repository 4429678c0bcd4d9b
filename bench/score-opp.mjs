#!/usr/bin/env node
// OPP-115 dev-split score (uid % 3 == 1): each policy becomes plain text with one paragraph per
// segment; each paragraph is a level-1 section whose heading is its first line when that line is
// short (segments often open with their heading). Same midpoint scoring as CA4P.
//   node bench/score-opp.mjs [--all] [--tune]   (--tune scores the tune fold uid%6==5 instead)
import './score-loader.mjs';
import { readOpp, isOppDev, isOppTune, scoreSegments, TOPIC_GROUP, printScore } from './score-corpora.mjs';
import { oppAsSections } from './score-opp-doc.mjs';

const { classifySections } = await import('../src/main/analyze/topics/index.ts');
const GROUPS = ['collect', 'share', 'rights', 'store', 'security', 'updates'];

const inFold = process.argv.includes('--tune') ? isOppTune : isOppDev;
const docs = readOpp().filter((d) => process.argv.includes('--all') || inFold(d.uid));
let ms = 0;
const scored = docs.map((d) => {
  const { text, sections, segments } = oppAsSections(d);
  const t0 = performance.now();
  const topics = classifySections(text, sections, 'en');
  ms += performance.now() - t0;
  return { sections, topics, segments };
});
printScore(`OPP-115 ${docs.length} policies`, scoreSegments(scored, TOPIC_GROUP, GROUPS));
console.log(`  classify: ${(ms / docs.length).toFixed(2)} ms/policy`);
