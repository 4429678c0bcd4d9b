// Topics the body suggests that the chapter's heading rules out (classify.ts, after the body cues).
import type { TopicId } from '../../../shared/taxonomy';
import { FROM_THIRD_PARTY, SHARED_BY_OTHERS } from './rules';

const DATA_KEPT_HEADING = /^\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?数据(?:储存|存储)$/;

/** The terms of service's `七、数据储存` (`…有权…决定…数据的最长储存期限`) says how long and what is deleted, not where:
 * retention, not storage, unless the text names a place. Mutates `topics`. */
export function keptNotWhere(topics: Set<TopicId>, heading: string, body: string): void {
  if (!topics.has('storage') || !DATA_KEPT_HEADING.test(heading) || /境内|境外|地点|地区|存放在|存储在|储存在|存储于|储存于/.test(body)) return;
  topics.delete('storage');
  topics.add('retention');
}

/** Data got from third parties, or shared by other users (`其他方分享的您的信息`). */
const RECEIVED = new RegExp(`${FROM_THIRD_PARTY.source}|${SHARED_BY_OTHERS}`);

/** The operator giving data out to third parties named so (`小猪亦会向第三方传输…`); not the reader (`您原本向第三方提供个人信息时`).
 * (Any recipient, `我们将与…供应商或代理商分享个人数据`, also read `依据与关联方或第三方合作伙伴的约定…提供`: 4 pages wrong for 1 right.) */
const GIVES_OUT = /(?<![您你][^。，,；;]{0,6})(向|与)(第三方|合作伙伴|合作方)[^。；;]{0,30}(共享|提供|传输|分享|披露|传送)/;

/**
 * Under a heading on data got from others (`我们从第三方获得您个人信息的情形`, `来自第三方的信息`, `其他方分享的您的信息`), the
 * third parties handing data over (`我们可能会接收关联公司、业务合作伙伴等第三方提供的您的相关信息`) are no sharing of the
 * operator's, though the model reads their words so. Both label sets file these chapters under collection (and third
 * parties), never sharing; CA4P under collection (e_1): folds 1–4 .8695 → .8699. Kept where the heading names sharing itself
 * or the text gives data out. Mutates `topics`.
 */
export function receivedNotShared(topics: Set<TopicId>, headingTopics: ReadonlySet<TopicId>, ownerHeading: string, body: string): void {
  if (topics.has('sharing') && !headingTopics.has('sharing') && RECEIVED.test(ownerHeading) && !GIVES_OUT.test(body)) topics.delete('sharing');
}
