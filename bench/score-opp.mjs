#!/usr/bin/env node
// OPP-115 dev-split score (uid % 3 == 1): each policy becomes plain text with one paragraph per
// segment; each paragraph is a level-1 section whose heading is its first line when that line is
// short (segments often open with their heading). Same midpoint scoring as CA4P.
//   node bench/score-opp.mjs [--all]
import './score-loader.mjs';
import { readOpp, isOppDev, scoreSegments, printScore } from './score-corpora.mjs';

const { classifySections } = await import('../src/main/analyze/topics/index.ts');
const { CLASS_OF_TOPIC } = await import('../src/main/analyze/topics/classes.ts');
const GROUPS = ['collect', 'share', 'rights', 'store', 'security', 'updates'];

const docs = readOpp().filter((d) => process.argv.includes('--all') || isOppDev(d.uid));
let ms = 0;
const scored = docs.map((d) => {
  let text = '';
  const sections = [];
  const segments = [];
  d.segments.forEach((s, i) => {
    const nstart = text.length;
    text += s.text + '\n\n';
    const firstLine = s.text.split('\n')[0];
    const isHeading = firstLine.length <= 80 && !/[.:;]$/.test(firstLine) && s.text.includes('\n');
    sections.push({
      id: i, parent: null, level: 1, number: null, heading: isHeading ? firstLine : '',
      start: nstart, end: text.length, nstart, nend: text.length,
      nbody: isHeading ? nstart + firstLine.length + 1 : nstart, topics: [],
    });
    if (s.labelled) segments.push({ start: nstart, end: nstart + s.text.length, classes: s.classes });
  });
  const t0 = performance.now();
  const topics = classifySections(text, sections, 'en');
  ms += performance.now() - t0;
  return { sections, topics, segments };
});
printScore(`OPP-115 ${docs.length} policies`, scoreSegments(scored, CLASS_OF_TOPIC, GROUPS));
console.log(`  classify: ${(ms / docs.length).toFixed(2)} ms/policy`);
