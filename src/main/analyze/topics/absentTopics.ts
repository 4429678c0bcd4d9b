// Carves for a topic a policy has no section on, said in passing (sentenceUnits.ts): the sentence becomes a unit of
// that topic only where no section carries it (`absentOnly`), so a policy's own chapter on the topic stays its home.
import type { TopicId } from '../../../shared/taxonomy';
import { S, carvesOf, type SentenceCarve } from './carve';

/** Every match as a carve of `topic` that applies only where no section carries the topic (the introduction included unless
 * `outsidePreamble`). */
const absentCarvesOf = (text: string, re: RegExp, topic: TopicId, keepHost = false, outsidePreamble = false): SentenceCarve[] =>
  carvesOf(text, re, topic, outsidePreamble, keepHost).map((c) => ({ ...c, absentOnly: true }));

// The document's own revision (`本软件会不时更新本隐私权政策`, `本协议可由本软件随时更新`, `悦跑圈有权根据需要不时地修订本协议`,
// `我們有權按需要隨時修訂或另行更改本聲明`), said in passing in a policy with no section on it: an updates unit (the
// introduction included: that is where it stands).
// (`我们会根据相关的法律法规不定时更新该协议`, `我们可能会在不通知你的情况下变更这份声明`: the policy calling itself `该协议`, `这份声明`.)
const DOC = String.raw`(?:本|此|该|这份|这些|我们的)${S}{0,12}(?:政策|协议|条款|说明|声明)`;
// (`我们有可能根据未来信息处理情境的变化更新或修改本协议`.)
const WHEN = String.raw`(?:随时|不时|适时|有时|有权|不定时|不定期|可能)`;
const REVISED = String.raw`(?:更新|修订|修改|变更|更改|修正)`;
// (…and `保留随时对本隐私权保护声明中所公布的规则…进行补充、修正与更新的权利`: what is revised may come between.)
const REVISION_SENTENCE = new RegExp(String.raw`${DOC}${S}{0,16}${WHEN}${S}{0,10}${REVISED}|${WHEN}${S}{0,16}${REVISED}${S}{0,4}${DOC}|${WHEN}对${DOC}${S}{0,30}${REVISED}`, 'g');
export const revisionCarves = (text: string): SentenceCarve[] =>
  absentCarvesOf(text, REVISION_SENTENCE, 'updates');

// A pledge to safeguard the data (`会采取合理的措施保护您的用户信息`, `采取加密等手段保障您的信息安全`, `本行会对其持有的客户数据
// 保密`) in a policy with no security section: a security unit beside its paragraph's topics.
const SAFEGUARD_SENTENCE = new RegExp(String.raw`采取${S}{0,16}(?:措施|手段)${S}{0,12}(?:保护|保障)|(?:保护|保障)${S}{0,12}(?:信息|数据|资料)${S}{0,4}安全|对${S}{0,12}(?:数据|信息|资料)保密`, 'g');
export const safeguardCarves = (text: string): SentenceCarve[] =>
  absentCarvesOf(text, SAFEGUARD_SENTENCE, 'security', true);

// Minors with their guardians, or an age users must reach (`如果用户在18周岁以下,用户需要在监护人的监护参与下才能注册`,
// `您只有至少达到18周岁,才能使用服务`), in a policy with no minors section: a minors unit beside its paragraph's topics
// (the introduction included: a reading notice there is what the policy says of minors).
const MINORS_SENTENCE = new RegExp(String.raw`未成年人?${S}{0,24}监护人|监护人${S}{0,24}未成年|(?:\d{1,2}|十[四六八])\s*周?岁${S}{0,24}(?:监护人|未成年|才能|方可)|(?:达到|年满)\s*(?:\d{1,2}|十[四六八])\s*周?岁`, 'g');
export const minorsMentionCarves = (text: string): SentenceCarve[] =>
  absentCarvesOf(text, MINORS_SENTENCE, 'minors', true);

// Making the user's data public or letting it out (`不向任何第三方公开、透露用户个人隐私信息`, `透露您的个人信息`) in a
// policy with no disclosure section: a disclosure unit beside its paragraph's topics.
// (Not one verb of a list, `收集、使用或披露您的个人信息`; not a source, `从合法公开披露的信息中收集`; not `在不透露单个用户隐私资料的前提下`.)
const DISCLOSED_SENTENCE = new RegExp(String.raw`(?<![、或和/]|合法|自行|已)(?:公开|透露|披露)(?!的信息|单个)${S}{0,12}(?:用户|您|你)${S}{0,8}(?:信息|资料|隐私)`, 'g');
export const disclosureMentionCarves = (text: string): SentenceCarve[] =>
  absentCarvesOf(text, DISCLOSED_SENTENCE, 'disclosure', true);

// The reader's own say over the data (`用户可以主动退出或向百果园申请注销账户`, `有权审阅或要求我们删除…`, `您可以…取消对好友的授权`)
// in a policy with no rights section: a rights unit beside its paragraph's topics.
const RIGHT_VERB = String.raw`(?:注销|删除|更正|修改|撤回|取消|退订|查阅|审阅|访问|复制|导出)`;
const RIGHT_OBJECT = String.raw`(?:账户|帐户|账号|帐号|信息|资料|授权|同意)`;
// (The reader is who may: not `您的个人信息,哪些人可以访问`, `本公司有权…取消用户服务账号`, `获得许可…以复制`.)
const MAY = String.raw`(?:可以|有权|能够|均可|可(?:通过|随时|在|向|申请|自行|直接|登录|联系|主动|根据))`;
const RIGHTS_SENTENCE = new RegExp(String.raw`(?:您|你|用户)[^。；;\n,，的]{0,8}${MAY}${S}{0,20}${RIGHT_VERB}${S}{0,12}${RIGHT_OBJECT}`, 'g');
export const rightsMentionCarves = (text: string): SentenceCarve[] =>
  absentCarvesOf(text, RIGHTS_SENTENCE, 'rights', true);

// Third parties' services, sites and terms the reader may meet (`我们的服务还可能允许您访问第三方服务`, `还应遵守第三方的用户协议和
// 隐私政策`, `该等第三方服务是由相关第三方运营商提供`) in a policy with no third-party section: a third_party unit beside its
// paragraph's topics.
const OTHERS_SERVICE = String.raw`(?:第三方|其他|其它)${S}{0,10}(?:网站|站点|服务)`;
const THIRD_PARTY_MENTION = new RegExp([
  String.raw`(?:访问|链接|跳转)${S}{0,12}${OTHERS_SERVICE}`,
  String.raw`遵守${S}{0,12}第三方${S}{0,20}(?:协议|政策|规则|条款)`,
].join('|'), 'g');
export const thirdPartyMentionCarves = (text: string): SentenceCarve[] =>
  absentCarvesOf(text, THIRD_PARTY_MENTION, 'third_party', true);

// Where to send questions about the policy (`如果您对本隐私政策…有任何疑问、意见或建议时,您可以通过…向我们反馈`) in a policy with
// no contact section: a contact unit beside its paragraph's topics, outside the introduction. (Own labels +2 headings, batch AM
// +1; CA4P fold 4 −.0004: 猫眼's introduction stands under its contents' heading, and CA4P files the sentence there as other.)
const CONTACT_MENTION = new RegExp(String.raw`(?:如|如果|若)(?:您|你)?对本${S}{0,16}(?:政策|协议|声明|指引|规则)${S}{0,60}(?:疑问|意见|建议|问题)${S}{0,60}(?:联系|反馈|咨询|致电|来信|发送邮件)`, 'g');
export const contactMentionCarves = (text: string): SentenceCarve[] =>
  absentCarvesOf(text, CONTACT_MENTION, 'contact', true, true);
