// A section split into paragraph units shows the topics most of its text carries (classify.ts calls this last).
import type { Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';

/** Share of a section's paragraph units (by length) that must carry a topic for the section to carry it too. */
const LIFT_SHARE = 0.5;

/**
 * A section split into paragraph units is read through them: the topics most of its text carries
 * (by length) become its own too, so the outline and the matrix show `三、您个人信息的分享` as
 * sharing although its heading rule says nothing. Mutates and returns `topics`.
 */
export function liftUnitTopics(sections: readonly Section[], topics: TopicId[][]): TopicId[][] {
  const byId = new Map(sections.map((s, i) => [s.id, i]));
  const units = new Map<number, number[]>();
  const realChild = new Set<number>();
  sections.forEach((s, i) => {
    if (s.parent === null) return;
    const p = byId.get(s.parent);
    if (p === undefined) return;
    if (s.synthetic !== 'paragraph') realChild.add(p);
    else {
      const list = units.get(p);
      if (list) list.push(i);
      else units.set(p, [i]);
    }
  });
  for (const [p, kids] of units) {
    if (realChild.has(p)) continue;
    const total = kids.reduce((n, k) => n + sections[k].nend - sections[k].nstart, 0);
    const weight = new Map<TopicId, number>();
    for (const k of kids) for (const t of topics[k]) weight.set(t, (weight.get(t) ?? 0) + sections[k].nend - sections[k].nstart);
    const own = new Set(topics[p]);
    for (const [t, w] of weight) if (t !== 'other' && t !== 'scope' && w >= total * LIFT_SHARE && !own.has(t)) topics[p].push(t);
  }
  return topics;
}
