#!/usr/bin/env node
// Hand-labelled topic check (bench/hand-labels.mjs): heading recall and topic presence F1 of the
// shipped analyzer on the pages in bench/topic-labels.
//   node --experimental-transform-types bench/score-headings.mjs [--verbose] [--as plain|bare|html|html-bold|copied]
//   (--as: the CA4P pages rendered in another form first, bench/render-pages.mjs; `copied`: every page as Chromium shows it,
//   copied out as text, bench/copied-pages.mjs)
import './score-loader.mjs';
import { resolve } from 'node:path';
import { REPO } from './score-corpora.mjs';
import { scoreHandLabels } from './hand-labels.mjs';
import { FORMS, renderedPath } from './render-pages.mjs';
import { closeCopier, copiedPath } from './copied-pages.mjs';

const { ingestFile } = await import(resolve(REPO, 'src/main/ingest/index.ts'));
const { analyzeDocument } = await import(resolve(REPO, 'src/main/analyze/index.ts'));
const { TOPICS } = await import(resolve(REPO, 'src/shared/taxonomy.ts'));

const topics = TOPICS.map((t) => t.id).filter((id) => id !== 'scope' && id !== 'other');
const log = process.argv.includes('--verbose') ? (line) => console.log(`  ${line}`) : null;
const at = process.argv.indexOf('--as');
const form = at < 0 ? null : process.argv[at + 1];
if (form !== null && form !== 'copied' && !FORMS.includes(form)) throw new Error(`--as ${form}: one of ${[...FORMS, 'copied'].join(', ')}`);
const formPath = async (path) => (form === 'copied' ? copiedPath(path) : form ? renderedPath(path, form) : path);
const r = await scoreHandLabels(async (path) => analyzeDocument(await ingestFile(await formPath(path))), topics, log).finally(closeCopier);
for (const [t, c] of Object.entries(r.presence)) {
  const f1 = c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : c.fp + c.fn ? 0 : 1;
  console.log(`  ${t.padEnd(19)} F1 ${f1.toFixed(3)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
}
console.log(`topic presence F1 ${r.presenceF1.toFixed(4)} (micro, ${r.labelled} labelled presences)`);
console.log(`heading recall ${r.headingRecall.toFixed(4)} (${r.found}/${r.wanted})`);
if (r.skipped) console.log(`(${r.skipped} labelled pages not at hand were left out)`);
