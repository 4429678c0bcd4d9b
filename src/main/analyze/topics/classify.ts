// Per-section topic decision: heading rules (strong), the learnt model over heading + own body,
// and the nearest ancestor's heading topics as weak context (a lower bar, never inheritance).
import type { Language, Section } from '../../../shared/types';
import type { TopicId } from '../../../shared/taxonomy';
import { CLASS_OF_TOPIC, MODEL_CLASSES, likeliestClass, type ModelClass } from './classes';
import type { TopicModel } from './model';
import { CROSS_BORDER_HEADING, ON_DEVICE_HEADING, headingTopics, isTitle, refineClass } from './rules';
import { keptNotWhere, receivedNotShared } from './headingLimits';
import { CHOICE_EN, COOKIES_EN, RETENTION_EN, THIRD_PARTY_COLLECTS_EN } from './englishCues';
import { isContentsBlock, isDateStampBlock, isSignatureBlock } from '../units';
import { WORDLESS } from '../lines';
import { THIRD_PARTY_DISCLAIMER, clauseTopics, isPrivacyClause } from './clauseCues';
import { addBodyCues, listsPermissions } from './bodyCues';
import { definesTerm } from './glossary';
import { liftUnitTopics } from './liftUnitTopics';
import { markLegalExceptions } from './legalExceptions';
import { readEnglishUnitsInPlace } from './englishUnits';
import { confidenceScale } from './confidence';
import { contextHeadings, ownEnds } from './sectionContext';

/** Probability a class needs to be assigned from the body alone. (Chinese: .5 → .45 with the round-14 model, CA4P
 * folds 1–4 +.0008, hand +8 headings, presence +.0003; .4 and .55 gain less. A higher bar for lifting paragraph units'
 * topics to their section, .6, scored the same but loses what analysts read in the outline, four tests.) */
export const THRESHOLD = 0.45;
export const THRESHOLD_EN = 0.25;
/** English classes whose own bar is lower still: a security or policy-change paragraph the model reads as such at
 * .15 is one, OPP-115's majority says (per-class bars picked on four folds and scored on the fifth, folds 0–4:
 * macro +.004; these two, fixed, lift every fold, mean .7725 → .7788; other classes' best bars vary by fold). */
export const CLASS_THRESHOLD_EN: Partial<Record<ModelClass, number>> = { security: 0.15, updates: 0.15 };
/** An English class the model finds less likely than `other`, itself at least this likely, is not assigned. */
export const OTHER_WINS_EN = 0.5;
/** …when the heading already names other topics. (Chinese: .8 → .6 with the round-14 model, CA4P cross-validated
 * folds 1–4 +.0004, hand +1 heading; .5 and .7 gain less.) */
export const THRESHOLD_AGAINST_HEADING = 0.6;
export const THRESHOLD_AGAINST_HEADING_EN = 0.8;
/** …when an ancestor's heading names this class. */
export const THRESHOLD_WITH_CONTEXT = 0.3;
/** A heading topic foreign to the parent's needs this much body support. */
export const THRESHOLD_FOREIGN_HEADING = 0.2;
/** Heading topics specific enough to stand under any parent (`关于SDK服务` inside a cookie chapter). */
const SPECIFIC_HEADING: ReadonlySet<TopicId> = new Set(['consent_exceptions', 'sdk', 'third_party', 'cookies', 'minors', 'permissions']);
/** `9.2投诉举报` under `9.如何联系我们`: the right to complain, wherever it stands (labellers list 40 such headings under
 * rights, 6 not). */
const COMPLAINTS_HEADING = /^\s*投诉(?:与|和|及|、)?举报\s*$/;
/** Sub-headings naming this many classes make their parent a container, not a context. */
const CONTAINER_CLASSES = 5;
/** A privacy chapter longer than this is a whole policy the splitter found no headings in, no clause. */
const MAX_PRIVACY_CLAUSE = 4000;
/** A section split into paragraph units and shorter than this is read whole too, as a leaf of its length (the units
 * are cut from bodies of 100 characters up: CA4P folds 1–4 .8503 → .8539 retrained, hand +16 headings; reading only
 * the units, .8546 but −.0008 presence, topics gone from `3個人資訊` and `1.3 同意机制` in the outline). */
const READ_WHOLE_BELOW = 300;
/** Bodies shorter than this (after trimming) are not evidence. */
const MIN_BODY = 4;

const OTHER = MODEL_CLASSES.indexOf('other');
/**
 * A Chinese paragraph unit given no topic is `other` when the model reads it so at least this surely: a definition, a
 * notice on reading the policy, a conduct clause keeps its own place instead of passing for its chapter's practice.
 * (CA4P folds 1–4, round 15's models .8533 → .8638, retrained .8549 → .8655; bars .2 / .25 / .4 / .5 .8635 / .8641 /
 * .8628 / .8619; every untopiced unit, whatever the model reads, .8547. Round 2 measured it neutral with 300-character
 * units.)
 */
const OTHER_UNIT_ZH = 0.3;
/** …unless the model reads the class of its chapter's heading in it at least this surely (`如何更新与修改本政策` › `未经您明确
 * 同意，我们不会削减您按照本政策所应享有的权利…` stays the chapter's: .8616 → .8628 at a bar of .4; .05 / .15 .8627 / .8627). */
const CONTEXT_KEEPS_UNIT_ZH = 0.1;
const readsAsOtherZh = (prob: ArrayLike<number>, context: ReadonlySet<ModelClass>): boolean =>
  prob[OTHER] >= OTHER_UNIT_ZH && ![...context].some((c) => c !== 'other' && prob[MODEL_CLASSES.indexOf(c)] >= CONTEXT_KEEPS_UNIT_ZH);
const RETENTION_PHRASE = /\b(retain|retention|retained|as long as (is )?(necessary|needed|required|reasonably))\b|保存期限|存储期限|保留期限/i;

/** Knobs for tuning on the tune fold (bench/score-tune.mjs); the defaults are the shipped behaviour. */
export interface ClassifyOptions {
  threshold?: number;
  thresholdEn?: number;
  /** Body threshold for a class when the heading names other topics. */
  againstHeading?: number;
  /** Body threshold for a class an ancestor's heading names. */
  withContext?: number;
  /** Per-class body thresholds, replacing threshold / thresholdEn for that class. */
  classThreshold?: Partial<Record<ModelClass, number>>;
}

/** Whose terms govern third parties' services (`将受这些第三方的服务条款及隐私政策约束`), which the policy does
 * not cover (`不适用于…第三方`), who answers for them. */
const THIRD_PARTY_TERMS = new RegExp(String.raw`第三方[^。；;]{0,40}(服务条款|隐私政策|隐私声明|隐私权政策|个人信息保护政策)[^。；;]{0,6}(约束|管辖|规范)|不适用于?[^。；;]{0,30}(第三方|其他[^。；;]{0,8}(公司|个人|组织|机构)|他人)|(阅读|查看|参阅)[^。；;]{0,10}第三方的?[^。；;]{0,4}(隐私|个人信息保护)|${THIRD_PARTY_DISCLAIMER.source}`);

const RETENTION_ZH = /(必要|最短|所需|必须)的?(期限|时间|期间)|保存期限|存储期限|保留期限|期限届满|超出[^。]{0,10}期限/;
const REFUSED_REQUEST = /(无法|不予|不能|不会)(响应|回应|满足)(您|你|用户)[^。]{0,30}(请求|要求|申请)/;
const SCOPE_COLLECTED = /自动接收|接收并记录|要求提供的(个人)?注册信息/;
const NO_CONSENT_NEEDED = /(?:无需|无须|不必)[^。]{0,8}(同意|授权)|不(征得|经)[^。]{0,8}(同意|授权)/;

/** A body this long that nothing gave a topic is read for its likeliest class, if that reaches this probability. */
const UNREAD_BODY = 80;
const LIKELY_ENOUGH = 0.15;

export function classifyWithModel(
  model: TopicModel,
  text: string,
  sections: readonly Section[],
  language: Language = 'zh',
  options: ClassifyOptions = {},
): TopicId[][] {
  // English training data is small (OPP-115): its probabilities run lower, so the bar is lower.
  const tuned = options.classThreshold ?? (language === 'en' && options.thresholdEn === undefined ? CLASS_THRESHOLD_EN : {});
  const fallback = language === 'en' ? (options.thresholdEn ?? THRESHOLD_EN) : (options.threshold ?? THRESHOLD);
  const classBase = MODEL_CLASSES.map((cls) => tuned[cls] ?? fallback);
  const againstHeading = options.againstHeading ?? (language === 'en' ? THRESHOLD_AGAINST_HEADING_EN : THRESHOLD_AGAINST_HEADING);
  const ends = ownEnds(sections);
  const contexts = contextHeadings(sections);
  const byId = new Map(sections.map((s, i) => [s.id, i]));
  // Sub-sections of each section, by index.
  const kids = new Map<number, number[]>();
  sections.forEach((s, i) => {
    const p = s.parent === null ? undefined : byId.get(s.parent);
    if (p === undefined) return;
    const list = kids.get(p);
    if (list) list.push(i);
    else kids.set(p, [i]);
  });
  // A preamble is an introduction (scope) whatever its title line says: it names every practice in
  // passing (`本政策将帮助您了解…`), so only strong body evidence gives it another topic.
  const heads = sections.map((s) => (s.synthetic === 'preamble' ? new Set<TopicId>([...headingTopics(s.heading), 'scope']) : headingTopics(s.heading)));
  const headClasses = heads.map((h) => new Set([...h].map((t) => CLASS_OF_TOPIC[t])));
  // A heading whose sub-headings name CONTAINER_CLASSES classes or more wraps the policy (`1. 我們如何
  // 及為何收集您的個人資料` over sharing, rights, security …): it is no topical context for them.
  const namedClasses = (ks: number[]) => new Set(ks.filter((k) => !sections[k].synthetic).flatMap((k) => [...headClasses[k]]).filter((c) => c !== 'other'));
  const containers = new Set([...kids].filter(([, ks]) => namedClasses(ks).size >= CONTAINER_CLASSES).map(([p]) => p));

  // The section a paragraph unit was split from; any other section is its own.
  const ownerOf = (i: number): number => {
    const s = sections[i];
    return s.synthetic === 'paragraph' && s.parent !== null ? byId.get(s.parent) ?? i : i;
  };
  // A terms-of-service privacy chapter (`三、用户个人隐私信息保护`) and its paragraphs: see clauseCues.ts.
  const inPrivacyClause = (i: number): boolean => {
    if (sections[i].synthetic === 'preamble') return false;
    const p = ownerOf(i);
    // (`二十四、個人資料保障` names security by its heading, as `保护` would: still a privacy chapter.)
    return [...heads[p]].every((t) => t === 'security') && isPrivacyClause(sections[p].heading) && sections[p].nend - sections[p].nbody <= MAX_PRIVACY_CLAUSE;
  };
  // A scope chapter (`适用范围`, `本政策不适用于:`, `特定服务隐私政策的例外适用`) or one of its paragraphs.
  const aboutScope = (i: number): boolean => {
    const p = ownerOf(i);
    return heads[p].has('scope') || /不适用|适用例外|例外适用/.test(sections[p].heading);
  };
  // A title with no body, the next heading right under it (`您使用服务时我们获取的信息` › `设备信息`, both plain
  // titles, so siblings): it heads what follows as a chapter would. (Chinese only: OPP tune −.003.)
  const stackedOver = (i: number): boolean => {
    const next = sections[i + 1];
    return next !== undefined && !next.synthetic && !sections[i].synthetic && next.parent === sections[i].parent && next.level === sections[i].level;
  };
  // A section whose sub-sections are all bodiless leaves (`1.您提供給我們的資料` over `(a)聯絡資訊…` `(b)玩家的名稱…`)
  // holds a list set as headings: it is read through to its end, the items as its body.
  const bodiless = (k: number) => !kids.has(k) && !sections[k].synthetic && text.slice(Math.max(sections[k].nbody, sections[k].nstart), sections[k].nend).trim().length < MIN_BODY;
  const listHolders = new Set([...kids].filter(([, ks]) => ks.length >= 2 && ks.every(bodiless)).map(([p]) => p));
  // A short section split into paragraph units is read whole as well, as a leaf: its units say what each paragraph is
  // about, the section what the whole is about.
  const readWhole = new Set([...kids].filter(([p, ks]) => ks.every((k) => sections[k].synthetic === 'paragraph') && sections[p].nend - sections[p].nbody < READ_WHOLE_BELOW).map(([p]) => p));
  // A Chinese chapter whose opening paragraphs are units before its sub-sections is read through that opening as well,
  // as before they were split. (An English one is not: `HOW WE USE YOUR INFORMATION` would be retention for the one
  // deletion its list of uses ends with.)
  const leadEnds = new Map<number, number>();
  if (language === 'zh') for (const [p, ks] of kids) {
    const firstReal = ks.find((k) => sections[k].synthetic !== 'paragraph');
    if (firstReal !== undefined && ks.some((k) => sections[k].synthetic === 'paragraph')) leadEnds.set(p, sections[firstReal].nstart);
  }
  const ownEndOf = (i: number) => (listHolders.has(i) || readWhole.has(i) ? sections[i].nend : Math.max(leadEnds.get(i) ?? ends[i], Math.max(sections[i].nbody, sections[i].nstart)));
  // (Each section's reading serves twice: the document's confidence, then the section's own topics.)
  const probs = new Map<number, Float64Array>();
  const predictAt = (i: number): Float64Array => {
    let p = probs.get(i);
    if (!p) probs.set(i, (p = Float64Array.from(model.predict(text, sections[i].nstart, ownEndOf(i), contexts[i], language === 'en'))));
    return p;
  };
  const scale = language === 'zh' ? confidenceScale(sections, predictAt) : 1;
  const classified = sections.map((s, i) => {
    const bodyStart = Math.max(s.nbody, s.nstart);
    const ownEnd = ownEndOf(i);
    const body = text.slice(bodyStart, ownEnd);
    // `**乐堂动漫游戏公司**` closing the text reads as a bold heading without body: the signature.
    if (i === sections.length - 1 && !s.synthetic && body.trim().length < MIN_BODY && isSignatureBlock(s.heading)) return ['contact' as TopicId];
    if (body.trim().length < MIN_BODY) {
      if (!kids.has(i) && !(language === 'zh' && stackedOver(i))) return [];
      const named = headingTopics(s.heading, true);
      if (named.has('sdk') && listsPermissions(text.slice(bodyStart, s.nend))) named.add('permissions');
      return [...named];
    }
    // A contents list of linked entries (`1. [Introduction](…#introduction)`) names chapters and states no practice.
    if (isContentsBlock(body)) return s.synthetic === 'paragraph' ? ['other' as TopicId] : [];
    if (s.synthetic === 'paragraph') {
      // A unit that is only marks (a `==========` rule, the body's last line; `###`) says nothing. (The body is not blank here.)
      if (WORDLESS.test(body)) return [];
      // The policy's closing version dates are about the document, no practice (and no contact).
      if (isDateStampBlock(body)) return ['other' as TopicId];
      // Its signature (`乐堂动漫游戏公司` closing the text) names who to reach.
      if (i === sections.length - 1 && isSignatureBlock(body)) return ['contact' as TopicId];
      // A term defined in the glossary (`名词解释` › `7.Cookie:Cookie是包含字符串的小文件…`) is no practice of the policy's.
      if (language === 'zh' && definesTerm(sections, byId, i, body)) return ['other' as TopicId];
    }

    const context = new Set<ModelClass>();
    for (let p = s.parent; p !== null; ) {
      const j = byId.get(p);
      if (j === undefined) break;
      // (A policy's title over its chapters, `《…儿童隐私政策》` › `5.儿童个人信息的更正`, is no subject they stray from.)
      if (containers.has(j) || isTitle(sections[j].heading)) break;
      if (headClasses[j].size) {
        for (const c of headClasses[j]) context.add(c);
        break;
      }
      p = sections[j].parent;
    }

    const prob = predictAt(i);
    const own = headClasses[i];
    const topics = new Set<TopicId>();
    MODEL_CLASSES.forEach((cls, c) => {
      if (cls === 'other') return;
      const p = prob[c];
      const base = classBase[c] * scale;
      if (own.has(cls)) {
        // The heading names it: strong, unless it contradicts the parent and the body disagrees.
        const specific = [...heads[i]].some((t) => CLASS_OF_TOPIC[t] === cls && (SPECIFIC_HEADING.has(t) || (t === 'storage' && (CROSS_BORDER_HEADING.test(s.heading) || ON_DEVICE_HEADING.test(s.heading))) || (t === 'rights' && COMPLAINTS_HEADING.test(s.heading))));
        if (context.size && !context.has(cls) && !specific && p < THRESHOLD_FOREIGN_HEADING) return;
        // A long body the model reads as unrelated (terms of service under `使用规则`) overrides it.
        if (body.length >= 200 && p < 0.05 && prob[OTHER] > 0.9) return;
        for (const t of heads[i]) if (CLASS_OF_TOPIC[t] === cls) topics.add(t);
        if (p >= base) for (const t of refineClass(cls, body)) topics.add(t);
        return;
      }
      let bar = own.size ? againstHeading * scale : base;
      if (context.has(cls)) bar = Math.min(bar, (options.withContext ?? THRESHOLD_WITH_CONTEXT) * scale);
      // Retention is rare in the English data; an explicit retention phrase lowers its bar.
      if (cls === 'store' && RETENTION_PHRASE.test(body)) bar = Math.min(bar, 0.1);
      // OPP-115 has 78 retention segments: the model rarely finds the class (dev recall .19), so an
      // English sentence about keeping or deleting data after a time is retention by rule.
      if (cls === 'store' && language === 'en' && RETENTION_EN.test(body)) bar = 0;
      // A choice the reader can make (`If you do not wish to…`, `opt out`, `unsubscribe`) is a right.
      if (cls === 'rights' && language === 'en' && CHOICE_EN.test(body)) bar = Math.min(bar, 0.1);
      // So is a third party collecting or tracking on the service (`third-party advertisers may set their own cookies`),
      // which OPP files under third-party sharing/collection: the model alone reads most of them as `other`.
      if (cls === 'share' && language === 'en' && THIRD_PARTY_COLLECTS_EN.test(body)) bar = Math.min(bar, 0.1);
      // An English paragraph the model reads as `other` more surely than as this class, with `other` at
      // least even, is boilerplate that merely names the practice (OPP dev .7604 → .7689, tune .7246 →
      // .7335; Chinese −.0007 / −.0005, so English only). Rule-lowered bars (retention, choices) stand.
      if (language === 'en' && bar > 0.1 && prob[OTHER] >= OTHER_WINS_EN && p < prob[OTHER]) return;
      if (p >= bar) for (const t of refineClass(cls, body)) topics.add(t);
    });
    // (Beside a lone security the model reads there too: `3.用户个人信息保护` also says what is collected and why; hand +8
    // headings on 150 pages, CA4P −.0002 / −.0003.)
    if (language === 'zh' && inPrivacyClause(i)) {
      // (Where the model found something, only topics of the classes it found, and the exceptions to consent: a clause
      // of another class would put that class on the whole chapter, CA4P cross-validated −.002.)
      const found = (topics.size === 0 || (topics.size === 1 && topics.has('security'))) ? null : new Set([...topics].filter((t) => t !== 'consent_exceptions').map((t) => CLASS_OF_TOPIC[t]));
      for (const t of clauseTopics(body)) if (!found || t === 'consent_exceptions' || found.has(CLASS_OF_TOPIC[t])) topics.add(t);
    }
    addBodyCues(topics, {
      heading: s.heading, ownerHeading: sections[ownerOf(i)].heading, body, preamble: s.synthetic === 'preamble',
      leaf: !kids.has(i) || readWhole.has(i), sharingClass: own.has('share'), thirdPartyHeading: heads[i].has('third_party'),
    });
    // A scope chapter saying which third parties' services the policy does not cover, and whose
    // terms govern them (`…将受这些第三方的服务条款及隐私政策约束`), is about third parties too.
    // (So is a list under `本《隐私政策》不适用于以下情况:` naming third parties' services.)
    // (A paragraph of it naming third parties reads with the chapter's own `本隐私政策不适用以下情况:`.)
    if (aboutScope(i)) {
      const owner = sections[ownerOf(i)];
      const notCovered = /不适用/.test(owner.heading) || (owner !== s && THIRD_PARTY_TERMS.test(text.slice(owner.nbody, owner.nend)));
      if (THIRD_PARTY_TERMS.test(body) || (notCovered && /第三方/.test(body))) topics.add('third_party');
    }
    if (topics.has('sdk') && listsPermissions(text.slice(bodyStart, s.nend))) topics.add('permissions');
    // An English paragraph on what is collected or how it is used that names cookies, web beacons or pixels is about them too.
    if (language === 'en' && (topics.has('collection') || topics.has('use')) && COOKIES_EN.test(body)) topics.add('cookies');
    // A storage section saying how long (`我们仅在实现…目的必须的期限内保留`) is about retention too, however the model reads it.
    if (language === 'zh' && topics.has('storage') && RETENTION_ZH.test(body)) topics.add('retention');
    keptNotWhere(topics, sections[ownerOf(i)].heading, body);
    receivedNotShared(topics, heads[i], sections[ownerOf(i)].heading, body);
    // A titled leaf with a body that nothing above gave a topic (`人才洞察` › `我们将收集求职者用户…的求职动作数据…`, read at
    // collection .19) is about what the model reads likeliest there, if at all likely: the 395 fresh pages +14 headings, own
    // labels +2, presence and CA4P folds unchanged (a bar of .10 gained more, CA4P −.0004). (Not a chapter over units: a terms of
    // service's `账号注册` would take their topics.)
    if (language === 'zh' && topics.size === 0 && !s.synthetic && !kids.has(i) && s.heading && body.trim().length >= UNREAD_BODY) {
      const likeliest = likeliestClass(prob);
      if (prob[likeliest] >= LIKELY_ENOUGH) for (const t of refineClass(MODEL_CLASSES[likeliest], body)) topics.add(t);
    }
    // The statutory exceptions as cases where a request is refused (`六、例外情况` › `…我们将无法响应您的请求:`) limit
    // the reader's rights; they are no processing without consent.
    if (topics.has('consent_exceptions') && REFUSED_REQUEST.test(body) && !NO_CONSENT_NEEDED.test(body)) {
      topics.delete('consent_exceptions');
      topics.add('rights');
    }
    // Scope (definitions, introduction) is heading-only: the corpora label no such class.
    if (heads[i].has('scope')) topics.add('scope');
    // The old portal template's `1.适用范围` lists what it covers: the information collected (`…要求提供的个人注册信息`,
    // `…自动接收并记录的您的手机上的信息`).
    if (aboutScope(i) && SCOPE_COLLECTED.test(body)) topics.add('collection');
    // An English paragraph nothing above found a topic in is `other`, so that it keeps its own place
    // instead of taking its heading's topic (`Our Security Precautions` running on into the site's
    // copyright and postal address). A Chinese one is when the model reads it as `other` (see OTHER_UNIT_ZH).
    if (s.synthetic === 'paragraph' && topics.size === 0 && (language === 'en' || readsAsOtherZh(prob, context))) topics.add('other');
    return [...topics];
  });
  // English units the model finds nothing in are `other` already; lifting there measured worse
  // (OPP dev .7452 → .7431, tune .7229 → .7223), Chinese neutral (CA4P dev +.002, tune −.001).
  return language === 'zh' ? markLegalExceptions(text, sections, ends, liftUnitTopics(sections, classified)) : readEnglishUnitsInPlace(text, sections, ends, classified);
}
