// How much a change matters: formatting < date < wording < substantive.
import type { ChangeSignificance, DiffOp, Fact } from '../../shared/types';
import { DATE_KINDS, formatFact } from './fact-format';
import { coreText } from './text';
import { changedText } from './word-diff';

const DATE_TOKEN =
  /^(?:\d{1,4}|[年月日号]|[-/.．]|[一二三四五六七八九十〇零]+|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\s+|[,，【】()（）])$/i;
const DATE_IN_TEXT = /\d{4}\s*[年\-/.]\s*\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}/i;
/** Words whose insertion or removal changes what the policy commits to. */
const OBLIGATION =
  /\d|@|不|未|无|非|禁止|须|应当|可能|同意|授权|境外|境内|出境|跨境|删除|注销|共享|转让|披露|出售|儿童|未成年|工作日|天|小时|期限|第三方|sdk|\b(?:not|never|no|must|shall|consent|sell|share|delete|days?|months?|years?|children|third[- ]part(?:y|ies)|overseas|transfer)\b/i;

/** `kind:value` of each non-date fact, sorted: equal lists = the section states the same facts. */
export function factSignature(facts: readonly Fact[], dates: boolean): string {
  return facts
    .filter((f) => DATE_KINDS.includes(f.kind) === dates)
    .map((f) => `${f.kind}:${formatFact(f)}`)
    .sort()
    .join('|');
}

function onlyDateTokens(ops: readonly DiffOp[]): boolean {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  let any = false;
  for (const o of ops) {
    if (o.op === '=') continue;
    for (const seg of segmenter.segment(o.text)) {
      if (!seg.segment.trim()) continue;
      if (!DATE_TOKEN.test(seg.segment)) return false;
      any = true;
    }
  }
  return any;
}

export interface SignificanceInput {
  ops: readonly DiffOp[];
  oldText: string;
  newText: string;
  oldFacts: readonly Fact[];
  newFacts: readonly Fact[];
  /** The two sides are equal once numbering, whitespace, markup and punctuation are ignored. */
  sameFormatKey: boolean;
}

export function modifiedSignificance(input: SignificanceInput): ChangeSignificance {
  if (input.sameFormatKey) return 'formatting';
  if (factSignature(input.oldFacts, false) !== factSignature(input.newFacts, false)) return 'substantive';
  const { removed, added } = changedText(input.ops);
  if (!coreText(removed) && !coreText(added)) return 'formatting';
  if (onlyDateTokens(input.ops) && (DATE_IN_TEXT.test(input.oldText) || DATE_IN_TEXT.test(input.newText))) return 'date';
  if (factSignature(input.oldFacts, true) !== factSignature(input.newFacts, true) && onlyDateTokens(input.ops)) return 'date';
  if (OBLIGATION.test(removed) || OBLIGATION.test(added)) return 'substantive';
  return 'wording';
}

/** Significance of a section that exists on one side only. */
export function oneSidedSignificance(text: string, topics: readonly string[], facts: readonly Fact[]): ChangeSignificance {
  if (!coreText(text)) return 'formatting';
  if (facts.some((f) => !DATE_KINDS.includes(f.kind))) return 'substantive';
  if (topics.some((t) => t !== 'other')) return 'substantive';
  if (facts.length > 0 && DATE_IN_TEXT.test(text) && coreText(text).length < 40) return 'date';
  return OBLIGATION.test(text) ? 'substantive' : 'wording';
}
