// Commitments a policy makes: response deadlines, storage location, cross-border transfer,
// the age below which users count as minors, retention periods.
import { ZH_NUMERAL_CLASS, parseNumber } from '../numerals';
import { sentenceAround, type FactSink } from './context';
import { cuedMatches, type Cue } from './cued';

const N = `[\\d${ZH_NUMERAL_CLASS}]+`;
export const DURATION = new RegExp(`(?:【\\s*)?(${N})\\s*(?:】)?\\s*(?:[(（]\\d+[)）])?\\s*(?:个)?\\s*(工作日|工作(?=内)|自然日|日|天|个?月|周|星期|年)|(\\d+|thirty|fifteen|ten|seven|fourteen|sixty|forty-five|one|two|three)\\s+(business\\s+days|working\\s+days|calendar\\s+days|days|months?)`, 'gi');
const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, seven: 7, ten: 10, fourteen: 14, fifteen: 15, thirty: 30, 'forty-five': 45, sixty: 60 };

function durationDays(count: number, unit: string): { days: number; workdays: boolean } {
  const u = unit.toLowerCase();
  if (/月|month/.test(u)) return { days: count * 30, workdays: false };
  if (/年/.test(u)) return { days: count * 365, workdays: false };
  if (/周|星期/.test(u)) return { days: count * 7, workdays: false };
  return { days: count, workdays: /工作|business|working/.test(u) };
}

// Deletion and account cancellation the operator carries out itself are deadlines too (`15天内完成注销`).
const RESPONSE_WORDS = /答复|回复|响应|反馈|处理|受理|核实|审核|回应|办理|满足|完成注销|注销|销户|删除|匿名化|副本|respond|response|reply|answer|fulfil|delete/i;
// A deadline the user must keep (`若…7日内仍未完成`, `您需在10日内`) is not the operator's.
// (`如书文化将在10个工作日内…` is a company called 如书, no condition.)
const USER_DEADLINE = /^(?:若|如果|倘若|假如|如(?=您|你|用户|需|有|因|在|未|超过|逾期))|(?:您|用户|你)(?:需|应|须|应当|必须|可|可以|需要)?(?:在|于)$/;
const REQUEST_WORDS = /请求|申请|投诉|举报|咨询|意见|问题|疑问|诉求|要求|联系|删除|注销|更正|查询|request|complaint|inquir|question/i;
const NOT_RESPONSE = /保存|保留|存储|留存|储存|公示|公告|通知期|retain|retention|store/i;
// Payments and orders have deadlines too (`每笔提现申请会在3个工作日内处理完毕`); they answer no privacy request.
const NOT_REQUEST = /提现|打款|退款|充值|到账|发货|订单|结算/;

/** Where a DURATION match can start: before a Chinese unit over its number and `个`, before `days`/`month` over English words. */
export const DURATION_CUES: readonly Cue[] = [
  // (`十五(15)个工作日`: the digits repeated in brackets; `【15】天内`: a template's blank filled in.)
  { cue: '工自日天个月周星年', lead: new RegExp(`[\\s\\d${ZH_NUMERAL_CLASS}个()（）【】]`) },
  { cue: /days|month/gi, lead: /[\sA-Za-z0-9-]/ },
];

export function extractResponseTimes(sink: FactSink): void {
  const text = sink.text;
  for (const m of cuedMatches(text, DURATION, DURATION_CUES)) {
    const a = m.index;
    const b = a + m[0].length;
    const zh = m[1] !== undefined;
    // A deadline: `15个工作日内`, `within 30 days` (`【15工作日】内`: the template's blank holds the unit too).
    // (`**20个工作日**内`: emphasis may close between the duration and its `内`.)
    // (`15个工作日或法律法规规定的期限内答复`: the law's term may stand beside it.)
    const nei = zh ? /^[\s*_]*】?[\s*_]*(?:之)?(?:或[^，,。；;\n]{0,16}?(?:期限|时限))?(?:时限|期限)?[内內]/.exec(text.slice(b, b + 28)) : null;
    // `最长…不超过三十天…作出答复`: an upper bound without `内` is a deadline too.
    const bound = zh && !nei && /(?:不超过|不超過|最长|最迟|最晚)\s*$/.test(text.slice(Math.max(0, a - 6), a));
    if (zh ? !nei && !bound : !/within\s*$/i.test(text.slice(Math.max(0, a - 8), a))) continue;
    // `在 二十个工作日\n内回复`: the sentence runs on past a line break inside the phrase.
    const sentence = sentenceAround(text, a, b + (nei ? nei[0].length : 0));
    const clause = /[^，,；;。！？\n]*$/.exec(text.slice(Math.max(0, a - 40), a))![0].trim();
    if (zh && USER_DEADLINE.test(clause) && !/我们|我司|我行|公司|平台|客服/.test(clause)) continue;
    const s = text.slice(sentence.start, sentence.end);
    // The request is often named a sentence earlier (`如您有疑问…。一般情况下,我们将在十五天内回复。`).
    const context = text.slice(Math.max(0, sentence.start - 200), sentence.end);
    // Retention wording counts only in the clause that carries the duration (`除…保存…外,我们将在10个工作日内删除`).
    const tail = /^[^；;。！？\n]*/.exec(text.slice(b, b + 30))![0];
    // `连续90日内未使用`: a period of the user's inactivity, not a promise.
    // `7日内(…)可在站厅补登`: a window in which the user may act.
    if (/^\s*(?:之)?内\s*(?:[(（][^)）]*[)）])?\s*(?:您|用户)?(?:仍)?(?:未|没有|不|可|仍可|需|须|应)/.test(tail)) continue;
    // Deleting everything when the service shuts down answers no request.
    if (/停止运营|终止运营|停运/.test(s) || NOT_REQUEST.test(s)) continue;
    // Deleting what outlived its retention period (`超出期限的…删除(…不超过一个月)`) or recordings a month
    // after their creation is housekeeping, not an answer to a request.
    if (/超出(?:保存|存储)?期限|保存期限届满|期限届满/.test(s) || /^[^.]{0,24}(?:their|its) creat/i.test(tail)) continue;
    if (!RESPONSE_WORDS.test(s) || !REQUEST_WORDS.test(context) || NOT_RESPONSE.test(clause + text.slice(a, b) + tail)) continue;
    const count = zh ? parseNumber(m[1]) : (EN_NUMBERS[m[3].toLowerCase()] ?? Number(m[3]));
    if (!Number.isFinite(count) || count <= 0 || count > 90) continue;
    const unit = zh ? m[2] : m[4];
    if (/年/.test(unit)) continue;
    sink.add('response_time', durationDays(count, unit), a, b + (nei ? nei[0].length : 0));
  }
}

// (`小米在中国、印度、美国、德国、俄罗斯和新加坡设有数据中心`: where data centres are is where data is kept.)
const DATA_CENTRES = String.raw`设有[^。；;]{0,4}(?:服务器|数据中心|机房)`;
const STORE = new RegExp(String.raw`存储|储存|保存|存放|存储于|${DATA_CENTRES}|stored|store|hosted|kept`, 'i');
const STORE_WORD = new RegExp(String.raw`存储|储存|保存|存放|${DATA_CENTRES}|stored|hosted`, 'gi');
// (`目前我们不会跨境传输或存储您的个人信息`: kept at home, said the other way round.)
const DOMESTIC = /(中华人民共和国|中国|我国)(大陆)?(地区)?境内|(?:在|于)中国(?:内地|大陆)(?:地区)?(?:存储|储存|保存|存放)|不会?(?:跨境|在境外|于境外)(?:传输|转移)?(?:或|和|及|、)?(?:存储|储存)|(?:存储|储存|保存|存放)(?:于|在)(?:境内|中国大陆(?!以外|之外|地区以外))|(中国|中国大陆)(地区)?的?(服务器|数据中心|机房)|in (mainland )?China|within the (People's Republic of China|PRC)/i;
// Places abroad that policies store data in, by name: `存储于美国`, `位于新加坡的服务器`, `传输到新加坡和香港特区,并在此…存储`.
const FOREIGN_PLACES = '美国|新加坡|日本|欧洲|欧盟|德国|英国|爱尔兰|印度';
const OVERSEAS = new RegExp(String.raw`境外|海外|国外|外国|位于(?:${FOREIGN_PLACES}|韩国|加拿大|澳大利亚)的(?:服务器|数据中心|机房)|在[^。；;]{0,24}(?:${FOREIGN_PLACES})[^。；;]{0,24}${DATA_CENTRES}|(?:存储|储存|保存|存放)(?:于|在)(?:${FOREIGN_PLACES}|其他国家)|(?:传输|转移|传送)(?:到|至)(?:${FOREIGN_PLACES})|outside (of )?(your|the) (country|jurisdiction|European|EEA)|other countries|overseas|abroad|United States|servers located in`, 'i');
const NEGATION = /不会|不得|不|无|没有|未|not|never|no /i;

/** `您的资料可能会传输到世界任何地方`, `可能会被转移到…以外的其他司法管辖区`, `可能会被迁移到以下国家/地区`, `可能被傳輸至您所在國家
 * 或地區以外之伺服器`, `在我们全球范围内的关联公司…间传输`: what a global service does, said with `may`. */
const WORLDWIDE = /(?:传输|转移|传送|迁移)(?:到|至)[^。；;]{0,30}(?:世界|全球|其他国家|以下国家|司法管辖区|(?:国家|地区)以外)|全球范围内?的[^。；;]{0,24}间(?:传输|转移|传送)/;
const CROSS = new RegExp(String.raw`跨境|出境(?!定居)|境外|国外|海外|全球范围内?(?:转移|传输)|${WORLDWIDE.source}|cross-border|transfer(?:red)? (?:your (?:personal )?(?:data|information) )?(?:to|outside)|international transfers?`, 'gi');
/** `如需…`, `当您需要…时`, `当确有必要…时`, `将来…`: a condition, not a stated practice. */
const CONDITION = /如需|如果|若|如[因发涉有我为您你]|当[^，,。]{0,6}需|将来|确需|确有必要|一旦/;
const TRANSFER = /传输|转移|迁移|传送|传递|提供|调取|访问|发送|transfer|transmit|disclos|process/i;
// (`在经您授权处理跨境业务的前提条件下…`: a transfer on the user's authorisation.)
const CONSENT = /单独同意|(?<!未)经(?:过)?您的?(?:明确|单独)?(?:同意|授权)|征求(?:您|你)的?(?:明示|明确|单独|自主选择)?(?:同意|授权)|请求您[^。]{0,20}同意|单独征得|征得(?:您|你|用户)?(?:及[^。，,]{1,8}?)?的?(?:单独|明示|书面|明确)?(?:授权|同意)|授权同意|获得您的?(?:单独|明示|明确)?同意|取得您的?(?:单独|明示|明确)?同意|your (?:explicit |separate )?consent/i;

/** Where a sentence cut at `;` goes on: to its full stop or line end, at most 200 characters on. A sentence ending
 * in a colon goes on over the list it opens (`如需跨境传输，我们会：` / `- 获得您的明确同意` / …), to a blank line. */
const clauseEnd = (text: string, at: number): number => {
  if (/[:：]/.test(text[at - 1] ?? '')) {
    // (Blank lines may set the list apart from its colon: the list's first block counts.)
    const lead = /^\s*/.exec(text.slice(at, at + 200))![0].length;
    const stop = text.slice(at + lead, at + 200).search(/\n\s*\n/);
    return stop < 0 ? Math.min(text.length, at + 200) : at + lead + stop;
  }
  if (!/[；;]/.test(text[at] ?? '')) return at;
  const stop = text.slice(at, at + 200).search(/[。\n]/);
  return stop < 0 ? at : at + stop;
};

/** The sentence after the one ending at `at` where it opens on `此种情况下`/`在此情况下`/`届时`: the case just named, taken up. */
function caseTakenUp(text: string, at: number): string {
  const next = /^[。\s]*((?:此种|在此|该等|这种)情[况形]下|届时|此时)[^。\n]{0,200}/.exec(text.slice(at, at + 220));
  return next ? next[0] : '';
}

const EXCEPT_LIST = /(以下|下列)情[形况]除外[:：]?/;
/** `仅在以下情形…我们可能会向境外主体提供您的个人信息:` / `以下情形下,我们会…向可能的境外实体提供您的个人信息:`: the cases it goes abroad in. */
const CASES_LISTED = /(?:以下|下列)(?:情形|情况|场景)[^。]*[:：]/;
const LIST_ITEM = /^\s*(?:\d{1,2}[、.．)）]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|[-•*·])/;

/** The list a colon at `colon` opens: the rest of its line (`:(1)…;(2)…`) and the item lines after it, blank lines between. */
function listAfter(text: string, colon: number): string {
  const limit = Math.min(text.length, colon + 400);
  let end = text.indexOf('\n', colon);
  if (end < 0 || end > limit) return text.slice(colon, limit);
  for (let line = end + 1; line < limit; ) {
    const next = text.indexOf('\n', line);
    const lineEnd = next < 0 ? text.length : next;
    const body = text.slice(line, lineEnd);
    if (body.trim() && !LIST_ITEM.test(body)) break;
    if (body.trim()) end = lineEnd;
    line = lineEnd + 1;
  }
  return text.slice(colon, Math.min(end, limit));
}

function listsCasesWithConsent(text: string, sentenceStart: number, s: string): boolean {
  const cases = CASES_LISTED.exec(s);
  return cases !== null && CONSENT.test(listAfter(text, sentenceStart + cases.index + cases[0].length - 1));
}

const EXCEPT_CONSENT = /授权|同意/;

export function extractStorageAndTransfer(sink: FactSink): void {
  const text = sink.text;
  const seen = new Set<string>();
  const exceptedStances: { value: 'with_consent'; start: number; end: number }[] = [];
  const stored: { value: 'domestic' | 'overseas'; start: number; end: number }[] = [];
  for (const m of text.matchAll(STORE_WORD)) {
    const sent = sentenceAround(text, m.index, m.index + m[0].length, 160);
    const key = `s${sent.start}`;
    if (seen.has(key)) continue;
    const s = text.slice(sent.start, sent.end);
    if (!STORE.test(s)) continue;
    let value: 'domestic' | 'overseas' | null = null;
    const dom = DOMESTIC.exec(s);
    if (dom && !/如需|如果|若|if /i.test(s.slice(0, dom.index).slice(-12))) value = 'domestic';
    else {
      const ov = OVERSEAS.exec(s);
      // `目前不存在跨境存储…或向境外提供…的场景`: the negation opens the clause, far from `境外`.
      // `当需要在境外访问…时`, `如因…需跨境存储`: conditions, not where the data is; `可能传送至您所在国家…`
      // is boilerplate about the user's own country.
      const before = s.slice(0, ov ? ov.index : 0);
      if (ov && !NEGATION.test(before) && !/如需|如果|若|如因|当需要|您所在(?:的)?国家|if |may/i.test(s)) value = 'overseas';
    }
    if (!value) continue;
    seen.add(key);
    sink.add('storage_location', value, sent.start, sent.end);
    stored.push({ value, start: sent.start, end: sent.end });
    // `…存储在中国境内,以下情形除外:` / `1.法律有明确规定的;` / `2.获得您的明确授权的;` …: kept at home unless the user consents.
    if (value === 'domestic' && EXCEPT_LIST.test(s) && EXCEPT_CONSENT.test(text.slice(sent.end, sent.end + 120))) exceptedStances.push({ value: 'with_consent', start: sent.start, end: sent.end });
  }
  // One stance per document: a promise of consent for any transfer (`如需跨境传输,将征得您的同意`) outranks a stated
  // current practice (`不涉及跨境传输`), which outranks bare mentions — the guide's reading, and every blind labeller's
  // (33 pages of 33 that say both read with_consent).
  const stances: { value: 'none' | 'with_consent' | 'yes'; start: number; end: number }[] = [...exceptedStances];
  for (const m of text.matchAll(CROSS)) {
    const sent = sentenceAround(text, m.index, m.index + m[0].length, 160);
    const key = `c${sent.start}`;
    if (seen.has(key)) continue;
    const s = text.slice(sent.start, sent.end);
    // `跨境`/`出境` already say transfer; `境外` needs a verb.
    // `国外法庭或法院指令…提供的节目` is no transfer: the verb must be near `境外`.
    const near = s.slice(Math.max(0, m.index - sent.start - 20), m.index - sent.start + m[0].length + 20);
    if ((!/跨境|出境|cross-border/i.test(m[0]) && !TRANSFER.test(near)) || /如何|是否|how /i.test(s)) continue;
    // `如发生…个人信息出境情况变更…等情形,我们将对本《隐私政策》进行相应的修订`: a reason to revise the policy, no stance.
    if (/^情况(?:发生)?变更/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    const local = s.slice(Math.max(0, m.index - sent.start - 16), m.index - sent.start + m[0].length + 8);
    let value: 'none' | 'with_consent' | 'yes';
    // (`3、您通过互联网进行跨境交易等个人主动行为`, an item of that list, is one of its exceptions.)
    if (exceptedStances.some((x) => x.end <= sent.start && sent.start - x.end <= 120) && EXCEPT_LIST.test(text.slice(Math.max(0, sent.start - 120), sent.start))) continue;
    // `不会在未经您同意的情况下…出境`, `除…取得您的单独同意外,我们不会向境外提供…`, `未获得您的明示授权…,我们不会…转移出境` permit
    // it with consent.
    if (/未(?:经|获得?|取得)[^。]{0,12}(?:同意|授权)|除非[^。]{0,80}(?:同意|授权)|除[^。]{0,40}(?:同意|授权)[^。]{0,4}外|without your (?:explicit )?consent|unless[^.]{0,40}consent/i.test(s)) value = 'with_consent';
    // (…unless the same sentence goes on to promise consent for any transfer: `目前不会…传输至境外,如果…,将…征求你的同意`,
    // or the clause after its `;`: `原则上不进行个人信息跨境传输;如确需发生…,并征得您的单独同意。`.)
    else if (/不会|不涉及|未涉及|不存在|不进行|不得|不向|不将|暂未|没有|do not|does not|will not|never|no /i.test(local)) {
      const rest = text.slice(sent.end, clauseEnd(text, sent.end));
      value = (CONSENT.test(s) && CONDITION.test(s)) || (CONSENT.test(rest) && CONDITION.test(rest)) ? 'with_consent' : 'none';
    }
    else if (CONSENT.test(s)) value = 'with_consent';
    // The cases it goes abroad in, one of them the user's consent (`1、适用的法律有明确规定;` / `2、获得您的单独同意。`): only so.
    else if (listsCasesWithConsent(text, sent.start, s)) value = 'with_consent';
    // A condition whose promise runs on over a list of duties (`如果未来…需要向…境外提供…,我们将…:明确告知…;…;在依法需要时
    // 取得你的单独同意;…。`) promises consent, as any transfer with consent does.
    else if (CONDITION.test(s) && CONSENT.test(text.slice(sent.end, clauseEnd(text, sent.end)))) value = 'with_consent';
    // A worldwide transfer said with `may` is the practice of a global service, unless conditional.
    else if (WORLDWIDE.test(m[0]) && !CONDITION.test(s)) value = 'yes';
    // Conditions (`如我们需要向境外传输…`, `当您需要跨境…时`), pointers elsewhere (`请见第十条`, `详细阅读《…》`),
    // the law (`必须符合中国有关法规`, `数据出境安全评估`) and bare headings (`5、信息保存及跨境传输`) state no practice.
    // (…unless the next sentence takes that case up with consent: `但为处理跨境业务,您的个人信息可能需要转移到境外。此种情况下,
    // 我行会…取得您的单独同意。`)
    else if (/可能/.test(s) && CONSENT.test(caseTakenUp(text, sent.end))) value = 'with_consent';
    else if (CONDITION.test(s) || /可能|如[^，,。]{0,8}需|此种情况|请见|详见|参见|阅读|必须符合|安全评估|if |may /i.test(s)) continue;
    else if (s.trim().replace(/^[#*•·\s\d.、()（）一二三四五六七八九十]+/, '').length <= 16 && !/[,，。；;]/.test(s)) continue;
    else value = 'yes';
    seen.add(key);
    stances.push({ value, start: sent.start, end: sent.end });
  }
  const rank = { with_consent: 0, none: 1, yes: 2 } as const;
  const chosen = stances.reduce<(typeof stances)[number] | null>((best, x) => (!best || rank[x.value] < rank[best.value] ? x : best), null);
  if (chosen) sink.add('cross_border', chosen.value, chosen.start, chosen.end);
  // Kept at home and nothing said of going abroad (`您的信息将会保存至中华人民共和国境内`): no cross-border transfer, as every
  // blind labeller reads it (31 such pages: none 25, with_consent 5, yes 1, no stance 0).
  else if (stored.length && stored.every((x) => x.value === 'domestic')) sink.add('cross_border', 'none', stored[0].start, stored[0].end);
  // …and kept abroad as a practice (`…将储存在美国和其他国家`) is a transfer abroad.
  else {
    const abroad = stored.find((x) => x.value === 'overseas');
    if (abroad) sink.add('cross_border', 'yes', abroad.start, abroad.end);
  }
}

// (Markdown emphasis may split the number from its unit: `_如果您是14_** ** _周岁以下儿童的`; a Word export its digits,
// `1 8 周岁以下`.)
export const AGE = new RegExp(`(?:不满|未满|不滿|未滿|未达到|小于|低于|已满|年满|满|超过)?\\s*(1 [0-8]|\\d{1,2}|[${ZH_NUMERAL_CLASS}]{1,3})[\\s*_]*(?:周岁|岁|週歲|周歲|歲)(?:以下|以上)?|(?:under|younger than|below|over)(?: the age of)?\\s+(\\d{1,2})|(\\d{1,2})\\s+years? of age`, 'gi');
const MINOR_CONTEXT = /未成年|成年人|儿童|兒童|监护|監護|minor|child|parent|guardian|kid/i;

/** Where an AGE match can start: before `岁` over its numeral and qualifier, at an English qualifier, before `year(s) of age`. */
export const AGE_CUES: readonly Cue[] = [
  { cue: '岁歲', lead: new RegExp(`[\\s\\d*_${ZH_NUMERAL_CLASS}周週不满滿未达到小于低已年超过]`) },
  { cue: /under|younger than|below|over/gi, lead: null },
  { cue: /years? of age/gi, lead: /[\s\d]/ },
];

export function extractMinorAges(sink: FactSink): void {
  const text = sink.text;
  const seen = new Set<number>();
  for (const m of cuedMatches(text, AGE, AGE_CUES)) {
    const age = parseNumber((m[1] ?? m[2] ?? m[3]).replace(' ', ''));
    if (!(age >= 6 && age <= 18)) continue;
    const sent = sentenceAround(text, m.index, m.index + m[0].length);
    // `适龄提示:适合13岁及以上使用` is a content rating, not who counts as a minor.
    // `individuals over the age of 14` states the threshold without saying `minor`.
    // (`请确认您为 18 岁以上人士`: the age users must have reached, minors unnamed.)
    const stated = /the age of/i.test(m[0]) || (/以上$/.test(m[0]) && /^(?:的)?(?:人士|成年人|用户)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)));
    // `…必須年滿十八周歲,才可以使用我們的服務。如果發現存在未成年人使用的情況…`: the next sentence may say who it is about.
    // (`本服务面向成年人。未满18周岁者不得…`: or the one before.)
    if ((!stated && !MINOR_CONTEXT.test(text.slice(Math.max(0, sent.start - 12), Math.min(text.length, sent.end + 40)))) || /适龄|适合$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // (`十六周岁以上的未成年人,以自己的劳动收入为主要生活来源的,视为完全民事行为能力人`: the Civil Code quoted, no threshold of the policy's.)
    if (/视为完全民事行为能力/.test(text.slice(sent.start, sent.end))) continue;
    if (seen.has(age)) continue;
    seen.add(age);
    // (The cue may take the blank before the number, ` 14周岁以下`.)
    const lead = m[0].length - m[0].trimStart().length;
    sink.add('minor_age', age, m.index + lead, m.index + m[0].length);
  }
}

// `第七大道保留…终止运营…的权利` reserves a right: no data is kept.
const RETAIN = /保存期限|保存期|保留期限|存储期限|留存期限|保存时间|保存(?!在|于|至)|保留(?!权利|[^。；;\n]{0,90}?(?:的权利|的一切权利|解释权|追诉权|法律责任))|留存|retain|retention|kept for|store (?:it|them|your)/gi;
const DELETE_AFTER = /(注销|删除)[^。]{0,20}后[^。]{0,30}(删除|匿名化)/;
const DELETE_AFTER_G = /(?:注销|删除)[^。\n]{0,20}后[^。\n]{0,30}(?:删除|匿名化)/g;

export function extractRetention(sink: FactSink): void {
  const text = sink.text;
  let lastSentence = -1;
  const seen = new Set<number>();
  for (const m of text.matchAll(RETAIN)) {
    const sent = sentenceAround(text, m.index, m.index + m[0].length);
    if (sent.start === lastSentence) continue;
    const s = text.slice(sent.start, sent.end);
    const rest = s.slice(m.index - sent.start);
    const dur = /(\d+|[一二三四五六七八九十两半]+)\s*(?:个)?\s*(年|个月|月|天|日)|(\d+)\s+(years?|months?|days?)/i.exec(rest.slice(0, 60));
    let days: number | null = null;
    if (dur) {
      const count = dur[1] === '半' ? 0.5 : parseNumber(dur[1] ?? dur[3]);
      const unit = dur[2] ?? dur[4];
      if (!Number.isFinite(count) || /内/.test(rest.slice(dur.index + dur[0].length, dur.index + dur[0].length + 2)) && /答复|回复/.test(s)) continue;
      days = Math.round(count * (/年|year/i.test(unit) ? 365 : /月|month/i.test(unit) ? 30 : 1));
    } else if (!DELETE_AFTER.test(s) && !/最短|必要的?期限|所必需的?(最短)?(期限|时间)|as long as|no longer than/i.test(s)) continue;
    lastSentence = sent.start;
    seen.add(sent.start);
    sink.add('retention', { text: s.trim().slice(0, 160), days }, sent.start, sent.end);
  }
  // `账户注销后…删除` without a retention verb: kept until the account is deleted.
  for (const m of text.matchAll(DELETE_AFTER_G)) {
    const sent = sentenceAround(text, m.index, m.index + m[0].length);
    if (seen.has(sent.start)) continue;
    seen.add(sent.start);
    sink.add('retention', { text: text.slice(sent.start, sent.end).trim().slice(0, 160), days: null }, sent.start, sent.end);
  }
}
