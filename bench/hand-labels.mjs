// Hand-labelled topic check, scored the way issue 3's held-out set is: for each topic an analyst
// assigns, the headings they list must be found (a section carrying the topic whose heading, or an
// ancestor's or descendant's, matches) — heading recall; and topic presence F1 over the 17 topics
// other than scope/other. Labels: bench/topic-labels/*.json, written by reading the corpus pages,
// never from our output. Shared by bench/score-headings.mjs and tests/main/analyze/topics/score.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO, CORPORA } from './score-corpora.mjs';

// (HAND_LABELS=DIR scores another set of labels, e.g. a new blind batch before it joins this one, or the fresh pages'
// labels, whose pages live outside the repository: there a label whose page is not at hand is skipped and counted.)
const LABELS = process.env.HAND_LABELS ?? resolve(REPO, 'bench', 'topic-labels');
const PAGES_OUTSIDE = process.env.HAND_LABELS !== undefined;

/** Headings compare without markup, spacing or punctuation, so `三、 我们如何…：` matches `三、我们如何…`. */
const norm = (s) => s.replace(/[\s*#【】\[\]（）()「」《》“”"'：:、，,。.;；!！?？_\-—]/g, '').toLowerCase();
const matches = (heading, wanted) => {
  const a = norm(heading), b = norm(wanted);
  return a.length >= 2 && b.length >= 2 && (a === b || a.includes(b) || b.includes(a));
};

/**
 * analyze(path) → Promise<{ sections }> for a corpus file; topics: the scored topic ids.
 * Returns per-topic presence counts, micro presence F1, heading recall and, with log, each miss.
 */
export async function scoreHandLabels(analyze, topics, log = null) {
  const presence = Object.fromEntries(topics.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let wanted = 0, found = 0, skipped = 0;
  for (const f of readdirSync(LABELS).filter((f) => f.endsWith('.json')).sort()) {
    const label = JSON.parse(readFileSync(resolve(LABELS, f), 'utf8'));
    const page = resolve(CORPORA, label.path);
    if (PAGES_OUTSIDE && !existsSync(page)) {
      skipped++;
      continue;
    }
    const { sections } = await analyze(page);
    const titled = (s) => [`${s.number ?? ''}${s.heading}`, s.heading];
    const below = (d, s) => { for (let p = d; p.parent != null; p = sections[p.parent]) if (p.parent === s.id) return true; return false; };
    const lineage = (s) => {
      const out = [];
      for (let p = s; p; p = p.parent == null ? null : sections[p.parent]) out.push(p);
      for (const d of sections) if (below(d, s)) out.push(d);
      return out;
    };
    const named = (s, h) => titled(s).some((x) => matches(x, h));
    for (const t of topics) {
      const gold = label.topics[t] ?? { present: false, headings: [] };
      const predicted = sections.some((s) => s.topics.includes(t));
      const cell = presence[t];
      if (gold.present && predicted) cell.tp++;
      else if (gold.present) { cell.fn++; log?.(`miss ${t} in ${label.doc}: “${gold.evidence ?? ''}”`); }
      else if (predicted) { cell.fp++; log?.(`extra ${t} in ${label.doc}`); }
      if (!gold.present) continue;
      for (const h of gold.headings ?? []) {
        wanted++;
        if (sections.some((s) => s.topics.includes(t) && lineage(s).some((x) => named(x, h)))) { found++; continue; }
        const own = sections.filter((s) => named(s, h));
        log?.(`heading not found for ${t} in ${label.doc}: ${h}  — ${own.length ? `section has {${own.map((s) => s.topics.join(',')).join(' | ')}}` : 'no such section'}`);
      }
    }
  }
  let tp = 0, fp = 0, fn = 0;
  for (const c of Object.values(presence)) { tp += c.tp; fp += c.fp; fn += c.fn; }
  return { presence, presenceF1: (2 * tp) / (2 * tp + fp + fn), labelled: tp + fn, headingRecall: found / Math.max(1, wanted), found, wanted, skipped };
}
