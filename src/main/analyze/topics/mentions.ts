// Topic mentions: single sentences that clearly address a topic although the section (and its
// ancestors) holding them do not carry it — e.g. a storage-location sentence inside a security
// section. Precision over recall: only explicit, specific phrasings count.
import type { Language, Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import { skipSpace, trimSpaceEnd } from '../lines';
import { ownEnds } from './sectionContext';

const SENTENCE_RULES: readonly [TopicId, RegExp][] = [
  ['storage', /(存储|储存|存放|保存)(在|于)[^。；;]{0,24}(境内|境外|中华人民共和国|中国大陆|中国境内|服务器)|跨境(传输|提供)|向境外[^。；;]{0,10}(传输|提供)|stored (in|on) (servers? )?(located )?in|transferred to (and stored in |servers in )?(other |another |the united states|countries)/i],
  ['retention', /(保存|存储|保留)(期限|期间|时间)[^。；;]{0,30}(为|是|不超过|最短|必要)|(保存|保留|存储)[^。；;]{0,20}\d+\s*(年|个月|天|日)|(retain|keep|store)[^.;]{0,60}(for (a period of |up to )?\d+ (days|months|years)|as long as)/i],
  ['cookies', /cookie|web\s*beacon|像素标签/i],
  // Only ever tested: `sdk` anywhere is the same test as `[a-z]*sdk`, without retrying every letter run.
  ['sdk', /sdk|软件开发工具包/i],
  ['permissions', /(申请|获取|调用|开启|使用)[^。；;]{0,12}(相机|摄像头|麦克风|位置|定位|通讯录|相册|存储|电话|日历|蓝牙)?权限|\bpermissions? to access\b/i],
  ['minors', /(不满|未满|未成年|儿童)[^。；;]{0,10}(周岁|人|的个人信息)|\b(children|child|minors) under\b|under the age of \d+/i],
  ['contact', /(邮箱|电子邮件|e-?mail|电话|客服热线)[:：]?\s*[\w.+-]+@[\w-]+\.[\w.]+|(联系电话|客服电话|热线)[:：]?\s*[\d-]{7,}|contact us at [\w.+-]+@/i],
  ['consent_exceptions', /(征得|取得|获得)[^。；;]{0,8}(授权)?同意的?例外|(?:无需|无须|不必)(征得|取得|获得)?[^。；;]{0,8}(授权)?同意/],
  ['transfer', /(合并|收购|分立|重组|破产清算)[^。；;]{0,30}(转让|转移)|(merger|acquisition|bankruptcy)[^.;]{0,60}transfer/i],
  ['disclosure', /公开披露[^。；;]{0,6}(您的)?个人信息/],
  ['security', /(数据|信息)?安全(事件|事故)[^。；;]{0,30}(告知|通知|上报|报告)|ssl|https|加密(技术|存储|传输)|encrypt/i],
  ['updates', /(本|我们的)(隐私)?政策[^。；;]{0,10}(修订|更新|变更)[^。；;]{0,20}(通知|公告|告知|提示)/],
];

/** Matches wherever any rule does (and maybe more: case-folded): most sentences match no rule,
 * and one test rejects them instead of twelve. */
const ANY_RULE = new RegExp(SENTENCE_RULES.map(([, re]) => `(?:${re.source})`).join('|'), 'i');

// (Normalised Chinese text writes `！？；` as `!?;`: NFKC.)
function sentenceEnds(language: Language): RegExp {
  return language === 'en' ? /[。！？；!?;\n]|\.(?=\s|$)/g : /[。！？；!?;\n]/g;
}

export function findTopicMentions(
  text: string,
  sections: readonly Section[],
  topics: readonly TopicId[][],
  language: Language,
): { topic: TopicId; nstart: number; nend: number }[] {
  const byId = new Map(sections.map((s, i) => [s.id, i]));
  // Topics carried by a section or any ancestor: a sentence there is not a separate mention.
  const carried = sections.map(() => new Set<TopicId>());
  sections.forEach((s, i) => {
    for (let j: number | undefined = i; j !== undefined; ) {
      for (const t of topics[j]) carried[i].add(t);
      const p: number | null = sections[j].parent;
      j = p === null ? undefined : byId.get(p);
    }
  });
  // Each section's own body ends where its first sub-section starts.
  const ends = ownEnds(sections);
  const out: { topic: TopicId; nstart: number; nend: number }[] = [];
  const splitter = sentenceEnds(language);
  sections.forEach((s, i) => {
    const start = Math.max(s.nbody, s.nstart);
    const end = ends[i];
    let from = start;
    splitter.lastIndex = start;
    while (from < end) {
      const m = splitter.exec(text);
      const to = m && m.index < end ? m.index + 1 : end;
      const sentence = text.slice(from, to);
      if (sentence.trim().length >= 6 && ANY_RULE.test(sentence)) {
        for (const [topic, re] of SENTENCE_RULES) {
          if (carried[i].has(topic) || !re.test(sentence)) continue;
          const a = skipSpace(text, from, to);
          const b = trimSpaceEnd(text, a, to);
          out.push({ topic, nstart: a, nend: b });
        }
      }
      from = to;
      if (!m || m.index >= end) break;
      splitter.lastIndex = to;
    }
  });
  return out.sort((x, y) => x.nstart - y.nstart);
}
