import { createHash } from 'node:crypto';
import type { Section } from '../../shared/types';

/**
 * The key corrections are stored under: a hash of the section's normalised text (heading and
 * body) with whitespace removed, so it is stable across re-indexing and reformatting.
 */
export function sectionContentKey(text: string, section: Pick<Section, 'nstart' | 'nend'>): string {
  const core = text.slice(section.nstart, section.nend).replace(/\s+/g, '');
  return createHash('sha256').update(core).digest('hex').slice(0, 32);
}
