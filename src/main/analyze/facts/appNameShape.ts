// What a name found by appName's cues may be, and its tidy form: no pronoun, sentence piece or word for what a product
// is; the full form the policy writes; where the text writes it.
const APP_LEAD = /^.*(?:向|为|的|使用|在|于|是|由|通过|与|和|及|本|该|款|对|下载|安装|登录|提供|您|说明|简称|称|即|个|了|将|从)/;
const NOT_APP = /^(?:甲方|乙方|这些|那些|这个|这种|这类|此类|社团|协会|学校|学院|大学|俱乐部|许可人|被许可人|外部|统计|这款|此款|一款|各类|本|该|我们|我們|我方|我行|我司|本行|本司|内容|平台|产品|用户|用戶|產品|个人信息|隐私|移动|手机|第三方|客户端|应用|软件|服务|公司|应用程序|应用程式|應用程式|應用|程序|程式|网站|網站|軟體|服務|平臺|开发人员|开发者|其他|相关|各|此|采用|保持|使用|行为|打开|下载|安装|登录|通过|进入|访问|启动|关闭|卸载|更新|升级|优化|改善|改进|完善|提升|提高|增强|减少|降低|避免|防止|保障|保证|确保|运行|所有|任何|每个|整个|官方|通信|通讯|电信|网络|支付|短信|推送|地图|定位|物流|快递|技术|金融|广告|数据|云|软硬件|硬件|电子邮件|邮件|包括|包含|例如|比如|特定|独立|游戏)$|.的$|或|^[一二三四五六七八九十百]{1,3}[、.．]?$/;
/** `本平台`, `该应用`, `第三方服务`: words pointing at a product, not its name (unless the title quotes it, `[本我壁纸] 隐私协议`). */
const DEICTIC_START = /^(?:本|该|該|此|我们|我們|我方|第三方|其他|相关|各)/;
// Words a sentence pattern picks up (`By using our Services`, `Platforms`) are no app's name.
const EN_NOT_APP = /^(this|our|the|privacy|websites?|sites?|mobile|apps?|applications?|services?|platforms?|products?|software|games?|content|children'?s?|online|global|general|users?|company|personal|data|policy|terms)$/i;
/** `UCloud APP法律声明及` → `UCloud`: the product, without `App` (`小程序`), `用户` (`客户`) or a companion document's name. */
export function tidyAppName(name: string): string {
  // `“学习强国”学习平台`, `【Metro新时代】服务平台/客户端`, `[本我壁纸] 隐私协议` → the quoted brand. (`《<心悦俱乐部>隐私保护指引》`: a template's angle brackets.)
  const quoted = /^[“"「『【<〈[]([^”"」』】>〉\]]{2,20})[”"」』】>〉\]]./.exec(name.trim());
  if (quoted) name = quoted[1];
  // (`願行．隱私政策`: a full-width stop, `.` once normalised, sets the name off from the title as `·` does.)
  return name
    .trim()
    .replace(/^[“"「『《【<〈[]+|[”"」』》】>〉\]·•・．:：\s\-–—|]+$/g, '')
    .replace(/\s*(?:法律声明|用户协议|服务协议|用户服务协议|服务条款|服務條款|使用条款|服务|服務)?(?:及|和|与|與|暨)$/, '')
    .replace(/(?:(?<=[\u4e00-\u9fa5A-Za-z])|\s+)(?:用户|用戶|会员|會員|(?:个人|個人|企业|企業)?(?:客户|客戶))$|(?:(?<=[\u4e00-\u9fa5]{2})|\s+)(?:App|APP|app|小程序|应用|應用)$/, '')
    // `疯读极速版(原扎堆小说)`: the former name in brackets is no part of it, nor is a Latin name beside the Chinese one
    // (`到哪了(NearU)`, `AI 发型(AI Hairstyle)`; not a version, `沙雕世界(luagox+pro2.1)`).
    .replace(/\s*[(（](?:原|曾用名|旧称|原名)[^()（）]{1,12}[)）]$/, '')
    .replace(/(?<=[\u4e00-\u9fa5])\s*[(（](?:[A-Z][A-Za-z]{2,20}|[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){1,2})[)）]$/, '')
    // `EasyPill 行動應用程式`, `LingJi 應用程式`: the product, without the words for what it is.
    .replace(/(?<=[\u4e00-\u9fa5A-Za-z0-9])\s*(?:(?:移动|行动|行動|手机|手機)(?:应用程序|应用程式|應用程式|应用|應用)|应用程序|应用程式|應用程式)$/, '')
    // (`易经起名取名-用户协议与…`: the dash before a companion document's name; `「新农助手」用户协议及…`: the quote closing before it.)
    .replace(/[”"」』》】\s\-–—|·•・．:：]+$|(?<=[\u4e00-\u9fa5])\.$/, '')
    .trim();
}
/** `是花椒直播` → `花椒直播`: the words of the sentence before the name are no part of it. */
export function afterLead(phrase: string): string {
  const lead = APP_LEAD.exec(phrase);
  return lead ? phrase.slice(lead[0].length) : phrase;
}

/** `LinkedIn European Regional` → `LinkedIn` when the policy mostly says just that. */
export function shortBrand(name: string, text: string): string {
  // (`COCO AI`: `AI` after a brand names the product, not a region or an edition.)
  if (/[\u4e00-\u9fa5]/.test(name) || !name.includes(' ') || /^\S+ AI$/.test(name)) return name;
  const first = name.split(' ')[0];
  return countUpTo(text, name, 3) < 3 && countUpTo(text, first, 5) >= 5 ? first : name;
}
// Sentence pieces the pledge and provider patterns pick up: adverbs, pronouns, `产品和/或服务`.
// (`合作第三方SDK及其隐私政策`, a chapter on partners' SDKs, names no product of the policy's.)
const FRAGMENT = /^(?:个人|运营方|电子公告|APP平台|产品|信息|关于)|(?:和|或|与|及|及其|注册|登录)$|第三方/;
// (…an adverb only there: a title line may name an app so, `### 一直看隐私政策`.)
const ADVERB = /^(?:非常|十分|一直|始终|全部|一切)/;

export function usable(name: string, titled = false, quoted = false): boolean {
  const n = name.trim();
  // (Quoted or not, `“本应用”`, `“第三方服务”`, `“我们的服务”` point at a product: a pointer before a word for what it is.)
  const deictic = DEICTIC_START.exec(n);
  if (deictic) {
    const rest = n.slice(deictic[0].length).replace(/^的/, '');
    if (!quoted || NOT_APP.test(rest) || EN_NOT_APP.test(rest)) return false;
  }
  // `哲信用 户服务协议`: a space inside Chinese words is a typesetting accident, not a name; `A.隐私政策` numbers a part.
  // (`法律条款与隐私政策`: another document beside the policy names no product either.)
  return n.length >= 2 && !/^[A-Za-z\d]{1,2}[.、)）]$/.test(n) && !NOT_APP.test(n) && !EN_NOT_APP.test(n) && !/隐私|政策|协议|简称|个人信息|(?:条款|條款|声明|聲明|须知|須知)$/.test(n) && !FRAGMENT.test(n) && (titled || !ADVERB.test(n))
    && !/[\u4e00-\u9fa5]\s+[\u4e00-\u9fa5]/.test(n);
}
/** Where the text writes `name`, near where it was found (a longer or shorter form than the words matched there). */
export function spanOf(text: string, name: string, near: number): { nstart: number; nend: number } {
  const close = text.indexOf(name, Math.max(0, near - 8));
  const at = close >= 0 && close <= near + 8 ? close : text.indexOf(name);
  return at >= 0 ? { nstart: at, nend: at + name.length } : { nstart: near, nend: near + name.length };
}

/** `书城` (`尊敬的书城用户`) where the text mostly writes `畅读书城`: the full name the short one stands for. */
export function longerForm(name: string, text: string): string {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(name)) return name;
  const before = new Map<string, number>();
  let total = 0;
  for (let i = text.indexOf(name); i >= 0 && total < 40; i = text.indexOf(name, i + name.length)) {
    total++;
    const pre = text.slice(Math.max(0, i - 2), i);
    if (/^[\u4e00-\u9fa5]{2}$/.test(pre) && !NOT_NAME_CHAR.test(pre)) before.set(pre, (before.get(pre) ?? 0) + 1);
  }
  const top = [...before.entries()].sort((x, y) => y[1] - x[1])[0];
  return top && top[1] >= 3 && top[1] >= total * 0.6 ? top[0] + name : name;
}
// Characters of the sentence around a name, not of the name (`使用书城`, `您的书城`).
const NOT_NAME_CHAR = /[的在与和及或您你我本该进入用登录打开了是为将从向对至到个款此其过载装]/;

/** Occurrences of `needle` in `text`, counted up to `cap`. */
export function countUpTo(text: string, needle: string, cap: number): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && n < cap; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}
