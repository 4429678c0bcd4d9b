// The label classes the learnt model predicts. They are coarser than the 19 topics because the
// labelled corpora (CA4P-483, VioDroid, OPP-115) only distinguish these; rules.ts refines each
// class into topics (e.g. share → sharing / transfer / disclosure / sdk / third_party).
import type { TopicId } from '../../../shared/taxonomy';

export const MODEL_CLASSES = [
  'collect',
  'share',
  'rights',
  'store',
  'security',
  'updates',
  'minors',
  'contact',
  'cookies',
  'other',
] as const;

export type ModelClass = (typeof MODEL_CLASSES)[number];

/** Which model class a topic belongs to (the evaluation groups of CA4P/OPP follow the same cut). */
export const CLASS_OF_TOPIC: Readonly<Record<TopicId, ModelClass>> = {
  scope: 'other',
  collection: 'collect',
  use: 'collect',
  permissions: 'collect',
  consent_exceptions: 'collect',
  sdk: 'share',
  cookies: 'cookies',
  sharing: 'share',
  transfer: 'share',
  disclosure: 'share',
  third_party: 'share',
  storage: 'store',
  retention: 'store',
  security: 'security',
  rights: 'rights',
  minors: 'minors',
  updates: 'updates',
  contact: 'contact',
  other: 'other',
};

/** Topics that name no practice: none at all, or only `other` (a paragraph the model reads as about nothing listed). */
export const namesNoTopic = (topics: readonly TopicId[]): boolean => topics.every((t) => t === 'other');

/** The index of the class other than `other` the model reads likeliest in `prob` (one probability per MODEL_CLASSES entry). */
export function likeliestClass(prob: Float64Array): number {
  let best = -1;
  MODEL_CLASSES.forEach((cls, c) => {
    if (cls !== 'other' && (best < 0 || prob[c] > prob[best])) best = c;
  });
  return best;
}
