// The second pass over heading candidates: lines candidates.ts held back (lead-ins, titles ending in a comma,
// semicolon or full stop, run-in titles) become headings only where their numbering's neighbours carry them on.
import { nextNonEmpty, nextNonEmptyIndex, type Line } from './lines';
import { numberedUnder, readHeading } from './headings';
import type { Accepted } from './listHeadings';
import { AcceptedRuns, SchemeIndex, firstAtOrAfter } from './schemeIndex';
import { acceptColonRunIns, chainColonRunIns, pairPeriodRunIns } from './runIns';

/** What the line pass held back, by kind; `strongSchemes` are the numberings some title line made headings. */
export interface Deferred {
  strongSchemes: Set<string>;
  weak: Accepted[];
  leadIns: Accepted[];
  itemLeadIns: Accepted[];
  commaTitles: Accepted[];
  semiTitles: Accepted[];
  periodTitles: Accepted[];
  colonRunIns: Accepted[];
  periodRunIns: Accepted[];
  gluedRunIns: Accepted[];
}

export const noneDeferred = (): Deferred => ({
  strongSchemes: new Set(), weak: [], leadIns: [], itemLeadIns: [], commaTitles: [], semiTitles: [], periodTitles: [],
  colonRunIns: [], periodRunIns: [], gluedRunIns: [],
});

/** Adds to `out` (the headings the line pass accepted) the held-back lines their neighbours carry on; returns it in line order. */
export function settleDeferred(lines: Line[], out: Accepted[], deferred: Deferred, maxLen: number): Accepted[] {
  const { strongSchemes, weak, leadIns, itemLeadIns, commaTitles, semiTitles, periodTitles, colonRunIns, periodRunIns, gluedRunIns } = deferred;
  for (const w of weak) if (strongSchemes.has(w.scheme)) out.push(w);
  out.sort((a, b) => a.line - b.line);
  const byScheme = new AcceptedRuns(out);
  const accept = (c: Accepted) => { out.push(c); byScheme.add(c); };
  // (Once `out` is in line order, below, what is accepted keeps it so.)
  const acceptInLineOrder = (c: Accepted) => { out.splice(firstAtOrAfter(out, c.line), 0, c); byScheme.add(c); };
  // Whether the accepted heading of c's scheme just before (-1) or after (1) it continues c's numbering.
  const continues = (c: Accepted, step: -1 | 1): boolean => {
    const h = step < 0 ? byScheme.before(c) : byScheme.after(c);
    return h !== undefined && !h.listOnly && h.value === c.value + step;
  };
  // No accepted heading of c's scheme between c and a line below it.
  const noneOfSchemeBefore = (c: Accepted, line: number) => (byScheme.after(c)?.line ?? Infinity) >= line;
  const firstAtLine = new Map<number, Accepted>();
  for (const x of out) if (!firstAtLine.has(x.line)) firstAtLine.set(x.line, x);
  // `(三)您应充分知晓,以下情形中,我们…无需征得您的授权同意:` after `(一)…` `(二)…`: a sentence
  // introducing a list is a heading only where it carries on its scheme's numbering.
  // …and where the next line opens a numbering of another scheme as a heading (`(一)为您提供以下核心功能服务时,…:`
  // over `#### 1、注册、登录及充值功能`): it heads those sub-sections.
  const opensSubHeadings = (l: Accepted): boolean => {
    const next = nextNonEmptyIndex(lines, l.line, 1);
    const h = firstAtLine.get(next);
    return h !== undefined && h.scheme !== l.scheme && h.value === 1 && !h.listOnly;
  };
  // The next lead-in of its numbering carries on from it (`(二)经过您的授权许可后,…:` after that `(一)`). (They join
  // `out` only at the end: a lead-in heading a sub-list is no step of its numbering for `continues`.)
  const subListHeads: Accepted[] = [];
  const lastSubListHead = new Map<string, Accepted>();
  const secondLeadIns = new SchemeIndex(leadIns.filter((n) => n.value === 2));
  for (const l of leadIns) {
    if (continues(l, -1)) continue;
    const prev = lastSubListHead.get(l.scheme);
    const carriesOn = prev !== undefined && prev.value === l.value - 1 && noneOfSchemeBefore(prev, l.line);
    // (A lead-in the policy sets in bold, first of its numbering, heads its list too: `**(一)为保证您正常使用…信息:**`.)
    // (…or opens a run of lead-ins, `(一)我们仅会出于以下目的,收集和使用您的个人信息:` › items › `(二)…无需征得您的授权同意:`.)
    // (The nearest such second lead-in decides: a heading between l and it stands between l and any later one.)
    const second = l.value === 1 && (l.scheme === 'pcn' || l.scheme === 'cn') ? secondLeadIns.after(l) : undefined;
    const opensLeadIns = second !== undefined && noneOfSchemeBefore(l, second.line);
    if (carriesOn || opensSubHeadings(l) || (l.markup && l.value === 1) || opensLeadIns) {
      subListHeads.push(l);
      lastSubListHead.set(l.scheme, l);
    }
  }
  subListHeads.push(...itemLeadIns.filter(opensSubHeadings));
  // (…or carries it on over one item the line pass left a paragraph: `(一)我们将通过以下途径收集…:` › `(二)为了给您提供更好的服务
  // 体验,我们会申请获取您设备的相应权限【链接:…】,或收集您的个人信息【链接:…】。` › `(三)…以下情形中…无需征得您的授权同意:`.)
  const continuesOverItem = (c: Accepted): boolean => {
    const h = byScheme.before(c);
    if (h === undefined || h.listOnly || h.value !== c.value - 2) return false;
    for (let i = h.line + 1; i < c.line; i++) {
      const n = lines[i].text.trim() ? readHeading(lines[i].text, -1) : null;
      if (n?.numbered && n.scheme === c.scheme && n.value === c.value - 1) return true;
    }
    return false;
  };
  byScheme.startRun();
  for (const l of leadIns) if (continues(l, -1) || (continuesOverItem(l) && !subListHeads.includes(l))) accept(l);
  // …is a heading where the next heading of its scheme carries on its numbering (`2.对共享个人信息
  // 第三方主体的谨慎评估`): without it, `2.` would nest under the `(3)` before it.
  // (A longer one, `4. 开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务`, also carries on the one before.)
  // (…or, the last of its numbering, carries on the one before it over a paragraph of its own: `2\. 开展内部数据分析…` after
  // `1.为您提供数据行为存储服务`, before an unnumbered chapter.)
  const lastOfScheme = (t: Accepted): boolean => {
    const h = byScheme.after(t);
    // (Not a sentence numbered as the last item, `6、您在使用本软件时,为提供给您服务之目的,…`.)
    return (h === undefined || h.value === 1) && !/^(?:如|若|您|你|我们|当|在)|@/.test(t.title) && (nextNonEmpty(lines, t.line, 1)?.text.length ?? 0) >= 40;
  };
  // The first heading after t is numbered under t's number (`1.2 您在使用服务过程中,我们获取的信息` … `1.2.1 设备信息:…`).
  const opensChildren = (t: Accepted): boolean => {
    let h: Accepted | undefined;
    for (const x of out) if (x.line > t.line && (!h || x.line < h.line)) h = x;
    return h !== undefined && numberedUnder(h.number, t.number);
  };
  byScheme.startRun();
  // (…or, marked up as a heading, carries on the one before: `#### 1.9 根据法律法规的规定,以下是征得用户同意的例外情形` after `#### 1.8 …`.)
  // (…or carries it on right over sub-headings of its own: `(二)我们会出于以下目的，收集和使用您的个人信息` › `1、帮助您完成注册及登录`
  // after `(一)` and its body; not the second line of a two-line summary, `1.我們如何及為何收集…` / `2.我們如何使用…,以及…`, over
  // the chapters `一、…`.)
  const afterBody = (t: Accepted): boolean => {
    const h = byScheme.before(t);
    return h !== undefined && nextNonEmptyIndex(lines, h.line, 1) !== t.line;
  };
  for (const t of commaTitles) if ((continues(t, 1) && (t.title.length <= maxLen || continues(t, -1))) || (t.title.length > maxLen && continues(t, -1) && lastOfScheme(t)) || (t.markupLevel > 0 && continues(t, -1)) || (continues(t, -1) && (opensChildren(t) || (opensSubHeadings(t) && afterBody(t))))) accept(t);
  // (Not an item among items: `3.…存储于中华人民共和国境内。` over `4.目前我们不存在…`.)
  const overNextItem = (t: Accepted): boolean => {
    const next = nextNonEmpty(lines, t.line, 1);
    const n = next ? readHeading(next.text, -1) : null;
    return n !== null && n.numbered && n.scheme === t.scheme;
  };
  // In line order, so that a run of such titles carries itself on (`2)…。` after `1)…。`).
  out.sort((a, b) => a.line - b.line);
  byScheme.reset(out);
  // (Titles run in before a full stop in pairs are headings; a short one alone is a colon run-in's kind.)
  const [paired, single] = pairPeriodRunIns(lines, periodRunIns);
  // (Titles glued to their body count in pairs too, on lines nothing else has made headings; one alone where its
  // numbering's neighbours are headings: `4.3公开披露我们不会公开披露…` after `4.2 转让。`, `4.1个人信息查询…的获取当您…` before `4.2删除…`.)
  const taken = new Set(out.map((c) => c.line));
  const [pairedGlued] = pairPeriodRunIns(lines, gluedRunIns);
  const inPair = new Set(pairedGlued);
  paired.push(...pairedGlued.filter((t) => !taken.has(t.line)));
  single.push(...gluedRunIns.filter((t) => !inPair.has(t) && !taken.has(t.line)));
  for (const t of paired) acceptInLineOrder(t);
  // (Only where nothing else is numbered as a heading: under a chapter, `(一)…` › `1、普通用户:…` › `2、实名用户:…`, such a run
  // is the chapter's list, and before the chapters, `1、安全可靠:…` › … › `一、我们收集的信息`, the principles of a preamble.)
  const numberedHeadings = out.some((c) => c.numbered && !c.listOnly);
  const chained = new Set(numberedHeadings ? [] : chainColonRunIns(lines, colonRunIns).filter((t) => !taken.has(t.line)));
  for (const t of chained) acceptInLineOrder(t);
  const heldColonRunIns = [...colonRunIns.filter((t) => !chained.has(t)), ...single];
  const held = [...semiTitles, ...periodTitles].sort((a, b) => a.line - b.line);
  const semi = new Set(semiTitles);
  // The next full-stop title of each held title's scheme.
  const nextPeriodTitle: (Accepted | undefined)[] = [];
  const ahead = new Map<string, Accepted>();
  for (let k = held.length - 1; k >= 0; k--) {
    nextPeriodTitle[k] = ahead.get(held[k].scheme);
    if (!semi.has(held[k])) ahead.set(held[k].scheme, held[k]);
  }
  // A full-stop title first of its numbering has no heading before it to carry on: it stands where the
  // next of its scheme, a heading or a full-stop title over its own body, carries on its numbering
  // (`1、在您使用产品或服务过程中可能收集的信息。` › body › `2、改进…`; `一、選擇退出行銷電子郵件…。` › body ›
  // `二、選擇退出目標式廣告。`). So does a semicolon title, `(一)注册、登录、认证;` before `(二)…` (a template eight hand pages
  // share: +7 headings; CA4P tune −.0013 with one held-out model, cross-validated +.0003).)
  const opensRun = (t: Accepted, k: number): boolean => {
    if (t.value !== 1 || overNextItem(t)) return false;
    const a = byScheme.after(t);
    const b = nextPeriodTitle[k];
    const next = a && (!b || a.line < b.line) ? a : b && !overNextItem(b) ? b : undefined;
    return next !== undefined && !next.listOnly && next.value === 2;
  };
  const carries = (t: Accepted, k: number): boolean =>
    semi.has(t) ? (continues(t, -1) && continues(t, 1)) || opensRun(t, k) : (continues(t, -1) && !overNextItem(t)) || opensRun(t, k);
  const standing = new Set<Accepted>();
  const acceptHeld = () => {
    for (const [k, t] of held.entries()) {
      if (standing.has(t) || !carries(t, k)) continue;
      acceptInLineOrder(t);
      standing.add(t);
    }
  };
  acceptHeld();
  out.push(...subListHeads);
  out.sort((a, b) => a.line - b.line);
  // (A full-stop title may carry on a colon or glued run-in only now accepted: `2.2.2设备或应用信息。当您…` › `2.2.3我们从第三方获得的您的信息。`.)
  if (acceptColonRunIns(out, heldColonRunIns, lines).length) {
    byScheme.reset(out);
    acceptHeld();
  }
  byScheme.reset(out);
  // `  * (一)信息的共享` bulleted, then `(二)信息的转让` as a heading: the first item of a run of headings.
  // (…or the next of a run whose last step is a heading: `1.2“票根”在用户使用服务过程中所获取的信息` › `  * 1.3 来自第三方的信息`.)
  for (const c of out) if (c.listOnly && c.numbered && c.title && (continues(c, 1) || continues(c, -1))) c.listOnly = false;
  return out;
}
