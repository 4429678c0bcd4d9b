// Builds Section records for a run of headings found in a real seed text (test helper).
import type { Section } from '../../../../src/shared/types';

/**
 * `headings`: [heading text, level] in document order, searched from `from` (to skip a table of
 * contents). The last section ends at `endMarker` (the next heading not included in the tree).
 */
export function sectionsAt(text: string, from: number, headings: [string, number][], endMarker: string): Section[] {
  const sections: Section[] = [];
  let at = from;
  for (const [heading, level] of headings) {
    const nstart = text.indexOf(heading, at);
    if (nstart < 0) throw new Error(`heading not found in seed: ${heading}`);
    const nbody = nstart + heading.length;
    let parent: number | null = null;
    for (let j = sections.length - 1; j >= 0; j--) if (sections[j].level < level) { parent = j; break; }
    sections.push({ id: sections.length, parent, level, number: null, heading, start: nstart, end: 0, nstart, nend: 0, nbody, topics: [] });
    at = nbody;
  }
  const stop = text.indexOf(endMarker, at);
  if (stop < 0) throw new Error(`end marker not found in seed: ${endMarker}`);
  for (let i = 0; i < sections.length; i++) {
    let end = stop;
    for (let j = i + 1; j < sections.length; j++) if (sections[j].level <= sections[i].level) { end = sections[j].nstart; break; }
    sections[i].nend = sections[i].end = end;
  }
  return sections;
}
