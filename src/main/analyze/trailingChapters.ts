// A chapter heading pasted onto the end of the paragraph before it (`…相结合。三、您如何访问和控制个人信息`, CA4P 0701's
// `…与我们联系。 八、隐私政策的修订和通知`): the line is split there, so the chapter starts a line of its own.
import { isHeadingLike, readHeading } from './headings';
import type { Line } from './lines';
import { firstAtOrAfter } from './schemeIndex';

interface Chapter {
  line: number;
  value: number;
}

/** Chapter numberings whose missing member may hide at a line's end. */
const CHAPTER_SCHEMES = new Set(['cn', 'chapter', 'part']);
/** A sentence's end, then a chapter number and a short title closing the line. */
const TRAILING = /[。；;！!？?]\s*((?:第[一二三四五六七八九十]{1,3}(?:章|部分)|[一二三四五六七八九十]{1,3}、)[^。，,；;：:！!？?]{2,30})$/;

/**
 * Lines with such a tail become two lines. Only where the chapter completes its numbering's sequence: the nearest
 * chapter before it is v-1 (on a line of its own or split off here), and the next one on a line of its own comes
 * after v. (A table of contents listing v earlier does not count.)
 */
export function splitTrailingChapters(lines: Line[], zh: boolean): Line[] {
  if (!zh) return lines;
  const chapters = new Map<string, Chapter[]>();
  for (const [i, l] of lines.entries()) {
    const h = l.text ? readHeading(l.text, 0) : null;
    // (Its title may run into its body, `七、未成年人条款 若你是…`: the number still says where the chapter stands.)
    if (!h?.numbered || !CHAPTER_SCHEMES.has(h.scheme)) continue;
    const own = chapters.get(h.scheme);
    if (own) own.push({ line: i, value: h.value });
    else chapters.set(h.scheme, [{ line: i, value: h.value }]);
  }
  const out: Line[] = [];
  // The last chapter split off so far, per numbering (lines are split in order).
  const added = new Map<string, Chapter>();
  for (const [i, l] of lines.entries()) {
    const m = TRAILING.exec(l.text);
    const h = m ? readHeading(m[1], 0) : null;
    const c = h && chapters.get(h.scheme);
    if (!m || m.index < 4 || !h?.numbered || !c || c.length < 3 || !isHeadingLike(h.title, zh, 32) || !completes(c, added.get(h.scheme), i, h.value)) {
      out.push(l);
      continue;
    }
    const at = l.textStart + m.index + m[0].length - m[1].length;
    const head = l.text.slice(0, m.index + 1);
    out.push({ start: l.start, end: at, text: head, textStart: l.textStart }, { start: at, end: l.end, text: m[1], textStart: at });
    added.set(h.scheme, { line: i, value: h.value });
  }
  return out;
}

function completes(own: readonly Chapter[], split: Chapter | undefined, line: number, value: number): boolean {
  // `own` is in line order: the first chapter at or after `line`, and the one before it.
  const lo = firstAtOrAfter(own, line);
  const ownBefore = lo > 0 ? own[lo - 1] : undefined;
  const before = split && (!ownBefore || split.line > ownBefore.line) ? split : ownBefore;
  const after = own[lo]?.line === line ? own[lo + 1] : own[lo];
  return before?.value === value - 1 && (!after || after.value > value);
}
