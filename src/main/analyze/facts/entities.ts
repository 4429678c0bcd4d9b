// Operator (legal entity); the app's name is in appName.ts.
import type { FactSink } from './context';

// The words a Chinese legal entity's name ends with: ZH_ENTITY_SUFFIX finds names by them (and by `医院`), SUFFIX strips them
// (not `医院`) to see how much name is left.
// (`北京谈星信息咨询部`, `…经营部`: a sole trader's registered name; `Nervos基金会`: a foundation.)
const ENTITY_SUFFIXES = '有限责任公司|股份有限公司|有限公司|集团公司|分公司|公司|分行|总台|管理局|局|政府|管理中心|中心|委员会|研究院|研究所|事务所|工作室|基金会|咨询部|经营部';
const ZH_ENTITY_SUFFIX = new RegExp(`${ENTITY_SUFFIXES}|医院`, 'g');
const ENTITY_CHAR = /[\u4e00-\u9fa5（）()A-Za-z0-9®]/;
const EN_ENTITY = /\b[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|of|and))*,?\s+(?:Inc|Ltd|LLC|L\.L\.C|Limited|Corporation|Corp|GmbH|AG|S\.A|SAS|B\.V|N\.V|Pty Ltd|PLC|plc|PBC|Co\.,?\s*Ltd|ApS|AB|Oy)\b\.?/g;
// (`VICAST INTERNATIONAL LIMITED（以下简称“我们”）`: a name in capitals, only where a bracket follows to name it, since
// capitals also shout `INCLUDING BUT NOT LIMITED TO` in terms of service.)
const EN_ENTITY_CAPS = /\b[A-Z][A-Z0-9&'.-]*(?:\s+[A-Z][A-Z0-9&'.-]*)*\s+(?:LIMITED|LTD|INC|CORPORATION)\.?(?=\s*[（(])/g;
// Words that precede a name inside a sentence (`由…主办`, `本应用所有方…`): the name starts after them.
// (`华为终端有限公司`: the 为 of a brand opens no clause; `贷款人捷信消费金融有限公司`: a party's role before its name.)
// (`友谊时光科技股份有限公司全资子公司苏州沁游…`: a parent's name and `子公司`/`旗下` before the name.)
// (`旨在介绍安彼迎网络(北京)有限公司(「我们」…)如何处理…`: what the policy does before the name.)
// (`当您下载使用Hover Camera app(…)操控零零公司(…)提供的…无人机产品时`: what the reader does with the product before it.)
const LEAD = /^.*(?:由|是|(?<!华)为|即|指|子公司|关联公司|旗下|贷款人|出借人|借款人|甲方|乙方|主体|比如|例如|提示|介绍|提供者|使用|操控|购买|下载|访问|浏览|通过|联系|感谢|所有方|运营方|运营者|提供方|主办方|主办单位|运营单位|适用于|向|给|与|和|及|或|的|在|归|属于|简称|称|我们|我方|本公司|本平台|本应用)/;
const GENERIC = /^(?:本|该|其|关联|合作|第三方|相关|我们|我方|贵|子|母|分|总|控股)?(?:公司|集团公司|中心|局|委员会)$|^(?:本|该|其|关联|我们|我方|第三方|合作|相关|其他|任何|旗下|各|所有|上述|前述|以下)|关联公司$/;
const SELF = /(?:以下|下文)?(?:简称|统称|称为|下称|合称|或称|亦称)[^。]{0,20}(?:我们|我方|我公司|我司|我行|本公司|本平台|本中心|本单位|本应用|本府)|hereinafter[^.]{0,20}(?:we|us|our)/i;
const VENDOR_CONTEXT = /SDK|第三方|合作方|合作伙伴|供应商|服务商|提供商|服务提供方|共享至|共享给|插件|third[- ]party|vendor|partner/i;
/** `「我们」指X`, `“我们”或“臻品配”,指X`: the policy's `we` defined as X, its brand named beside. */
const WE_ARE = /[「“"](?:我们|我方|本公司|本平台)[」”"](?:或[「“"][^”"」。\n]{1,16}[」”"])?\s*[,，]?\s*(?:是|系)?指\s*$/;
/** `“我们”…均意为给您提供…网络服务的X`: the policy's `we` defined at length, X the first entity after. */
const WE_DEFINED = /[「“"](?:我们|我方|本公司)[」”"][^。\n]{0,60}?(?:是指|系指|意为|意指)(?:(?!公司|集团)[^。\n]){0,120}$/;
/** `本政策所称的美团外卖及其关联方是指X`: the brand and its affiliates defined as X (not any term, `本条款所称“平安集团”是指…`). */
const POLICY_TERM_DEFINED = /本(?:协议|条款|政策)所称的?[「“"]?[^”"」。，,]{1,12}?及其关联(?:方|公司)[」”"]?\s*(?:是|系)?指\s*$/;
/** `【小喵来客】小喵来客指研发并提供小喵来客产品和服务的X`: the brand defined as the company behind it. */
const BRAND_DEFINED = /(?:^|[】」”"\n])[^。\n，,]{1,16}指(?:研发|开发|运营|提供)(?:(?!公司|集团)[^。\n]){0,40}?的\s*$/;
/** The fields of an SDK list's entry (`使用目的:…`, `收集个人信息类型:…`, `SDK 名称:…`): a company in one of them is that SDK's. */
const SDK_FIELDS = /(?:使用目的|用途目的|收集的?个人信息(?:类型)?(?:、字段)?|隐私权?政策链接|SDK\s*(?:名称|用途)|第三方主体)\s*[:：]/i;
// `“得到”:X` (the policy's own name defined as an entity); `此协议为X常用APP的通用协议`.
const SELF_BEFORE = /本(?:协议|条款|政策)中的?[「“"][^”"」]{1,12}[」”"]\s*(?:是|系)?指\s*$|(?:确立|订立|签订)(?:您|用户)与\s*$|^[^「“"]*[「“"][^”"」]{1,12}[”"」]\s*[:：]\s*$|(?<!第三方|该)服务提供方[—\-:：]*(?:(?:是|系)?指)?$|(?<!第三方)(?:产品|服务)(?:和|与|及)?(?:服务)?的?提供者\s*(?:[:：]|包括|为|是)?\s*$|所有方|运营方|运营者|运营主体|数据控制(?:者|方)(?:为|是)\s*[:：]?\s*$|(?:运营商|提供者)(?:为|是)\s*$|(?:本|此)(?:协议|政策)(?:为|是)\s*$|主办|所有者|运营权的主体|经营者|适用于由|中指|operated by|provided by/i;
// `方解石工作室 [Calcitem Studio] (以下简称…)`: an English name in brackets may sit between.
// Words around a vendor's tool (`This website uses the "Facebook Connect" service provided by…`).
export const TOOL_BEFORE = /analytic|technolog|software|tool|plug-?in|pixel|sdk|third|advertis|cookie|track|\buses?\b|\busing\b|includ|function|integrat|embed/i;
// (`_【上海极客公社企业发展有限公司】_ (本文简称“公司”)`: the name's own brackets and emphasis may close first.)
// (`适用于X和/或其关联公司(统称“幻萌网络”或“药丸”)`: the alias may cover its affiliates too.)
const ALIAS_AFTER = /^[】」』*_]*(?:(?:及|和|与)(?:\/或)?其?关联(?:公司|方))?[】」』*_]*\s*(?:[\[［][^\]］\n]{1,40}[\]］]\s*)?[(（]\s*(?:以下|下文|本文)?(?:简称|称为|统称|或称|下称|合称|称(?=[“"]))/;
// (`行星游戏(深圳行星网络科技有限公司及各关联公司合称行星游戏)`; `一点资讯“北京一点网聚科技有限公司”承诺遵守本…协议`.)
// (`新浪网技术(中国)有限公司(注册地址…)深知个人信息安全的重要性` opening the policy: the entity speaking; `由X公司(注册地址…,
// 联系方式为:(x@y.com)研发和运营的《极限大挑战》`, `由X公司(注册地址:…)所有、运营及维护`: the one who runs it, its details in
// brackets, closed or not;
// `X作为“悦款”应用的运营者`; `北京云中融信网络科技有限公司(“融云”或“我们”)`: the one called `we`.)
const SELF_AFTER = /^\s*[)）]?\s*(?:主办|运营|负责运营)|^\s*[(（]\s*(?:[“"「][^”"」]{1,12}[”"」]\s*(?:或者?|、|和|及)\s*)?[“"「](?:我们|我方)[”"」]|^\s*将(?:按照|依照|遵照|根据)本《?(?:隐私|政策)|^\s*作为[^。，,]{0,24}?的?(?:运营者|运营方|运营主体|开发者|服务提供者)|^\s*(?:[(（](?:[^()（）]|[(（][^()（）]{0,60}[)）]){0,160}[)）]?)?\s*(?:研发|开发|(?:合法)?(?:所有|拥有)[、并])(?:和|及|并)?运营|^及[其各]?关联(?:公司|方)(?:合称|统称)|^[”"」]\s*承诺|^\s*(?:[(（][^()（）]{0,100}[)）])?\s*(?:非常|十分|一直|始终|高度)?(?:深知|重视|尊重)(?:您|你|用户|个人信息|隐私)/;
/** `Bluesky Social, PBC ("**we**", "**us**", "**our**")`, `Reddit, Inc. ("Reddit", "we", "us", or "our")`: the one called `we`. */
const WE_AFTER_EN = /^\s*\(\s*(?:[“"'][^”"')]{1,40}[”"']\s*(?:,|or|and)?\s*)*[“"'][*_]*(?:we|us|our)\b/i;
/** A lower-case word before a name that is no sentence word: the name's own first word (`adidas America, Inc.`), cut. */
const CUT_AFTER_BRAND = /(?:^|[^a-z])(?!(?:that|the|by|of|and|or|from|is|are|was|with|to|at|for|as|which|between|welcome|named|called|behalf)\s$)[a-z]+\s$/;
/** A company's particulars in brackets after its name (`(注册地址:…;联系地址:…)`; not `(注册地址:…,以下简称“我们”)`). */
const PARTICULARS = /[(（](?![^()（）]*(?:简称|称为|统称|下称|我们))[^()（）]{0,200}?(?:地址|统一社会信用代码|注册号|联系电话|联系方式)[^()（）]{0,200}[)）]/g;
// `Copyright © 2020 深圳市游梦科技有限公司`: who holds the page.
const AMENDING_RIGHT_BEFORE = /(?:解释|修改|更新|修订|变更|著作|版)权[^。，,]{0,4}(?:归|属于|归属于)\s*[【\[]?\s*$/;
const COPYRIGHT_BEFORE = /(?:©|\(C\)|copyright|版权所有)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*$/i;

const SUFFIX = new RegExp(`(?:${ENTITY_SUFFIXES})$`);

const NAME_INTRO = /^.*(?:是指|系指|即|由|简称|称)/;

// Chinese company names open with their registered place (`深圳市懒人在线科技有限公司`).
const PLACE = /北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广州|深圳|海南|四川|成都|贵州|云南|陕西|西安|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|杭州|南京|武汉|厦门|苏州|合肥|长沙|珠海|东莞|佛山|宁波|青岛|大连|沈阳|郑州|济南|福州|昆明|南昌|天津|惠州|徐州|无锡|常州|绍兴|温州|嘉兴/g;

/** Where the name starts: after the sentence words before it, at its place name when that is closer. */
const PLACE_START = new RegExp(`^(?:${PLACE.source})`);

function nameStart(raw: string): number {
  let lead = LEAD.exec(raw);
  // `是指众安在线财产保险…`: a one-character `在`/`和`/`的` a few characters after a word that introduces a name is the
  // name's own.
  // (…or opening the text walked back over: `众安在线…有限公司注册地址为`.)
  // (Not after a closing bracket: `…5 号)和智者四海(北京)…` goes on from another company's particulars.)
  if (lead && /[在和的]$/.test(lead[0]) && !/[)）]$/.test(lead[0].slice(0, -1))) {
    const head = raw.slice(0, lead[0].length - 1);
    const intro = NAME_INTRO.exec(head) ?? (LEAD.test(head) ? null : /^/.exec(head));
    if (intro && head.length - intro[0].length >= 2 && head.length - intro[0].length <= 4 && !/[，,。、\s“”"]/.test(raw.slice(intro[0].length, lead[0].length))) lead = intro[0] ? intro : null;
  }
  // (…and `公司名称 为:在线途游(北京)科技有限公司`: `在线`, online, opens many a name; the sentence's words stop before it.)
  if (lead && /在$/.test(lead[0]) && raw[lead[0].length] === '线') lead = /^.*(?=在线)/s.exec(raw.slice(0, lead[0].length + 1));
  let cut = lead ? lead[0].length : 0;
  // `北京神指飞扬科技有限公司`: a short run from a place to a sentence word (`指`) is the name's own start.
  if (lead && cut <= 6 && PLACE_START.test(raw) && !/[，,。、\s]/.test(lead[0])) return 0;
  const places = [...raw.matchAll(PLACE)].filter((m) => !/[(（]$/.test(raw.slice(0, m.index)));
  // `服务提供者北京猿力…`, `特别提示成都克洛…`: a few words, then the place the name opens with.
  const after = places.find((m) => m.index > cut && m.index - cut <= 12 && !/[)）]/.test(raw.slice(m.index, m.index + 8)));
  // `武汉指尖趣阅…`: a place right before the one-character sentence word `指` opens the name (`深圳市即构…`: its `市` between).
  const glued = lead ? places.find((m) => m.index >= cut - 5 && m.index + m[0].length <= cut - 1 && /^[市省]?$/.test(raw.slice(m.index + m[0].length, cut - 1))) : undefined;
  // (`在本指引中深圳市腾讯…`: where the policy says it, then the place.)
  if (after && /(?:者|方|人|商|了|以|对|系|受|示|指|称|由|介绍|中)$/.test(raw.slice(cut, after.index))) cut = after.index;
  else if (glued) cut = glued.index;
  // `深圳市懒人在线科技`: a one-character `在`/`和`/`的` inside the name is no sentence word.
  else if (lead && /^.$/u.test(lead[0].slice(-1)) && !/(?:使用|通过|联系|感谢|适用于|简称|我们|我方|本公司|本平台|本应用|由|是|向|给|与|即|指)$/.test(lead[0])) {
    const before = places.filter((m) => m.index < cut && cut - m.index <= 10 && !/[，,。、\s]/.test(raw.slice(m.index, cut))).pop();
    if (before) cut = before.index;
  } else if (lead && /与$/.test(lead[0])) {
    // `广州心与潮信息科技有限公司`: `与` a few characters after a place, no company's name between, is part of the name.
    const before = places.filter((m) => m.index < cut && cut - (m.index + m[0].length) <= 3 && !/[，,。、\s]|公司|集团|中心|局/.test(raw.slice(m.index, cut))).pop();
    if (before) cut = before.index;
  }
  return cut;
}

function cleanEntity(raw: string): string | null {
  // `(2)上海众源…`: a list number is no part of the name.
  let name = raw.slice(nameStart(raw)).replace(/^(?:[(（]\d{1,2}[)）]|[()（）])+/, '').replace(/^(?:包括但不限于|包括|包含|例如|比如|诸如)/, '').replace(/^(?:com|cn|net|org|html?)(?=[\u4e00-\u9fa5])/, '').trim();
  // `行星游戏(深圳行星网络科技有限公司`: a bracket left open before the name opens the parenthesis it stands in.
  const open = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
  if (open >= 0 && !/[)）]/.test(name.slice(open))) {
    name = name.slice(open + 1).replace(/^(?:包括但不限于|包括|包含|例如|比如|诸如)/, '');
    name = name.slice(nameStart(name));
  }
  if (name.length < 4 || GENERIC.test(name) || /^[号室层楼座栋\d]|号.{0,6}中心$/.test(name)) return null;
  // `如果我公司`, `一家跨国公司`, `控制公司`: descriptions, not names (`我查查信息技术(上海)有限公司` is one).
  // (Nor `企业附属公司` in `华为终端有限公司及其全球的企业附属公司`: its affiliates.)
  if (/我(?:们|公司|司|方|行|单位)|您|如果|一家|所属|控制|任何|此类|这些|若|上述|附属(?!医院)|母公司|子公司/.test(name)) return null;
  // (`臺東縣政府(以下簡稱「本府」)`: a local government runs its own app, its name the place's.)
  if (/政府$/.test(name) && !/(?:[省市县区州]|人民)政府$/.test(name)) return null;
  if (/[\u4e00-\u9fa5]/.test(name) && name.replace(SUFFIX, '').length < (/有限|股份|政府$/.test(name) ? 2 : /工作室$/.test(name) ? 3 : 4)) return null;
  // Public bodies (`…局`, `…中心`) are named after a place or the state; `用户中心` is not an operator. (A hospital runs
  // its own app: `宁波大学医学院附属医院`.)
  if (/[\u4e00-\u9fa5]/.test(name) && !/公司|分行|事务所|工作室|研究院|研究所|基金会|咨询部|经营部|医院$/.test(name) && !/省|市|县|区|州|盟|旗|国家|中华|中国|中央|人民|自治|^[\u4e00-\u9fa5]{1,8}部/.test(name)) return null;
  // (Nor a postal address ending in an office's name, `北京市朝阳区望京东路4号恒基伟业大厦C座2层隐私保护中心`.)
  if (/\d+号|大厦|\d+层/.test(name)) return null;
  return name;
}

/** The sentence before `a` (and the one before it when this one opens with `It`/`This`): where a tool would be named. */
function toolWindow(text: string, a: number): string {
  const w = text.slice(Math.max(0, a - 160), a);
  const cuts = [...w.matchAll(/[.。\n]\s*/g)].map((m) => m.index + m[0].length);
  let from = cuts.length ? cuts[cuts.length - 1] : 0;
  if (/^(?:It|This|They|These)\b/.test(w.slice(from)) && cuts.length > 1) return w.slice(cuts[cuts.length - 2]);
  // Site chrome has no full stops: only the words just before count.
  return w.slice(Math.max(from, w.length - 60));
}

const ADDRESS_LINE = /^[\u4e00-\u9fa5]{2,4}[省市][^。，,;；]{0,20}?[市区县][^。，,;；]{0,30}?[路街道号弄幢栋楼室]/;

/**
 * Operator candidates: legal entity names the policy ties to itself (`…(以下简称“我们”)`,
 * `由…主办`, `所有方…`). Falls back to the most mentioned entity.
 */
export function extractOperators(sink: FactSink): string[] {
  const text = sink.text;
  const counts = new Map<string, { n: number; self: boolean; weak: boolean; vendor: boolean; first: [number, number] }>();
  let lastSelfEnd = -1;
  const aliases = new Set<string>();
  const translated = new Set<string>();
  const consider = (raw: string, index: number) => {
    const name = cleanEntity(raw);
    if (!name) return;
    const a = index + raw.length - name.length;
    // `(以下简称“竞技世界公司”或“我们”)`: the short name given to an entity named before it.
    // (Nor is that short name, written again further on, an operator of its own: `安阳正则网络科技有限公司(以下简称“正则网络科技
    // 公司”)…正则网络科技公司十分尊重…`; unless it is the name itself, `X(以下称为“X”)`.)
    if (/(?:简称|统称|下称|或称|称为)(?:为)?\s*[“"「]$/.test(text.slice(Math.max(0, a - 8), a))) {
      if (!text.slice(Math.max(0, a - name.length - 16), a).includes(name)) aliases.add(name);
      return;
    }
    const before = text.slice(Math.max(0, a - 12), a).split(/[。\n]/).pop() ?? '';
    // (`上海视界象限科技有限公司 Shanghai Vision Quadrant Technology Co., Ltd.`: the Chinese name's English form, no second operator,
    // wherever the policy's English copy names it.)
    if (!/[\u4e00-\u9fa5]/.test(name) && /(?:公司|集团)[\s*(（/]{0,4}$/.test(before)) {
      translated.add(name);
      return;
    }
    // (`应用名称:国家反诈中心` names the app, the developer's field the operator.)
    if (/(?:应用|产品|软件|App|APP)名称\s*[:：]\s*$/.test(before)) return;
    // (Nor is a former name in brackets, `…中央档案馆西侧平房(原北京护苗食品加工有限公司)`, anyone's now.)
    if (/[(（]\s*(?:原|原名|曾用名|前身为?)[:：为]?\s*$/.test(before) || (/^原/.test(name) && /[(（]\s*$/.test(before))) return;
    // (A company's particulars in brackets, `X(注册地址:…,联系地址:…)和Y(注册地址:…)作为共同处理者共同提供(以下简称「知乎」或「我们」)`,
    // do not set its `we` apart from it.)
    const around = before + name + text.slice(a + name.length, Math.min(text.length, a + name.length + 400)).replace(PARTICULARS, '').slice(0, 140).split(/[。\n]/)[0];
    const after = text.slice(a + name.length, a + name.length + 8);
    const after120 = text.slice(a + name.length, a + name.length + 120);
    // (In the first half, where a policy introduces itself; not a children's policy appended at the end, `TikTok Inc. (“TikTok”, “we”
    // or “us”)`, nor a name cut after a lower-case brand, `adidas America, Inc. ("adidas" or "we"…)`.)
    const weAfter = WE_AFTER_EN.test(after120) && a < text.length / 2 && !CUT_AFTER_BRAND.test(before);
    const vendorNear = VENDOR_CONTEXT.test(text.slice(Math.max(0, a - 40), Math.min(text.length, a + name.length + 40)));
    // A recipient the user's data goes to, so named (`将您的手机号码传输给中信科技发展有限公司(简称“中信科技”)`) or so described
    // (`提供给阿里云计算有限公司运营的LinkedMall系统`), is no operator.
    const recipient = /(?:传输|提供|共享|分享|披露|发送|转交)(?:给|至)\s*$/.test(before);
    // `X(以下简称“记账鸭”)` early in the policy introduces the policy's own entity by its brand.
    const alias = a < 2000 && !vendorNear && ALIAS_AFTER.test(text.slice(a + name.length, a + name.length + 30));
    // `X及其关联公司(例如Y、Z,以下或称“我们”)`: Y and Z are examples of affiliates, not the operator.
    const example = /例如|比如|诸如|包括但不限于|包含/.test(before);
    // `我们的主要运营公司基本情况如下:(1)X,成立于…;(2)Y,…`: every listed company runs the service.
    const runs = /(?:运营公司|运营主体)(?:的?基本情况)?(?:如下)?[:：][^。\n]*$/.test(text.slice(Math.max(0, a - 300), a));
    // `Google Analytics, a web analytics service provided by Google, Inc.`: the vendor of a tool the policy uses.
    const tool = /(?:operated|provided) by\s*$/i.test(before) && TOOL_BEFORE.test(toolWindow(text, a));
    // (`服务提供者浙江淘宝网络有限公司、淘宝(中国)软件有限公司`: the next of a list the policy's own entity opens; `网易游戏服务的提供者
    // 包括X(注册地址:…)、Y(注册地址:…)以及Z`.)
    // (…its particulars between, `由耐克商业(中国)有限公司(注册地址:…)和及其关联公司耐克体育(中国)有限公司(注册地址:…)提供`.)
    const listedWithSelf = lastSelfEnd >= 0 && a - lastSelfEnd <= 400 && /^\s*(?:[、和及与]|以及)\s*(?:及?其?关联(?:公司|方))?\s*$/.test(text.slice(lastSelfEnd, a).replace(PARTICULARS, ''));
    // (`本政策仅适用于珠海格力电器股份有限公司的格力+App`: the policy's scope names whose app it is.)
    const scoped = /适用于\s*$/.test(before) && /^的/.test(after);
    // (`产品名称:游戏服务` / `使用目的:…` / `运营方:X` / `收集个人信息类型:…`: a field of an SDK list names that product's operator.)
    const sdkEntry = /[:：]\s*$/.test(before) && SDK_FIELDS.test(text.slice(Math.max(0, a - 160), a + name.length + 160));
    // (`友谊时光科技股份有限公司全资子公司苏州沁游…(以下统称“沁游”或“我们”)`: the parent of the one called `we`.)
    const parent = /^的?(?:全资|控股)?子公司/.test(after);
    const strong = !example && !tool && !sdkEntry && !parent && !recipient && (SELF.test(around) || SELF_AFTER.test(after120) || weAfter || scoped || alias || SELF_BEFORE.test(before) || WE_ARE.test(text.slice(Math.max(0, a - 30), a)) || WE_DEFINED.test(text.slice(Math.max(0, a - 200), a)) || BRAND_DEFINED.test(text.slice(Math.max(0, a - 80), a)) || POLICY_TERM_DEFINED.test(text.slice(Math.max(0, a - 40), a)) || runs || listedWithSelf);
    if (strong) lastSelfEnd = a + name.length;
    // `公司名称:` and `由…开发` also label SDK tables and vendor lists: they only count outside them.
    // `公司全称:X`, or X alone on a line near the end (the signature).
    const lineStart = text.lastIndexOf('\n', a) + 1;
    const aloneOnLine = /^[\s*#]*$/.test(text.slice(lineStart, a)) && /^[\s*]*(?:\n|$)/.test(text.slice(a + name.length, a + name.length + 8));
    // (…or alone on a line over its postal address: `或寄到如下地址:` / `X` / `浙江省杭州市…`.)
    // (…or alone on the page's first line, over the title: `四川锦城中天智慧有限公司` / `个人隐私政策`, a letterhead.)
    const letterhead = aloneOnLine && !/\S/.test(text.slice(0, lineStart));
    const signature = aloneOnLine && (a > text.length * 0.8 || letterhead || ADDRESS_LINE.test(text.slice(a + name.length, a + name.length + 60).replace(/^[\s*]+/, '').split('\n')[0]));
    // `X的联系地址为` in the contact chapter names the policy's own entity, and so does a field (`**公司名称**: X`).
    // (`(1)桂林易方科技有限公司,注册地址/常用办公地址:…` under `关于我们`: its particulars after a comma.)
    // (…and so does whoever holds the right to amend or construe the policy, or the service's copyright: `…的修改及更新权均属于【X】`,
    // `最终解释权归X所有`, `同城短视频平台各项服务的所有权和著作权归X所有`.)
    // (`尼来由X提供,如果您对…`: the product's maker, once, in the contact chapter.)
    const madeByUs = /由\s*$/.test(before) && /^\s*(?:提供|开发|运营|出品)[,，。;；]/.test(after);
    const weak = !example && (madeByUs || /^\s*[)）]?\s*(?:开发|拥有|提供[(（])|^(?:的|[,，]\s*)?(?:联系地址|注册地址|办公地址|常用办公地址|联系方式)|^\s+地址[:：]/.test(after)) || /(?:(?:单位|企业|主体)(?:名称|全称)|(?:公司|运营者|开发者|数据控制者)(?:名称|全称)?)[*_]*\s*[:：][\s*_]*$/.test(before) || COPYRIGHT_BEFORE.test(before) || AMENDING_RIGHT_BEFORE.test(before) || signature;
    // (`您的支付交易由Apple Inc.处理`: a company handling one part for the service is no operator either.)
    const processor = /由\s*$/.test(before) && /^\s*(?:直接|负责)?处理/.test(after);
    const lineEnd = text.indexOf('\n', a);
    const lineText = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    // (A cell of a tab-separated row, `对应场景获取\t深圳市腾讯计算机系统有限公司\t去标识化…`: an SDK list's vendor column.)
    const tableCell = (lineText.match(/\t/g)?.length ?? 0) >= 2;
    // (`Firebase Cloud Messaging (FCM) by Google LLC(推播通知)`: a Chinese line naming a tool by its maker.)
    const madeBy = /\bby\s*$/i.test(before) && /[\u4e00-\u9fa5]/.test(lineText);
    const vendor = processor || tableCell || sdkEntry || madeBy || VENDOR_CONTEXT.test(text.slice(Math.max(0, a - 40), Math.min(text.length, a + name.length + 40)));
    const vendorLine = VENDOR_CONTEXT.test(text.slice(Math.max(lineStart, a - 80), lineEnd < 0 ? a + 80 : Math.min(lineEnd, a + 80)));
    const weakHere = weak && !vendorLine && !sdkEntry;
    const entry = counts.get(name);
    if (entry) {
      entry.n++;
      entry.self ||= strong;
      entry.weak ||= weakHere;
      entry.vendor ||= tableCell || sdkEntry || madeBy;
    } else counts.set(name, { n: 1, self: strong, weak: weakHere, vendor, first: [a, a + name.length] });
  };
  // Find the suffixes, then walk back over the name (a lazy regex from every position is quadratic-ish).
  for (const m of text.matchAll(ZH_ENTITY_SUFFIX)) {
    let a = m.index;
    while (a > 0 && m.index - a < 40 && ENTITY_CHAR.test(text[a - 1])) a--;
    if (m.index - a >= 2) consider(text.slice(a, m.index + m[0].length), a);
  }
  // (`© 2020 The Jodel Venture GmbH.`: a full stop after GmbH, AG, LLC … ends the sentence; after Inc. or Ltd. it is the name's.)
  for (const m of text.matchAll(EN_ENTITY_CAPS)) consider(m[0], m.index);
  for (const m of text.matchAll(EN_ENTITY)) consider(/(?:GmbH|AG|AB|Oy|ApS|LLC|Limited|PLC|plc|SAS|Corporation)\.$/.test(m[0]) ? m[0].slice(0, -1) : m[0], m.index);
  for (const name of [...aliases, ...translated]) counts.delete(name);
  let chosen = [...counts.entries()].filter(([, e]) => e.self);
  if (!chosen.length) {
    // Several `由…开发` entities are a list of SDK vendors, not the operator.
    const weak = [...counts.entries()].filter(([, e]) => e.weak);
    if (weak.length <= 2) chosen = weak;
  }
  if (!chosen.length) {
    // Fallback: the entity the policy names most, unless it is a named SDK or service vendor.
    const best = [...counts.entries()].filter(([, e]) => !e.vendor).sort((x, y) => y[1].n - x[1].n)[0];
    chosen = best && best[1].n >= 2 ? [best] : [];
  }
  chosen.sort((x, y) => x[1].first[0] - y[1].first[0]);
  // `中国移动通信有限公司江西分公司` also yields its parent `中国移动通信有限公司` at the same offset: keep the branch.
  chosen = chosen.filter(([name, e]) => !chosen.some(([other, o]) => o.first[0] === e.first[0] && other.length > name.length));
  // `绵阳智如科技公司` beside `绵阳智如科技有限公司`: the same company written short; keep its registered name.
  const core = (name: string) => name.replace(/有限责任|股份有限|有限/g, '');
  chosen = chosen.filter(([name]) => !chosen.some(([other]) => other !== name && core(other) === name));
  for (const [name, e] of chosen) sink.add('operator', name, e.first[0], e.first[1]);
  return chosen.map(([name]) => name);
}
