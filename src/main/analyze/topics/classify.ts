// Per-section topic decision: heading rules (strong), the learnt model over heading + own body,
// and the nearest ancestor's heading topics as weak context (a lower bar, never inheritance).
import type { Language, Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import { CLASS_OF_TOPIC, MODEL_CLASSES, type ModelClass } from './classes';
import type { TopicModel } from './model';
import { headingTopics, refineClass } from './rules';

/** Probability a class needs to be assigned from the body alone. */
export const THRESHOLD = 0.5;
export const THRESHOLD_EN = 0.3;
/** …when the heading already names other topics. */
export const THRESHOLD_AGAINST_HEADING = 0.8;
/** …when an ancestor's heading names this class. */
export const THRESHOLD_WITH_CONTEXT = 0.3;
/** A heading topic foreign to the parent's needs this much body support. */
export const THRESHOLD_FOREIGN_HEADING = 0.2;
/** Bodies shorter than this (after trimming) are not evidence. */
const MIN_BODY = 4;

/** End of a section's own body: where its first child starts. */
export function ownEnds(sections: readonly Section[]): number[] {
  const ends = sections.map((s) => s.nend);
  const seen = new Set<number>();
  const byId = new Map(sections.map((s, i) => [s.id, i]));
  sections.forEach((s, i) => {
    if (s.parent === null) return;
    const p = byId.get(s.parent);
    if (p === undefined || seen.has(p)) return;
    seen.add(p);
    ends[p] = Math.min(ends[p], s.nstart);
    void i;
  });
  return ends;
}

const OTHER = MODEL_CLASSES.indexOf('other');
const RETENTION_PHRASE = /\b(retain|retention|retained|as long as (is )?(necessary|needed|required|reasonably))\b|保存期限|存储期限|保留期限/i;

export function classifyWithModel(
  model: TopicModel,
  text: string,
  sections: readonly Section[],
  language: Language = 'zh',
): TopicId[][] {
  // English training data is small (OPP-115): its probabilities run lower, so the bar is lower.
  const base = language === 'en' ? THRESHOLD_EN : THRESHOLD;
  const ends = ownEnds(sections);
  const byId = new Map(sections.map((s, i) => [s.id, i]));
  const hasChild = new Set<number>();
  for (const s of sections) if (s.parent !== null) hasChild.add(s.parent);
  const heads = sections.map((s) => headingTopics(s.heading));
  const headClasses = heads.map((h) => new Set([...h].map((t) => CLASS_OF_TOPIC[t])));

  return sections.map((s, i) => {
    const bodyStart = Math.max(s.nbody, s.nstart);
    const ownEnd = Math.max(ends[i], bodyStart);
    const body = text.slice(bodyStart, ownEnd);
    if (body.trim().length < MIN_BODY) return hasChild.has(s.id) ? [...heads[i]] : [];

    const context = new Set<ModelClass>();
    for (let p = s.parent; p !== null; ) {
      const j = byId.get(p);
      if (j === undefined) break;
      if (headClasses[j].size) {
        for (const c of headClasses[j]) context.add(c);
        break;
      }
      p = sections[j].parent;
    }

    const prob = model.predict(text, s.nstart, ownEnd);
    const own = headClasses[i];
    const topics = new Set<TopicId>();
    MODEL_CLASSES.forEach((cls, c) => {
      if (cls === 'other') return;
      const p = prob[c];
      if (own.has(cls)) {
        // The heading names it: strong, unless it contradicts the parent and the body disagrees.
        if (context.size && !context.has(cls) && p < THRESHOLD_FOREIGN_HEADING) return;
        // A long body the model reads as unrelated (terms of service under `使用规则`) overrides it.
        if (body.length >= 200 && p < 0.05 && prob[OTHER] > 0.9) return;
        for (const t of heads[i]) if (CLASS_OF_TOPIC[t] === cls) topics.add(t);
        if (p >= base) for (const t of refineClass(cls, body)) if (cls !== 'collect' || t !== 'consent_exceptions' || heads[i].size === 0) topics.add(t);
        return;
      }
      let bar = own.size ? THRESHOLD_AGAINST_HEADING : base;
      if (context.has(cls)) bar = Math.min(bar, THRESHOLD_WITH_CONTEXT);
      // Retention is rare in the English data; an explicit retention phrase lowers its bar.
      if (cls === 'store' && RETENTION_PHRASE.test(body)) bar = Math.min(bar, 0.1);
      if (p >= bar) for (const t of refineClass(cls, body)) topics.add(t);
    });
    return [...topics];
  });
}
