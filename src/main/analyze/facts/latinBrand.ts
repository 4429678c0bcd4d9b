// Where a Chinese policy that names no app otherwise still shows its brand: its About page, a Latin-letter name.

// Technical words Chinese policies write in Latin letters, and the platforms and vendors they name (`激活数据存放在
// Supabase`, `由 Cloudflare 托管`), the laws and signals they cite (`GDPR`, `CCPA`, `GPC`) and company forms (`Google LLC`):
// never an app's name. (Nor their plurals, `third-party SDKs`.)
export const LATIN_NOT_BRAND = /^(?:sdk|app|apps|apk|imei|imsi|mac|cookies?|ios|android|androidid|caid|gaid|aaid|uuid|udid|meid|iccid|gps|wifi|wlan|url|https?|pdf|sim|cpu|oaid|idfa|idfv|beacon|proxy|web|flash|pixel|tag|api|ssl|tls|icp|gb|pipl|uid|mcc|mnc|ssid|bssid|ip|dns|html|www|com|cn|net|org|logo|vip|ugc|faq|wechat|qq|apple|google|microsoft|huawei|xiaomi|oppo|vivo|meizu|samsung|alipay|ntp|bluetooth|nfc|ocr|ai|ar|vr|pc|tv|copyright|privacy|policy|email|mail|cloudflare|supabase|firebase|aws|amazon|azure|vercel|netlify|github|gitee|aliyun|tencent|baidu|facebook|twitter|youtube|paypal|stripe|unity|umeng|jpush|bugly|sentry|cdn|gdpr|ccpa|cpra|coppa|gpc|dnt|eea|eu|uk|usa|llc|inc|ltd|co|corp|gmbh|limited)s?$/i;

/**
 * `关于 W3School`, `YOOGAME遊戲平台`: in a Chinese policy that names no app, a Latin-letter brand
 * (with a capital) it repeats at least five times, outside addresses and links. One linear pass.
 */
export function repeatedLatinBrand(text: string): string | null {
  const counts = new Map<string, number>();
  // (`Let's Encrypt`: a possessive before a capitalised word is part of the name.)
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]{2,20}(?:['’]s [A-Z][A-Za-z0-9]{2,20})?/g)) {
    const w = m[0];
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + w.length] ?? '';
    // (Not a URL's parts either: `?agreementType=privacyPolicy&uxId=…` in a list of links.)
    if (/[A-Za-z0-9.\/@_:?&=#-]/.test(before) || /[.\/@_:?&=#-]/.test(after) || !/[A-Z]/.test(w) || LATIN_NOT_BRAND.test(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
  return best && best[1] >= 5 ? withNextWord(text, best[0], best[1]) : null;
}

/** `Server` → `Server Box` where the brand's next capitalised word nearly always follows it. */
function withNextWord(text: string, brand: string, seen: number): string {
  const next = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(String.raw`(?<![A-Za-z0-9])${brand} ([A-Z][A-Za-z0-9]{1,20})(?![A-Za-z0-9])`, 'g'))) next.set(m[1], (next.get(m[1]) ?? 0) + 1);
  const top = [...next.entries()].sort((x, y) => y[1] - x[1])[0];
  return top && top[1] >= seen * 0.6 ? `${brand} ${top[0]}` : brand;
}

/** `「设置 → 关于棠雪」`, `【我的】-【关于番茄免费】`: an app's menu leads to its About page, which bears the app's name. */
const ABOUT_PAGE = /(?:设置|我的|我|侧边栏|首页)[】」』]?\s*(?:→|->|>|-|—|\/)\s*[【「『]?关于\s?([^\s【】「」『』,，。、:：()（）]{2,10}?)[】」』]/;

export function aboutPageName(text: string): string | null {
  const m = ABOUT_PAGE.exec(text);
  return m && !/^(?:我们|本应用|本软件|本app|与反馈|广告|帮助)$/i.test(m[1]) ? m[1] : null;
}
