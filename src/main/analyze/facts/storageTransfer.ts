// Where a policy keeps data (storage location) and whether it sends it abroad (cross-border stance).
import { sentenceAround, type FactSink } from './context';

// (`小米在中国、印度、美国、德国、俄罗斯和新加坡设有数据中心`: where data centres are is where data is kept.)
// (`使用位於台灣、美國的伺服器處理個人資訊`: servers placed somewhere keep the data there.)
// (…or the other way round, `我们的服务器位于中国境内`.)
// (…and so does where the infrastructure is deployed, `后端基础设施部署在 AWS us-east-1(美国弗吉尼亚北部)`.)
const SERVERS = '(?:服务器|数据中心|机房|基础设施)';
/** Servers, then where they are (`服务器位于…`). */
// (`伺服器(Supabase)位於 AWS 大洋洲區`: the service they run on in brackets between.)
const SERVERS_ARE_AT = String.raw`${SERVERS}(?:[(（][^()（）]{1,24}[)）])?[^。；;，,]{0,4}(?:位于|设在|设于|部署在|部署于)`;
const DATA_CENTRES = String.raw`(?:(?:设有[^。；;]{0,4}|位于[^。；;]{0,16}的)${SERVERS}|${SERVERS_ARE_AT})`;
const STORE = new RegExp(String.raw`存储|储存|保存|存放|存储于|${DATA_CENTRES}|stored|store|hosted|kept`, 'i');
const STORE_WORD = new RegExp(String.raw`存储|储存|保存|存放|${DATA_CENTRES}|stored|hosted`, 'gi');
// (`目前我们不会跨境传输或存储您的个人信息`: kept at home, said the other way round.)
// (`所有收集到的信息将存储到本国境内,受本国法律保护`: the policy's own country.)
const DOMESTIC = /(中华人民共和国|中国|我国|本国)(大陆)?(地区)?境内|(?:在|于)中国(?:内地|大陆)(?:地区)?(?:存储|储存|保存|存放)|不会?(?:跨境|在境外|于境外)(?:传输|转移)?(?:或|和|及|、)?(?:存储|储存)|(?:存储|储存|保存|存放)(?:地点|位置)?(?:位于|于|在|为)(?:境内|中国大陆(?!以外|之外|地区以外|境外)|中国(?![^。；;，,]{0,4}(?:以外|之外|境外|香港|澳门|台湾)))|(中国|中国大陆)(地区)?的?(服务器|数据中心|机房)|in (mainland )?China|within the (People's Republic of China|PRC)/i;
// Places abroad that policies store data in, by name: `存储于美国`, `位于新加坡的服务器`, `传输到新加坡和香港特区,并在此…存储`.
const FOREIGN_PLACES = '美国|新加坡|日本|欧洲|欧盟|德国|英国|爱尔兰|印度';
/** …and where servers stand abroad: those places, and a few more. */
const SERVER_PLACES_ABROAD = `${FOREIGN_PLACES}|韩国|加拿大|澳大利亚|澳洲|大洋洲`;
/** Sent to a place abroad by name: `将数据从欧洲经济区…合法传输到美国`, `传输到新加坡和香港特区`. */
const SENT_TO_PLACE = String.raw`(?:传输|转移|传送)(?:到|至)(?:${FOREIGN_PLACES})`;
// (`Firebase 服务器位于美国`: the servers' place after them.)
// (`联机大厅在欧盟境内的服务器…上存储`: servers said to be inside a place abroad; `資料存放地**澳洲(AWS 雪梨區域)**`: a place named
// where the data is kept.)
const OVERSEAS = new RegExp(String.raw`境外|海外|国外|外国|位于(?:[^。；;的]{0,10}[、和及与])?(?:${SERVER_PLACES_ABROAD})的${SERVERS}|(?:${SERVER_PLACES_ABROAD})(?:境内|地区|区域)的${SERVERS}|${SERVERS_ARE_AT}[\s*_]*(?:[A-Za-z]{2,12}\s*)?(?:[A-Za-z0-9-]{2,16}\s*[(（])?(?:${SERVER_PLACES_ABROAD})|在[^。；;]{0,24}(?:${FOREIGN_PLACES})[^。；;]{0,24}${DATA_CENTRES}|(?:存储|储存|保存|存放)(?:于|在)(?:${FOREIGN_PLACES}|其他国家)|(?:存储|储存|保存|存放)地(?:点)?[\s*_]*(?:为|是|[:：])?[\s*_]*(?:${SERVER_PLACES_ABROAD})|${SENT_TO_PLACE}|outside (of )?(your|the) (country|jurisdiction|European|EEA)|other countries|overseas|abroad|United States|servers located in`, 'i');
const NEGATION = /不会|不得|不|无|没有|未|\b(?:not|never|no)\b/i;

/** `您的资料可能会传输到世界任何地方`, `可能会被收集至其他司法管辖区(包括美国)`, `可能会被转移到…以外的其他司法管辖区`,
 * `可能被转移到您所在的州、省、国家或其他政府管辖区以外的计算机上`, `可能会被迁移到以下国家/地区`, `可能被傳輸至您所在國家
 * 或地區以外之伺服器`, `可能會被傳輸、儲存或處理於臺灣以外地區`, `在我们全球范围内的关联公司…间传输`: what a global service does,
 * said with `may`. */
const WORLDWIDE = /(?:传输|转移|传送|迁移|收集)(?:到|至)[^。；;]{0,30}(?:世界|全球|其他国家|以下国家|司法管辖区|(?:国家|地区|管辖区)[以之]外)|(?:传输|转移|传送|处理|储存|存储)(?:到|至|于)[^。；;]{0,12}以外的?(?:国家|地区)|全球范围内?的[^。；;]{0,24}间(?:传输|转移|传送)/;
/** A section on it by name: `6. 国际数据传输`, `國際資料傳輸`, `International Data Transfers`. */
const INTERNATIONAL = /[国國]际(?:数据|资料|資料|个人信息|個人資料)?(?:传输|傳輸|转移|轉移)|international (?:data )?transfers?/i;
/** `We will not transfer your Personal Information to third parties except…`: handing data to someone, not sending it abroad. */
const NOT_TO_A_PARTY = String.raw`(?! (?:any |other |a |an |such |the |our |its |their )*(?:third|part(?:y|ies)|compan|affiliat|partner|service|vendor|provider|purchaser|buyer|acquir|successor|entit|person|organi[sz]ation|anyone|us\b|them\b))`;
const CROSS = new RegExp(String.raw`跨境|出境(?!定居)|境外|国外|海外|全球范围内?(?:转移|传输)|${INTERNATIONAL.source}|${WORLDWIDE.source}|${SENT_TO_PLACE}|cross-border|transfer(?:red)? (?:your (?:personal )?(?:data|information) )?(?:to|outside)${NOT_TO_A_PARTY}|\btransfers? [^.;:]{0,80}?to third countr(?:y|ies)|\btransfer(?:s|red)? (?:your )?(?:personal )?(?:data|information) internationally`, 'gi');
/** `你的資料可能因此被傳輸至境外處理`, `您的数据可能传输至境外`: what may happen to the data, stated as a fact of the service. */
// (`可能传送至您所在国家、地区或本应用收集信息和资料所在地的境外并在境外被访问、存储和展示`: places named before it.)
const MAY_GO_ABROAD = /可能(?:会)?(?:因此)?(?:被)?(?:传输|转移|传送|存储|储存)(?:到|至|在|于)(?:[^。；;，,]{0,30}的)?(?:中国)?境外/;
/** `如需…`, `当您需要…时`, `当确有必要…时`, `将来…`: a condition, not a stated practice. */
const CONDITION = /如需|如果|若|如[因发涉有我为您你]|当[^，,。]{0,6}需|将来|确需|确有必要|一旦/;
const TRANSFER = /传输|转移|迁移|传送|传递|转发|提供|调取|访问|发送|transfer|transmit|disclos|process/i;
// (`在经您授权处理跨境业务的前提条件下…`, `若基金会确需向境外传输…,将在事前获得您的授权`: a transfer on the user's authorisation.)
const CONSENT = /单独同意|(?<!未)经(?:过)?您的?(?:明确|单独)?(?:同意|授权)|征求(?:您|你)的?(?:明示|明确|单独|自主选择)?(?:同意|授权)|请求您[^。]{0,20}同意|单独征得|征得(?:您|你|用户)?(?:及[^。，,]{1,8}?)?的?(?:单独|明示|书面|明确)?(?:授权|同意)|授权同意|获得您的?(?:单独|明示|明确)?(?:同意|授权)|取得您的?(?:单独|明示|明确)?(?:同意|授权)|your (?:explicit |separate )?consent/i;

/** Where a sentence cut at `;` (or at a line end, the next line opening on `并`) goes on: to its full stop or line end,
 * at most 200 characters on. A sentence ending in a colon goes on over the list it opens (`如需跨境传输，我们会：` /
 * `- 获得您的明确同意` / …), to a blank line. */
const clauseEnd = (text: string, at: number): number => {
  if (/[:：]/.test(text[at - 1] ?? '')) {
    // (Blank lines may set the list apart from its colon: the list's first block counts.)
    const lead = /^\s*/.exec(text.slice(at, at + 200))![0].length;
    const stop = text.slice(at + lead, at + 200).search(/\n\s*\n/);
    return stop < 0 ? Math.min(text.length, at + 200) : at + lead + stop;
  }
  // (A sentence a conversion broke at a line end goes on where the next line opens on a conjunction: `如需跨境…,我们会单独
  // 向您明确告知(…)` / `并再次征得您的授权同意。`.)
  const broken = /^[ \t]*\n[ \t]*(?=并|且|同时|以及)/.exec(text.slice(at, at + 16));
  if (broken) {
    const stop = text.slice(at + broken[0].length, at + 200).search(/[。\n]/);
    return stop < 0 ? at : at + broken[0].length + stop;
  }
  if (!/[；;]/.test(text[at] ?? '')) return at;
  const stop = text.slice(at, at + 200).search(/[。\n]/);
  return stop < 0 ? at : at + stop;
};

/** The sentence after the one ending at `at` where it opens on `此种情况下`/`在此情况下`/`届时`: the case just named, taken up.
 * (One sentence may come between: 微博's `…可能需要将您的个人信息传输至其他国家或地区。这些国家或地区可能设有不同的数据保护法…。`
 * / `在这种情况下,我们将…征求您的单独同意`.) */
function caseTakenUp(text: string, at: number): string {
  const next = /^[。\s]*(?:[^。\n]{1,120}。\s*)?((?:在)?(?:此种|此|该等|这种|上述)情[况形]下|届时|此时)[^。\n]{0,200}/.exec(text.slice(at, at + 360));
  return next ? next[0] : '';
}

/** The first paragraph after a heading ending at `at` (blank lines and a setext underline skipped), at most 300 characters. */
function sectionOpening(text: string, at: number): { text: string; start: number } | null {
  // (A setext heading's underline, `International Data Transfers` / `----`, is the heading's.)
  const body = /^(\s*(?:[-=]{3,}[ \t]*\n\s*)?)([^\n]{1,300})/.exec(text.slice(at, at + 360));
  return body && !/^\s*#/.test(body[2]) ? { text: body[2], start: at + body[1].length } : null;
}

/** A line that only names a subject: a short Chinese title (`5、信息保存及跨境传输`) or an English one (`13. **INTERNATIONAL
 * TRANSFERS OF PERSONAL INFORMATION**`), not an entry of a contents list linking to it (`14. [International Data Transfers](#…)`). */
function isHeadingLine(s: string): boolean {
  const bare = s.trim().replace(/^[#*•·\s\d.、()（）一二三四五六七八九十]+/, '');
  if (/[,，。；;]|\]\(/.test(s)) return false;
  const english = bare.replace(/[*_\s]+$/, '');
  return bare.length <= 16 || (/^[\x20-\x7e]+$/.test(english) && english.length <= 60 && !/\.$/.test(english));
}

/** Words denying a practice: `不涉及跨境传输`, `目前不会…传输至境外`, `we do not transfer`. */
// (English words whole: `Whenever we transfer personal data internationally` denies nothing.)
const DENIED = /不会|不涉及|未涉及|不存在|不进行|不得|不向|不将|暂未|没有|\b(?:do not|does not|will not|never|no) /i;

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
    // (`接收方:你自行配置的第三方模型服务——…(其服务器可能位于中国境外)`, `将向高德发送你的 IP…、其服务器位于中国境内`: where a
    // recipient's servers stand says nothing of where data is kept, unless the data is said to be stored there: `你的数据由…服务提供商
    // 存储与处理,其服务器位于美国`.)
    if (/其(?:服务器|数据中心|机房)/.test(s) && !/存储|储存|保存|存放|我们的|我方的/.test(s)) continue;
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
  const sectionStances: typeof stances = [];
  for (const m of text.matchAll(CROSS)) {
    const sent = sentenceAround(text, m.index, m.index + m[0].length, 160);
    const key = `c${sent.start}`;
    if (seen.has(key)) continue;
    const s = text.slice(sent.start, sent.end);
    // `跨境`/`出境` already say transfer; `境外` needs a verb.
    // `国外法庭或法院指令…提供的节目` is no transfer: the verb must be near `境外`.
    const near = s.slice(Math.max(0, m.index - sent.start - 20), m.index - sent.start + m[0].length + 20);
    // (A question or a column, `我们如何跨境传输`, `是否可能跨境`, asks; a sentence that weighs something else, `…判断是否属于
    // 豁免情形,…取得单独同意`, still states.)
    const asked = s.slice(Math.max(0, m.index - sent.start - 12), m.index - sent.start + m[0].length);
    if ((!/跨境|出境|cross-border/i.test(m[0]) && !TRANSFER.test(near)) || /如何|是否|how /i.test(asked)) continue;
    // `如发生…个人信息出境情况变更…等情形,我们将对本《隐私政策》进行相应的修订`: a reason to revise the policy, no stance; nor is
    // a label, `个人信息出境情况说明:我们在中华人民共和国境内…存储在中国境内。` (what follows it says).
    if (/^情况(?:发生)?变更|^(?:情况)?说明\s*[:：]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // (Nor is a link's text, `14. [International Data Transfers](…#international-data-transfers)`: a contents list's entry.)
    if (/^[^\]\n]{0,40}\]\(/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 44))) continue;
    // (A label's, `**跨境传输**:本应用不进行任何…的跨境传输。`: its sentence follows the colon.)
    const label = /^[\u4e00-\u9fa5]{0,4}[*_]*[:：]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) ? 12 : 0;
    const local = s.slice(Math.max(0, m.index - sent.start - 16), m.index - sent.start + m[0].length + 8 + label);
    let value: 'none' | 'with_consent' | 'yes';
    // (`3、您通过互联网进行跨境交易等个人主动行为`, an item of that list, is one of its exceptions.)
    if (exceptedStances.some((x) => x.end <= sent.start && sent.start - x.end <= 120) && EXCEPT_LIST.test(text.slice(Math.max(0, sent.start - 120), sent.start))) continue;
    // `不会在未经您同意的情况下…出境`, `除…取得您的单独同意外,我们不会向境外提供…`, `未获得您的明示授权…,我们不会…转移出境` permit
    // it with consent.
    if (/未(?:经|获得?|取得)[^。]{0,12}(?:同意|授权)|除非[^。]{0,80}(?:同意|授权)|除[^。]{0,40}(?:同意|授权)[^。]{0,4}外|without your (?:explicit )?consent|unless[^.]{0,40}consent/i.test(s)) value = 'with_consent';
    // (…unless the same sentence goes on to promise consent for any transfer: `目前不会…传输至境外,如果…,将…征求你的同意`,
    // or the clause after its `;`: `原则上不进行个人信息跨境传输;如确需发生…,并征得您的单独同意。`.)
    else if (DENIED.test(local)) {
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
    // (…and so is data that `可能因此被傳輸至境外處理` because the providers' servers are there: no condition, a consequence.)
    else if (MAY_GO_ABROAD.test(s) && !CONDITION.test(s)) value = 'yes';
    // Conditions (`如我们需要向境外传输…`, `当您需要跨境…时`), pointers elsewhere (`请见第十条`, `详细阅读《…》`),
    // the law (`必须符合中国有关法规`, `数据出境安全评估`) and bare headings (`5、信息保存及跨境传输`) state no practice.
    // (…unless the next sentence takes that case up with consent: `但为处理跨境业务,您的个人信息可能需要转移到境外。此种情况下,
    // 我行会…取得您的单独同意。`)
    else if (/可能/.test(s) && CONSENT.test(caseTakenUp(text, sent.end))) value = 'with_consent';
    else if (CONDITION.test(s) || /可能|如[^，,。]{0,8}需|此种情况|请见|详见|参见|阅读|必须符合|安全评估|if |may /i.test(s)) continue;
    else if (isHeadingLine(s)) {
      // (…but under a heading of its own, `## 6. 国际数据传输` / `您的数据可能在 GCP 运营的地区存储和处理。`, what the section
      // says happens is the practice: all 10 such pages the blind labellers read as transferring abroad.)
      const said = INTERNATIONAL.test(s) || /cross-border|other countries|abroad/i.test(s) ? sectionOpening(text, sent.end) : null;
      if (said && !DENIED.test(said.text) && !DOMESTIC.test(said.text) && !(CONSENT.test(said.text) && CONDITION.test(said.text))) {
        sectionStances.push({ value: 'yes', ...sentenceAround(text, said.start, said.start + 1, 160) });
      }
      continue;
    }
    else value = 'yes';
    seen.add(key);
    stances.push({ value, start: sent.start, end: sent.end });
  }
  const rank = { with_consent: 0, none: 1, yes: 2 } as const;
  // (What a section on international transfer says counts where no sentence states a stance itself.)
  const chosen = (stances.length ? stances : sectionStances).reduce<(typeof stances)[number] | null>((best, x) => (!best || rank[x.value] < rank[best.value] ? x : best), null);
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
