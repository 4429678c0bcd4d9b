// Helpers over a document's section list shared by the compare stage and the views.
import type { Section } from './types';

/** A paragraph the analyzer split off a long body: a unit for topics, not a heading of the policy. */
export function isParagraph(section: Section): boolean {
  return section.synthetic === 'paragraph';
}

/** The heading an analyst knows a section by: a split-off paragraph goes by its nearest real ancestor's. */
export function displayHeading(sections: readonly Section[], section: Section): string {
  let current: Section | undefined = section;
  while (current && isParagraph(current)) {
    const parent: number | null = current.parent;
    current = parent === null ? undefined : (sections[parent]?.id === parent ? sections[parent] : sections.find((s) => s.id === parent));
  }
  return current?.heading ?? section.heading;
}
