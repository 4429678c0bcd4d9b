#!/usr/bin/env node
// Tunes per-class body thresholds of the topic classifier on the TUNE fold (CA4P id%5==3,
// OPP uid%6==5), never on the dev split. Needs a model trained without that fold:
//   node scripts/train-topics.mjs --tune --out /tmp/topics-tune.json
//   node bench/score-tune.mjs /tmp/topics-tune.json        prints CLASS_THRESHOLD for classify.ts
// Each class's F1 depends (almost) only on its own threshold, so one sweep of a shared value
// picks every class's best at once.
import './score-loader.mjs';
import { readFileSync } from 'node:fs';
import { readCa4p, readOpp, isCa4pTune, isOppTune, scoreSegments, TOPIC_GROUP, GROUPS, OPP_TOPIC_GROUP, OPP_GROUPS } from './score-corpora.mjs';
import { oppAsSections } from './score-opp-doc.mjs';

const { TopicModel } = await import('../src/main/analyze/topics/model.ts');
const { classifyWithModel } = await import('../src/main/analyze/topics/classify.ts');
const { splitSections } = await import('../src/main/analyze/sections.ts');

const model = new TopicModel(JSON.parse(readFileSync(process.argv[2] ?? '/tmp/topics-tune.json', 'utf8')));
const sets = {
  zh: { groups: GROUPS, topicGroup: TOPIC_GROUP, docs: readCa4p().filter((d) => isCa4pTune(d.id)).map((d) => ({
    text: d.text, sections: splitSections(d.text, null, [], true), segments: d.segments.map((s) => ({ ...s, classes: [s.cls] })),
  })) },
  // The judge gives OPP policies as plain text: the real splitter makes the sections.
  en: { groups: OPP_GROUPS, topicGroup: OPP_TOPIC_GROUP, docs: readOpp().filter((d) => isOppTune(d.uid)).map(oppAsSections).map((d) => ({ ...d, sections: splitSections(d.text, null, [], false) })) },
};
const GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

const score = (lang, opts) => {
  const { docs, groups, topicGroup } = sets[lang];
  return scoreSegments(docs.map((d) => ({ ...d, topics: classifyWithModel(model, d.text, d.sections, lang, opts) })), topicGroup, groups);
};
const result = {};
for (const lang of ['zh', 'en']) {
  const best = {};
  for (const t of GRID) {
    const { rows } = score(lang, { classThreshold: Object.fromEntries(sets[lang].groups.map((g) => [g, t])) });
    for (const r of rows) if (!best[r.group] || r.f1 > best[r.group].f1 + 1e-9) best[r.group] = { t, f1: r.f1 };
  }
  result[lang] = Object.fromEntries(Object.entries(best).map(([g, { t }]) => [g, t]));
  const before = score(lang, { classThreshold: {} }).macroF1;
  const after = score(lang, { classThreshold: result[lang] }).macroF1;
  console.log(`${lang}: tune-fold macro-F1 ${before.toFixed(4)} (shipped bars) → ${after.toFixed(4)} (tuned)`);
}
console.log(JSON.stringify(result));
