// A second, learnt look at the Chinese paragraph units of the final tree. classify.ts gives a unit each class its
// model reading, its chapter's context bar or a cue suggests, so a paragraph often carries its chapter's practice
// beside its own (`…撤回授权` under a collection chapter, a sharing paragraph of a collection chapter). The filter weighs
// each class a unit carries against what the model reads in the unit, in its section as a whole, in the units before
// and after it and in its section's heading, and drops the classes that read as borrowed, where an ancestor carries
// them still: the outline and the matrix, which show a topic's outermost sections, keep every topic they showed.
// Weights are learnt offline (scripts/train-unit-filter.mjs) on CA4P folds the topic model did not see.
// See docs/decisions/0002, round 19.
import type { Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import { CLASS_OF_TOPIC, MODEL_CLASSES, type ModelClass } from './classes';
import type { TopicModel } from './model';
import { contextHeadings, ownEnds } from './sectionContext';
import { headingTopics } from './rules';

/** The classes a unit may carry and the filter may drop (`other` is no practice). */
export const FILTER_CLASSES = MODEL_CLASSES.filter((c) => c !== 'other');

export interface UnitFilterFile {
  version: number;
  /** Standardisation of the features (UnitReading.features), then one logistic regression per FILTER_CLASSES class:
   * `weights[feature][class]`. */
  mean: number[];
  sd: number[];
  weights: number[][];
  bias: number[];
  /** A class a unit may drop is kept when its probability reaches this bar. */
  bars: number[];
}

/** The class a topic names here: consent exceptions and scope name no practice of their own. */
const classOf = (t: TopicId): ModelClass | null => (t === 'consent_exceptions' || t === 'scope' ? null : CLASS_OF_TOPIC[t]);

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
};

/** The filter's view of a final tree: model readings (as logits, memoised), siblings and ancestors' topics. */
export class UnitReading {
  private readonly model: TopicModel;
  private readonly text: string;
  private readonly sections: readonly Section[];
  private readonly topics: readonly TopicId[][];
  private readonly ends: number[];
  private readonly contexts: string[];
  private readonly own: (number[] | undefined)[];
  private readonly whole: (number[] | undefined)[];
  private readonly lent: (Set<TopicId> | undefined)[] = [];
  private readonly prev: number[];
  private readonly next: number[];

  constructor(model: TopicModel, text: string, sections: readonly Section[], topics: readonly TopicId[][]) {
    this.model = model;
    this.text = text;
    this.sections = sections;
    this.topics = topics;
    this.ends = ownEnds(sections);
    this.contexts = contextHeadings(sections);
    this.own = [];
    this.whole = [];
    this.prev = sections.map(() => -1);
    this.next = sections.map(() => -1);
    const last = new Map<number | null, number>();
    sections.forEach((s, i) => {
      const before = last.get(s.parent);
      if (before !== undefined) {
        this.prev[i] = before;
        this.next[before] = i;
      }
      last.set(s.parent, i);
    });
  }

  /** Paragraph units carrying a practice. */
  units(): number[] {
    const out: number[] = [];
    this.sections.forEach((s, i) => {
      if (s.synthetic === 'paragraph' && this.topics[i].some((t) => classOf(t) !== null && classOf(t) !== 'other')) out.push(i);
    });
    return out;
  }

  /** Whether unit i may drop class c: it carries the class, an ancestor carries each of its topics of that class, and no
   * ancestor's heading names one (a paragraph under `OPPO Push SDK` or `您的个人信息如何在全球范围转移` is about what the
   * heading says, whatever CA4P's labellers filed such paragraphs under: folds 1–4 .8675 → .8683 with this condition). */
  droppable(i: number, c: ModelClass): boolean {
    const own = this.topics[i].filter((t) => classOf(t) === c);
    if (!own.length) return false;
    const lent = (this.lent[i] ??= this.lentBy(i));
    return own.every((t) => lent.has(t));
  }

  /** The topics unit i's ancestors carry and none of their headings names. */
  private lentBy(i: number): Set<TopicId> {
    const above = new Set<TopicId>();
    const named = new Set<TopicId>();
    for (let p = this.sections[i].parent; p !== null; p = this.sections[p].parent) {
      for (const t of this.topics[p]) above.add(t);
      for (const t of headingTopics(this.sections[p].heading)) named.add(t);
    }
    return new Set([...above].filter((t) => !named.has(t)));
  }

  /**
   * Unit i's features: the classes it carries; the model's reading of it, of its section whole, of the units before
   * and after it; the classes its section's heading names; its length.
   */
  features(i: number): number[] {
    const s = this.sections[i];
    const none = MODEL_CLASSES.map(() => 0);
    const carried = new Set(this.topics[i].map(classOf));
    const parent = s.parent ?? -1;
    const named = new Set(parent < 0 ? [] : [...headingTopics(this.sections[parent].heading)].map(classOf));
    return [
      ...FILTER_CLASSES.map((c) => (carried.has(c) ? 1 : 0)),
      ...this.ownLogits(i),
      ...(parent < 0 ? none : this.wholeLogits(parent)),
      ...(this.prev[i] < 0 ? none : this.ownLogits(this.prev[i])),
      ...(this.next[i] < 0 ? none : this.ownLogits(this.next[i])),
      ...FILTER_CLASSES.map((c) => (named.has(c) ? 1 : 0)),
      Math.log(1 + s.nend - s.nstart),
    ];
  }

  private ownLogits(i: number): number[] {
    const s = this.sections[i];
    return (this.own[i] ??= Array.from(this.model.predict(this.text, s.nstart, Math.max(this.ends[i], s.nstart), this.contexts[i]), logit));
  }

  private wholeLogits(i: number): number[] {
    const s = this.sections[i];
    return (this.whole[i] ??= Array.from(this.model.predict(this.text, s.nstart, s.nend, this.contexts[i]), logit));
  }
}

/** Probability per FILTER_CLASSES class that a unit with features x is about it. */
export function filterProbabilities(filter: UnitFilterFile, x: readonly number[]): number[] {
  if (x.length !== filter.mean.length) throw new Error(`unit filter weights are for ${filter.mean.length} features, the code reads ${x.length}: retrain with scripts/train-unit-filter.mjs`);
  return filter.bias.map((b, c) => {
    let z = b;
    for (let f = 0; f < x.length; f++) z += filter.weights[f][c] * ((x[f] - filter.mean[f]) / filter.sd[f]);
    return 1 / (1 + Math.exp(-z));
  });
}

/**
 * Topics per section with each Chinese paragraph unit's borrowed classes dropped (see droppable); a unit left with no
 * topic is `other`, keeping its own place instead of passing for its chapter's practice.
 */
export function filterUnitTopics(model: TopicModel, filter: UnitFilterFile, text: string, sections: readonly Section[], topics: readonly TopicId[][]): TopicId[][] {
  const reading = new UnitReading(model, text, sections, topics);
  const out = topics.map((t) => [...t]);
  for (const i of reading.units()) {
    // (Most units may drop nothing: they are not read at all.)
    const may = FILTER_CLASSES.filter((c) => reading.droppable(i, c));
    if (!may.length) continue;
    const q = filterProbabilities(filter, reading.features(i));
    const dropped = new Set<ModelClass | null>(may.filter((c) => q[FILTER_CLASSES.indexOf(c)] < filter.bars[FILTER_CLASSES.indexOf(c)]));
    if (!dropped.size) continue;
    const kept = topics[i].filter((t) => !dropped.has(classOf(t)));
    out[i] = kept.length ? kept : ['other'];
  }
  return out;
}
