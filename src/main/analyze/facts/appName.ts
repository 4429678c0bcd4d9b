// The app's name as the policy gives it (title line, book title, quoted product, brand in the
// opening pledge …), and a repeated Latin brand for Chinese policies that name none.
import { TOOL_BEFORE } from './entities';
import { afterLead, countUpTo, longerForm, shortBrand, spanOf, tidyAppName, usable } from './appNameShape';
import { LATIN_NOT_BRAND } from './latinBrand';
import {
  TITLE_ZH, BOOK_TITLED_PRODUCT, TITLE_THEN_NAME, TITLE_EN, BOOK_TITLE, SELF_ALIAS, QUOTED_PRODUCT, APP_SUFFIX,
  MD_LINK, EN_ALIAS, EN_THIS_POLICY, EN_USING, BRAND_CARES, PROVIDER, BRACKET_PRODUCT, ALIASED_PRODUCT, RUN_PRODUCT,
  THIS_APP_NAMED, NAMED_APP, POLICY_EXPLAINS_BRAND, APPLIES_TO, APPLIES_TO_PROVIDER, RELATED_SERVICES, DEAR_USERS,
  WELCOME, APP_THEN_QUOTED, WELCOME_LATIN, NAME_FIELD, DEVELOPER_FIELD, CLOSING_DETAILS, QUOTED_AS_WE, THIS_SOFTWARE,
  DEFINED_PRODUCT, BRAND_AS_WE, COMPANY_WORD, NAME_LINE, COMPANY_BRAND, BRANDED_GOODS, PAGE_TITLE_NAME
} from './appNameCues';

export interface AppNameMatch {
  name: string;
  nstart: number;
  nend: number;
}

let lastAppName: { text: string; pageTitle: string | undefined; found: AppNameMatch | null } | null = null;

/** The app as the policy names it: title line, `《X隐私政策》`, `“X”产品`, `XAPP`, `X Privacy Policy`; an HTML page's
 * `<title>` (`pageTitle`, normalised as the text is) naming it beside the policy's own name counts where the text has it. */
export function findAppName(text: string, pageTitle?: string): AppNameMatch | null {
  // analyze asks twice per document (the app_name fact, then the app); the scan is costly.
  if (lastAppName?.text !== text || lastAppName.pageTitle !== pageTitle) lastAppName = { text, pageTitle, found: scanAppName(text, pageTitle) };
  return lastAppName.found && { ...lastAppName.found };
}

/** The app a page's `<title>` names, where the text writes it too (a fact needs a span in the text). */
function appOfPageTitle(pageTitle: string, text: string): string | null {
  const m = PAGE_TITLE_NAME.exec(pageTitle.trim());
  const raw = m?.[1] ?? m?.[2];
  if (!raw) return null;
  const name = tidyAppName(raw.replace(/^[「《“"]+|[」》”"]+$/g, ''));
  return name.length <= 30 && usable(name, true) && !COMPANY_WORD.test(name) && text.includes(name) && !onlyInCompanyName(name, text) ? name : null;
}

/** `隐私条款 | 游霄科技` over a text writing 游霄科技 only in `游霄科技(海南)有限公司`: the site names its company, no product. */
function onlyInCompanyName(name: string, text: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (!/^(?:[(（][^()（）]{1,8}[)）])?[\u4e00-\u9fa5]{0,8}?(?:公司|集团)/.test(text.slice(i + name.length, i + name.length + 24))) return false;
  }
  return true;
}

/** `计件助手平台用户隐私政策` over `应用名称:计件助手`: the title's name with a word for what it is, the name field without. */
function fieldNamed(name: string, text: string): string {
  for (const m of text.slice(0, 6000).matchAll(NAME_FIELD)) {
    const field = tidyAppName(m[1]);
    if (field.length >= 2 && name.startsWith(field) && /^(?:平台|系统|系統|软件|軟體|客户端|应用|應用)$/.test(name.slice(field.length))) return field;
  }
  return name;
}

const DOCUMENT_NAME = /^(?![第一二三四五六七八九十\d#*])[^:：,，。\s]{2,}(?:协议|協議|规范|規範|规则|規則|须知|須知)$/;

/** A line just before or after [pos, end) names another document: a menu of them. (Not the same title said generally,
 * `使用协议` over `虾米网使用协议`.) */
function amongDocumentNames(text: string, pos: number, end: number): boolean {
  const line = text.slice(pos, end).trim();
  const above = text.slice(0, pos).trimEnd();
  const before = above.slice(above.lastIndexOf('\n') + 1).trim();
  const after = text.slice(end + 1).split('\n', 8).find((l) => l.trim())?.trim() ?? '';
  return [before, after].some((l) => l.length <= 30 && DOCUMENT_NAME.test(l) && !line.endsWith(l));
}

function scanAppName(text: string, pageTitle?: string): AppNameMatch | null {
  let scanned = 0;
  let pos = 0;
  while (pos < text.length && scanned < 6) {
    const end = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
    // (`## 《新街头篮球》用户的隐私政策。`: a full stop after the title.)
    // (`**疯读极速版** **(原扎堆小说)** **隐私政策**`: emphasis runs inside the title line too; `• 开发人员用户服务协议`, an
    // HTML list item, is bulleted as `* ` is in markdown.)
    // (`<h4>8 领导留言板隐私政策</h4>`: a help page's section number before the title; not a brand's digits, `12306`, `58同城`.)
    const line = text.slice(pos, end).replace(MD_LINK, '$1').replace(/^[#*\s_•·●▪]+|[*\s_。]+$/g, '').replace(/\s*(?:\*\*|__)\s*/g, ' ').trim().replace(/^(?:\d\s+|\d{1,2}[.、]\s*)(?=\D)/, '');
    if (line && !/^={3,}$/.test(line)) {
      scanned++;
      // (`《星海奇点》隐私政策`: the product in book-title marks before the policy's own name.)
      // (`隐私政策 - Happymood`: a page's `<title>` names the policy, then the app.)
      const m = TITLE_ZH.exec(line.replace(BOOK_TITLED_PRODUCT, '$1')) ?? TITLE_EN.exec(line) ?? TITLE_THEN_NAME.exec(line);
      const name = m ? fieldNamed(shortBrand(tidyAppName(m[1]), text), text) : '';
      // `上海酷杨网络科技有限公司通行证用户服务协议` is the company's account terms: the name is elsewhere.
      // (`职Q社区规范` / `职Q板块直播协议` / `职Q板块直播隐私保护声明` over a scraped page: a menu of documents, no title.)
      if (m && usable(name, true, /^[“"「『【<〈[]/.test(m[1].trim())) && !(/公司/.test(name) && /协议|協議|条款|條款/.test(m[0])) && !amongDocumentNames(text, pos, end)) {
        const a = text.indexOf(name, pos);
        return { name, nstart: a, nend: a + name.length };
      }
    }
    pos = end + 1;
  }
  const head = text.slice(0, 6000);
  const tally = new Map<string, { n: number; a: number }>();
  const count = (name: string, a: number, weight: number) => {
    if (!usable(name)) return;
    const e = tally.get(name);
    if (e) e.n += weight;
    else tally.set(name, { n: weight, a });
  };
  // A product's name, not the company's (`上海…有限公司`).
  const countProduct = (name: string, a: number, weight: number) => {
    if (!COMPANY_WORD.test(name)) count(name, a, weight);
  };
  const definite = new Set<string>();
  // A name the policy makes its subject counts however rarely it recurs.
  const countDefinite = (name: string, a: number, weight = 3) => {
    definite.add(name);
    count(name, a, weight);
  };
  // (The page's `<title>` outweighs any word the text repeats, as the app the text defines does.)
  const titled = pageTitle ? appOfPageTitle(pageTitle, text) : null;
  if (titled) countDefinite(titled, text.indexOf(titled), 10);
  // `星澜` alone on the page's first line (its `<h1>`), then `您使用星澜APP时`: the page is titled by the app's name.
  const named = NAME_LINE.exec(head);
  if (named && !COMPANY_WORD.test(named[1]) && countUpTo(text, named[1], 2) >= 2) countDefinite(named[1], named.index + named[0].indexOf(named[1]));
  // (…and so does one given a short name it goes by from then on.)
  // (`北京华清飞扬网络股份有限公司(以下简称“华清飞扬”)…华清飞扬将严格遵守`: a promise the company makes under its short name,
  // no product's; `平安健康非常重视` cares as the product.)
  const companyAliases = new Set([...head.matchAll(COMPANY_BRAND)].map((m) => m[1]));
  for (const m of head.matchAll(BRAND_CARES)) if (!/公司|集团|中心|局$/.test(m[1]) && !(companyAliases.has(m[1]) && /^(?:将|会|也)/.test(m[2]))) {
    const a = m.index + m[0].indexOf(m[1]);
    if (/称/.test(m[0])) countDefinite(m[1], a);
    else count(m[1], a, 2);
  }
  for (const m of head.matchAll(PROVIDER)) {
    const stem = tidyAppName(afterLead(m[1]));
    // (`鉴此,优信二手车服务提供者[优估(上海)信息技术有限公司…]` opening the policy: who provides it names the product
    // however rarely it recurs.)
    if (m.index < 1000 && !COMPANY_WORD.test(stem)) countDefinite(stem, m.index + m[0].indexOf(stem));
    else countProduct(stem, m.index + m[0].indexOf(stem), 2);
  }
  // (`欢迎使用光合新知（北京）科技有限公司` greets with the company's name.)
  for (const m of head.matchAll(WELCOME)) {
    if (COMPANY_WORD.test(head.slice(m.index, m.index + m[0].length + 24).split(/[，,。；]/)[0])) continue;
    // (`欢迎您使用Pexelgen,该APP由深圳市…公司…提供`: a greeting that goes on to say what the name is defines it.)
    const defines = /^[”"」]?\s*[,，]?\s*(?:该|此|这款|本)(?:APP|App|app|应用|软件|产品|平台|游戏|小程序)/.test(head.slice(m.index + m[0].length, m.index + m[0].length + 8));
    (defines ? countDefinite : count)(tidyAppName(m[1]), m.index + m[0].indexOf(m[1]), 2);
  }
  for (const m of head.matchAll(DEAR_USERS)) countProduct(tidyAppName(m[1]), m.index + m[0].indexOf(m[1]), 2);
  // (One the policy calls just `APP`, `本APP` or `本款产品` from then on outweighs any word it repeats, `保证APP内接入的SDK`.)
  for (const m of head.matchAll(THIS_SOFTWARE)) {
    const name = tidyAppName(afterLead(m[1]));
    if (!COMPANY_WORD.test(name) && !/或|限制|免除/.test(name)) countDefinite(name, m.index + m[0].indexOf(m[1]), /[“"](?:本款|本?(?:APP|App|app))/.test(m[0]) ? 10 : 3);
  }
  // (Not a sentence opening the line, `欢迎您选择由WZR工作室(以下简称“我们”…)`: only a bare brand.)
  for (const m of head.matchAll(BRAND_AS_WE)) if (!COMPANY_WORD.test(m[1]) && !/^(?:欢迎|感谢|您|你|我们|本|该|请|当)|由/.test(m[1])) countDefinite(tidyAppName(m[1]), m.index + m[0].indexOf(m[1]));
  // (The app the policy defines as its `应用` outweighs any word it repeats, `共享`, `文件`.)
  for (const m of head.matchAll(APP_THEN_QUOTED)) countDefinite(tidyAppName(m[1]), m.index + m[0].indexOf(m[1]), 10);
  for (const m of head.matchAll(WELCOME_LATIN)) countDefinite(m[1], m.index + m[0].indexOf(m[1]));
  for (const m of head.matchAll(NAME_FIELD)) countDefinite(tidyAppName(m[1]), m.index + m[0].indexOf(m[1]), 10);
  const tailStart = Math.max(head.length, text.length - CLOSING_DETAILS);
  for (const m of text.slice(tailStart).matchAll(NAME_FIELD)) {
    // (Beside the developer's own field, not in an SDK list's, `SDK名称:…` / `产品名称:游戏服务` / `运营方:…`.)
    const before = text.slice(Math.max(0, tailStart + m.index - 120), tailStart + m.index);
    if (DEVELOPER_FIELD.test(before) && !/SDK|运营方/i.test(before)) countDefinite(tidyAppName(m[1]), tailStart + m.index + m[0].indexOf(m[1]), 10);
  }
  for (const m of head.matchAll(QUOTED_AS_WE)) {
    const name = tidyAppName(m[1]);
    if (!COMPANY_WORD.test(name)) countDefinite(name, m.index + 1);
  }
  for (const m of head.matchAll(DEFINED_PRODUCT)) if (!COMPANY_WORD.test(m[1])) count(tidyAppName(m[1]), m.index, 3);
  for (const m of head.matchAll(THIS_APP_NAMED)) {
    const name = m[1] ?? m[2];
    countDefinite(tidyAppName(name), m.index + m[0].indexOf(name));
  }
  for (const m of head.matchAll(NAMED_APP)) countDefinite(tidyAppName(m[1]), m.index + m[0].indexOf(m[1]));
  for (const m of head.matchAll(POLICY_EXPLAINS_BRAND)) if (!LATIN_NOT_BRAND.test(m[1])) countDefinite(m[1], m.index + m[0].indexOf(m[1]));
  // (`本协议适用于拼拼乐APP平台`: the product without the word for what it is.)
  for (const m of head.matchAll(APPLIES_TO)) count(tidyAppName(m[1]), m.index + m[0].indexOf(m[1]), 1);
  for (const m of head.matchAll(APPLIES_TO_PROVIDER)) countProduct(tidyAppName(m[1]), m.index + m[0].indexOf(m[1]), 1);
  for (const m of head.matchAll(RUN_PRODUCT)) {
    const name = tidyAppName(m[1] ?? m[2] ?? m[3] ?? m[4]);
    // (`万鞍E修由河北中道致远信息科技有限公司开发(下文简称“中道”…)` opening the policy names its product however rarely it recurs.)
    if (m[3] && m.index < 600 && !COMPANY_WORD.test(name)) countDefinite(name, m.index + m[0].indexOf(name));
    else countProduct(name, m.index + m[0].indexOf(name), 3);
  }
  for (const m of head.matchAll(BRACKET_PRODUCT)) {
    const name = m[1] ?? m[2];
    if (!COMPANY_WORD.test(name)) count(tidyAppName(name), m.index + m[0].indexOf(name), 3);
  }
  for (const m of head.matchAll(ALIASED_PRODUCT)) {
    const stem = tidyAppName(afterLead(m[1]));
    countProduct(stem, m.index + m[0].indexOf(stem), 3);
  }
  for (const m of head.matchAll(EN_ALIAS)) {
    // `a web analytics service provided by Google, Inc. ("Google")` names a vendor, not the app.
    if (/(?:operated|provided|offered) by\s/i.test(head.slice(Math.max(0, m.index - 60), m.index)) && TOOL_BEFORE.test(head.slice(Math.max(0, m.index - 90), m.index))) continue;
    // (`由 Apple Inc.("Apple")运营的基础设施` in a Chinese policy: a platform's vendor, never the app.)
    if (LATIN_NOT_BRAND.test(m[1].trim()) && /[\u4e00-\u9fa5]/.test(head.slice(Math.max(0, m.index - 12), m.index))) continue;
    count(m[1].trim(), m.index + m[0].indexOf(m[1]), 3);
  }
  for (const m of head.matchAll(EN_USING)) count(m[1].trim(), m.index + m[0].length - m[1].length, 2);
  for (const m of head.matchAll(EN_THIS_POLICY)) count(m[1].trim(), m.index + m[0].indexOf(m[1]), 3);
  for (const m of head.matchAll(BOOK_TITLE)) {
    // `第三方的隐私政策:(《个推隐私政策》` names a third party's policy, not this one.
    // (Nor one linked to, `详细内容请访问[《个推隐私政策》](http://…)`: another site's.)
    if (/第三方|SDK|合作|伙伴|third/i.test(head.slice(Math.max(0, m.index - 20), m.index)) || head.startsWith('](', m.index + m[0].length)) continue;
    // (`《【游戏开发大亨】隐私政策》`: a template's brackets around the name.)
    const name = tidyAppName(m[1]);
    count(name, m.index + 1 + Math.max(0, m[1].indexOf(name)), 3);
  }
  for (const m of head.matchAll(QUOTED_PRODUCT)) count(tidyAppName(m[1]), m.index + 1, 2);
  for (const m of head.matchAll(APP_SUFFIX)) {
    const stem = afterLead(m[1]);
    // (A name says `APP` after it more than once: `为保障APP稳定运行`, `保证APP内接入的SDK` say it once of a verb.)
    if (stem.length < 2 || !/[\u4e00-\u9fa5]/.test(stem) || countUpTo(text, `${stem}APP`, 2) + countUpTo(text, `${stem}App`, 2) < 2) continue;
    // (`天津地铁APP` → 天津地铁: the product, without the word for what it is.)
    count(stem, m.index + m[1].length - stem.length, 0);
  }
  // How often the policy repeats a name separates the app from a third party named once.
  // A name the policy repeats, preferably early, is the app; one mentioned once is a passer-by.
  for (const [name, e] of tally) {
    const occurrences = countUpTo(text, name, 10);
    e.n = occurrences < 2 && !definite.has(name) ? 0 : e.n + occurrences + (e.a < 600 ? 3 : 0);
  }
  const best = [...tally.entries()].sort((x, y) => y[1].n - x[1].n || x[1].a - y[1].a)[0];
  if (!best || best[1].n === 0) {
    for (const m of head.matchAll(RELATED_SERVICES)) {
      const name = tidyAppName(m[1] ?? m[2] ?? m[3]);
      // (Not `使用莉莉丝游戏及服务即视为…`: the games and services, no product's name.)
      if (usable(name) && !COMPANY_WORD.test(name) && !/服务$/.test(name) && countUpTo(text, name, 2) >= 2) {
        const a = m.index + m[0].indexOf(name);
        return { name, nstart: a, nend: a + name.length };
      }
    }
    // Often the company's short name rather than the app's: only when nothing else names the app.
    for (const m of head.matchAll(SELF_ALIAS)) {
      const alias = m[1] ?? m[2];
      const name = tidyAppName(alias);
      if (usable(name) && !/公司|集团|我方|本|科技$/.test(name) && countUpTo(text, name, 2) >= 2) {
        const a = m.index + m[0].indexOf(alias);
        return { name, nstart: a, nend: a + name.length };
      }
    }
    // `茶否公司及其关联公司(以下简称“茶否”)` … `茶否产品`, `茶否账号`: the company's short name is the brand its products carry.
    for (const m of head.matchAll(COMPANY_BRAND)) {
      if (usable(m[1]) && (text.match(new RegExp(`${m[1]}${BRANDED_GOODS}`, 'g'))?.length ?? 0) >= 2) {
        const a = m.index + m[0].lastIndexOf(m[1]);
        return { name: m[1], nstart: a, nend: a + m[1].length };
      }
    }
    return null;
  }
  const name = longerForm(shortBrand(best[0], text), text);
  return { name, ...spanOf(text, name, best[1].a) };
}
