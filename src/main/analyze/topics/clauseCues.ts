// Privacy clauses inside terms of service (`5. 用户隐私权制度`, `二十四、個人資料保障`): the model,
// trained on privacy policies, reads their bodies as `other`, yet an analyst files each sentence
// under a topic. Only explicit phrasings about the user's data count. Chapters titled as privacy ones
// are read whole (classify.ts); elsewhere in a terms-of-service text each such sentence becomes a unit
// (sentenceUnits.ts).
import type { TopicId } from '../../../shared/taxonomy';
import { ZH_NUMERAL_CLASS } from '../numerals';

/** `白日梦游戏对任何第三方使用您的个人信息不承担任何责任`: who answers for third parties. */
export const THIRD_PARTY_DISCLAIMER = /第三方[^。；;]{0,24}(不承担|概不负责|不负责)/;

// (`甲方的姓名、地址、电子邮件信箱`: the data named item by item.)
const DATA = String.raw`(个人|用户|您的|你的|甲方的?|会员)[^。；;]{0,6}(信息|资料|数据|隐私|姓名|住址|地址|电话|手机号)`;

const CLAUSE_RULES: readonly [TopicId, RegExp][] = [
  ['collection', new RegExp(String.raw`(提供|收集|采集|搜集|登录|填写|登记|输入)[^。；;]{0,12}${DATA}|${DATA}[^。；;]{0,12}(收集|采集)`)],
  // (`您可能需要提供您的个人信息(包括…),以便公司向您提供更好的服务`: what it is for.)
  ['use', new RegExp(String.raw`(使用|利用|用于)[^。；;]{0,8}${DATA}|${DATA}[^。；;]{0,12}(用于|使用|利用|目的)|${DATA}[^。；;]{0,40}以便[^。；;]{0,8}(提供|改善|优化)`)],
  ['sharing', new RegExp(String.raw`(分享|共享|提供给|出售|交换|出租|透露)[^。；;]{0,16}${DATA}|${DATA}[^。；;]{0,16}(分享|共享|提供给|出售|出租)`)],
  ['disclosure', new RegExp(String.raw`(公开|披露|泄露)[^。；;]{0,16}${DATA}|${DATA}[^。；;]{0,16}(公开|披露)`)],
  // (Only about giving data out: not `除法律另有规定外,您的账户、密码不得…转让`.)
  ['consent_exceptions', /除(非|依)?[^。；;]{0,8}(法律|法令)[^。；;]{0,16}(规定|要求|外)[^。；;]{0,30}(提供|披露|公开|透露|共享|出售)|(提供|披露|公开|透露|共享|出售)[^。；;]{0,30}除(非|依)?[^。；;]{0,8}(法律|法令)[^。；;]{0,16}(规定|要求|外)|除非有下列情[况形]/],
  ['security', new RegExp(String.raw`(采取|采用)[^。；;]{0,24}(安全|保护|保密)[^。；;]{0,8}(措施|技术)|(采取|采用|通过)[^。；;]{0,16}(措施|技术)[^。；;]{0,4}(保障|保护|确保)[^。；;]{0,12}(账号|帐号|信息|资料|数据)的?(安全|保密)|${DATA}[^。；;]{0,16}(安全|保密)`)],
  // (Not `以任何方式危害未成年人` among conduct rules.)
  ['minors', /(年满|未满|不满)\s*\d+\s*周?岁|限制(民事)?行为能力|无(民事)?行为能力|法定(监护人|代理人)|(?<!(危害|伤害|侵害|损害|引诱|诱导|教唆)[^。；;]{0,6})未成年/],
  ['retention', new RegExp(String.raw`(保存|保留|储存)[^。；;]{0,20}${DATA}|${DATA}[^。；;]{0,20}(保存|保留)(期限|期间)?`)],
  // `需要修改所提供的个人身份资料信息的,甲方应当及时、有效地为其提供该项服务` (the game-service agreement template).
  ['rights', new RegExp(String.raw`(修改|更正|更新|删除|查询|查阅|浏览)[^。；;]{0,12}${DATA}|${DATA}[^。；;]{0,12}(修改|更正|删除|查询|查阅)`)],
  // (About the user's data, not `第三方服务瑕疵、第三方网站等原因可能导致的服务中断`, a risk of the service.)
  ['third_party', new RegExp(String.raw`第三方(网站|服务|产品|链接|平台)[^。；;]{0,40}(信息|资料|数据|隐私)|(信息|资料|数据|隐私)[^。；;]{0,40}第三方(网站|服务|产品|链接|平台)|${THIRD_PARTY_DISCLAIMER.source}`)],
  // `可能需要使用用户终端设备的相关权限` (not `使用本软件的权限`, a licence).
  ['permissions', /(设备|终端)[^。；;]{0,6}权限|(相机|摄像头|麦克风|定位|位置|通讯录|相册|存储)权限/],
  // Changes to the terms, and notices of them (`通知,包括对本“许可协议”的修改`, `本条款内容变化…的通知`); not `发送重要
  // 通知,如软件更新、本协议条款的变更`, a use of the user's data.
  ['updates', /有权[^。；;]{0,12}(修改|修订|变更)[^。；;]{0,6}(本|此)?(协议|条款)|(修改|修订|变更|更新)[^。；;]{0,40}(自[^。；;]{0,8}(公布|发布|公告)之日起|生效|公告|通知)|(通知|公告)[,，]?(包括|包含)[^。；;]{0,10}(协议|条款)[”」》]?的?(修改|修订|变更|变化)|(协议|条款)(内容)?的?(修改|修订|变更|变化)[^。；;\n]{0,30}(通知|公告)/],
];

/** Topics the body's own sentences name. */
export function clauseTopics(body: string): TopicId[] {
  return CLAUSE_RULES.filter(([, re]) => re.test(body)).map(([t]) => t);
}

const CLAUSE_NUMBER = new RegExp(String.raw`^\s*(第[${ZH_NUMERAL_CLASS}\d]+[章节条部分]+|[（(]?[${ZH_NUMERAL_CLASS}\d]+[)）.、．]?)\s*`);
const PRIVACY_CLAUSE = /^(用户|会员)?的?(个人)?(隐私|个人(信息|资料|数据))(信息)?(权)?的?(保护|保障|制度|保密|政策)?$/;
/** A terms-of-service chapter on the user's privacy (`5. 用户隐私权制度`, `拾、隱私保護`, `用户个人隐私信息保护`),
 * not the policy's own title (`隐私政策`, `用户隐私保密协议`). */
export function isPrivacyClause(heading: string): boolean {
  const h = heading.replace(CLAUSE_NUMBER, '').replace(/[\s*:：]/g, '');
  return PRIVACY_CLAUSE.test(h) && !/政策$/.test(h);
}

/** A site menu above the title: a link (`保卫萝卜3](http://…)`, brackets stripped) or the tail of one (`"保卫萝卜")`). */
const MENU_LINE = /\(https?:|^"[^"]*"\)$/;

/** Each party named this often makes a text a contract (the template names them 30–90 times; no privacy policy of the
 * 560 corpus files names 乙方 five times). */
const CONTRACT_PARTY_MENTIONS = 5;
const countOf = (text: string, word: string): number => text.split(word).length - 1;

/** A text titled as terms of service (`钉钉服务协议`, `用户使用协议`, `大众点评用户服务条款`), not as a privacy policy, or
 * a contract between 甲方 and 乙方. (Read past a site's menu of links: 保卫萝卜's `北京凯罗天下科技有限公司用户服务协议`
 * follows five of them.) */
export function isTermsOfService(text: string): boolean {
  // A contract between 甲方 and 乙方 (the game-service agreement template) is terms, whatever its opening says.
  if (countOf(text, '甲方') >= CONTRACT_PARTY_MENTIONS && countOf(text, '乙方') >= CONTRACT_PARTY_MENTIONS) return true;
  const lines = text.slice(0, 1500).split('\n').map((l) => l.replace(/[#*\s[\]]/g, '')).filter((l) => l && !MENU_LINE.test(l));
  const terms = /(服务|用户|会员|注册|使用|软件|许可)(协议|条款|须知|守则)/;
  const head = lines.slice(0, 3).join(' ');
  if (terms.test(head)) return !/隐私/.test(head);
  // Past a metadata line and a rule (`Apkid:com.xiangha` / `===` / `重要声明` / `1、香哈服务条款的接受`), a short
  // title naming the terms, no privacy word around.
  const content = lines.filter((l) => !/^[A-Za-z]+:[\x21-\x7e]*$|^=+$/.test(l)).slice(0, 3);
  return content.some((l) => l.length <= 30 && terms.test(l)) && !content.some((l) => /隐私/.test(l));
}

const CLAUSE_RULES_ALL = CLAUSE_RULES.map(([topic, re]) => [topic, new RegExp(re.source, 'g')] as const);

/** Every clause cue in the text, as spans with their topic. */
export function clauseSpans(text: string): { topic: TopicId; nstart: number; nend: number }[] {
  const out: { topic: TopicId; nstart: number; nend: number }[] = [];
  for (const [topic, re] of CLAUSE_RULES_ALL) for (const m of text.matchAll(re)) out.push({ topic, nstart: m.index, nend: m.index + m[0].length });
  return out;
}
