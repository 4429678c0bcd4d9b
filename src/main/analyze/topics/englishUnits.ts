// English paragraph units the model finds nothing in (`other`), read in their place (classify.ts, after each section is
// classified): a list item as its lead-in, the paragraph opening a chapter as the chapter's heading. OPP-115's
// annotators label each as the text it belongs to, heading and lead-in included.
import type { Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import { namesNoTopic } from './classes';

/** A unit this short or shorter is read with its lead-in or heading. (Lead-ins, OPP folds 0–4: .7967 → .7984 with round
 * 15's models, .7951 → .7969 retrained; 200 / 250 / 350 / 500: .7966 / .7967 / .7980 / .7980. Headings, on top:
 * .7987 → .8002, retrained .7972 → .7987; 150 / 200 / 400 / 500: .7992 / .7990 / .7999 / .7988.) */
const SHORT_UNIT = 300;

/** A paragraph unit, or a paragraph of a text the splitter found no headings in (a level-1 section without heading). */
const isParagraph = (s: Section): boolean => s.synthetic === 'paragraph' || (!s.synthetic && s.heading === '');

/**
 * English paragraphs that follow a lead-in (`We may use Personal Information:`, `…the following information:`) are its
 * list: an item the model finds nothing in (`Search terms you enter using our Services or on a referral site;`) takes
 * the lead-in's topics. The list runs over short sibling paragraphs; a long one ends it. Mutates `topics`.
 */
function followLeadIns(text: string, sections: readonly Section[], topics: TopicId[][]): void {
  let lead: TopicId[] | null = null;
  sections.forEach((s, i) => {
    const prev = sections[i - 1];
    if (!isParagraph(s) || prev?.parent !== s.parent) {
      lead = null;
      return;
    }
    if (isParagraph(prev) && text.slice(prev.nstart, prev.nend).trim().endsWith(':') && !namesNoTopic(topics[i - 1])) lead = topics[i - 1];
    if (lead === null) return;
    if (s.nend - s.nstart > SHORT_UNIT) lead = null;
    else if (namesNoTopic(topics[i])) topics[i] = [...lead];
  });
}

/**
 * A short first paragraph right under a heading the model finds nothing in (`CONFIDENTIALITY AND SECURITY` / `We limit
 * access to personal information about you to employees…`) takes the heading's topics (scope aside). Later paragraphs
 * keep `other`: a security chapter may run on into the site's copyright and postal address. Mutates `topics`.
 */
function followHeadings(sections: readonly Section[], topics: TopicId[][]): void {
  sections.forEach((s, i) => {
    const head = sections[i - 1];
    if (s.synthetic !== 'paragraph' || head?.id !== s.parent || !head.heading.trim() || s.nend - s.nstart > SHORT_UNIT || !namesNoTopic(topics[i])) return;
    const named = topics[i - 1].filter((t) => t !== 'scope' && t !== 'other');
    if (named.length) topics[i] = named;
  });
}

/** English units read in their place (see above). Mutates and returns `topics`. */
export function readEnglishUnitsInPlace(text: string, sections: readonly Section[], ends: readonly number[], topics: TopicId[][]): TopicId[][] {
  followLeadIns(text, sections, topics);
  followHeadings(sections, topics);
  markAgeLimits(text, sections, ends, topics);
  return topics;
}

/** `…not allowed to use our sites and services, such as children under the age of 13`, `To ensure the protection of children
 * under 16…`: an age limit for children, said in passing. */
const AGE_LIMIT = /\b(?:children|child|kids|minors|individuals|persons|anyone|users)\b[^.;]{0,30}\b(?:under|younger than|below)\s+(?:the age of\s+)?1?\d\b/i;

/**
 * A policy with no section on minors that states an age limit for children in passing says what it says of minors there:
 * that paragraph (or titled leaf) is about minors too. (English only: Chinese text has its minorsMentionCarves.) `ends`: each
 * section's own body end (sectionContext's ownEnds). Mutates `topics`.
 */
function markAgeLimits(text: string, sections: readonly Section[], ends: readonly number[], topics: TopicId[][]): void {
  if (topics.some((t) => t.includes('minors'))) return;
  sections.forEach((s, i) => {
    if (!AGE_LIMIT.test(text.slice(Math.max(s.nbody, s.nstart), ends[i]))) return;
    topics[i] = [...topics[i].filter((t) => t !== 'other'), 'minors'];
  });
}
