// How surely the topic model reads a document, as a factor on the bars classify.ts holds its readings to.
import type { Section } from '../../../shared/types';

/**
 * How surely the model reads this document, as a factor on its bars: the median, over its paragraph units, of the
 * strongest class (`other` included), against CONFIDENT_MEDIAN, never below MIN_CONFIDENCE_SCALE. A policy translated
 * from English or written informally (`当游戏崩溃…会通过 Unity Cloud Diagnostics 发送报告`) reads diffusely, every class
 * under the bars, where the app-store template CA4P holds reads surely: its mean factor is .94, the fresh GitHub pages'
 * .81. (Round 23, tuned on its first batch of translated pages: 209 → 221 of 272 headings, own labels +11, fresh +5,
 * CA4P folds 1–4 −.0003; two later batches, unseen, +2 headings each. One factor for every document, .85, costs CA4P
 * −.0015 for less: see docs/decisions/0002, round 23.)
 */
const CONFIDENT_MEDIAN = 0.9;
const MIN_CONFIDENCE_SCALE = 0.5;
/** Fewer units than this say too little of the document to scale its bars. */
const MIN_UNITS_FOR_SCALE = 8;
const MIN_UNIT_CHARS = 40;

export function confidenceScale(sections: readonly Section[], predictAt: (i: number) => Float64Array): number {
  const strongest: number[] = [];
  sections.forEach((s, i) => {
    if (s.synthetic === 'paragraph' && s.nend - s.nstart >= MIN_UNIT_CHARS) strongest.push(Math.max(...predictAt(i)));
  });
  if (strongest.length < MIN_UNITS_FOR_SCALE) return 1;
  strongest.sort((a, b) => a - b);
  return Math.max(MIN_CONFIDENCE_SCALE, Math.min(1, strongest[strongest.length >> 1] / CONFIDENT_MEDIAN));
}
