// Commitments a policy makes: response deadlines, the age below which users count as minors, retention periods
// (storage location and cross-border transfer: storageTransfer.ts).
import { ZH_NUMERAL_CLASS, parseNumber } from '../numerals';
import { sentenceAround, type FactSink } from './context';
import { cuedMatches, type Cue } from './cued';

const N = `[\\d${ZH_NUMERAL_CLASS}]+`;
export const DURATION = new RegExp(`(?:【\\s*)?(${N})\\s*(?:】)?\\s*(?:[(（]\\d+[)）])?\\s*(?:个)?\\s*(工作日|工作天|工作(?=内)|自然日|日|天|个?月|周|星期|年)|(\\d+|thirty|fifteen|ten|seven|fourteen|sixty|forty-five|one|two|three)\\s+(business\\s+days|working\\s+days|calendar\\s+days|days|months?)`, 'gi');
const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, seven: 7, ten: 10, fourteen: 14, fifteen: 15, thirty: 30, 'forty-five': 45, sixty: 60 };

function durationDays(count: number, unit: string): { days: number; workdays: boolean } {
  const u = unit.toLowerCase();
  if (/月|month/.test(u)) return { days: count * 30, workdays: false };
  if (/年/.test(u)) return { days: count * 365, workdays: false };
  if (/周|星期/.test(u)) return { days: count * 7, workdays: false };
  return { days: count, workdays: /工作|business|working/.test(u) };
}

// Deletion, account cancellation and a data export the operator carries out itself are deadlines too (`15天内完成注销`), and so
// is an explanation (`我们将在十五个工作日内给予您清晰、明确的解释说明`).
const RESPONSE_WORDS = /答复|回复|响应|反馈|处理|受理|核实|审核|回应|办理|满足|完成注销|注销|销户|删除|匿名化|副本|导出|解释|respond|response|reply|answer|fulfil|delete/i;
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

const LINE_LOOKBACK = 2000;

// A retention schedule's entry (`| 账户信息 | 账户存续期间；注销处理完成后 30 日内删除 |` under `| 信息类别 | 保存期限 |`,
// `**账号信息**：在您的账号有效期间持续保存，账号注销后30天内删除`) says how long data lives, not how fast a request is met.
function inRetentionListing(text: string, at: number): boolean {
  // (The line is looked back into LINE_LOOKBACK characters at most: a page copied as one line of megabytes was read back to
  // its start once per duration.)
  const from = Math.max(0, at - LINE_LOOKBACK);
  const lineStart = from + text.slice(from, at).lastIndexOf('\n') + 1;
  const line = text.slice(lineStart, at);
  if (/^\s*\|/.test(line)) {
    let header = lineStart;
    while (header > 0) {
      const prev = text.lastIndexOf('\n', header - 2) + 1;
      if (!/^\s*\|/.test(text.slice(prev, header))) break;
      header = prev;
    }
    return /期限|保存|保留|留存/.test(text.slice(header, text.indexOf('\n', header)));
  }
  return /(?:保存|保留|留存|存续)[^。！？!?]*[，,；;][^。！？!?，,；;]*(?:注销|删除)[^。！？!?，,；;]*后\s*$/.test(line);
}

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
    // Deleting what outlived its retention period (`超出期限的…删除(…不超过一个月)`), logs on a schedule (`临时日志…通常会在
    // 七天内删除`) or recordings a month after their creation is housekeeping, not an answer to a request.
    if (/超出(?:保存|存储)?期限|保存期限届满|期限届满|日志[^。]{0,30}(?:删除|清除)/.test(s) || /^[^.]{0,24}(?:their|its) creat/i.test(tail)) continue;
    if (!RESPONSE_WORDS.test(s) || !REQUEST_WORDS.test(context) || NOT_RESPONSE.test(clause + text.slice(a, b) + tail)) continue;
    if (inRetentionListing(text, a)) continue;
    const count = zh ? parseNumber(m[1]) : (EN_NUMBERS[m[3].toLowerCase()] ?? Number(m[3]));
    if (!Number.isFinite(count) || count <= 0) continue;
    // No answer takes longer than three months: a longer period (`广告数据:保存期限有限,通常不超过 18 个月`, any count of years)
    // is how long data lives.
    const deadline = durationDays(count, zh ? m[2] : m[4]);
    if (deadline.days > 90) continue;
    sink.add('response_time', deadline, a, b + (nei ? nei[0].length : 0));
  }
}

// (Markdown emphasis may split the number from its unit: `_如果您是14_** ** _周岁以下儿童的`; a Word export its digits,
// `1 8 周岁以下`.)
export const AGE = new RegExp(`(?:不满|未满|不滿|未滿|未达到|小于|低于|已满|年满|满|超过)?\\s*(1 [0-8]|\\d{1,2}|[${ZH_NUMERAL_CLASS}]{1,3})[\\s*_]*(?:周岁|岁|週歲|周歲|歲)(?:及?(?:以下|以上))?|(?:under|younger than|below|over)(?: the age of)?\\s+(\\d{1,2})|(\\d{1,2})\\s+years? of age`, 'gi');
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
    // (`请确认您为 18 岁以上人士`, `**16 周岁及以上**用户(位于欧盟…)`: the age users must have reached, minors unnamed.)
    const stated = /the age of/i.test(m[0]) || (/以上$/.test(m[0]) && /^[*_]*(?:的)?(?:人士|成年人|用户)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)));
    // `…必須年滿十八周歲,才可以使用我們的服務。如果發現存在未成年人使用的情況…`: the next sentence may say who it is about.
    // (`本服务面向成年人。未满18周岁者不得…`: or the one before.)
    if ((!stated && !MINOR_CONTEXT.test(text.slice(Math.max(0, sent.start - 12), Math.min(text.length, sent.end + 40)))) || /适龄|适合$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // (`十六周岁以上的未成年人,以自己的劳动收入为主要生活来源的,视为完全民事行为能力人`: the Civil Code quoted, no threshold of the policy's.)
    if (/视为完全民事行为能力/.test(text.slice(sent.start, sent.end))) continue;
    // (The cue may take the blank before the number, ` 14周岁以下`.)
    const lead = m[0].length - m[0].trimStart().length;
    // (`未满 16 周岁的消费者…(13 至 15 周岁需其本人选择同意…)`: a range's top one below a threshold stated beside it is that
    // threshold written inclusively.)
    if (/\d\s*(?:至|到|~|～|-|—)\s*$/.test(text.slice(Math.max(0, m.index + lead - 6), m.index + lead))
      && new RegExp(String.raw`(?:未满|不满|小于|低于)\s*${age + 1}\s*周?岁`).test(text.slice(Math.max(0, sent.start - 40), sent.end))) continue;
    if (seen.has(age)) continue;
    seen.add(age);
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
