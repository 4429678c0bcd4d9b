// Sentences that say something their section does not, each carved out of its section's own body as a
// paragraph unit with its own topic (the text before and after it become units with the section's topics, so
// the tree still covers the body in order: diffs and exports read it so):
// - the operator's name where the policy gives it (`广州超级周末科技有限公司(以下简称“超级课程表”)尊重并保护…`):
//   contact, though the sentence around it introduces the policy;
// - whose terms govern a third party's service (`请您详细阅读该第三方的隐私政策`, `我们不控制第三方对您个人信息的
//   使用`), a service the policy does not cover, a link out: third_party, wherever it stands;
// - an age limit (`您必须年满18岁`): minors; managing or placing cookies, or in a policy with no cookie section any
//   sentence naming them: cookies; in a policy with no section on its own revision, the sentence saying it may be
//   revised (`本协议可由本软件随时更新`): updates; in one with no security section, a pledge to safeguard the data: security;
//   in one with no minors section, minors with their guardians or an age to reach: minors; in one with no disclosure
//   section, making the user's data public or letting it out: disclosure;
// - where data is stored (`存储到中国大陆地区的数据中心` in the security chapter) or whether it goes abroad (the
//   cross-border stance, `不会…传输至境外` in the use chapter): storage;
// - how long data is kept (`…所需的期限内保留您的个人信息`): retention, and an SDK taking data (`通过华为推送服务
//   SDK获取您的推送识别码`): sdk, both beside the section's own topics (CA4P files these under their chapter), and
//   a device permission in a collection or use chapter: permissions beside them;
// - a warning on leaving for other sites: third_party beside the security chapter's topics;
// - the definition of personal information opening a chapter: scope (a definition, no practice).
// See docs/decisions/0002, rounds 7–11.
import type { Language, Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import { ITEM_NUMBER, WORDLESS, skipSpace, trimSpaceEnd } from '../lines';
import { deepestSection, paragraphUnit } from '../units';
import { ownEnds } from './sectionContext';
import { clauseSpans, isTermsOfService } from './clauseCues';
import { namesNoTopic } from './classes';
import { S, SDK_VENDORS, carvesOf, type SentenceCarve, type Span } from './carve';
import { thirdPartyCarves } from './thirdPartySentences';
import { contactMentionCarves, disclosureMentionCarves, minorsMentionCarves, revisionCarves, rightsMentionCarves, safeguardCarves, thirdPartyMentionCarves } from './absentTopics';

export type { SentenceCarve, Span } from './carve';
export { revisionCarves } from './absentTopics';

/** A line that is only a chapter's number and title. */
const CHAPTER_ENTRY = /^[一二三四五六七八九十]{1,3}、\s*[^。；;，,:：!！?？]{2,30}$/;

type Entry = { section: Section; topics: TopicId[]; old: number | null; parentOld: number | null };

/** The sentences naming the operator: contact units, out of leaf sections. */
export const operatorCarves = (spans: readonly Span[]): SentenceCarve[] =>
  spans.map((s) => ({ nstart: s.nstart, nend: s.nend, topic: 'contact', leafOnly: true }));

/** The sentences stating where data is stored (the storage_location facts): storage units, outside the preamble. */
export const storageCarves = (spans: readonly Span[]): SentenceCarve[] =>
  spans.map((s) => ({ nstart: s.nstart, nend: s.nend, topic: 'storage', leafOnly: false, outsidePreamble: true }));

// An age limit for users (`您必须年满18岁`, `我們不會…儲存十八歲以下人士的個人資料`, `若為限制行為能力人,應得法定代理人之同意`)
// outside the introduction, whose `未满18周岁的未成年人请在监护人陪同下阅读` notices CA4P files as `other`.
const MINOR_AGE_SENTENCE = new RegExp([
  String.raw`(?:年满|未满|不满)\s*(?:\d{1,2}|十[四六八]|十)\s*周?岁`,
  String.raw`(?:\d{1,2}|十[四六八])\s*周?岁(?:以下|以上)(?:人士|的用户)`,
  '限制(?:民事)?行为能力人',
].join('|'), 'g');

// The notice inviting minors to read with a guardian (`未满18周岁的未成年人请在监护人陪同下阅读`), which CA4P files as other.
const READING_NOTICE = /陪同|阅读|指导下/;

/** Sentences setting an age limit: minors units, out of any section's own body — out of the preamble's only when no
 * reading notice (`请确认您为18岁以上人士`) or in terms of service, whose opening `如您未满18周岁,请在法定监护人陪同下
 * 阅读…` an analyst files under minors (hand +2 headings). */
export const minorAgeCarves = (text: string, terms = false): SentenceCarve[] =>
  carvesOf(text, MINOR_AGE_SENTENCE, 'minors', !terms).map((c) => {
    const { nstart, nend } = sentenceOf(text, c);
    return READING_NOTICE.test(text.slice(nstart, nend)) ? c : { ...c, outsidePreamble: false };
  });

// Managing or placing cookies (`您可以通过浏览器设置拒绝或管理cookie`, `并可能在您的电脑装置cookies`) in a chapter about
// something else. (Not `通过cookie或其他方式自动采集…`, which CA4P files as collection: tune −.004.)
const COOKIE_SENTENCE = /(?:cookie|像素标签)[^。；;\n]{0,20}(?:拒绝|管理|删除|清除|禁用)|(?:拒绝|管理|删除|清除|禁用)[^。；;\n]{0,10}(?:cookie|像素标签)|(?:放置|装置|存储|设置)[^。；;\n]{0,4}cookie/gi;

/** Sentences on managing or placing cookies: cookies units, outside the preamble. */
export const cookieCarves = (text: string): SentenceCarve[] => carvesOf(text, COOKIE_SENTENCE, 'cookies', true);

// Any sentence naming cookies (`我们会使用cookie和同类技术收集…`) in a policy with no cookie section at all: a unit
// carrying cookies beside its section's topics. (Where a cookie section exists, CA4P files such sentences under
// their chapter, collection: dev −.002, tune −.004; kept to absent topics it is neutral and finds 9 headings.)
const COOKIE_MENTION = /cookie|web\s*beacon|像素标签/gi;
export const cookieMentionCarves = (text: string): SentenceCarve[] =>
  carvesOf(text, COOKIE_MENTION, 'cookies', true, true)
    .filter((c) => {
      const sentence = sentenceOf(text, c);
      COOKIE_SENTENCE.lastIndex = 0;
      return !COOKIE_SENTENCE.test(text.slice(sentence.nstart, sentence.nend));
    })
    .map((c) => ({ ...c, absentOnly: true }));

// How long data is kept (`我们只会在实现本政策所述目的所需的期限内保留你的个人信息`, `超出保存期限后…删除`), often said
// in the security or collection chapter.
const RETENTION_SENTENCE = new RegExp([
  `(?:所需|必需|必要|要求)的?(?:合理|最短)?(?:期限|时间|期间|时限)内?${S}{0,6}(?:保留|保存|存储|储存)`,
  `(?:注销|删除)${S}{0,8}后${S}{0,4}\\d+\\s*个?(?:月|年|天|日)${S}{0,4}(?:保留|保存|存储|储存)`,
  `\\d+\\s*个?(?:月|年|天|日)后${S}{0,24}(?:销毁|删除|匿名化)`,
  `(?:保留|保存|存储|储存)(?:期限|期间|时间)(?:为|是|届满|结束)`,
  `超(?:出|过)${S}{0,4}(?:保留|保存|存储|储存)(?:期限|期间|时间)`,
  // `超出必要期限后,我们将…删除`, `在您的账号一段时间不活动之后…删除或取消识别您的个人信息`
  `超(?:出|过)${S}{0,16}期限后?${S}{0,24}(?:删除|匿名化|销毁)`,
  `(?:不活动|不活跃)${S}{0,30}(?:删除|匿名化|取消识别)`,
  `(?:不会|不)(?:保留|保存|存储)${S}{0,4}(?:长于|超过)`,
  // `服务终止后,酷狗可以从服务器上永久地删除用户的数据` (CA4P: retention 8 of 14)
  `(?:服务器|系统|数据库)上?${S}{0,2}永久(?:地|的|性)?(?:删除|清除)`,
  // `我们将保存您的个人信息不少于六个月,最长不超过20年`
  `(?:保留|保存|存储|储存)${S}{0,12}(?:不少于|不超过|不长于|最长|至少)${S}{0,4}(?:\\d+|[一二三四五六七八九十两]+)\\s*个?(?:月|年|天|日)`,
  // `如我们停止运营,…并对所持有的你的个人信息进行删除或匿名化处理` (CA4P files 40 such segments as retention, 25 as rights)
  `停止运营${S}{0,60}(?:删除|匿名化)`,
  // `我们将保存您的信息,直至您注销帐户`, `返回结果数据保留六个月`
  `(?:保留|保存)${S}{0,20}(?:直至|直到)`,
  `(?:保留|保存)${S}{0,4}(?:\\d+|[一二三四五六七八九十两]+)\\s*个?(?:月|年|天|日)`,
  // `我们只会在…注销账号之前保留您的个人信息,除非法律法规明确要求我们保留更长的期限`
  `只(?:会|能)?在${S}{0,40}(?:之前|期间|期限内)${S}{0,4}(?:保留|保存|存储)`,
  `(?:保留|保存|存储)更长的?(?:期限|时间)`,
  // `在您注销账号时,我们将停止使用并删除上述信息` (kept until the account is closed)
  `注销${S}{0,12}时${S}{0,12}停止使用并删除`,
  // Deleted within a time, kept without end, not kept once processed, cleared on uninstalling or signing out, kept until
  // replaced, destroyed when a term runs out: `通常会在七天内删除`, `无限期保留 Google Analytics 收集的数据`, `处理完成后不会在
  // 服务器端留存`, `卸载 App 时全部数据自动永久清除`, `卸载扩展会清除以上全部数据`, `备份会保留至被新备份替换`,
  // `当测试期满…主动将…销毁` (not `24小时内删除内容`, moderation).
  `(?:\\d+|[一二三四五六七八九十两]+)\\s*个?(?:月|年|天|日|小时|周)(?:之)?内${S}{0,4}(?:删除|清除|销毁|匿名化)(?!内容)`,
  `无限期(?:地)?(?:保留|保存|存储)`,
  `(?:处理|迁移|使用|完成)${S}{0,6}后${S}{0,8}(?:不会|不再)${S}{0,10}(?:留存|保留|保存|存储)`,
  `(?:卸载|登出|退出登录)${S}{0,16}(?:时|后|会|将)${S}{0,16}(?:清除|删除)`,
  `(?:保留|保存)至${S}{0,4}(?:被|您|你|用户)`,
  `(?:期满|有效期过后|到期后)${S}{0,30}(?:删除|销毁|清除)`,
  `一段时间${S}{0,12}(?:删除|清除)`,
].join('|'), 'g');

/** Sentences saying how long data is kept: units carrying retention besides their section's topics, outside the preamble. */
export const retentionCarves = (text: string): SentenceCarve[] =>
  carvesOf(text, RETENTION_SENTENCE, 'retention', true, true);

// A sentence on an SDK taking data or built into the app (`通过华为推送服务SDK获取您的推送识别码`, `集成友盟+SDK`,
// `我们使用第三方统计工具记录网络日志信息`; SDK vendors by name: `我们的第三方合作伙伴极光、友盟会收集…`; a third party's
// analysis platform, `第三方 Bug 分析平台 Microsoft AppCenter`) inside a collection or security chapter. (Not
// `SDK/API/JS代码版本`, a datum collected, nor `…@paysdk.com`.)
const SDK_WORD = String.raw`(?:(?<![A-Za-z])(?:SDK|软件开发工具包)(?![A-Za-z/])|第三方(?:插件|代码|统计)|第三方\s?(?:[A-Za-z]+\s?)?分析(?:平台|服务|工具)|${SDK_VENDORS})`;
const SDK_SENTENCE = new RegExp([
  `(?:集成|接入|嵌入|使用|包含|通过)${S}{0,30}${SDK_WORD}`,
  `${SDK_WORD}${S}{0,20}(?:收集|获取|读取|采集|需要|提供推送|提供统计)`,
].join('|'), 'gi');

/** Sentences naming an SDK: units carrying sdk besides their section's topics, outside the preamble. */
export const sdkCarves = (text: string): SentenceCarve[] =>
  carvesOf(text, SDK_SENTENCE, 'sdk', true, true);

// What personal information is (`个人信息是指以电子或者其他方式记录的…各种信息`), opening the collection chapter: a
// definition (scope), not a practice — CA4P files it as `other`.
const DEFINITION_SENTENCE = new RegExp(`个人(?:敏感)?信息(?:是指|指的是|：是指|:是指)${S}{10,160}(?:信息|数据)`, 'g');

/** Sentences defining personal information: scope units, out of any section's own body. */
export const definitionCarves = (text: string): SentenceCarve[] => carvesOf(text, DEFINITION_SENTENCE, 'scope', false);

// A device permission asked for or switched off (`需要您授权…获取相机及麦克风访问权限`, `随时关闭您的地理位置信息授权`,
// `在您授权接受通知权限后`) inside a chapter on what is collected and why: CA4P files permissions with collection.
const DEVICE = '(?:相机|摄像头|麦克风|位置|定位|通讯录|相册|存储|电话|日历|蓝牙|通知|设备信息|剪切板|剪贴板)';
// (…or a pop-up asking for it: `您可以通过弹窗选择是否允许我们收集您的GPS位置信息`.)
const PERMISSION_SENTENCE = new RegExp(`(?:授权|开启|开放|打开|允许|申请|获取|调用|访问|关闭)${S}{0,12}${DEVICE}${S}{0,6}(?:权限|授权)|弹窗${S}{0,12}(?:允许|授权|同意)${S}{0,12}(?:GPS)?${DEVICE}|(?:开启|打开|关闭)(?:您的|手机|设备|的){0,3}(?:实时)?(?:位置|定位|GPS|相机|摄像头|麦克风|蓝牙)(?:信息|服务|功能)|(?:访问|调用|读取)(?:您|你)?的?(?:本地|设备)?(?:相册|剪切板|剪贴板|通讯录|麦克风|摄像头)`, 'g');

/** Sentences on a device permission: units carrying permissions beside the collection or use their section carries. */
export const permissionCarves = (text: string): SentenceCarve[] =>
  carvesOf(text, PERMISSION_SENTENCE, 'permissions', true, true).map((c) => ({ ...c, under: ['collection', 'use'] as const }));

/**
 * Every carve analyzeDocument makes, from the (folded) text and the facts found in it: the operator's name
 * in any language; in Chinese text third parties' terms, age limits, cookie management, storage places and
 * cross-border stances, retention, SDKs and definitions; in Chinese terms of service, the privacy clauses of
 * sections the model finds nothing in.
 */
export function sentenceCarves(text: string, facts: readonly (Span & { kind: string })[], language: Language): SentenceCarve[] {
  const ofKind = (kind: string) => facts.filter((f) => f.kind === kind);
  const carves = operatorCarves(ofKind('operator'));
  if (language !== 'zh') return carves;
  // A terms-of-service text's privacy sentences stand among conduct clauses the model reads as `other`.
  const tos = isTermsOfService(text);
  const clauses = tos ? clauseSpans(text).map((c) => ({ ...c, leafOnly: false, outsidePreamble: true, untopicedOnly: true })) : [];
  return [...carves, ...thirdPartyCarves(text), ...minorAgeCarves(text, tos), ...cookieCarves(text), ...cookieMentionCarves(text), ...revisionCarves(text), ...safeguardCarves(text), ...minorsMentionCarves(text), ...disclosureMentionCarves(text), ...rightsMentionCarves(text), ...thirdPartyMentionCarves(text), ...contactMentionCarves(text), ...storageCarves(ofKind('storage_location')), ...storageCarves(ofKind('cross_border')), ...retentionCarves(text), ...sdkCarves(text), ...permissionCarves(text), ...definitionCarves(text), ...clauses];
}

/** A Chinese numeral alone in its marks (`(一)`): an item's number too, beside lines.ts' ITEM_NUMBER (digits). */
const CHINESE_ITEM_NUMBER = /^[^\p{L}\p{N}]*[一二三四五六七八九十]{1,3}[^\p{L}\p{N}]*$/u;

/** The law's definition of sensitive information: no age limit for users, nothing on minors. */
const SENSITIVE_DEFINED = /敏感(?:个人)?信息(?:是|是指|指|包括|主要包括)/;

/**
 * Sections (pre-order, id = index) with the sentence holding each carve cut out of the own body of the
 * deepest section holding it, and their topics, renumbered. A carve whose unit would carry no new topic
 * (its section has the topic already) or that overlaps an earlier one is skipped; `map` turns normalised
 * offsets into source offsets.
 */
export function addSentenceUnits(
  text: string, sections: readonly Section[], topics: readonly TopicId[][], carves: readonly SentenceCarve[], map: (n: number) => number = (n) => n,
): { sections: Section[]; topics: TopicId[][] } {
  const hasChild = new Set(sections.flatMap((s) => (s.parent === null ? [] : [s.parent])));
  // Where each section's own body ends: before its first sub-section, else at its end.
  const ownEnd = ownEnds(sections).map((e, i) => (hasChild.has(i) ? trimSpaceEnd(text, 0, e) : e));
  const inPreamble = (i: number): boolean => {
    for (let p: number | null = i; p !== null; p = sections[p].parent) if (sections[p].synthetic === 'preamble') return true;
    return false;
  };
  const byHost = new Map<number, (Span & { topic: TopicId; keepHost?: boolean })[]>();
  const present = new Set(topics.flat());
  // (Passing mentions come last: a sentence another carve cuts keeps that carve's unit, `這些第三方的私隱保護政策…`.)
  for (const carve of [...carves].sort((a, b) => Number(!!a.absentOnly) - Number(!!b.absentOnly) || a.nstart - b.nstart)) {
    if (carve.absentOnly && present.has(carve.topic)) continue;
    const span = sentenceOf(text, carve);
    // (A chapter's number and title alone in a body, `二、我们如何使用Cookie和同类技术`, is a table of contents' entry: it
    // names a chapter, no practice.)
    if (CHAPTER_ENTRY.test(text.slice(span.nstart, span.nend))) continue;
    // (Nor is the law's definition of sensitive data, `敏感个人信息是…包括…不满十四周岁未成年人的个人信息`, any word on minors.)
    if (carve.topic === 'minors' && SENSITIVE_DEFINED.test(text.slice(span.nstart, span.nend))) continue;
    const host = deepestSection(sections, span.nstart, span.nend) ?? -1;
    if (host < 0 || (carve.leafOnly && hasChild.has(host)) || topics[host].includes(carve.topic)) continue;
    const h = sections[host];
    if (carve.outsidePreamble && inPreamble(host)) continue;
    if (carve.under && !carve.under.some((t) => topics[host].includes(t))) continue;
    if (carve.untopicedOnly && (!namesNoTopic(topics[host]) || (h.synthetic === 'paragraph' && h.parent !== null && !namesNoTopic(topics[h.parent])))) continue;
    if (span.nstart < Math.max(h.nbody, h.nstart) || span.nend > ownEnd[host]) continue;
    const list = byHost.get(host) ?? [];
    if (list.some((x) => span.nstart < x.nend && x.nstart < span.nend)) continue;
    list.push({ ...span, topic: carve.topic, keepHost: carve.keepHost });
    byHost.set(host, list);
  }
  for (const list of byHost.values()) list.sort((a, b) => a.nstart - b.nstart);
  if (!byHost.size) return { sections: [...sections], topics: topics.map((t) => [...t]) };

  const entries: (Entry | null)[] = sections.map((s, i) => ({ section: s, topics: [...topics[i]], old: i, parentOld: s.parent }));
  const unit = (parentOld: number | null, level: number, a: number, b: number, t: readonly TopicId[]): Entry => ({
    section: paragraphUnit(-1, null, level, a, b, map(a), map(b)),
    topics: [...t], old: null, parentOld,
  });
  for (const [host, spans] of byHost) {
    const h = sections[host];
    const paragraph = h.synthetic === 'paragraph';
    // A paragraph gives way to its pieces; a section keeps its heading and gets them as children.
    const [parentOld, level] = paragraph ? [h.parent, h.level] : [host, h.level + 1];
    let at = Math.max(h.nbody, h.nstart);
    // (A unit keeping its host's topics, cut from a paragraph the model found nothing in, keeps its section's.)
    const hostTopics = paragraph && namesNoTopic(topics[host]) && h.parent !== null ? topics[h.parent] : topics[host];
    // (What is left of the host beside a sentence may be only its marks, the `**` around a bold sentence or a
    // `==========` rule, or the item's number on the line above it (`5.1`): they go with the sentence, no unit saying nothing.)
    spans.forEach((span, k) => {
      const left = text.slice(at, span.nstart);
      const absorbs = WORDLESS.test(left) || ITEM_NUMBER.test(left) || CHINESE_ITEM_NUMBER.test(left);
      if (!absorbs) entries.push(unit(parentOld, level, at, trimSpaceEnd(text, at, span.nstart), topics[host]));
      const from = absorbs ? at : span.nstart;
      at = skipSpace(text, span.nend, ownEnd[host]);
      const last = k === spans.length - 1 && at < ownEnd[host] && WORDLESS.test(text.slice(at, ownEnd[host]));
      const to = last ? trimSpaceEnd(text, at, ownEnd[host]) : span.nend;
      if (last) at = ownEnd[host];
      entries.push(unit(parentOld, level, from, to, span.keepHost ? [...new Set([...hostTopics, span.topic])] : [span.topic]));
    });
    if (at < ownEnd[host]) entries.push(unit(parentOld, level, at, trimSpaceEnd(text, at, ownEnd[host]), topics[host]));
    if (paragraph) entries[host] = null;
  }
  const kept = entries.filter((e): e is Entry => e !== null);
  // Pre-order: by start, a parent before the child starting where it does.
  kept.sort((a, b) => a.section.nstart - b.section.nstart || a.section.level - b.section.level);
  const newId = new Map<number, number>();
  kept.forEach((e, k) => { if (e.old !== null) newId.set(e.old, k); });
  const out = kept.map((e, k) => ({ ...e.section, id: k, parent: e.parentOld === null ? null : newId.get(e.parentOld)! }));
  return { sections: out, topics: kept.map((e) => e.topics) };
}

/** The sentence holding the span: from the previous sentence end (or line break) to the next. */
function sentenceOf(text: string, span: Span): Span {
  let a = span.nstart;
  while (a > 0 && !/[。！？；!?;\n]/.test(text[a - 1])) a--;
  let b = span.nend;
  while (b < text.length && !/[。！？；!?;\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  // (A span may open on the indent before its sentence, `\n    上述信息将存储于…`.)
  return { nstart: skipSpace(text, a, b), nend: b };
}
