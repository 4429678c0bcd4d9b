// Topic classification of sections: heading rules plus a linear model learnt offline
// (scripts/train-topics.mjs → model-weights.json). See docs/decisions/0002-topic-classifier.md.
import type { Language, Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import modelFile from './model-weights.json';
import unitFilterFile from './unit-filter-weights.json';
import { TopicModel, type ModelFile } from './model';
import { classifyWithModel } from './classify';
import { filterUnitTopics, type UnitFilterFile } from './unitFilter';
import { findTopicMentions } from './mentions';
export { addSentenceUnits, revisionCarves, sentenceCarves } from './sentenceUnits';
export { findTopicMentions } from './mentions';

let model: TopicModel | null = null;
function getModel(): TopicModel {
  model ??= new TopicModel(modelFile as ModelFile);
  return model;
}

/** Topics per section (same order as `sections`), from heading and body. */
export function classifySections(text: string, sections: readonly Section[], language: Language): TopicId[][] {
  return classifyWithModel(getModel(), text, sections, language);
}

/** The final tree's topics after the unit filter (Chinese paragraph units drop the classes it reads as borrowed). */
export function filterUnits(text: string, sections: readonly Section[], topics: readonly TopicId[][], language: Language): TopicId[][] {
  return language === 'zh' ? filterUnitTopics(getModel(), unitFilterFile as UnitFilterFile, text, sections, topics) : topics.map((t) => [...t]);
}

/** Sentences (normalised spans) that address a topic although their section does not carry it.
 * (Classifies again: a caller with the topics at hand, as analyzeDocument, calls findTopicMentions.) */
export function findMentions(
  text: string,
  sections: readonly Section[],
  language: Language,
): { topic: TopicId; nstart: number; nend: number }[] {
  return findTopicMentions(text, sections, classifySections(text, sections, language), language);
}
