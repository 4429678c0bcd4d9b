// Published / effective / updated dates, from labels (`生效日期：…`, `Last updated: …`) or
// phrasings (`于 2022 年 10 月 14 日更新了`).
import type { FactKind } from '../../../shared/types';
import type { FactSink } from './context';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = new RegExp(
  [
    // `2020年** **10** **月`: markdown emphasis split inside the date; `【2019】年【11】月【8】日`: a filled-in template.
    // (`西元2025年(中華民國114年)11 月 28 日`: Taiwan's own year count in brackets after the year.)
    String.raw`(\d{4})[\s*]*】?[\s*]*年(?:[(（](?:中华民国|中華民國|民国|民國)\s*\d{2,3}\s*年[)）])?[\s*]*【?[\s*]*(\d{1,2})[\s*]*】?[\s*]*月(?:[\s*]*【?[\s*]*(\d{1,2})[\s*]*】?[\s*]*[日号])?`,
    String.raw`(?<![\d.])(\d{4})\s*([./-])\s*(\d{1,2})(?:\s*\5\s*(\d{1,2}))?(?![\d])`,
    `${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`,
    `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})`,
    `${MONTH_RE},?\\s+(\\d{4})`,
    // `更新日期:20201127` (only after a label: kinds come from it)
    String.raw`(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)(?!\d)`,
    // `更新日期:24-04-10` (a two-digit year, also only after a label)
    String.raw`(?<![\d.-])(\d{2})-(0[1-9]|1[0-2])-([0-3]\d)(?![\d-])`,
    // `Last modified on 04/29/2022`, `Effective Date: 3/1/2009`, `updated on 18/12/2019` (only after an English label)
    String.raw`(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])`,
  ].join('|'),
  'gi',
);

// (`生效及最近更新日期:`: one label for two dates; `最新日期:` is the latest revision's.)
const LABEL = /((?:生效|发布|更新|修订)(?:日期)?(?:及|和|与|、|\/)(?:最近|最新)?(?:生效|发布|更新|修订)(?:日期|时间)?|发布日期|发布时间|公布日期|发布|生效日期|生效时间|施行日期|生效|更新日期|更新时间|最近更新|最新更新|最新日期|最新版本日期|修订日期|修订时间|修改日期|修改时间|更新|修订|更订|effective(?:\s+date|\s+as\s+of|\s+from|\s+on)?|last\s+(?:updated|modified|revised|amended)|updated|revised|modified|published|posted|date\s+of\s+(?:the\s+)?last\s+(?:revision|update|modification|change))[^。\n\d]{0,8}$/i;
// `于2019年12月26日更新发布并同时生效`: every verb counts.
// (`我们于2019年10月17日对《隐私协议及声明》进行了更新`: what was updated may come between.)
// (`于2020年5月29日最新修订`.)
// (`于 **2025年11月28日** 開始實施`: emphasis may close after the date; `自2022年03月25日公布`: published so.)
const AFTER = /^[ \t*]*(?:对[^。，,；;\n]{1,16}?)?(?:起|开始|正式)?[ \t]*(?:进行了?|完成了?)?[ \t]*(?:最新|最近)?((?:更新|修订|生效|发布|公布|施行|实施)(?:并?(?:同时|正式)?(?:更新|修订|生效|发布|公布|施行|实施)){0,2})/;

const SAME_DAY = /^[^。\n\d]{0,6}(?:即日|当日|同日|同时)起?(?:正式)?生效/;

function kindsOf(label: string): FactKind[] {
  const l = label.toLowerCase();
  const kinds: FactKind[] = [];
  if (/发布|公布|published|posted/.test(l)) kinds.push('published_date');
  if (/更新|修订|修改|更订|最新|updated?|modifi|revised|amended|revision|change/.test(l)) kinds.push('updated_date');
  if (/生效|施行|实施|effective/.test(l)) kinds.push('effective_date');
  return kinds;
}

function iso(y: number, m: number, d: number | null): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || (d !== null && (d < 1 || d > 31))) return null;
  const mm = String(m).padStart(2, '0');
  return d === null ? `${y}-${mm}` : `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

function parseDate(m: RegExpMatchArray): string | null {
  const g = m.slice(1).map((x) => x ?? null);
  if (g[0]) return iso(+g[0], +g[1]!, g[2] ? +g[2] : null);
  if (g[3]) return iso(+g[3], +g[5]!, g[6] ? +g[6] : null);
  if (g[7]) return iso(+g[9]!, monthIndex(g[7]), +g[8]!);
  if (g[10]) return iso(+g[12]!, monthIndex(g[11]!), +g[10]);
  if (g[13]) return iso(+g[14]!, monthIndex(g[13]), null);
  if (g[15]) return iso(+g[15], +g[16]!, +g[17]!);
  if (g[18]) return iso(2000 + +g[18], +g[19]!, +g[20]!);
  // (Month first, as American policies write it, unless the first number cannot be a month: `18/12/2019`.)
  if (g[21]) {
    const [x, y, year] = [+g[21], +g[22]!, g[23]!.length === 2 ? 2000 + +g[23]! : +g[23]!];
    return x > 12 ? iso(year, y, x) : iso(year, x, y);
  }
  return null;
}

export function extractDates(sink: FactSink): void {
  const text = sink.text;
  for (const m of text.matchAll(DATE)) {
    const value = parseDate(m);
    if (!value) continue;
    const a = m.index;
    const b = a + m[0].length;
    const label = LABEL.exec(text.slice(Math.max(0, a - 24), a).replace(/【$/, ''));
    let kinds = label ? kindsOf(label[0]) : [];
    // A bare eight-digit number, or a two-digit year, is a date only right after its label; `4/29/2022` only after an English one.
    if ((m[16] || m[19]) && !label) continue;
    if (m[22] && !(label && /^[\x20-\x7e]+$/.test(label[0]))) continue;
    const after = AFTER.exec(text.slice(b, b + 32));
    // `不采集2022年4月24日发布的《信息安全技术…》…`: the date of a document the policy cites, not its own.
    if (after && !kinds.length && text.startsWith('的', b + after[0].length)) continue;
    // (`我们还于2020年12月25日发布了《儿童个人信息保护规则》`: another document the operator published.)
    const published = after && !kinds.length ? /^了?《([^》]{2,30})》/.exec(text.slice(b + after[0].length, b + after[0].length + 34)) : null;
    if (published && !/隐私(?:权)?政策|隐私保护政策|个人信息保护政策/.test(published[1])) continue;
    // `升级后的Hippy SDK 版本为 Android v3.2.0,…该版本已于2024年4月10日发布`: a software release's date, not the policy's.
    const before = text.slice(Math.max(0, a - 12), a);
    if (after && !kinds.length && /版本[^。，,；;\n]{0,4}$/.test(before) && !/政策|指引|规则|协议|声明|条款/.test(before)) continue;
    // `于2017年9月1日发布,自2017年9月7日起生效`: a label before a comma was the previous date's.
    if (after && (!kinds.length || /[,，;；]/.test(label![0]))) kinds = kindsOf(after[1]);
    // `我们的隐私政策于 2018 年 8 月 15 日上线`: the policy went online, published (not an app's launch, `本App于…上线`).
    if (!kinds.length && /^\s*上线/.test(text.slice(b, b + 8)) && /(?:政策|指引)\s*于\s*$/.test(before)) kinds = ['published_date'];
    // `本政策更新于2020年7月31号,即日生效`: the same day is the effective date.
    if (kinds.length && !kinds.includes('effective_date') && SAME_DAY.test(text.slice(b, b + 16))) kinds = [...kinds, 'effective_date'];
    for (const kind of kinds) sink.add(kind, value, a, b);
  }
}
