#!/usr/bin/env node
// OPP-115 dev-split score (uid % 3 == 1): each policy becomes plain text with one paragraph per
// segment, split by the real splitSections (as the judge sees it); same midpoint scoring as CA4P.
//   node bench/score-opp.mjs [--all] [--tune] [--model PATH] [--bench-sections]
//   (--tune scores the tune fold uid%6==5 instead; --bench-sections uses one section per paragraph
//    with its short first line as heading, the pre-2026-11-25 bench, instead of the splitter)
import './score-loader.mjs';
import { readOpp, isOppDev, isOppTune, scoreSegments, OPP_TOPIC_GROUP, OPP_GROUPS, printScore, printMappedOnly, pickClassifier } from './score-corpora.mjs';
import { oppAsSections } from './score-opp-doc.mjs';

const classifySections = await pickClassifier();
const { splitSections } = await import('../src/main/analyze/sections.ts');
const benchSections = process.argv.includes('--bench-sections');

const inFold = process.argv.includes('--tune') ? isOppTune : isOppDev;
const docs = readOpp().filter((d) => process.argv.includes('--all') || inFold(d.uid));
let ms = 0;
const scored = docs.map((d) => {
  const doc = oppAsSections(d);
  const { text, segments } = doc;
  const sections = benchSections ? doc.sections : splitSections(text, null, [], false);
  const t0 = performance.now();
  const topics = classifySections(text, sections, 'en');
  ms += performance.now() - t0;
  return { sections, topics, segments };
});
printScore(`OPP-115 ${docs.length} policies (${benchSections ? 'bench sections' : 'splitSections'})`, scoreSegments(scored, OPP_TOPIC_GROUP, OPP_GROUPS));
printMappedOnly(scored, OPP_TOPIC_GROUP, OPP_GROUPS);
console.log(`  classify: ${(ms / docs.length).toFixed(2)} ms/policy`);

