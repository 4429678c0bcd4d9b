// Titles run in before their body on the same line: `5、用户信息的披露:跟谁学不会…` (a colon), `1.保存期限。您在使用…` (a full
// stop). findCandidates (candidates.ts) holds them back and lets them stand where their numbering's neighbours do.
import type { Accepted } from './listHeadings';
import { parentNumber, readHeading } from './headings';
import type { Line } from './lines';
import { SchemeIndex, firstAtOrAfter } from './schemeIndex';

/** Clauses that name what a section does, no sentence to the reader: no `您`, no opening `如果`/`同时`, no field. */
export const CLAUSE_TITLE = /^(?!如|若|当|在|同时|此外|另外|我们)[^:：您你]+$/;
/** `1.保存期限。您在使用思必驰产品或服务期间,…`: a short title, a full stop, its body. */
const PERIOD_RUN_IN = /^([^，。,；;:：、“”"()（）*_\s]{2,24})。\s*(\S.{15,})$/;
/**
 * Where a body glued to its title with no stop between opens (`(一)共享我們會重視…`, `9、聯繫我們當您對…`, `6.2 cookie的清除大多數瀏覽器…`,
 * `10、第三方SDK目錄爲保障…`): a subject, a clause of time or purpose.
 */
const GLUED_BODY = /^(?:我[們们](?:會|会|將|将|可能|不|僅|仅|非常|重視|重视|已)|當您|当您|大多數|大多数|本系統|本系统|本應用|本应用|[爲为](?:了|保障|確保|确保|實現|实现|便))/;
/**
 * A noun phrase, not a clause the body carries on: no opening preposition or verb (`2、随着…`, `(7)根据…`, `3)为提高…`; but a
 * feature `基于…功能` is named, `4、基于相机/摄像头功能您可在开启…`) and no ending that wants more (`(6)从合法公开披露的信息中收集的…`,
 * `4.1.1常用信息——…`).
 */
const GLUED_TITLE = /^(?!为|為|随着|隨著|获得|獲得|根据|根據|由于|由於|出于|出於|响应|響應|所|从|從|与|與|使用|基[于於](?![^—\-]*(?:功能|服务|服務|业务|業務)$)|经|經|向|对于|對於|除|以|按照|依照|依据|依據|通过|通過|请|請)[^—\-]+(?<![的之等及和或与與中是了时時后後仅僅将將会會应應对對向给給把被于於\d.])$/;
/** `9、聯繫我們當您…`: the title goes on after `聯繫`. */
const VERB_BEFORE_US = /(?:联系|聯繫|关于|關於)$/;
/**
 * `1、注册账号您注册…账号时`, `5、存储权限你可以选择开启…存储权限`, `4.10讀寫設備上的照片及文件在您使用APP時,會獲取…照片及文件`,
 * `6.3 第三方服務收集的信息我們接入的第三方服務…`: the body opens on the reader or the operator, and says a word of the title
 * again in its first sentence (not `我们会收集您的…`, an object; not `同意本协议您即可…`, no word of it again; not
 * `安全保障功能我们致力于为您…`, the operator speaking in the title; not `绿洲将尽一切合理努力保护我们获得的…`, a modal verb's clause).
 */
const ECHOING_BODY = /^(?:(?:如|若|在|在[^，,。您你]{1,4})?[您你](?![的们們])|我[们們](?!的)|在以下情[形况])/;
const SPEAKING_TITLE = /我|[将將会會应應须須]|可以|能够/;
function opensOnEcho(head: string, body: string): boolean {
  if (head.length < 4 || SPEAKING_TITLE.test(head) || !ECHOING_BODY.test(body)) return false;
  const sentence = body.slice(0, 60).split(/[。；;]/)[0];
  for (let i = 0; i + 2 <= head.length; i++) {
    const word = head.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(word) && sentence.includes(word)) return true;
  }
  return false;
}
const MAX_GLUED_TITLE = 24;
const MIN_GLUED_BODY = 15;

/**
 * `(一)共享我們會重視…`: the shortest noun phrase (CLAUSE_TITLE, GLUED_TITLE) before such an opening. A pair of them stands
 * as headings (pairPeriodRunIns); one alone only where its numbering's neighbours are headings (acceptColonRunIns): else
 * `(1)身份信息我们会…` may be an item.
 */
export function readGluedRunIn(title: string): { title: string; body: string } | null {
  // (The reader's data may be named in the title, `1、查看与修改您的个人信息您可以…`: only a bare 您 opens a clause.)
  const masked = title.replace(/[您你](?=的)/g, '_');
  for (let p = 2; p <= MAX_GLUED_TITLE && p <= title.length - MIN_GLUED_BODY; p++) {
    const head = title.slice(0, p).trim();
    // (Nor a next number inside it: `(三)我行收集个人信息的方式 1.我行为您…` is a list run on.)
    if (!CLAUSE_TITLE.test(masked.slice(0, p).trim()) || /[，。,；;、“”"()（）]|\s\d+[.、]/.test(head)) return null;
    if (!GLUED_TITLE.test(head) || !/\p{L}{2}/u.test(head)) continue;
    const body = title.slice(p);
    // (The title again opens a definition, `(二)轉讓轉讓是指…`; a term inside it opens the body, `6.1 對 Cookie…的使用Cookie…`.)
    const term = /(?<=.)\b[A-Za-z]{4,}\b(?=\s*[\u4e00-\u9fa5])/.exec(head)?.[0];
    const again = body.startsWith(`${head}是指`) || body.startsWith(`${head}指`) || (term !== undefined && body.startsWith(term));
    if ((GLUED_BODY.test(body) && !VERB_BEFORE_US.test(head)) || again || opensOnEcho(head, body)) return { title: head, body };
  }
  return null;
}

/** Up to this long, and a clause (CLAUSE_TITLE), a full-stop run-in's title pairs with any other. */
const SHORT_RUN_IN = 10;

export function readPeriodRunIn(title: string): { title: string; body: string } | null {
  const m = PERIOD_RUN_IN.exec(title);
  return m ? { title: m[1], body: m[2] } : null;
}

/** Short and no sentence to the reader; a longer title (`3.5.2我们为保护您的个人信息采取的其他安全措施。…`) only pairs with such a one. */
const strictRunIn = (t: Accepted): boolean => t.title.length <= SHORT_RUN_IN && CLAUSE_TITLE.test(t.title);

/** `5、用户信息的披露:跟谁学不会…`: a short title, a colon, its body. */
export const COLON_RUN_IN = /^([^，。,；;:：、()（）*]{2,16})[:：]\s*(\S.{7,})$/;
const DEFINITIONS = /定义|释义|名词解释|术语/;

/**
 * `1.保存期限。您在使用…` › `2.保存地域。您的个人信息…`: two full-stop run-ins one after the other in their numbering, no
 * line numbered in their scheme between, one of them strict, are headings (paired); a strict one alone (`(3)广告优化。COOKIES…`
 * ending a list) is left to acceptColonRunIns, a loose one alone is body.
 */
export function pairPeriodRunIns(lines: readonly Line[], runIns: readonly Accepted[]): [Accepted[], Accepted[]] {
  const consecutive = (a: Accepted, b: Accepted) => Math.abs(a.value - b.value) === 1 && !numberedLineBetween(lines, a, b);
  // (A mate is the run-in of the same scheme just before, in line order: any earlier one has that one between.)
  const links: [Accepted, Accepted][] = [];
  const last = new Map<string, Accepted>();
  for (const t of runIns) {
    const p = last.get(t.scheme);
    if (p && consecutive(p, t)) links.push([p, t]);
    last.set(t.scheme, t);
  }
  const paired = new Set<Accepted>();
  for (const [a, b] of links) if (strictRunIn(a) || strictRunIn(b)) paired.add(a).add(b);
  // A paired run carries on to its neighbours in the numbering, loose ones too: `(1)记住您的身份。Cookies 有助于…;` before the
  // pair `(2)分析您使用我们服务的情况。…` › `(3)广告优化。…`.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [a, b] of links) {
      if (paired.has(a) === paired.has(b)) continue;
      paired.add(a).add(b);
      grew = true;
    }
  }
  return [runIns.filter((t) => paired.has(t)), runIns.filter((t) => !paired.has(t) && strictRunIn(t))];
}

/** The step between two headings a numbered paragraph with no title takes (`3.5.2我们为保护…措施。…` › `3.5.3请您理解，我们将尽力…` ›
 * `3.5.4 信息存储的方式和期限。…`). */
function untitledBetween(lines: readonly Line[], a: Accepted, b: Accepted): boolean {
  // (A title closed by a full stop only: a lead-in, `3.5您知悉:`, `2.3上述附加功能可能需要您…`, is a paragraph's opening too.)
  const text = lines[b.line].text;
  const at = text.indexOf(b.title);
  if (b.value - a.value !== 2 || at < 0 || !/^[*\s]*。/.test(text.slice(at + b.title.length))) return false;
  for (let k = a.line + 1; k < b.line; k++) {
    const h = lines[k].text ? readHeading(lines[k].text, -1) : null;
    if (h?.scheme === a.scheme && h.value === a.value + 1 && h.number !== null && parentNumber(h.number) === parentNumber(a.number)) return true;
  }
  return false;
}

function numberedLineBetween(lines: readonly Line[], a: Accepted, b: Accepted): boolean {
  for (let k = a.line + 1; k < b.line; k++) if (lines[k].text && readHeading(lines[k].text, -1)?.scheme === a.scheme) return true;
  return false;
}

/** A run this long of colon run-ins stands on its own. */
const COLON_RUN = 3;

/**
 * Colon run-ins stepping their numbering one after another, COLON_RUN or more with no line of their numbering between
 * (`4. 適當安全維護措施:…` › `5. 個人資料利用之期間:…` › `6. 個人資料利用之地區:…`): the titles of a notice set out as
 * numbered paragraphs, headings though no neighbour is one.
 */
export function chainColonRunIns(lines: readonly Line[], runIns: readonly Accepted[]): Accepted[] {
  const chained: Accepted[] = [];
  const runs = new Map<string, Accepted[]>();
  const atLine = new Map(runIns.map((t) => [t.line, t]));
  const close = (run: Accepted[] | undefined) => {
    if (!run || run.length < COLON_RUN) return;
    chained.push(...run);
    // (The paragraphs numbered on after them are clauses of the notice too, titled or not: `9. 您瞭解並同意…`.)
    let last = run[run.length - 1];
    for (let k = last.line + 1; k < lines.length; k++) {
      const c = lines[k].text ? readHeading(lines[k].text, -1) : null;
      if (!c || c.scheme !== last.scheme) continue;
      if (c.value !== last.value + 1) break;
      last = atLine.get(k) ?? { ...c, title: '', runInBody: c.title, line: k, listOnly: false };
      chained.push(last);
    }
  };
  for (const t of runIns) {
    const run = runs.get(t.scheme);
    const last = run?.at(-1);
    if (run && last && t.value === last.value + 1 && !numberedLineBetween(lines, last, t)) run.push(t);
    else {
      close(run);
      runs.set(t.scheme, [t]);
    }
  }
  for (const run of runs.values()) close(run);
  return chained.sort((a, b) => a.line - b.line);
}

/**
 * Colon run-ins (`5、用户信息的披露:…`) that step a numbering whose neighbours are headings (`4、用户信息的收集方式:` over its
 * list): headings too, each taking its neighbours' place in the run. Mutates `out`, kept in line order; returns those accepted.
 */
export function acceptColonRunIns(out: Accepted[], runIns: Accepted[], lines: readonly Line[]): Accepted[] {
  const parents = new Map<Accepted, string>();
  const parentOf = (c: Accepted) => {
    let p = parents.get(c);
    if (p === undefined) parents.set(c, (p = parentNumber(c.number)));
    return p;
  };
  // (Of the same parent number: `4.1` carries on no `1.2`.)
  const mates = new SchemeIndex(out.filter((x) => !x.listOnly), (c) => `${c.scheme}|${parentOf(c)}`);
  // A heading of a scheme opened before c's (a chapter, `二、用户保证`) between c and its mate: they are no siblings.
  const opened = new Map<string, number>();
  for (const x of out) if (!opened.has(x.scheme)) opened.set(x.scheme, x.line);
  const openedAt = (scheme: string) => opened.get(scheme) ?? Infinity;
  const chapterBetween = (a: Accepted, b: Accepted) => {
    for (let i = firstAtOrAfter(out, a.line + 1); i < out.length && out[i].line < b.line; i++) {
      if (out[i].scheme !== a.scheme && openedAt(out[i].scheme) < openedAt(a.scheme)) return true;
    }
    return false;
  };
  // (Terms under a definitions chapter, `第一条 定义` › `1、咪咕公司:咪咕文化科技有限公司及其…`, are no chapters.)
  const defined = (c: Accepted) => {
    for (let i = firstAtOrAfter(out, c.line) - 1; i >= 0; i--) if (out[i].scheme !== c.scheme) return DEFINITIONS.test(out[i].title);
    return false;
  };
  const accepted: Accepted[] = [];
  const inOut = new Set(out);
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of runIns) {
      if (inOut.has(c) || defined(c)) continue;
      const before = mates.before(c);
      const after = mates.after(c);
      if ((before && (before.value === c.value - 1 || untitledBetween(lines, before, c)) && !chapterBetween(before, c)) || (after && after.value === c.value + 1 && !chapterBetween(c, after))) {
        out.splice(firstAtOrAfter(out, c.line), 0, c);
        inOut.add(c);
        mates.add(c);
        accepted.push(c);
        changed = true;
      }
    }
  }
  return accepted;
}

