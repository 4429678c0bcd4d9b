// English lists: the items under a lead-in read as the lead-in does (classify.ts, after each section is classified).
import type { Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';

/** An English list item this short or shorter is read with the lead-in it follows (OPP folds 0–4 .7967 → .7984 with round
 * 15's models, .7951 → .7969 retrained; 200 / 250 / 350 / 500: .7966 / .7967 / .7980 / .7980; the paragraphs of a text
 * without headings read so too: .7987). */
const LIST_ITEM_EN = 300;

/** A paragraph unit, or a paragraph of a text the splitter found no headings in (a level-1 section without heading). */
const isParagraph = (s: Section): boolean => s.synthetic === 'paragraph' || (!s.synthetic && s.heading === '');

/**
 * English paragraphs that follow a lead-in (`We may use Personal Information:`, `…the following information:`) are its
 * list: an item the model finds nothing in (`Search terms you enter using our Services or on a referral site;`) takes
 * the lead-in's topics, as OPP-115's annotators read it. The list runs over short sibling paragraphs; a long one ends it.
 * Mutates and returns `topics`.
 */
export function listItemsOfLeadIns(text: string, sections: readonly Section[], topics: TopicId[][]): TopicId[][] {
  let lead: TopicId[] | null = null;
  sections.forEach((s, i) => {
    const prev = sections[i - 1];
    if (!isParagraph(s) || prev?.parent !== s.parent) {
      lead = null;
      return;
    }
    const prevText = text.slice(prev.nstart, prev.nend).trim();
    if (isParagraph(prev) && prevText.endsWith(':') && topics[i - 1].some((t) => t !== 'other')) lead = topics[i - 1];
    if (lead === null) return;
    if (s.nend - s.nstart > LIST_ITEM_EN) lead = null;
    else if (topics[i].every((t) => t === 'other')) topics[i] = [...lead];
  });
  return topics;
}
