import type { Fact, PolicyDates, Section } from '../../shared/types';

/** One side of a diff: a stored document or a file analysed on the fly. */
export interface DiffSide {
  id: number | null;
  path: string;
  app: string | null;
  date: string | null;
  text: string;
  sections: Section[];
  facts: Fact[];
  dates: PolicyDates;
}
