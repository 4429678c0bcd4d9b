// Recognises the numbering schemes and markup that make a line look like a heading.
import { FORMAL_NUMERAL_CLASS, ZH_NUMERAL_CLASS, parseNumber, parseRoman } from './numerals';

export interface HeadingCandidate {
  /** Numbering scheme key (`cn`, `pcn`, `ar1`, `ar2`, `md3`, `plain` …); nesting is decided per scheme. */
  scheme: string;
  number: string | null;
  /** Value of the (last component of the) number, NaN when unnumbered. */
  value: number;
  /** Heading text without numbering and markup. */
  title: string;
  /** Offset of the title within the line text (for the heading span). */
  numbered: boolean;
  /** The line carries explicit heading markup (markdown #, hint, setext, bold, 【】). */
  markup: boolean;
  /** Markdown/hint level when markup gives one (0 otherwise). */
  markupLevel: number;
}

const N = ZH_NUMERAL_CLASS;
const DIGITS = '0-9０-９';
const FORMAL_NUMERAL = new RegExp(`[${FORMAL_NUMERAL_CLASS}]`);
/** The numeral ending a named number (`原则七` → `七`). */
const NAMED_NUMERAL = new RegExp(`[${N}]+$`);
// Order matters: the more specific patterns first.
const NUMBERED: { scheme: string; re: RegExp; value: (m: RegExpExecArray) => number }[] = [
  { scheme: 'part', re: new RegExp(`^(第[${N}${DIGITS}]+部分)[\\s:：、.]*`), value: (m) => parseNumber(m[1].slice(1, -2)) },
  { scheme: 'chapter', re: new RegExp(`^(第[${N}${DIGITS}]+章)[\\s:：、.]*`), value: (m) => parseNumber(m[1].slice(1, -1)) },
  { scheme: 'jie', re: new RegExp(`^(第[${N}${DIGITS}]+节)[\\s:：、.]*`), value: (m) => parseNumber(m[1].slice(1, -1)) },
  { scheme: 'article', re: new RegExp(`^(第[${N}${DIGITS}]+条)[\\s:：、.]*`), value: (m) => parseNumber(m[1].slice(1, -1)) },
  // (`一 、我们如何收集…`: a space before the 、 in some conversions.)
  { scheme: 'cn', re: new RegExp(`^([${N}]{1,4} ?[、.．])\\s*`), value: (m) => parseNumber(m[1].slice(0, -1).trim()) },
  // (`( 一 ) 真實登錄義務:`, `( 1 ) 与国家安全…`: spaces inside the brackets in some conversions.)
  { scheme: 'pcn', re: new RegExp(`^([(（] ?[${N}]{1,4} ?[)）])[、.．]?\\s*`), value: (m) => parseNumber(m[1].slice(1, -1)) },
  { scheme: 'ar3', re: /^(\d{1,2}[.．]\d{1,2}[.．]\d{1,2})(?![.．]?\d)[.．、]?\s*/, value: (m) => lastNumber(m[1]) },
  { scheme: 'ar2', re: /^(\d{1,2}[.．]\d{1,2})(?![.．]?\d)[.．、]?\s*/, value: (m) => lastNumber(m[1]) },
  // `2-3-1.帮助您完成注册`, `1-1.与个人身份无关的信息:`: sub-numbers joined by hyphens, then a stop or a Chinese title
  // (not an address, `1-3 Kioicho, Chiyoda-ku`).
  { scheme: 'hy3', re: /^(\d{1,2}-\d{1,2}-\d{1,2})(?:[.．、]\s*(?=\S)|(?=[\u4e00-\u9fa5]))/, value: (m) => lastNumber(m[1]) },
  { scheme: 'hy2', re: /^(\d{1,2}-\d{1,2})(?:[.．、]\s*(?=\S)|(?=[\u4e00-\u9fa5]))/, value: (m) => lastNumber(m[1]) },
  // `2.a.Target scope`, `3.b.ii.Location information` (LINE): a chapter's number, its item's letter, the sub-item's roman numeral.
  { scheme: 'arLR', re: /^(\d{1,2}\.[a-z]\.[ivx]{1,4}\.)\s*(?=[A-Z])/, value: (m) => parseRoman(m[1].split('.')[2].toUpperCase()) },
  { scheme: 'arL', re: /^(\d{1,2}\.[a-z]\.)\s*(?=[A-Z])/, value: (m) => m[1].charCodeAt(m[1].indexOf('.') + 1) - 96 },
  // (`2。麦克风音频、录音和报告`: a machine translation's full stop after the number, only before a title filling the line.)
  { scheme: 'ar1', re: /^(\d{1,2}(?:\\?[.．](?!\d)| ?、|。(?=[^。，,；;！!？?\d][^。，,；;！!？?]{1,29}$)))\s*/, value: (m) => parseInt(m[1], 10) },
  // (`(23).设备标识生成库SDK`: a stop after the bracket, as after `(一)`.)
  { scheme: 'par', re: /^([(（] ?\d{1,2} ?[)）])[、.．]?\s*/, value: (m) => parseInt(m[1].slice(1), 10) },
  { scheme: 'ar)', re: /^(\d{1,2}[)）])\s*/, value: (m) => parseInt(m[1], 10) },
  // `7 隐私政策的修订和通知`: a number, a space, then a Chinese title; the same scheme as `7.`
  // (policies mix them). Not `2 访问网络 静默获取 用于…`, a flattened table row.
  // (`6 Cookies/Web Beacon 政策`, `7 TrueDepth使用说明`: a Latin word may open the Chinese title.)
  { scheme: 'ar1', re: /^(\d{1,2})[ \t\u3000]+(?=[\u4e00-\u9fa5]|[A-Z][A-Za-z/ ]{1,24}[\u4e00-\u9fa5])(?!.*[\u4e00-\u9fa5][ \t\u3000]+[\u4e00-\u9fa5])/, value: (m) => parseInt(m[1], 10) },
  // `一 我们如何收集和使用您的个人信息`: a Chinese numeral, a space, then the title; the same scheme as `一、`.
  { scheme: 'cn', re: new RegExp(`^([${N}]{1,3})[ \\t\\u3000]+(?=[\\u4e00-\\u9fa5])(?!.*[\\u4e00-\\u9fa5][ \\t\\u3000]+[\\u4e00-\\u9fa5])`), value: (m) => parseNumber(m[1]) },
  // `1適用範圍`: a number glued to a short Chinese title that fills the line.
  // (Not a count: `15日本地天气预报`, `3年`, `5个`.)
  { scheme: 'ar1', re: /^(\d{1,2})(?![日月年天个号周岁次倍元万亿楼层分秒小])(?=[\u4e00-\u9fa5]{2,12}$)/, value: (m) => parseInt(m[1], 10) },
  { scheme: 'circ', re: /^([①-⑳])\s*/, value: (m) => m[1].charCodeAt(0) - 0x245f },
  { scheme: 'roman', re: /^((?:X{0,3})(?:IX|IV|V?I{0,3})[.)])\s+(?=\S)/, value: (m) => parseRoman(m[1].slice(0, -1)) },
  // (`A 、适用范围`: a space before the comma, as `一 、` has, from a page's conversion to text.)
  { scheme: 'latin', re: /^([A-H](?:[.)]| ?、))\s*(?=\S)/, value: (m) => m[1].charCodeAt(0) - 64 },
  // `c.个人信息的披露`, `d) 第三方产品或服务信息。`: lower-case letters only before Chinese (English `a. the …` is prose).
  { scheme: 'latin-lc', re: /^([a-h](?:[.．、]|[)）] ?))(?=[\u4e00-\u9fa5])/, value: (m) => m[1].charCodeAt(0) - 96 },
  // `(a)其他公司和政府當局`: bracketed lower-case letters before a Chinese title.
  { scheme: 'platin-lc', re: /^([(（][a-h][)）])\s*(?=[\u4e00-\u9fa5])/, value: (m) => m[1].charCodeAt(1) - 96 },
  // `原则一:个人资料确认`, `**业务功能二** :步数记录`: a short word numbered in Chinese before a colon; each
  // word is a scheme of its own (`named:原则`). Not an appendix, not a word that ends in a numeral (`统一`).
  { scheme: 'named', re: new RegExp(`^((?!附件|附录|附錄|附表)[\\u4e00-\\u9fa5]{1,3}[^${N}\\s*_:：、，,。统唯之万同单其不划合专逐][${N}]{1,3})(?:\\*\\*|__)?\\s*[:：](?:\\*\\*|__)?\\s*(?=\\S)`), value: (m) => parseNumber(NAMED_NUMERAL.exec(m[1])![0]) },
  { scheme: 'sec', re: /^((?:Section|Article|Chapter|Part)\s+(?:\d+|[IVX]+))[.:]?\s+/i, value: (m) => parseNumber(m[1].split(/\s+/)[1]) },
];

function lastNumber(s: string): number {
  const parts = s.split(/[.．-]/);
  return parseInt(parts[parts.length - 1], 10);
}

/** A line that names the policy itself (`XX隐私政策`, `Acme Privacy Policy`; not a chapter about it, `Changes to this Privacy Policy`). */
export const DOC_TITLE = /(?:隐私|隱私|私隐|私隱|个人信息|個人信息|個人資料|個人資訊)(?:权|權)?(?:保护|保護|处理|處理|保密)?(?:政策|协议|協議|声明|聲明|申明|指引|规则|規則|条款|條款|说明|說明|公告)(?:条款|條款)?(?:及(?:监护人|監護人|家长|家長)[须須]知)?[》」]?(?:[(（][^()（）]{1,12}[)）])?$|(?:用户|用戶|会员|會員)?(?:注册|註冊)?(?:服务|服務|使用)(?:协议|協議|条款|條款)[》」]?$|(?:用户|用戶)(?:注册|註冊|许可|許可)?(?:协议|協議)[》」]?$|(?<!\b(?:to|of|in|about|under|for)\s+(?:this|our|the)\s+)privacy\s+(?:policy|notice|statement)$|terms\s+of\s+(?:service|use)$/i;

/** `附件：定义`, `附录一 SDK列表`, `附一：相关产品运营公司`: appendices after the last chapter. */
export const APPENDIX = /^(?:(?:附件|附录|附錄|附表)(?:[一二三四五六七八九十\d]{1,2})?|附[一二三四五六七八九十]{1,2}(?=[:：]))(?:[:：、.\s]|$)/;
// `###1\. 我们收集的信息`: two or more `#` glued to the title are markup too (a `#话题#` tag is not).
const MD_HEADING = /^(#{1,6})\s+|^(#{2,6})(?=[^#\s])(?!.*#)/;
// `==與我們聯絡==` (wiki markup, `==` is the first level): a heading like markdown's.
const WIKI_HEADING = /^(={2,6})\s*([^=].*?)\s*\1$/;
// `## 一、适用范围 {#scope}`, `# 隐私政策 {privacy-policy}`: an anchor or attribute block after a markdown title (Pandoc,
// kramdown, markdown-it-attrs) is markup, not part of the title.
const MD_ATTRIBUTES = /\s+\{[#.]?[A-Za-z][\w:.-]*(?:\s+[#.]?[\w-]+(?:=[^\s{}]+)?)*\}$/;
const MD_LINK = /\[([^\]]*)\]\((?:#|https?:|\/)[^)]*\)/g;
const EMPHASIS_EDGE = /^[\s*_]+|[\s*_]+$/g;
const BRACKET_TITLE = /^【([^【】]{1,30})】$/;
const BOLD_NUMBER = new RegExp(`^\\*\\*(\\d{1,2}|[${N}]{1,3})\\*\\* ?([、.．])`);
const NUMBER_BOLD = /^(\d{1,2}) \*\*([.．、])(?=.*\*\*$)/;
/** `**3.3 转让与公开披露** **不转让…**,`: a number and a title in one bold run, then a bold clause (its stops inside or after it). */
const TITLE_RUN_THEN_BOLD_BODY = /^\*\*\s*(?:\d{1,2}(?:\.\d{1,2})*[.、]?|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*[^*\s\d.、][^*]{1,23}\*\* \*\*(?=[\u4e00-\u9fff])[^*]{6,}?(?:[，,。；;:：][^*]*\*\*|\*\*[，,。；;:：])/;

/**
 * Reads a trimmed line: strips markdown markup, finds a numbering scheme.
 * Returns null for empty lines; everything else gets a candidate, the caller decides.
 */
export function readHeading(line: string, hintLevel: number): HeadingCandidate | null {
  // Markdown links (`[](#anchor)**1\\. About**`, `[Title](#title)`) read as their text.
  let s = line.includes('](') ? line.replace(MD_LINK, '$1').trim() : line;
  // `[ __ **第七条【信息保护】**]`: an emphasised title in the brackets of a link whose target was lost.
  if (s.startsWith('[') && s.endsWith(']')) s = s.replace(/^\[\s*((?:__|\*\*)[^[\]]*?)\s*\]$/, '$1');
  if (s.startsWith('<')) s = s.replace(/^(?:<[a-z][^>]*>\s*)+/i, '');
  // `1. ## 一、…`: a list marker in front of a markdown heading.
  s = s.replace(/^\d{1,2}\.\s+(?=#)/, '');
  let markup = hintLevel >= 0;
  let markupLevel = hintLevel > 0 ? hintLevel : 0;
  const md = MD_HEADING.exec(s);
  const wiki = md ? null : WIKI_HEADING.exec(s);
  if (md) {
    markup = true;
    markupLevel = (md[1] ?? md[2]).length;
    s = s.slice(md[0].length).replace(MD_ATTRIBUTES, '');
  } else if (wiki) {
    markup = true;
    markupLevel = wiki[1].length - 1;
    s = wiki[2];
  }
  // `**(** **一) 共享**`, `1) **Cookie** **：**`: bold runs split by a space are one run. (Not a numbered title's run
  // and its body's first clause in bold after it, `**3.3 转让与公开披露** **不转让您的个人信息**,…`.)
  if (s.includes('****') || (s.includes('** **') && !TITLE_RUN_THEN_BOLD_BODY.test(s))) s = s.replace(/\*\*\s*\*\*/g, '');
  // `**1** 、您向我们提供的信息`, `1 **. 心脏健康研究项目功能服务**`: the bold splits the number from its `、`/`.`.
  s = s.replace(BOLD_NUMBER, '$1$2').replace(NUMBER_BOLD, '**$1$2');
  if (s.startsWith('**') || s.startsWith('__')) {
    const core = s.replace(EMPHASIS_EDGE, '');
    if (s.trimEnd().endsWith('**') || s.trimEnd().endsWith('__')) {
      if (!core.includes('**')) markup = true;
    }
    s = core;
  } else s = s.replace(EMPHASIS_EDGE, '');
  s = s.replace(/\\([.#*_\-()[\]])/g, '$1').trim();
  if (!s) return null;
  for (const { scheme, re, value } of NUMBERED) {
    const m = re.exec(s);
    if (!m) continue;
    // `3. **自主控制**：` → `自主控制：` (the emphasis closes before the colon).
    let title = stripBrackets(s.slice(m[0].length).replace(EMPHASIS_EDGE, '').replace(/(?:\*\*|__)(?=\s*[:：]$)/, ''));
    // `2.1 你主动提供的信息2.1 Information you provide`: the number again before the English title; the Chinese one is the title.
    const digits = m[1].trim().replace(/[.、．]$/, '');
    const again = title.indexOf(digits);
    if (again > 1 && /[\u4e00-\u9fff]$/.test(title.slice(0, again)) && /^[.．]?\s*[A-Z][a-z]/.test(title.slice(again + digits.length))) title = title.slice(0, again);
    // `一、` and `一.` are different schemes in practice (a list inside a `一、` section); `一 ` is `一、`'s.
    // (`壹、` heads `一、` in Taiwanese documents: the formal numerals are a scheme of their own.)
    const key = scheme === 'cn' && FORMAL_NUMERAL.test(m[1]) ? 'cnf' : scheme === 'cn' && /[.．]$/.test(m[1]) ? 'cn.' : scheme === 'named' ? `named:${m[1].replace(NAMED_NUMERAL, '')}` : scheme;
    return { scheme: key, number: m[1].replace(/\\| /g, '').trim(), value: value(m), title, numbered: true, markup, markupLevel };
  }
  // `## 附件：定义`, `**附件一：侵权作品反应方案`: an appendix title is a heading, colon and all.
  if (APPENDIX.test(s) && s.length <= 40) return { scheme: 'appendix', number: null, value: NaN, title: s, numbered: false, markup: true, markupLevel };
  const bracket = BRACKET_TITLE.exec(s);
  if (bracket) return { scheme: 'bracket', number: null, value: NaN, title: bracket[1].trim(), numbered: false, markup: true, markupLevel };
  const scheme = markupLevel > 0 ? `md${markupLevel}` : markup ? 'bold' : 'plain';
  // `Apkid:cn.x`, `版本:最右2020版`, `负责人:国林`: a field, not a title. (A page's own heading element or `##` line
  // naming a topic and its parts, `<h2>您的权利：访问、编辑、封锁</h2>`, is a title: no digits, address or link after it.)
  const markedTitle = markupLevel > 0 && /^[^:：\d]{2,16}[:：]\s*[^:：\d@/]{2,24}$/.test(s);
  if (/\S\s*[:：]\s*\S/.test(s) && !/^https?:/.test(s) && !markedTitle) return { scheme: 'field', number: null, value: NaN, title: s, numbered: false, markup: false, markupLevel: 0 };
  return { scheme, number: null, value: NaN, title: s, numbered: false, markup, markupLevel };
}

function stripBrackets(s: string): string {
  const t = s.trim();
  const m = /^【([^【】]+)】$/.exec(t);
  return m ? m[1].trim() : t;
}

const SENTENCE_END = /[。；;，,！!]$/;
const INNER_STOP = /[。；;!！]/;
const FLAT_LIST = new RegExp(`(?:\\s|[•·])\\s*(?:[${N}]{1,3}、|第[${N}]{1,3}[章条])\\S`);

const DEFINITION = /^[^:：]{1,16}[:：]\s*(?:是|系)?指/;
/** `转让:指将个人信息控制权…`, `1、咪咕公司:指…`: a term and its definition, run in after a colon. */
export const isDefinition = (title: string): boolean => DEFINITION.test(title);

const PARENT_TAIL = /(?:\d+|[一二三四五六七八九十百零〇]+)[^\d一二三四五六七八九十百零〇]*$/;
/** A heading's number without its last one (`2.` for `2.3`, nothing for `一、`): siblings in a scheme share it. */
export function parentNumber(number: string | null): string {
  return (number ?? '').replace(PARENT_TAIL, '');
}

/** What closes a number after its last numeral (`1.2.` → `1.2`, `一、` → `一`). */
const NUMBER_CLOSE = /[^\d一二三四五六七八九十百零〇]+$/;
const numberStem = (number: string | null): string => (number ?? '').replace(NUMBER_CLOSE, '');

/** Whether `child` is numbered directly under `parent` (`1.2.1` under `1.2`). */
export function numberedUnder(child: string | null, parent: string | null): boolean {
  const stem = numberStem(parent);
  return stem !== '' && numberStem(parentNumber(child)) === stem;
}

/** Word's message for a broken field, left in an exported chapter title: `一、错误!未指定文件名。 我们如何收集…`. */
const WORD_FIELD_ERROR = /^错误[!！](?:未指定文件名|未找到引用源|书签未定义|超链接引用无效)[。.]\s*/;

// (…or a circumstance, then what it names: `在使用易方达平台服务过程中,您授权易方达收集的信息`, a noun phrase.)
const JOINED_TITLES = /^[^，,()（）]{4,}[，,]\s*以及(?![您你])[^，,()（）]{2,}$|^[^，,。；;:：]{4,20}[，,][^，,。；;:：]{4,20}(?<![您你其])的(?:信息|个人信息|(?:例外)?(?:情形|情况)|权限|数据)$/;

/** A closing aside saying when a feature applies (`(選用,預設關閉)`, `(可选,你打开时才加载)`), not what a datum is (`(即 GPS,…)`). */
const OPTION_ASIDE = /\s*[(（](?!即|如|例如|比如|包括|包含|含)[^()（）。；;:：]{1,20}[)）]$/;

/** A title that reads like a heading rather than a sentence or list item. */
export function isHeadingLike(title: string, zh: boolean, maxLen: number): boolean {
  if (zh) title = title.replace(WORD_FIELD_ERROR, '');
  if (!title) return true; // a bare number line (`一、`) is a heading
  if (title.length > maxLen) return false;
  // (A question said with `!`, `您能做什么!`, names its chapter as isPlainTitle reads it.)
  if (zh && QUESTION_TITLE.test(title)) title = title.slice(0, -1);
  if (SENTENCE_END.test(title) || INNER_STOP.test(title.slice(0, -1))) return false;
  // `三、我们如何保护… 四、我们如何处理…`: a table of contents flattened onto one line.
  if (FLAT_LIST.test(title)) return false;
  // `2、用户不得利用…发布如下法律、法规和政策禁止的内容:` introduces a list; it is a clause, not a title.
  if (zh && /[:：]$/.test(title) && title.length > 32) return false;
  // `7、转让:指将个人信息控制权由一个控制者向另一个控制者转移的过程`: a term defined in a list, no title.
  if (zh && isDefinition(title)) return false;
  // (`十、用户更正或投诉个人信息, 以及联系我们`: one comma joining a second title.)
  // (Nor commas inside a closing aside, `2.1 工作區 Google Drive 同步(選用,預設關閉)`; not one explaining a datum, `(即 GPS,需徵得您同意)`.)
  if (zh) return !(/[，,]/.test(title.replace(OPTION_ASIDE, '')) && title.length > 16 && !JOINED_TITLES.test(title));
  // English: a heading is short and mostly without a final period.
  return !/\.$/.test(title) || title.split(/\s+/).length <= 6;
}

const EXCLAIMED_TITLE = /^(?!.*(?:欢迎|歡迎|感谢|感謝|谢谢|謝謝|尊敬|亲爱|親愛))[^!！。，,；;？?]{3,16}[!！]$/;
const QUESTION_TITLE = /^(?=[^？?！!]*(?:什么|哪些|如何|怎样|怎么|谁|是否|为何|为什么|何时|多久|多长|哪里|何处|能否|可否|吗[？?]$))[^？?！!]{3,24}[？?！!]$/;

/** Longest bilingual title line looked at (`存储信息的地点 Where we store information` is 30 characters). */
const BILINGUAL_MAX = 160;

/** Unnumbered plain line that can stand as a title (`引言`, `Information We Collect`). */
export function isPlainTitle(title: string, zh: boolean): boolean {
  // (A tab sets a table's cells apart, `基于蓝牙功能的附加权限\t开启手机蓝牙功能` copied out of a page: a row, no title.)
  if (title.includes('\t')) return false;
  // `我們如何保留、儲存和保護您的資訊：` names a chapter the way the numbered ones do, colon or not.
  // (…and so does the templates' `例外情形：` over the cases it lists.)
  if (zh && (/^(?:我们|我們)?如何[^:：]{2,18}[:：]$/.test(title) || /^[^:：]{0,22}例外(?:情形|情况)?[:：]$/.test(title))) title = title.slice(0, -1);
  // A bilingual title line (`存储信息的地点 Where we store information`, `什么是Cookie? What is a Cookie?`)
  // is a title when its Chinese half is.
  // (Only a short line with a capital after a space is tried: the pattern backtracks over a long paragraph's every
  // character pair, seconds on a 50 MB file.)
  const bilingual = zh && title.length <= BILINGUAL_MAX && /\s[A-Z]/.test(title) ? /^(.*[\u4e00-\u9fff].*[\u4e00-\u9fff][^\u4e00-\u9fff\s?？]{0,12})[?？]?\s+[A-Z][A-Za-z'’,&\-]* [A-Za-z'’,&\- ]+[?.]?$/.exec(title) : null;
  if (bilingual) title = bilingual[1];
  // A question names its chapter as well as a statement would (`我们与谁共享您的信息?`, `您能做什么!`).
  const question = zh && QUESTION_TITLE.test(title);
  // (…a word in quotes too, `微力同步使用“cookies”吗?`.)
  if (question) title = title.slice(0, -1).trimEnd().replace(/“([^“”"]{1,12})”|"([^“”"]{1,12})"/g, '$1$2');
  // (…and so does an exclamation, `您可以控制您的信息！` copied out of its `<h2>`; not a greeting nor thanks, `再次感谢您对…的信任和使用！`.)
  else if (zh && EXCLAIMED_TITLE.test(title)) title = title.slice(0, -1);
  // (…and so do two, `Cookie是什么?我们会怎样使用Cookie?`.)
  else if (zh) {
    const two = /^([^？?！!]{2,20})[？?]\s*([^？?！!]{2,20}[？?])$/.exec(title);
    if (two && QUESTION_TITLE.test(`${two[1]}?`) && QUESTION_TITLE.test(two[2])) title = `${two[1]}、${two[2].slice(0, -1)}`;
  }
  // (A short aside in brackets inside a Chinese title, `社交媒体(功能)和小部件`, `清除Gif(Web信标/ Web错误)`, is part of it.)
  // (Not a version, `隐私政策(2019年11月版)`, nor a bold fragment.)
  // (…and a longer one saying how, `您的权利(如何管理信息、改变授权范围、注销账户)`; not a list of data, `车辆信息(车牌号、车架号、…)`.)
  if (zh && !/\d{4}|\*/.test(title)) title = title.replace(/\s*[(（](?:[^()（）。；;，,！!？?:：“”"]{1,16}|(?:如何|怎样|怎么)[\u4e00-\u9fff、]{15,22})[)）]\s*/g, '');
  // (`向您提供产品和/或服务`: the templates' `和/或` is a word, not a path.)
  // (…and so is a slash between two words, `个性化展示/推荐`.)
  if (zh) title = title.replace(/(?<=[\u4e00-\u9fff])[和及与]\/或(?=[\u4e00-\u9fff])/g, '或').replace(/(?<=[\u4e00-\u9fff]{2})\/(?=[\u4e00-\u9fff]{2})/g, '或');
  // (A circumstance and the data it names, `我们会出于以下目的,收集和使用您以下类型的个人信息`, the templates' plain title, reads as
  // the numbered ones do: isHeadingLike's JOINED_TITLES; not a sentence saying what is needed, `…时,需要有读取位置信息的权限`.)
  const joined = zh && JOINED_TITLES.test(title) && !/[，,][^，,]*(?:需要|需|会|将|可能|可以|应)/.test(title);
  if (/[。；;，,！!？?:：“”"()（）\/\\|]|https?:|www\./.test(joined ? title.replace(/[，,]/g, '') : title)) return false;
  if (/\d{4}/.test(title)) return false;
  // A Latin word counts as one character: `COOKIES、日志档案和WEB BEACON` is short. (Not in a table row,
  // `3获取WiFi状态静默获取用于…`, `获取WiFi状态 静默获取 用于…`: a number first, or spaces between Chinese cells.)
  const compact = !/^\d|[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/.test(title) ? title.replace(/[A-Za-z]+/g, 'A') : title;
  // (A Latin title in a Chinese policy, `Cookie`, `Do Not Track`, reads as an English one; not a letter numbering a part,
  // `A.`, nor a glossary's acronym, `GPSGPS`, `SSL`.)
  if (zh && !/[\u4e00-\u9fff]/.test(title)) return title.length <= 24 && /[a-z]{2}/.test(title) && isPlainTitle(title, false);
  // (A question may run longer, `微力同步是否将其从访客收集的信息披露给外部各方?`, and so may the exceptions to consent a
  // template names, `共享、转让、公开披露个人信息授权同意的例外情形`.)
  if (zh) return title.length >= 2 && compact.length <= (joined ? 32 : question ? 24 : /例外(?:情形|情况)?$/.test(title) ? 26 : 20);
  const words = title.split(/\s+/);
  if (words.length > 9 || title.length > 70 || !/^[A-Z]/.test(title)) return false;
  const minor = /^(a|an|the|and|or|of|to|in|on|for|with|by|we|your|our|is|are|do|how|what|at|from|us|you)$/i;
  const capital = words.filter((w) => /^[A-Z0-9&]/.test(w) || minor.test(w)).length;
  return capital === words.length;
}

/** A one-sentence lead-in to a list (`以下情形中，我们…无需征得您的授权同意：`). */
export function isLeadIn(title: string, maxLen: number): boolean {
  return title.length <= maxLen && /[:：]$/.test(title) && !INNER_STOP.test(title) && !FLAT_LIST.test(title);
}
