// Corpus scores on the dev split (CA4P id % 5 == 1, OPP uid % 3 == 1), same midpoint scoring as
// bench/score-*.mjs. Thresholds are the held-out scores measured in docs/decisions/0002 minus a margin.
import { describe, expect, it } from 'vitest';
import { classifySections } from '../../../../src/main/analyze/topics';
import type { Section } from '../../../../src/shared/types';
import { OPP_GROUPS, OPP_TOPIC_GROUP, TOPIC_GROUP, isCa4pDev, isOppDev, readCa4p, readOpp, scoreSegments, splitSimple } from '../../../../bench/score-corpora.mjs';
import { scoreHandLabels } from '../../../../bench/hand-labels.mjs';
import { renderedPath } from '../../../../bench/render-pages.mjs';
import { analyzeDocument } from '../../../../src/main/analyze';
import { ingestFile } from '../../../../src/main/ingest';
import { TOPICS } from '../../../../src/shared/taxonomy';
import { analyzed } from '../helpers';

describe('topic classifier on labelled corpora', () => {
  it('CA4P-483 dev policies: macro-F1 over the 9 groups', () => {
    const docs = readCa4p().filter((d) => isCa4pDev(d.id)).slice(0, 40);
    const scored = docs.map((d) => {
      const sections = splitSimple(d.text);
      return { sections, topics: classifySections(d.text, sections, 'zh'), segments: d.segments.map((s) => ({ ...s, classes: [s.cls] })) };
    });
    const { macroF1, rows } = scoreSegments(scored, TOPIC_GROUP);
    expect(macroF1).toBeGreaterThan(0.74);
    for (const r of rows) expect(r.f1, r.group).toBeGreaterThan(0.5);
  });

  it('OPP-115 dev paragraphs: English sections get the annotated practice', () => {
    const scored = readOpp().filter((d) => isOppDev(d.uid)).map((d) => {
      let text = '';
      const sections: Section[] = [];
      const segments: { start: number; end: number; classes: string[] }[] = [];
      d.segments.forEach((s, i) => {
        const nstart = text.length;
        text += s.text + '\n\n';
        sections.push({ id: i, parent: null, level: 1, number: null, heading: '', start: nstart, end: text.length, nstart, nend: text.length, nbody: nstart, topics: [] });
        if (s.labelled) segments.push({ start: nstart, end: nstart + s.text.length, classes: s.classes });
      });
      return { sections, topics: classifySections(text, sections, 'en'), segments };
    });
    const { macroF1, rows } = scoreSegments(scored, OPP_TOPIC_GROUP, OPP_GROUPS);
    expect(macroF1).toBeGreaterThan(0.6);
    expect(rows.find((r) => r.group === 'security')!.f1).toBeGreaterThan(0.6);
  });

  it('hand-labelled unseen pages: topic presence and the headings an analyst lists (bench/topic-labels)', async () => {
    const topics = TOPICS.map((t) => t.id).filter((id) => id !== 'scope' && id !== 'other');
    const r = await scoreHandLabels(async (path) => (await analyzed(path)).analysis, topics);
    expect(r.labelled).toBeGreaterThan(1000);
    // Measured 0.9755 / 0.9581 on 526 pages (docs/decisions/0002, round 17); the targets are 0.95 / 0.95.
    expect(r.presenceF1).toBeGreaterThan(0.95);
    expect(r.headingRecall).toBeGreaterThan(0.91);
  });

  it('the same pages published as HTML with bold-paragraph headings, or pasted as plain text: the headings hold', async () => {
    const topics = TOPICS.map((t) => t.id).filter((id) => id !== 'scope' && id !== 'other');
    for (const form of ['html-bold', 'plain'] as const) {
      const r = await scoreHandLabels(async (path) => analyzeDocument(await ingestFile(renderedPath(path, form))), topics);
      // Measured .9558 / .9508 (docs/decisions/0002, round 20; the labelled text .9586).
      expect(r.headingRecall, form).toBeGreaterThan(0.94);
      expect(r.presenceF1, form).toBeGreaterThan(0.95);
    }
  });
});
