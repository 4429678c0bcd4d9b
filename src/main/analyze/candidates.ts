// Heading candidates, line by line: what each line reads as (numbered, markup, plain title, lead-in)
// and whether its neighbours let it stand as a heading; deferredHeadings.ts settles the lines it holds back, and
// sections.ts nests what is accepted.
import { UNDERLINE, indentOf, nextNonEmpty, nextNonEmptyIndex, nextTexts, type Line } from './lines';
import { isDefinition, isHeadingLike, isLeadIn, isPlainTitle, readHeading, type HeadingCandidate } from './headings';
import { splitRunIn } from './spacedRunIns';
import type { Accepted } from './listHeadings';
import { noneDeferred, settleDeferred } from './deferredHeadings';
import { markRunIn } from './headingHints';
import { COLON_LABEL_SCHEME } from './schemes';
import { CLAUSE_TITLE, COLON_RUN_IN, readGluedRunIn, readPeriodRunIn } from './runIns';
import { periodTitleSetApart } from './copiedTitles';
import { LIST_ITEM, afterBreak, allBulleted, boldItemOverBody, bulletTitleOverBody, labelOverParagraph, listItemBefore, plainContextFits, policyTitleOverDate, subNumberOverBody, underHeading, wrapsOnto } from './titleContext';
import { contentsTitles } from './contentsTitles';

// (A clause may follow, `…无需征求您的授权同意,在此情况下我们将严格按照法律规定…处理您的个人信息:`.)
const EXCEPTIONS_LEAD_IN = /(以下|下列)[^。]{0,40}无需[^。]{0,6}(征得|征求|取得|获得)[^。]{0,8}同意(?:[,，][^。]{0,40})?[:：]?$/;
/** `…本软件可能获取您终端设备的如下权限:`: the permissions asked for, listed below. */
const PERMISSIONS_LEAD_IN = /(?:如下|以下|下列)(?:系统)?权限[:：]$/;

/** Short purposes listed with commas (`开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务。`, a template's title), no sentence
 * going on after its comma (`…的版权为我们所有,在法律允许的范围内,我们拥有…`): such a title may run a little longer. */
const PURPOSE = String.raw`(?!在|我们|本|不|其|均|对|而|并|但|如|若)[^，,。：:]{2,12}`;
const PURPOSE_LIST = new RegExp(String.raw`^(?:${PURPOSE}[，,]){1,3}${PURPOSE}。$`);

/** A few words and a colon (not a greeting, `尊敬的用户：`). */
const RULED_LABEL = /^(?!尊敬|亲爱)[\u4e00-\u9fa5]{2,8}[:：]$/;
/** A numbered line's few words and a full stop: `2、公开披露。`; not a sentence to the reader (`1、您同意。`) nor an item of a list
 * of cases (`6、涉及商业秘密的。`, `1.获得您明确同意后。`). */
const SHORT_TITLE_STOP = /^(?![我本其该此])(?!.*[您你])[\u4e00-\u9fff]{2,8}(?<![的后时])。$/;
/** `第三方SDK信息表(个人敏感信息标红显示):`, `接入第三方SDK目录`: a table's title, an aside, a colon or none … */
const TABLE_TITLE = /^[^，。,；;:：]{2,24}(?:表|清单|列表|目录)(?:[(（][^()（）]{1,16}[)）])?[:：]?$/;
/** … over the fields of its first row (`SDK名称:华为游戏SDK`) within a few lines, or its header row (`产品/类型⇥第三方公司名称⇥…`). */
const fieldsFollow = (lines: Line[], i: number): boolean =>
  nextTexts(lines, i, 3).some((t, k) => /^\S{0,12}名称\s*[:：]/.test(t) || (k === 0 && /名称/.test(t) && /\t|\|/.test(t)));
/** `联系我们` / `公司名称:深圳市…有限公司` / `客服QQ:2050587620`: a contact title over two fields or more, the operator's
 * name perhaps first (`瑾禾晖映运营者信息` / `北京瑾禾晖映科技有限公司` / `公司地址:…` / `办公地址:…`). (Not any line over
 * fields: a company's name over its address is a signature, an SDK's over its purpose a table row.) */
const CONTACT_TITLE = /联系|联络|客服|(?:运营|开发)(?:者|方|商|主体)信息/;
const fieldsBelow = (lines: Line[], i: number): boolean => {
  const below = nextTexts(lines, i, 3);
  if (below.length && /^[^\s:：，,。；;]{2,40}(?:公司|工作室)$/.test(below[0])) below.shift();
  return below.length >= 2 && below.slice(0, 2).every((t) => /^[^\s:：，,。；;]{2,16}[:：]\s*\S/.test(t));
};
/** `关于个人信息安全投诉举报及游戏平台账号注销方式说明`: the title of an explanatory note. */
const NOTE_TITLE = /^[^，。,；;:：*]{2,40}说明[:：]?$/;
/** …over a bulleted paragraph or table row (not the next entry of a menu, `• 免责说明` / `• 服务协议`). */
const notesFollow = (next: string): boolean => LIST_ITEM.test(next) && (next.length >= 40 || next.includes('|'));

/** The next line is a table's header row whose first cell names what `label` does (`第三方服务提供方名称…`). */
function namesTableBelow(lines: Line[], i: number, label: string): boolean {
  const next = nextNonEmpty(lines, i, 1)?.text.trim() ?? '';
  return next.startsWith(label) && /名称/.test(next) && !/[。，,；;:：]/.test(next);
}
const SIGNED_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;
const SIGNED_ENTITY = /^[^\s，,。:：]{2,40}(?:公司|工作室)$/;
/** A date alone, or the company's name over a date or ending the text: who signed the page, and when. */
function signsOff(title: string, lines: Line[], i: number): boolean {
  if (SIGNED_DATE.test(title)) return true;
  if (!SIGNED_ENTITY.test(title)) return false;
  const next = nextNonEmpty(lines, i, 1);
  return !next || SIGNED_DATE.test(next.text.replace(/[*_\s]+/g, ''));
}

/** Every line that may be a heading, in line order; list-only items flagged (they count for TOC detection). */
export function findCandidates(lines: Line[], hints: Int8Array, zh: boolean, runIns: ReadonlyMap<number, readonly [number, number]> = new Map()): Accepted[] {
  const maxLen = zh ? 32 : 90;
  const out: Accepted[] = [];
  const deferred = noneDeferred();
  const { strongSchemes, weak, leadIns, itemLeadIns, commaTitles, semiTitles, periodTitles, colonRunIns, periodRunIns, gluedRunIns } = deferred;
  // (A plain line a contents list names is a title wherever it stands.)
  const contents = zh ? contentsTitles(lines, zh) : new Map<string, number>();
  const bulletsMarkNothing = zh && allBulleted(lines);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].text;
    if (!raw || UNDERLINE.test(raw)) continue;
    const marked = markRunIn(raw, runIns.get(i));
    const item = LIST_ITEM.exec(marked);
    const list = bulletsMarkNothing ? null : item;
    const c = readHeading(item ? marked.slice(item[0].length) : marked, hints[i]);
    // `#####` or a lone `5` over a setext underline carries no title.
    if (!c || (!c.numbered && !/[\p{L}]/u.test(c.title))) continue;
    const setext = i + 1 < lines.length && UNDERLINE.test(lines[i + 1].text) && c.title.length <= maxLen * 1.5;
    if (setext && !c.markup && c.scheme !== 'field') {
      c.markup = true;
      if (!c.numbered) c.scheme = 'setext';
    }
    if (list) {
      // A bulleted line all in bold (`  * **2.2 信息存储的地域**`) is a heading, and so is a bulleted title over
      // its body (bulletTitleOverBody); other numbered bullets count only for telling a table of contents.
      if (c.numbered && isHeadingLike(c.title, zh, maxLen)) out.push({ ...c, line: i, bulleted: true, listOnly: !(c.markup && c.title) && !(zh && c.title && (bulletTitleOverBody(lines, i, c.scheme) || subNumberOverBody(c, lines, i, out))) });
      // `  * 访问和更正您的个人信息` over a body paragraph (not over the next bullet): a bulleted title.
      else if (zh && !c.numbered && c.scheme !== 'field' && !c.title.includes('*') && isPlainTitle(c.title, zh) && bulletTitleOverBody(lines, i, null)) out.push({ ...c, scheme: 'bullet', line: i, bulleted: true, listOnly: false });
      // `• 註冊帳號` in bold over a plain bulleted paragraph: its label.
      else if (zh && !c.numbered && c.scheme === 'bold' && isPlainTitle(c.title, zh) && boldItemOverBody(lines, i, hints)) out.push({ ...c, line: i, bulleted: true, listOnly: false });
      // `  * 权限使用情况说明：` over the bulleted notes and table it introduces: a note's title, long or with its colon.
      else if (zh && !c.numbered && NOTE_TITLE.test(c.title) && notesFollow(nextNonEmpty(lines, i, 1)?.text ?? '')) out.push({ ...c, title: c.title.replace(/[:：]$/, ''), scheme: 'note', line: i, bulleted: true, listOnly: false });
      continue;
    }
    if (c.numbered && !c.title) {
      // `第一条` alone on a line, the title on the next one.
      let j = i + 1;
      while (j < lines.length && !lines[j].text) j++;
      const next = j < lines.length ? readHeading(lines[j].text, hints[j]) : null;
      const titled = next && !next.numbered && next.scheme !== 'field' && next.title ? next : null;
      const runIn = titled ? splitRunIn(titled.title, zh, maxLen) : null;
      if (titled && (runIn || isHeadingLike(titled.title, zh, maxLen))) {
        c.title = runIn?.title ?? titled.title;
        out.push({ ...c, line: i, lastLine: j, listOnly: false, runInBody: runIn?.body });
        strongSchemes.add(c.scheme);
        i = j;
        continue;
      }
      // A bare article number (`第四条` over its body, in a terms of service) heads the article though it has no title.
      if (c.scheme === 'article' && j < lines.length) {
        out.push({ ...c, line: i, listOnly: false });
        strongSchemes.add(c.scheme);
        continue;
      }
      continue; // a bare paragraph number (`1.1` above a body paragraph) is not a heading
    }
    if (c.numbered) {
      // `8.其他经过您同意后收集的个人信息(如有)` is the last item of `1.基本信息(…);` … `7.个人位置信息;`:
      // the line before it, one lower in the same numbering, ends as list items do (unlike a paragraph
      // run in after its title, `9、朋友推荐。我们可能会…。`, before the heading `10、权限申请及应用场景`).
      const prevItem = listItemBefore(lines, i);
      const continuesList = prevItem !== null && prevItem.scheme === c.scheme && prevItem.value === c.value - 1 && /[;；,，、]$/.test(prevItem.title);
      // (`2、公开披露。` over its body: a few words of title closed by a full stop, alone on the line; not one of a list of
      // such lines, `一、 不该看的不看。` / `二、 不该传的不传。`.)
      if (zh && SHORT_TITLE_STOP.test(c.title) && !readHeading(nextNonEmpty(lines, i, 1)?.text ?? '', -1)?.numbered) c.title = c.title.slice(0, -1);
      const titleLike = isHeadingLike(c.title, zh, maxLen);
      const g = zh && !titleLike ? readGluedRunIn(c.title) : null;
      if (g && isHeadingLike(g.title, zh, maxLen)) gluedRunIns.push({ ...c, title: g.title, runInBody: g.body, line: i, listOnly: false });
      // (A title run in before a full stop, `1.2.5地理位置信息。在您授权同意后,…`, may follow an item ending `;`.)
      const p = zh ? readPeriodRunIn(c.title) : null;
      if (p && isHeadingLike(p.title, zh, maxLen)) {
        periodRunIns.push({ ...c, title: p.title, runInBody: p.body, line: i, listOnly: false });
        continue;
      }
      if (continuesList) continue;
      // A short sentence introducing a list, numbered among paragraphs (`4、本公司未经用户同意…。` then
      // `5、用户同意本公司可在以下事项中使用…:`), is one more item: its siblings `6、…` are no children.
      // (Not a title with its lead-in run in, `(3)转让 我们不会将…,但以下情况除外:`.)
      const runIn = !titleLike ? splitRunIn(c.title, zh, maxLen, c.scheme === 'pcn') : null;
      // (Unless it heads sub-sections, `(二)我们会出于以下目的,收集和使用您的个人信息:` over `1 、帮助您完成注册`: see below.)
      if (!runIn && /(以下|如下|下列|包括)[^:：]{0,16}[:：]$/.test(c.title) && followsParagraphItem(lines, i, c, zh, maxLen)) {
        if (isLeadIn(c.title, maxLen * 2)) itemLeadIns.push({ ...c, line: i, listOnly: false });
        continue;
      }
      if (zh && wrappedItem(lines, i, c, maxLen)) continue;
      if (runIn) out.push({ ...c, title: runIn.title, runInBody: runIn.body, line: i, listOnly: false });
      else if (titleLike) {
        strongSchemes.add(c.scheme);
        out.push({ ...c, line: i, listOnly: false });
      } else if (isHeadingLike(c.title, zh, maxLen * 2)) weak.push({ ...c, line: i, listOnly: false });
      // A lead-in the policy marks as a heading (`### 3.1 …用作下列用途:`, an HTML `<h3>`) is one, first
      // of its numbering or not.
      else if (zh && isLeadIn(c.title, maxLen * 2)) (c.markupLevel > 0 ? out : leadIns).push({ ...c, line: i, listOnly: false });
      // (So is a long one introducing the exceptions to consent, `7.请您知悉,以下情形中,我们收集、使用个人信息无需征得您的授权同意`
      // after the heading `6.其他用途`, or the permissions asked for, `(二)对于使用IOS系统的用户,…本软件可能获取您终端设备的如下权限:`;
      // alone in a list of paragraphs it stays one more item.)
      else if (zh && c.title.length <= maxLen * 3 && (EXCEPTIONS_LEAD_IN.test(c.title) || PERMISSIONS_LEAD_IN.test(c.title))) leadIns.push({ ...c, line: i, listOnly: false });
      // A short title held back only by its comma (`1.在下列情况下,我们可能会共享的个人信息`): see below. (One the policy marks as
      // a heading, `#### 2.1 工作區 Google Drive 同步（選用，預設關閉）` first of its numbering after bulleted paragraphs, is one.)
      else if (zh && !/[，,、]$/.test(c.title) && isHeadingLike(c.title.replace(/[，,]/g, '、'), zh, maxLen * 1.25)) (c.markupLevel > 0 ? out : commaTitles).push({ ...c, line: i, listOnly: false });
      // …or by a stray `;` (`三、我们如何收集您的个人信息;` between `二、…` and `四、…`).
      else if (zh && /[;；]$/.test(c.title) && isHeadingLike(c.title.slice(0, -1), zh, maxLen)) semiTitles.push({ ...c, title: c.title.slice(0, -1), line: i, listOnly: false });
      // …or by a full stop (`2.2因您使用…获取的信息。` after the heading `2.1您向我们提供的信息`).
      // (Commas and all where it carries on a run of such titles, `5.改善我们的产品和服务,开展内部审计、数据分析和研究。` after
      // `4.…。`; not a sentence addressed to the reader, `(2)如果您需要修改手机号等相关信息,您可以…。`.)
      else if (zh && /。$/.test(c.title) && isHeadingLike(CLAUSE_TITLE.test(c.title) ? c.title.slice(0, -1).replace(/[，,]/g, '、') : c.title.slice(0, -1), zh, PURPOSE_LIST.test(c.title) ? maxLen * 1.25 : maxLen)) periodTitles.push({ ...c, title: c.title.slice(0, -1), line: i, listOnly: false });
      // A title run in before a colon (`5、用户信息的披露:跟谁学不会…`): a heading where its numbering's neighbours are
      // (acceptColonRunIns). Not a definition (`1、咪咕公司:指…`) nor a field (`公司全称:…有限公司`).
      if (zh) {
        const m = COLON_RUN_IN.exec(c.title);
        if (m && isHeadingLike(m[1], zh, maxLen) && !isDefinition(c.title) && (m[2].length >= 30 || /[，,。；;]/.test(m[2])) && out.at(-1)?.line !== i) colonRunIns.push({ ...c, title: m[1], runInBody: m[2], line: i, listOnly: false });
      }
      continue;
    }
    if (c.markup) {
      // (`**SDK名称**` / `|` / `**可能收集的个人信息**`: the header cells of a table flattened one per line; `**湖北呆马科技有限责任公司**` /
      // `**2025年12月28日**`: the signature closing the page.)
      const notTitle = c.scheme === 'bold' && (nextNonEmpty(lines, i, 1)?.text.trim() === '|' || signsOff(c.title, lines, i));
      // (A lead-in set as a markdown heading, `### 请您注意,本《隐私政策》不适用于以下情况:`, is one too.)
      // (…and so is a short question with commas, `## **怎样更正，删除私人信息或注销账号？**`: the markup says it is a title.)
      const commaHead = zh && c.markupLevel > 0 && isHeadingLike(c.title.replace(/[，,]/g, '、'), zh, maxLen * 1.25);
      // (…and so is a markdown heading ending with a full stop, `#### 知情权。`, `### 為所有使用者增進效能及穩定性。`; not an HTML
      // `<h3>` a page sets its sentences in, `<h3>监护人应承担保护未成年人相关网络隐私的首要责任。</h3>`, nor a sentence or list item
      // marked up as one, `### 您同意按本《隐私政策》…处理您的敏感个人信息。`, `#### (k) 含有…违反趣步行的其他规定的。`.)
      const periodTitle = c.title.slice(0, -1);
      const periodHead = zh && /^\s*#{1,6}\s/.test(raw) && /[^。]。$/.test(c.title) && CLAUSE_TITLE.test(periodTitle) && !/的$/.test(periodTitle) && isHeadingLike(periodTitle, zh, maxLen);
      // (…and so is a short exclamation set apart, `<h2>您可以控制您的信息！</h2>`, `**您可以控制您的信息！**`; not a greeting,
      // `**欢迎使用苏e行客户端软件及服务!**`.)
      const exclaimHead = zh && /^(?!欢迎|歡迎|感谢|感謝|谢谢|謝謝|尊敬|亲爱|親愛)[^!！。，,；;]{3,16}[!！]$/.test(c.title) && isHeadingLike(c.title.slice(0, -1), zh, maxLen);
      if (periodHead && !notTitle) out.push({ ...c, title: periodTitle, line: i, listOnly: false });
      else if (!notTitle && (isHeadingLike(c.title, zh, c.scheme === 'bold' ? maxLen : maxLen * 2) || commaHead || exclaimHead || (zh && c.markupLevel > 0 && isLeadIn(c.title, maxLen * 2)))) out.push({ ...c, line: i, listOnly: false });
      continue;
    }
    // (A line that is one link to another page, `[住小帮第三方SDK调用说明](/faas/ugc/third_party_sdk.html)` in a list, is no title.)
    if (c.scheme !== 'field' && isPlainTitle(c.title, zh) && !/^\[[^\]]+\]\((?!#)[^)]*\)$/.test(raw) && !(zh && wrapsOnto(lines, i)) && (plainContextFits(lines, i, zh) || underHeading(lines, i, out, zh) || (zh && setInAsTitles(lines, i, out)) || (zh && CONTACT_TITLE.test(c.title) && fieldsBelow(lines, i)) || (contents.get(raw.trim()) ?? Infinity) < i)) out.push({ ...c, title: c.title.replace(/(?<=例外(?:情形|情况)?)[:：]$/, ''), line: i, listOnly: false });
    else if (zh && c.scheme === 'plain' && periodTitleSetApart(lines, i, c.title)) out.push({ ...c, title: c.title.slice(0, -1), line: i, listOnly: false });
    // `第三方服务:`, `其他联系方式：` alone after a `===` rule: a short label over what it introduces, colon and all;
    // so is one over the flattened header of the table it names (`第三方服务:` / `第三方服务提供方名称收集的信息与目的…`).
    else if (zh && c.scheme === 'plain' && RULED_LABEL.test(c.title) && (afterBreak(lines, i) || namesTableBelow(lines, i, c.title.slice(0, -1)))) out.push({ ...c, title: c.title.slice(0, -1), line: i, listOnly: false });
    else if (zh && c.scheme === 'plain' && TABLE_TITLE.test(c.title) && fieldsFollow(lines, i)) out.push({ ...c, title: c.title.replace(/[:：]$/, ''), line: i, listOnly: false });
    // A label over the paragraph it names (`设备数据:` › `我们会搜集…。`), a scheme of its own: it nests under the heading above.
    else if (zh && c.scheme === 'plain' && labelOverParagraph(lines, i, out)) out.push({ ...c, scheme: COLON_LABEL_SCHEME, title: c.title.slice(0, -1), line: i, listOnly: false });
    // A second policy's title over its date (`…隐私政策(儿童适用)` / `最近更新日期:…`), brackets and all.
    else if (zh && c.scheme === 'plain' && policyTitleOverDate(lines, i)) out.push({ ...c, line: i, listOnly: false });
  }
  return settleDeferred(lines, out, deferred, maxLen);
}

/** The nearest line above numbered in c's scheme is c's predecessor and a paragraph, no heading. */
function followsParagraphItem(lines: Line[], i: number, c: HeadingCandidate, zh: boolean, maxLen: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < 40; j--) {
    const t = lines[j].text;
    if (!t || UNDERLINE.test(t)) continue;
    seen++;
    const p = readHeading(t, -1);
    if (!p?.numbered || p.scheme !== c.scheme) continue;
    return p.value === c.value - 1 && !isHeadingLike(p.title, zh, maxLen * 2) && !isLeadIn(p.title, maxLen * 2);
  }
  return false;
}

/**
 * `(1)您利用` / `“分享”键将某些内容分享到…;` / `(2)我们通过广告…;`: an item of a list whose line broke
 * mid-sentence. Its one line of text runs on into the next item of its numbering, which ends as list
 * items do, so it is no title.
 */
function wrappedItem(lines: Line[], i: number, c: HeadingCandidate, maxLen: number): boolean {
  const j = nextNonEmptyIndex(lines, i, 1);
  const k = j < 0 ? -1 : nextNonEmptyIndex(lines, j, 1);
  if (k < 0 || /[:：。；;，,、]$/.test(c.title)) return false;
  // (What it runs on into is no item of its own: under `1. 共享原则`, `    1. 经您事先同意,向第三方披露;` starts a sub-list.)
  if (readHeading(lines[j].text, -1)?.numbered) return false;
  const next = readHeading(lines[k].text, -1);
  return next !== null && next.numbered && next.scheme === c.scheme && next.value === c.value + 1 &&
    /[;；]$/.test(lines[j].text) && /[;；]$/.test(next.title) && !isHeadingLike(next.title.slice(0, -1), true, maxLen);
}

/**
 * ` 信息安全` after `…您可以登陆` (a sentence whose link a conversion dropped): a title set in by the indent three of the page's
 * plain titles above have, the line before it not, over body text or a block set in deeper.
 */
function setInAsTitles(lines: Line[], i: number, out: readonly Accepted[]): boolean {
  const own = indentOf(lines[i]);
  if (own === 0) return false;
  let same = 0;
  for (const x of out) if (!x.numbered && !x.listOnly && indentOf(lines[x.line]) === own && ++same >= 3) break;
  const prev = nextNonEmpty(lines, i, -1);
  const next = nextNonEmpty(lines, i, 1);
  return same >= 3 && prev !== null && indentOf(prev) !== own && next !== null && (indentOf(next) > own || next.text.length >= 40);
}
