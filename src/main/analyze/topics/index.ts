// Topic classification of sections. Interface fixed; the implementation is being replaced by the
// learnt classifier (issue 3). This first version only looks at headings.
import type { Language, Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';

const HEADING_RULES: [RegExp, TopicId][] = [
  [/收集/, 'collection'], [/使用/, 'use'], [/权限/, 'permissions'], [/SDK|sdk/, 'sdk'],
  [/Cookie|cookie/, 'cookies'], [/共享/, 'sharing'], [/转让/, 'transfer'], [/公开披露/, 'disclosure'],
  [/存储|保存/, 'storage'], [/安全|保护/, 'security'], [/权利/, 'rights'], [/未成年|儿童/, 'minors'],
  [/更新|修订|变更/, 'updates'], [/联系/, 'contact'],
];

/** Topics per section (same order as `sections`), from heading and body. */
export function classifySections(text: string, sections: readonly Section[], language: Language): TopicId[][] {
  void text;
  void language;
  return sections.map((s) => {
    const topics = new Set<TopicId>();
    for (const [re, topic] of HEADING_RULES) if (re.test(s.heading)) topics.add(topic);
    return [...topics];
  });
}

/** Sentences (normalised spans) that address a topic although their section does not carry it. */
export function findMentions(
  text: string,
  sections: readonly Section[],
  language: Language,
): { topic: TopicId; nstart: number; nend: number }[] {
  void text;
  void sections;
  void language;
  return [];
}
