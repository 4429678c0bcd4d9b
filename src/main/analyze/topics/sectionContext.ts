// Where each section's own text ends and which ancestor heading the model reads beside it: shared by the classifier,
// the unit filter, the sentence units, mentions and the training script.
import type { Section } from '../../../shared/types';
import { isTitle } from './rules';

/** End of a section's own body: where its first child starts. */
export function ownEnds(sections: readonly Section[]): number[] {
  const ends = sections.map((s) => s.nend);
  const seen = new Set<number>();
  const byId = new Map(sections.map((s, i) => [s.id, i]));
  for (const s of sections) {
    if (s.parent === null) continue;
    const p = byId.get(s.parent);
    if (p === undefined || seen.has(p)) continue;
    seen.add(p);
    ends[p] = Math.min(ends[p], s.nstart);
  }
  return ends;
}

/** Headings of more ancestors measured neutral (CA4P dev −.001, tune +.001). */
const CONTEXT_DEPTH = 1;

/** Each section's nearest ancestor heading that is not empty: the model's context features. */
export function contextHeadings(sections: readonly Section[], depth = CONTEXT_DEPTH): string[] {
  const byId = new Map(sections.map((s, i) => [s.id, i]));
  return sections.map((s) => {
    const found: string[] = [];
    for (let p = s.parent; p !== null && found.length < depth; ) {
      const j = byId.get(p);
      if (j === undefined) break;
      if (sections[j].heading.trim() && (sections[j].synthetic === 'preamble' || !isTitle(sections[j].heading))) found.push(sections[j].heading);
      p = sections[j].parent;
    }
    return found.join('\n');
  });
}
