// Topic classification of sections: heading rules plus a linear model learnt offline
// (scripts/train-topics.mjs → model-weights.json). See docs/decisions/0002-topic-classifier.md.
import type { Language, Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import modelFile from './model-weights.json';
import { TopicModel, type ModelFile } from './model';
import { classifyWithModel } from './classify';
import { findTopicMentions } from './mentions';
export { addContactUnits } from './contactUnits';
export { findTopicMentions } from './mentions';

let model: TopicModel | null = null;
function getModel(): TopicModel {
  model ??= new TopicModel(modelFile as ModelFile);
  return model;
}

/** The last classification of each sections array: a caller that classifies, then asks findMentions,
 * would run the model twice (a third of analyze time). analyzeDocument passes its topics to
 * findTopicMentions itself, as its sections gain contact units in between. */
const classified = new WeakMap<readonly Section[], { text: string; language: Language; fields: unknown[]; topics: TopicId[][] }>();

/** Everything of the sections but their topics (which the caller fills in), flat. */
function sectionFields(sections: readonly Section[]): unknown[] {
  const out: unknown[] = [];
  for (const s of sections) out.push(s.id, s.parent, s.level, s.number, s.start, s.end, s.nstart, s.nbody, s.nend, s.synthetic, s.heading);
  return out;
}

function sameFields(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Topics per section (same order as `sections`), from heading and body. */
export function classifySections(text: string, sections: readonly Section[], language: Language): TopicId[][] {
  const fields = sectionFields(sections);
  const hit = classified.get(sections);
  if (hit && hit.text === text && hit.language === language && sameFields(hit.fields, fields)) return hit.topics.map((t) => [...t]);
  const topics = classifyWithModel(getModel(), text, sections, language);
  classified.set(sections, { text, language, fields, topics: topics.map((t) => [...t]) });
  return topics;
}

/** Sentences (normalised spans) that address a topic although their section does not carry it. */
export function findMentions(
  text: string,
  sections: readonly Section[],
  language: Language,
): { topic: TopicId; nstart: number; nend: number }[] {
  return findTopicMentions(text, sections, classifySections(text, sections, language), language);
}
