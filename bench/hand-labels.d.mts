// Types for bench/hand-labels.mjs, so TypeScript tests can import it.
import type { Section } from '../src/shared/types';

export interface PresenceCount { tp: number; fp: number; fn: number }
export function scoreHandLabels(
  analyze: (path: string) => Promise<{ sections: readonly Section[] }>,
  topics: readonly string[],
  log?: ((line: string) => void) | null,
): Promise<{ presence: Record<string, PresenceCount>; presenceF1: number; labelled: number; headingRecall: number; found: number; wanted: number; skipped: number }>;
