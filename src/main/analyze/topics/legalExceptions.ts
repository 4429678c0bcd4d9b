// Legal demands listed as exceptions to a promise (`不对外公开或向第三方提供…,但下列情况除外:` › `(3)根据有关的法律法规或
// 按照司法、行政等国家机关的要求`) are exceptions to consent, whatever class the model reads in the item: analysts list
// them under consent_exceptions, and a short item alone gives the model too little to read.
import type { Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import { namesNoTopic } from './classes';

/** A clause naming what the law or an authority demands. */
const LEGAL_DEMAND = /(?:法律|法规|法令)[^。；;\n]{0,24}(?:规定|要求|程序)|(?:司法|行政|政府|主管|有权|有关|国家)[^。；;\n]{0,6}(?:机关|部门)[^。；;\n]{0,16}(?:要求|查询|命令)|法院[^。；;\n]{0,4}(?:命令|裁决|判决)/;
/** Words that make a lead-in's list exceptions. (Not one sentence's `除非…法律另有规定,…不会…披露`: labellers split on it.) */
const EXCEPTION = /除外|例外|除非|除[^。；;\n]{1,40}外/;
/** The practice the lead-in's exceptions bend: `不对外公开或向第三方提供…,但下列情况除外:`. */
const PRACTICE = /提供|共享|分享|披露|公开|透露|收集|使用/;
/** Exceptions to where or how long data is kept (`存储在中国境内,以下情形除外:`) are storage's, not consent's. */
const KEPT = /存储|储存|保存|保留|境内|境外|出境/;
/** Longer than this, a line is a paragraph of its own, not an item of the lead-in's list. */
const MAX_ITEM = 120;
/** The demand opens the item (`(3)根据有关的法律法规或按照…的要求`), not a clause deep inside it. */
const ITEM_HEAD = 40;
/** A breach of the law (`我们违反法律法规…收集`, `违反著作权法…的行为`) is no demand of it. */
const BREACH = /违反|违法|侵犯|侵害/;
/** How far before a section its list's lead-in is looked for. */
const LEAD_IN_WINDOW = 400;

const isLeadIn = (line: string): boolean => /[:：]\s*$/.test(line);

/** Whether these lines (after `before`, the text leading up to them) list a legal demand among a lead-in's exceptions. */
export function statesLegalException(lines: readonly string[], before: string): boolean {
  let lead = before.split('\n').map((l) => l.trim()).filter(Boolean).reverse().find(isLeadIn) ?? null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (isLeadIn(line) && !LEGAL_DEMAND.test(line)) {
      lead = line;
      continue;
    }
    const item = line.length <= MAX_ITEM && LEGAL_DEMAND.test(line.slice(0, ITEM_HEAD)) && !BREACH.test(line);
    if (item && lead !== null && EXCEPTION.test(lead) && PRACTICE.test(lead) && !KEPT.test(lead)) return true;
  }
  return false;
}

/**
 * Adds consent_exceptions where a section's own text (up to `ownEnds[i]`, classify.ts) states a legal exception: to the
 * section when it carries topics, else to its nearest ancestor that does (so no passage changes the section it is read
 * in), else to the section. Mutates and returns `topics`.
 */
export function markLegalExceptions(text: string, sections: readonly Section[], ownEnds: readonly number[], topics: TopicId[][]): TopicId[][] {
  const byId = new Map(sections.map((s, i) => [s.id, i]));
  sections.forEach((s, i) => {
    const own = text.slice(s.nbody, ownEnds[i]);
    if (!LEGAL_DEMAND.test(own)) return;
    const parent = s.parent === null ? undefined : byId.get(s.parent);
    const from = Math.max(parent === undefined ? 0 : sections[parent].nbody, s.nstart - LEAD_IN_WINDOW);
    if (!statesLegalException(own.split('\n'), text.slice(from, s.nstart))) return;
    // (A legal exception is no `other`, however the model reads it: `1. 受司法、警察或其他有權機關基於法定程序之要求。`)
    if (namesNoTopic(topics[i])) topics[i] = [];
    let at: number | undefined = i;
    while (at !== undefined && topics[at].length === 0) at = sections[at].parent === null ? undefined : byId.get(sections[at].parent!);
    const host = at ?? i;
    if (!topics[host].includes('consent_exceptions')) topics[host].push('consent_exceptions');
  });
  return topics;
}
