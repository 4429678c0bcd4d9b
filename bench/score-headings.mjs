#!/usr/bin/env node
// Hand-labelled topic check, scored the way issue 3's held-out set is: for each topic an analyst
// assigns, the headings they list must be found (a section carrying the topic whose heading, or an
// ancestor's or descendant's, matches) — heading recall; and topic presence F1 over the 17 topics
// other than scope/other. Labels: bench/topic-labels/*.json (read from the corpora texts, never
// from our output).   node bench/score-headings.mjs [--verbose]
import './score-loader.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO, CORPORA } from './score-corpora.mjs';

const { ingestFile } = await import(resolve(REPO, 'src/main/ingest/index.ts'));
const { analyzeDocument } = await import(resolve(REPO, 'src/main/analyze/index.ts'));
const { TOPICS } = await import(resolve(REPO, 'src/shared/taxonomy.ts'));

const verbose = process.argv.includes('--verbose');
const SCORED = TOPICS.map((t) => t.id).filter((id) => id !== 'scope' && id !== 'other');
const LABELS = resolve(REPO, 'bench', 'topic-labels');

/** Headings compare without markup, spacing or punctuation, so `三、 我们如何…：` matches `三、我们如何…`. */
const norm = (s) => s.replace(/[\s*#【】\[\]（）()「」《》“”"'：:、，,。.;；!！?？_\-—]/g, '').toLowerCase();
const matches = (heading, wanted) => {
  const a = norm(heading), b = norm(wanted);
  return a.length >= 2 && b.length >= 2 && (a === b || a.includes(b) || b.includes(a));
};

const presence = Object.fromEntries(SCORED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
let wantedHeadings = 0, foundHeadings = 0;
for (const f of readdirSync(LABELS).filter((f) => f.endsWith('.json')).sort()) {
  const label = JSON.parse(readFileSync(resolve(LABELS, f), 'utf8'));
  const analysis = analyzeDocument(await ingestFile(resolve(CORPORA, label.path)));
  const sections = analysis.sections;
  const full = (s) => `${s.number ?? ''}${s.heading}`;
  const lineage = (s) => {
    const out = [];
    for (let p = s; p; p = p.parent == null ? null : sections[p.parent]) out.push(p);
    for (const d of sections) if (isBelow(d, s)) out.push(d);
    return out;
  };
  const isBelow = (d, s) => { for (let p = d; p.parent != null; p = sections[p.parent]) if (p.parent === s.id) return true; return false; };
  for (const t of SCORED) {
    const gold = label.topics[t] ?? { present: false, headings: [] };
    const predicted = sections.some((s) => s.topics.includes(t));
    const cell = presence[t];
    if (gold.present && predicted) cell.tp++;
    else if (gold.present) { cell.fn++; if (verbose) console.log(`  miss ${t} in ${label.doc}: “${gold.evidence ?? ''}”`); }
    else if (predicted) {
      cell.fp++;
      if (verbose) console.log(`  extra ${t} in ${label.doc}: ${sections.filter((s) => s.topics.includes(t)).map((s) => full(s).slice(0, 30)).join(' | ')}`);
    }
    if (!gold.present) continue;
    for (const h of gold.headings ?? []) {
      wantedHeadings++;
      const hit = sections.some((s) => s.topics.includes(t) && lineage(s).some((x) => matches(full(x), h) || matches(x.heading, h)));
      if (hit) foundHeadings++;
      else if (verbose) {
        const own = sections.filter((s) => matches(full(s), h) || matches(s.heading, h));
        const why = own.length ? `section has {${own.map((s) => s.topics.join(',')).join(' | ')}}` : 'no such section';
        console.log(`  heading not found for ${t} in ${label.doc}: ${h}  — ${why}`);
      }
    }
  }
}

let tp = 0, fp = 0, fn = 0;
for (const t of SCORED) {
  const c = presence[t];
  tp += c.tp; fp += c.fp; fn += c.fn;
  const f1 = c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : c.fp + c.fn ? 0 : 1;
  console.log(`  ${t.padEnd(19)} F1 ${f1.toFixed(3)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
}
console.log(`topic presence F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(4)} (micro, ${tp + fn} labelled presences)`);
console.log(`heading recall ${(foundHeadings / Math.max(1, wantedHeadings)).toFixed(4)} (${foundHeadings}/${wantedHeadings})`);
