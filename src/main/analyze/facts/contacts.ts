// E-mail addresses, phone numbers and postal addresses.
import type { FactSink } from './context';
import { cuedMatches, type Cue } from './cued';

// `suggest @gionee .com`: PDF and table extraction put spaces around `@` and before dots.
// Stand-ins for `@` and `.` (`x[AT]y[dot]com`, `x【at】y.com`, `x(@)y.com`) are read as what they replace.
const AT_STANDIN = String.raw`\[at\]|\(at\)|（at）|【at】|\[@\]|\(@\)|（@）`;
// (A stand-in may stand between spaces, `privacy [at] github [dot] com`; a real dot has none after it.)
const DOT = String.raw`(?:\.|\s*(?:\[dot\]|\(dot\))\s*)`;
// (…and spaces around each part, as markdown bold leaves them once the extractors drop it: `**i7play** **@** **qq** **.com**`;
// a doubled at-sign, `390017268@@qq.com`, is one.)
const GAP = String.raw`\s*`;
export const EMAIL = new RegExp(
  String.raw`[A-Za-z0-9][A-Za-z0-9._%+-]*${GAP}(?:@@?|＠|${AT_STANDIN}|#)${GAP}[A-Za-z0-9-]+(?: *${DOT}[A-Za-z0-9-]+)* *${DOT}(?:[A-Za-z]{2,10})(?![A-Za-z0-9-])`,
  'gi',
);
const HASH_TLD = /#[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(com|cn|net|org)$/i;

/** Every EMAIL match holds an at-sign (or stand-in) with only local-part characters and spaces before it. */
export const EMAIL_CUES: readonly Cue[] = [{ cue: new RegExp(`${AT_STANDIN}|@|＠|#`, 'gi'), lead: /[A-Za-z0-9._%+\-\s*]/ }];

export function extractEmails(sink: FactSink): void {
  for (const m of cuedMatches(sink.text, EMAIL, EMAIL_CUES)) {
    const raw = m[0];
    if (raw.includes('#') && !HASH_TLD.test(raw.replace(/\s/g, ''))) continue;
    // `https://a.cn/#b.com` is a link; `邮箱:abc[at]foo.com` (after a label's colon) is an address.
    if (!raw.includes('@') && (sink.text[m.index - 1] === '/' || /[a-z]+:\/\/\S*$/i.test(sink.text.slice(Math.max(0, m.index - 60), m.index)))) continue;
    let value = raw.replace(new RegExp(String.raw`\s*(?:${AT_STANDIN}|＠|#)\s*`, 'i'), '@').replace(/\[dot\]|\(dot\)/gi, '.').replace(/\s+/g, '').replace('@@', '@').toLowerCase();
    // A mailto link's percent-encoded words before the address (`mailto:%E5%8F%91…%E5%88%B01125671494@qq.com`).
    // (Encoded twice, `%25E5%25A6…`, too.)
    value = value.replace(/%25/g, '%').replace(/^[^@]*%[0-9a-f]{2}/, '');
    // An address broken after a hyphen (`发送至cn-` / `provision@service.cainiao.com`) starts on the line above.
    const broken = /([A-Za-z0-9._%+]+-)\n$/.exec(sink.text.slice(Math.max(0, m.index - 40), m.index));
    if (broken) value = broken[1].toLowerCase() + value;
    if (!/^[^@]+@[^@]+\.[a-z]{2,}$/.test(value)) continue;
    sink.add('email', value, m.index - (broken ? broken[0].length : 0), m.index + raw.length);
  }
}

// Mobile, landline (with area code), 400/800 numbers, +86 prefix, short hotlines in a phone context.
const PHONE = new RegExp(
  [
    String.raw`(?:\+|00)\s?86[\s-]?(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|\(?0?\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4})`,
    // Hong Kong and Macau (`+852 2543 0881`), Taiwan (`+886 2 2345 6789`).
    String.raw`(?:\+|00)\s?85[23][\s-]?\d{4}[\s-]?\d{4}`,
    String.raw`(?:\+|00)\s?886[\s-]?\(?0?\d{1,2}\)?[\s-]?\d{3,4}[\s-]?\d{4}`,
    // …and Taiwan's own way, a one-digit area code (`04-36092299`, `(02)2345-6789`, `02-8758-3888`); mainland area codes have two
    // or three digits after the 0.
    String.raw`\(0\d\)\s?\d{3,4}-?\d{4}|(?<![\d-])0\d-\d{3,4}-?\d{4}(?![\d-])`,
    // Taiwan's mobiles, grouped four-three-three (`0967-030-336`); no mainland number starts 09 and has ten digits.
    String.raw`(?<![\d-])09\d{2}[- ]\d{3}[- ]\d{3}(?![\d-])`,
    // 400/800 numbers grouped any way (`400-1082-666`, `4000-555-200`, `40092 00955`): ten digits.
    // `4000188113-6`: an extension stays as written.
    // (`400- 919 - 9066`: spaces around the hyphens too.)
    String.raw`[48]00(?:[ -]?\d|\s?-\s?\d){7}(?:-\d{1,4}(?![\d-]))?`,
    String.raw`1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}`,
    String.raw`[(（]0\d{2,3}[)）]\s?\d{3,4}[\s-]?\d{4}`,
    // (`021- 22078888`: a space after the area code's dash.)
    String.raw`0\d{2,3}(?:[-－—]\s?|\s)?\d{3,4}[\s-]?\d{4}(?:\s?(?:转|-|ext\.?)\s?\d{1,5})?`,
    String.raw`1010[\s-]?\d{4}`,
    // `020-95575`, `(020)95575`: a 95 hotline written with the area code it is dialled from.
    String.raw`[(（]?0\d{2,3}[)）]?[\s-－—]?9[56]\d{3}(?![\d-])`,
    // `95511-3`, `95561转8`: a hotline's menu key stays as written. (`咨询热线95239989`: eight digits, some 95 lines.)
    String.raw`9[56]\d{6}(?!\d)`,
    String.raw`(?:95|96|10|12)\d{3,4}(?:-\d(?![\d-])|转\d{1,4})?`,
    // `客服热线(62662686)`: a local number without its area code, only where the text talks about calling.
    String.raw`[2-8]\d{6,7}`,
  ].join('|'),
  'g',
);
const PHONE_CONTEXT = /(电话|热线|拨打|致电|客服|传真|举报|联系|服务号|手机|tel|phone|fax|call)[^。\n]{0,16}$/i;
// `微信:159…` is a WeChat id even when it looks like a mobile number; `微信客服电话:` is a phone.
const NOT_PHONE_CONTEXT = /(?:(身份证|证件|账号|帐号|编号|版本|邮编|邮政编码|合同号|卡号|代码|QQ|qq)[^。\n]{0,6}|微信号?\s*[:：]\s*)$/;
// What a local number without its area code must follow: the word for the line it is.
const LOCAL_NUMBER_CONTEXT = /(?:电话|热线|客服|传真|致电|拨打)(?:号码)?\s*[:：(（]?\s*$/;

/**
 * The company whose parenthesis holds position `a` (`重庆小米消费金融有限公司(注册地址:…,联系方式:400-…)`),
 * or null when `a` is in no parenthesis right after a company name (same sentence, 160 characters back).
 */
function enclosingCompany(text: string, a: number): string | null {
  let depth = 0;
  for (let i = a - 1; i >= Math.max(0, a - 160); i--) {
    const c = text[i];
    if (c === '。' || c === '\n') return null;
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth-- > 0) continue;
      const m = /[\u4e00-\u9fa5A-Za-z0-9()（）]{2,40}?(?:有限责任公司|有限公司|公司)\s*$/.exec(text.slice(Math.max(0, i - 40), i));
      return m ? m[0].trim() : null;
    }
  }
  return null;
}

/** Phone numbers; with the operators known, a partner's number given beside its name is left out (not the operator's contact). */
export function extractPhones(sink: FactSink, operators: readonly string[] = []): void {
  const text = sink.text;
  // Where the last number taken ends: the next one a few words on is in the same list (`客服电话进行反馈(美团网:10107888;
  // 大众点评网:10100011)`), the word for calling far behind it.
  let lastEnd = -Infinity;
  for (const m of text.matchAll(PHONE)) {
    let raw = m[0].trim();
    const a = m.index;
    let b = a + m[0].trimEnd().length;
    // `101000 11`: a short service number written in groups is one number.
    const more = raw.replace(/\D/g, '').length <= 6 ? /^ \d{1,4}(?![\d.])/.exec(text.slice(b, b + 6)) : null;
    if (more) {
      raw += more[0];
      b += more[0].length;
    }
    const before = text[a - 1] ?? '';
    const after = text[b] ?? '';
    // `_0551-63437956_` is markdown emphasis, so `_` does not glue a number to a word.
    // (`客服电话:15010167381/13475687125`, `客服热线:027-87750710/027-87057679`: the next of two numbers written with a slash,
    // not a path.)
    const secondOfTwo = before === '/' && /(?<![\w./-])(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})\/$/.test(text.slice(Math.max(0, a - 16), a));
    if ((/[A-Za-z0-9.\/@-]/.test(before) && !secondOfTwo) || /[A-Za-z0-9@]/.test(after) || (after === '.' && /\w/.test(text[b + 1] ?? ''))) continue;
    const left = text.slice(Math.max(0, a - 24), a);
    if (NOT_PHONE_CONTEXT.test(left)) continue;
    // `深南大道10168号`: a street number.
    if (/^\s*号/.test(text.slice(b, b + 2))) continue;
    // `12306账号信息`: a service's name, not a number to call.
    if (/^\s*(?:账号|帐号|账户|帳號|网站|官网|app|客户端)/i.test(text.slice(b, b + 5))) continue;
    // `+86 0816⏎8118731`: a number broken over lines is written with a space.
    raw = raw.replace(/\s*\n\s*/g, ' ');
    const digits = raw.replace(/\D/g, '');
    // A local number (62662686) only right after the word for the line it is (not `+46 10 3300106`'s tail, `Tel Aviv 6350671`).
    if (/^[2-8]\d{6,7}$/.test(raw) && !LOCAL_NUMBER_CONTEXT.test(left)) continue;
    // Short service numbers (12329, 95588), and eight-digit 95 lines, only where the text talks about calling.
    const listed = a - lastEnd <= 16 && !/[。\n]/.test(text.slice(lastEnd, a));
    if ((digits.length <= 6 || /^1010/.test(digits) || /^9[56]\d{6}$/.test(digits)) && !PHONE_CONTEXT.test(left) && !listed && !/^(?:进行)?(?:热线|电话|客服|咨询|投诉|举报)/.test(text.slice(b, b + 6))) continue;
    if (/^(19|20)\d{2}$/.test(digits.slice(0, 4)) && digits.length === 8) continue; // a date
    if (operators.length) {
      const owner = enclosingCompany(text, a);
      if (owner && !operators.some((op) => owner.includes(op))) continue;
    }
    sink.add('phone', raw, a, b);
    lastEnd = b;
  }
}

// A bare 地址 label is postal unless it names a network address (`IP地址：`, `邮件地址`, `网页地址`).
// (A line the text rejoined runs on into the next field, `…2301联系邮箱:…`: the address stops before it; `…邮寄至如下地址:⏎
// 地址:中国福建省…` gives it after a label of its own.)
const ADDRESS_LABEL = /(?:联系地址|办公地址|注册地址|通讯地址|通信地址|公司地址|(?<![A-Za-z]\s?|网络|邮件|邮箱|网页|网站|网址|链接|服务器|协议)地址|住所)\s*(?:为|是)?\s*[:：]\s*(?!\s*(?:联系|办公|注册|通讯|通信|公司)?地址\s*[:：])([^\n,，;；。]{5,80}?)(?=联系方式|联系电话|电话|邮编|邮政编码|联系邮箱|邮箱|电子邮件|如果|如您|若您|[\n,，;；。]|$)/g;
const POSTAL = /(?:[\u4e00-\u9fa5]{2,8}(?:省|自治区))?[\u4e00-\u9fa5]{2,8}市[\u4e00-\u9fa5\dA-Za-z\s-]{2,50}?(?:号(?:院|楼)?|室|层|楼|座|大厦)(?:[\u4e00-\u9fa5\dA-Za-z\s-]{0,20}?(?:室|层|楼|座|号))?/;

/** Postal addresses around each `市`: the regex runs on a small window, not from every position. */
function* postalMatches(text: string): Generator<{ 0: string; index: number }> {
  let from = 0;
  for (let i = text.indexOf('市'); i >= 0; i = text.indexOf('市', Math.max(i + 1, from))) {
    const w0 = Math.max(from, i - 20);
    const m = POSTAL.exec(text.slice(w0, i + 100));
    if (!m || w0 + m.index > i) continue;
    const index = w0 + m.index;
    from = index + m[0].length;
    yield { 0: m[0], index };
  }
}

export function extractAddresses(sink: FactSink): void {
  const text = sink.text;
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && x < b);
  for (const m of text.matchAll(ADDRESS_LABEL)) {
    let value = m[1].trim();
    // `地址:Rm. 1, 4F., No.21, Baoqing St., … Taiwan (R.O.C.)`: a Latin address runs on past its commas.
    if (/^[A-Za-z0-9]/.test(value)) {
      const from = m.index + m[0].length - m[1].length;
      const rest = /^[^\n;；。]{5,200}/.exec(text.slice(from));
      if (rest && /^[\x20-\x7e]+$/.test(rest[0].trim())) value = rest[0].trim();
    }
    // A closing bracket that is not the address's own belongs to the sentence around it.
    while (/[)）]$/.test(value) && (value.match(/[(（]/g)?.length ?? 0) < (value.match(/[)）]/g)?.length ?? 0)) value = value.slice(0, -1).trim();
    if (!/[省市区县路街号道]/.test(value) && !/\d/.test(value)) continue;
    const a = m.index + m[0].length - m[1].length + (m[1].length - m[1].trimStart().length);
    taken.push([a, a + value.length]);
    sink.add('address', value, a, a + value.length);
  }
  for (const m of postalMatches(text)) {
    // The match may start inside the sentence (`公司位于北京市…`): cut to the place name.
    // (…or after the company's name: `小米通讯技术有限公司北京市海淀区…`.)
    const lead = /^.*(?:[于在为是址：:]|公司)/.exec(m[0]);
    const rest = lead ? m[0].slice(lead[0].length) : m[0];
    const value = rest.trim();
    const a = m.index + m[0].length - rest.length + (rest.length - rest.trimStart().length);
    if (!/[省市]/.test(value)) continue;
    if (overlaps(a, a + value.length) || !/[区县路街道镇]/.test(value)) continue;
    taken.push([a, a + value.length]);
    sink.add('address', value, a, a + value.length);
  }
}
