// Where a line stands among its neighbours: over a body paragraph, under a heading, between sentences, after
// a rule. findCandidates (candidates.ts) asks these before it lets a title line stand as a heading.
import { UNDERLINE, indentOf, nextNonEmpty, nextNonEmptyIndex, type Line } from './lines';
import { DOC_TITLE, isHeadingLike, isPlainTitle, readHeading, type HeadingCandidate } from './headings';
import type { Accepted } from './listHeadings';

/** `我们不会将您的个人信息转让给任何公司、组织和个人,但以下情况除外:`: a sentence opening a list, body however short. */
const BODY_LEAD_IN = /(?:以下|如下|下列)[^。；;]*[:：]$/;
const ENDS_SENTENCE = /[。.:：;；!！?？)）]$/;
export const LIST_ITEM = /^(?:[•·▪●○◆\uf0b7\uf0a7]\s*|[-*+l]\s+|\?\t)/;
// A date line (`生效日期:2019年7月24日`, `> 最后更新于 2025/03/18`, a markdown quote read as plain text).
const DATE_LINE = /^(?:>\s*)?[^。；;，,]{0,16}(?:[:：]|于|日期|时间)\s*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})$|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起?生效|版本?|更新|发布|修订|起?施行)$/;

/**
 * `聊城国磊网络科技有限公司隐私政策(儿童适用)` over `最近更新日期:2020年12月16日`: the title of a second policy appended to the
 * first (a children's policy after the main one), though brackets keep it from reading as a plain title.
 */
export function policyTitleOverDate(lines: Line[], i: number): boolean {
  const title = lines[i].text.trim();
  if (title.length > 40 || !DOC_TITLE.test(title) || /[。；;，,:：]/.test(title)) return false;
  const next = nextNonEmpty(lines, i, 1);
  return next !== null && DATE_LINE.test(next.text.trim());
}

/** The next bullet, past this one's body, is a short title over a paragraph too (`?⇥提供个性化推荐…` › `1.当你使用…`). */
function nextBulletTitled(lines: Line[], i: number): boolean {
  const body = nextNonEmptyIndex(lines, i, 1);
  if (body < 0 || LIST_ITEM.test(lines[body].text)) return false;
  for (let j = nextNonEmptyIndex(lines, body, 1), seen = 0; j >= 0 && seen < 12; j = nextNonEmptyIndex(lines, j, 1), seen++) {
    const m = LIST_ITEM.exec(lines[j].text);
    if (!m) continue;
    const title = lines[j].text.slice(m[0].length).trim();
    const next = nextNonEmpty(lines, j, 1);
    return isPlainTitle(title, true) && next !== null && !LIST_ITEM.test(next.text) && isParagraph(next.text);
  }
  return false;
}

/**
 * A page whose lines are list items, four in five, half of them numbered: titles and body alike set as `<li>` (臻品配),
 * so its bullets mark no list (not an SDK list's bulleted fields, `- 设备类型`).
 */
export function allBulleted(lines: readonly Line[]): boolean {
  let text = 0;
  const items: string[] = [];
  for (const l of lines) {
    if (!l.text) continue;
    text++;
    const item = LIST_ITEM.exec(l.text);
    if (item) items.push(l.text.slice(item[0].length));
  }
  // (Numbers are read only on such a page: every Chinese document passes here.)
  if (text < 20 || items.length < text * 0.8) return false;
  return items.filter((t) => readHeading(t, -1)?.numbered).length >= items.length * 0.5;
}

/**
 * A bulleted title (`  * 访问和更正您的个人信息`, `  * 一 、我们如何收集…`) stands over a body paragraph, or a numbered bullet
 * over its first sub-heading (`  * 2.信息的存储` › `2.1 信息存储的方式和期限`): not over the next bullet, not as
 * the one item a lead-in opens (`…我们会收集:` / `+ 您的电子邮件地址`; unless the next bullet is a title too) or the last of a list.
 */
export function bulletTitleOverBody(lines: Line[], i: number, scheme: string | null): boolean {
  let next = nextNonEmpty(lines, i, 1);
  const prev = nextNonEmpty(lines, i, -1);
  // (`  * 注销帐号` / `3.1` / `您有权随时注销…`: a bare paragraph number between the title and its body.)
  const bare = next ? readHeading(next.text, -1) : null;
  if (bare?.numbered && !bare.title) next = nextNonEmpty(lines, nextNonEmptyIndex(lines, i, 1), 1);
  // (`* 我们收集哪些您的个人信息` / `您理解并同意:` / its body: a short phrase opening the body.)
  else if (next && next.text.length <= 12 && /^[^\s*•·●\-+l]/.test(next.text) && /[:：]$/.test(next.text)) next = nextNonEmpty(lines, nextNonEmptyIndex(lines, i, 1), 1);
  if (!next) return false;
  // (Over a list one level deeper whose first item is a paragraph, `  * 访问和更正您的个人信息` › `    * 除法律法规另有规定
  // 之外,您有权…`, it heads that list.)
  const overSubList = LIST_ITEM.test(next.text);
  if (overSubList && !(indentOf(next) > indentOf(lines[i]) && isParagraph(next.text.replace(LIST_ITEM, '')))) return false;
  // (Nor the last item of a bulleted list, `●  基于学术研究而使用;` / `●  基于…而使用`. A numbered one heading a list of
  // paragraphs one level deeper heads it, lead-in above or not: `…以下列方式收集和使用您的个人信息:` › `  * 1、乘车码服务` ›
  // `    * (1) **注册信息:** 您使用…`.)
  if (prev && ((/[:：]$/.test(prev.text) && !(overSubList && scheme !== null) && !(scheme === null && nextBulletTitled(lines, i))) || (LIST_ITEM.test(prev.text) && !/[。.!！?？]$/.test(prev.text)))) return false;
  const n = readHeading(next.text, -1);
  // (An unnumbered one over a numbered paragraph, `  * 删除您的个人信息…` › `2.1 在以下情形中,您可以…:`, or over the first
  // title of a numbering, `• 我们如何对外提供信息` › `1. 业务共享`.)
  if (n?.numbered) return scheme !== null ? n.scheme !== scheme : (n.title.length >= 20 && !isHeadingLike(n.title, true, 32)) || (n.value === 1 && isHeadingLike(n.title, true, 32));
  // (Not `· 您可利用` / `“分享”键将…`, a sentence broken off; not `* 关联公司` / `指与美柚之间…`, a term defined. A long
  // line is body though its full stop is lost: `* 拒绝接受推送及营销信息` / `你可以通过设置关闭…注销你的账号`.)
  return isParagraph(next.text);
}

/**
 * `  * 2.1 信息存储的方式和期限` / `  * 我们会通过安全的方式存储…。` in chapter `2.信息的存储`: a bulleted sub-number of the
 * chapter it stands in (or of the sub-heading before it), over a paragraph, bulleted or not, is a sub-heading whatever
 * its markup. (A table of contents lists its entries one after another, no paragraph between.)
 */
export function subNumberOverBody(c: HeadingCandidate, lines: Line[], i: number, out: readonly Accepted[]): boolean {
  const m = /^(\d+)\.\d+$/.exec(c.number ?? '');
  if (!m) return false;
  const above = out.findLast((x) => x.numbered && !x.listOnly);
  if (!above) return false;
  // (…a chapter numbered in words counts by its value: `三、用户个人信息共享和披露` › `  * 3.1个人信息的共享`.)
  const major = /^\d/.test(above.number ?? '') ? above.number!.replace(/[.．、\s]+$/, '').split('.')[0] : String(above.value);
  if (major !== m[1]) return false;
  const next = nextNonEmpty(lines, i, 1);
  return next !== null && isParagraph(next.text.replace(LIST_ITEM, ''));
}

/** `• 註冊帳號` all in bold (`<li class="bold">`) over `• 本府收集您用戶暱稱…。`, a plain item beside it: a label over its body. */
export function boldItemOverBody(lines: Line[], i: number, hints: Int8Array): boolean {
  const j = nextNonEmptyIndex(lines, i, 1);
  if (j < 0 || hints[j] === 0) return false;
  const next = lines[j];
  const body = next.text.replace(LIST_ITEM, '');
  return LIST_ITEM.test(next.text) && !body.startsWith('**') && indentOf(next) === indentOf(lines[i]) && isParagraph(body);
}

/** Body text: a long line, or a shorter one ending as a sentence; not a definition's or a sentence's continuation. */
function isParagraph(text: string): boolean {
  return (text.length >= 60 || (text.length >= 40 && ENDS_SENTENCE.test(text)) || (text.length >= 16 && BODY_LEAD_IN.test(text))) && !/^[“「"：:，,、。]|^是?指/.test(text);
}

/** The line just above line i read as a heading, when it is numbered. */
export function listItemBefore(lines: Line[], i: number): ReturnType<typeof readHeading> {
  const prev = nextNonEmpty(lines, i, -1);
  const c = prev ? readHeading(prev.text, -1) : null;
  return c?.numbered ? c : null;
}

/** A title right under the heading just accepted (`存储信息的地点和期限` › `存储信息的地点`), body text after it (a sentence,
 * or a long line that lost its full stop).
 * (Not a footer's run of links, `[用户服务协议](…)` `[防沉迷系统](…)`.) */
export function underHeading(lines: Line[], i: number, out: readonly Accepted[], zh: boolean): boolean {
  const prev = nextNonEmpty(lines, i, -1);
  const next = nextNonEmpty(lines, i, 1);
  const last = out[out.length - 1];
  // (A Chinese one may open on a short lead-in, as plainContextFits lets it: `您的个人信息权利` › `查询、更正您的个人信息` ›
  // `您可通过以下途径查询、更正您的个人信息:`.)
  // (Not a question, `定义` › `我们如何收集和使用您的个人信息？` in a table of contents: a title again.)
  const leadIn = zh && next !== null && next.text.length >= 12 && /[。：:；;]$/.test(next.text);
  // (…or its list, set apart by blank lines: `06　資料保留期間` › `帳戶存續期間` › `- 保留全部資料以提供服務`.)
  const list = zh && isListItem(next) && setApart(lines, i);
  return last !== undefined && prev === lines[last.line] && !/^\[/.test(lines[i].text) && next !== null && ((next.text.length >= 24 && ENDS_SENTENCE.test(next.text)) || next.text.length >= 60 || leadIn || list);
}

const isListItem = (l: Line | null): boolean => l !== null && LIST_ITEM.test(l.text.trim());
/** Line i has a blank line above and below it. */
export const setApart = (lines: readonly Line[], i: number): boolean => !lines[i - 1]?.text && !lines[i + 1]?.text;

/** A bare title line stands between body text and is followed by body text (not a table cell). */
export function plainContextFits(lines: Line[], i: number, zh: boolean): boolean {
  const short = zh ? 24 : 60;
  const prev = nextNonEmpty(lines, i, -1);
  const j = nextNonEmptyIndex(lines, i, 1);
  const next = j < 0 ? null : lines[j];
  // A Chinese title may open on a short lead-in (`個人資料的用途` › `您同意並授權我們出於以下用途使用您的個人資料:`).
  const lead = zh ? 12 : short;
  // (…or a finished sentence with a link's words after it, `如果本隐私政策有任何重大更改，…通知您。更多信息`.)
  const isBody = (l: Line | null) => l !== null && (l.text.length >= short * 2 || (l.text.length >= lead && ENDS_SENTENCE.test(l.text)) || (zh && l.text.length >= short && /[。！？]/.test(l.text)));
  // Body, another title over body, or (Chinese) the first item of a numbered list (`安卓版本集成SDK服务
  // 及权限使用说明` › `(1)友盟+SDK`; not `目录` over a table of contents, not a company over its details).
  const opensList = zh && next !== null && firstNumberedTitle(next.text) && !/^目\s*录$|公司$/.test(lines[i].text.trim());
  const afterNext = j < 0 ? null : nextNonEmpty(lines, j, 1);
  const apart = setApart(lines, i);
  // (…or a short lead-in over a bulleted list, `資料安全` › `我們實施以下安全措施:` › `• 使用 Apple 的安全框架…`.)
  const leadsBullets = zh && next !== null && /^[^\s•·]{6,}[:：]$/.test(next.text.trim()) && isListItem(afterNext);
  // (…or a bulleted list, two items or a blank line around the title, `註冊時主動收集` › `- 暱稱` › `- 性別`; not `目录` over a table of
  // contents, nor a lead-in, `本《爱奇艺隐私政策》将帮助您了解以下内容`.)
  const overBullets = zh && isListItem(next) && (isListItem(afterNext) || apart) && !/^目\s*录$|以下|如下|下列|包括/.test(lines[i].text.trim());
  // (…or a pipe table's header, `保存在本设备上的数据` › `| 数据 | 保存方式和行为 |`.)
  // (…or a table's header copied out of a page, its cells set apart by tabs or pipes, `下载平台 | 信息安全投诉举报方式 | 账号注销方式`.)
  const overTable = zh && next !== null && /^\s*\|(?:[^|\n]*\|){2,}|^[^|\t\n]+(?:\t|\s\|\s)[^|\t\n]+(?:\t|\s\|\s)[^|\t\n]+/.test(next.text);
  // (…or over the operator's particulars, `APP运营持有者基本信息` › `公司名称:…` › `注册地址:…`, or the SDKs', `第三方SDK调用
  // 说明` › `第三方SDK名称:`; not a company's or an SDK's name over its own.)
  if (!isBody(next) && !(j >= 0 && titleOverBody(lines, j, zh, isBody)) && !opensList && !leadsBullets && !overBullets && !overTable && !(zh && j >= 0 && !/公司$|sdk(?!.*(?:说明|清单|列表|目录)$)/i.test(lines[i].text) && overFields(lines, j))) return false;
  // (After the dates heading a policy, `本版生效时间:2019年7月24日` › `版本更新提示`, a title stands too; not the
  // operator's line there, `本软件由上海倩言网络科技有限公司运营`.)
  const afterDates = prev !== null && DATE_LINE.test(prev.text) && !lines[i].text.includes('公司');
  // (Under the policy's title at the top, `Apkid:…` › `隐私政策` › `引言` › body, too, a line of the page's navigation above it
  // all, `首页`; not under a table cell, `点击查看第三方隐私政策`.)
  const afterTitle = prev !== null && DOC_TITLE.test(prev.text.trim()) && linesAbove(lines, i, 4) <= 3;
  // (A short line between two fields' labels, `应用场景:` › `统计设备信息` › `可能收集的个人信息的类型:`, is the first
  // one's value: a flattened table's cell.)
  if (zh && prev !== null && next !== null && LABEL_LINE.test(prev.text.trim()) && LABEL_LINE.test(next.text.trim())) return false;
  // (Nor a line over a link field, `腾讯公司` › `隐私协议链接: https://…`: the provider's cell in the same table.)
  if (zh && next !== null && /公司$/.test(lines[i].text.trim()) && LINK_FIELD.test(next.text.trim())) return false;
  // (A paragraph may end on a link, `…申诉或意见,请通过以下网站联系我们: https://www.battlenet.com.cn/support/zh/`, before `我们是谁?`;
  // not a field, `隐私政策链接:https://…`, over the next SDK's name.)
  const linkEnded = /^(.{16,}?)\s*https?:\/\/\S+$/.exec(prev?.text ?? '');
  // (A list's last item may end without a stop, `• 我們遵循 Apple 的資料保護最佳實務` › `資料安全` › body: text extracted from a page
  // whose blocks had no blank line between them; another list may follow a title set apart by blank lines. A Chinese title, not a
  // back-to-top link, `Top`.)
  const afterList = isListItem(prev) && (!isListItem(next) || apart) && /[\u4e00-\u9fff]/.test(lines[i].text);
  // (…or after a paragraph that lost its final stop, a blank line closing it, over a long one or a sentence: `…與我們聯絡或E-Mail至
  // 服務信箱` › `我們收集的資訊類型和使用方式` › body, `…并征得您的同意` › `共享、转移、披露儿童个人信息的情形` › `我们遵照…的情形。`. Not after
  // a short cell, `定位`, nor over one. The sentence below may be a lead-in, `…多种业务目的，例如：`.)
  const openParagraph = zh && !lines[i - 1]?.text && prev !== null && prev.text.length >= 20 && next !== null && (next.text.length >= 40 || (next.text.length >= 20 && /[。.!！?？;；:：]$/.test(next.text)));
  return !prev || openParagraph || (zh && afterBareList(lines, i, prev, next)) || afterDates || afterTitle || afterBreak(lines, i) || ENDS_SENTENCE.test(prev.text) || afterList || (linkEnded !== null && /[，,]/.test(linkEnded[1])) || /^[#*]|^第.{1,4}[章节条部分]|^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.]/.test(prev.text);
}

/**
 * Line i comes right after a list whose bullets a copy dropped, its items short lines without a stop (`定期安全更新和維護` ›
 * `資料分享` › blank › `我們不會出售…`): the title, unlike an item, has a blank line under it and the items above none between
 * them. A short title only: a list's last item, `反滥用、反作弊及基础风控措施`, may be set apart from the paragraph after it too.
 */
function afterBareList(lines: Line[], i: number, prev: Line | null, next: Line | null): boolean {
  const title = lines[i].text;
  const item = lines[i - 1];
  const itemAbove = lines[i - 2];
  // (The item is the text line right above: no blank line, nor a `===` rule, between them.)
  // (A Latin word counts as one character, `HealthKit 權限`.)
  if (title.replace(/[A-Za-z]+/g, 'A').length > 10 || title.includes('、') || lines[i + 1]?.text || !prev || item?.text !== prev.text || !itemAbove?.text) return false;
  const bareItem = item.text.length < 40 && !ENDS_SENTENCE.test(item.text) && itemAbove.text.length < 60;
  return bareItem && next !== null && (next.text.length >= 40 || (next.text.length >= 12 && /[。:：]$/.test(next.text)));
}

// A field whose value is a link (`隐私协议链接: https://…`, `隐私政策地址:[https://…`).
const LINK_FIELD = /^[\u4e00-\u9fffA-Za-z]{2,12}[:：]\s*\[?https?:/i;
// A short label and its colon alone on a line (`网络状态:`); not a greeting nor a lead-in (`例如:`, `包括以下内容:`).
const LABEL_LINE = /^(?!尊敬|亲爱|例如|比如|包括|其中|注意|即|具体|如下|以下|下列)[\u4e00-\u9fffA-Za-z/]{2,14}[:：]$/;
// (A line ending a sentence with a full stop, not a colon: after a lead-in the label would be one more item.)
const FULL_STOP_END = /[。.!！?？;；]$/;
// (A sentence leading in, `您可以通过以下方式自行操作:`, `这些信息包括:`, `本公司不允许:`, `这意味着:`, `数据库可能包含:`, `本政策适用于:`, is none;
// nor the line opening an outline, `本隐私政策将帮助您了解:`.)
const LEAD_IN = /以下|如下|下列|包括|(?:指|中|[如为是有]|有权|提倡|欢迎|允许|了解|[着于]|包含|而言)[:：]$|^(?:您|你|我们|我|而|这|在|本公司)(?!的)/;

/** A label over the paragraph it names (`设备数据:` / `我们会搜集关于您的设备…。`), as a bold label is in markdown. (Not over
 * a list item, which a lead-in introduces.) */
function labelOverBody(lines: Line[], i: number): boolean {
  const text = lines[i].text;
  if (!LABEL_LINE.test(text) || LEAD_IN.test(text) || (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2) return false;
  const next = nextNonEmpty(lines, i, 1);
  if (!next || LIST_ITEM.test(next.text)) return false;
  // (A long sentence leading in to a list is the labelled body: `版本更新提示:` / `亲爱的斗鱼用户,…主要包括:`.)
  if (/[:：]$/.test(next.text)) return next.text.length >= 40;
  // (Set apart by blank lines, a label heads a sentence wrapped short too: `注销帐号:` / `您可通过"斗鱼网站→…"、`.)
  const apart = !lines[i - 1]?.text && !lines[i + 1]?.text;
  return next.text.length >= 40 || (next.text.length >= 12 && (FULL_STOP_END.test(next.text) || apart));
}

/** Such a label after a paragraph or right under the heading just accepted (`…正常运作。` / `设备数据:`; `我们收集哪些个人
 * 信息` / `网络状态:`): the title of what follows. */
export function labelOverParagraph(lines: Line[], i: number, out: readonly Accepted[]): boolean {
  if (!labelOverBody(lines, i)) return false;
  const prev = nextNonEmpty(lines, i, -1);
  const last = out[out.length - 1];
  return prev === null || FULL_STOP_END.test(prev.text) || (last !== undefined && prev === lines[last.line]);
}

/** A `===` rule standing alone above line i (blank above it: no setext underline), `…| 设备标识信息|` / `` / `===` /
 * `实现功能或服务的共享信息`: the block before it has ended, as at a sentence end. */
export function afterBreak(lines: Line[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !lines[k].text) k--;
  return k >= 1 && UNDERLINE.test(lines[k].text) && /^=+$/.test(lines[k].text.trim()) && !lines[k - 1].text;
}

/** How many non-empty lines (rules aside) stand above line i, counting up to `max`. */
function linesAbove(lines: Line[], i: number, max: number): number {
  let n = 0;
  for (let k = i - 1; k >= 0 && n < max; k--) if (lines[k].text && !UNDERLINE.test(lines[k].text)) n++;
  return n;
}

/** A sentence wrapped onto the next line (`微光是一款由北京清奇科技有限公司` / `及其关联公司(以下简称…)提供…`): no title. */
export function wrapsOnto(lines: Line[], i: number): boolean {
  const next = nextNonEmpty(lines, i, 1)?.text ?? '';
  return /^(?:及其?|以及|和|与|或|并|的)/.test(next) && !LIKE_OTHERS.test(next);
}
/** …but a sentence may open on a likeness (`Cookies 和类似技术` › `与大多数在线服务一样,我们…`). */
const LIKE_OTHERS = /^(?:与|和)[^,，。;；]{1,15}(?:一样|相同|类似|相似)[,，]/;

/** `(1)友盟+SDK`: a numbered line that opens its list and reads as a title. */
function firstNumberedTitle(text: string): boolean {
  const c = readHeading(text, -1);
  return c !== null && c.numbered && c.value === 1 && !!c.title && isHeadingLike(c.title, true, 32);
}

/** Line j is a bare title with body text after it (`管理信息` › `查询与修改` › body: two titles stacked). */
function titleOverBody(lines: Line[], j: number, zh: boolean, isBody: (l: Line | null) => boolean): boolean {
  const c = readHeading(lines[j].text, -1);
  return (c !== null && !c.numbered && c.scheme !== 'field' && isPlainTitle(c.title, zh) && isBody(nextNonEmpty(lines, j, 1))) || (zh && labelOverBody(lines, j));
}

/** Lines j and the next are `name: value` fields (`公司名称:唞音(深圳)科技有限公司` / `注册地址:深圳市…`), or line j a label over its value. */
function overFields(lines: Line[], j: number): boolean {
  const k = nextNonEmptyIndex(lines, j, 1);
  if (k >= 0 && [lines[j], lines[k]].every((l) => /^[\p{Script=Han}]{2,6}[:：]\s*\S/u.test(l.text))) return true;
  // (…or labels on lines of their own, each over its value: `第三方SDK名称:` › `Unity3D SDK` › `应用场景:`.)
  const after = k < 0 ? -1 : nextNonEmptyIndex(lines, k, 1);
  return after >= 0 && LABEL_LINE.test(lines[j].text.trim()) && !LABEL_LINE.test(lines[k].text.trim()) && LABEL_LINE.test(lines[after].text.trim());
}
