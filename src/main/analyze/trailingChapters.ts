// A chapter heading pasted onto the end of the paragraph before it (`…相结合。三、您如何访问和控制个人信息`, CA4P 0701's
// `…与我们联系。 八、隐私政策的修订和通知`): the line is split there, so the chapter starts a line of its own.
import { isHeadingLike, readHeading } from './headings';
import type { Line } from './lines';

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
  const chapters = new Map<string, { line: number; value: number }[]>();
  for (const [i, l] of lines.entries()) {
    const h = l.text ? readHeading(l.text, 0) : null;
    // (Its title may run into its body, `七、未成年人条款 若你是…`: the number still says where the chapter stands.)
    if (!h?.numbered || !CHAPTER_SCHEMES.has(h.scheme)) continue;
    chapters.set(h.scheme, [...(chapters.get(h.scheme) ?? []), { line: i, value: h.value }]);
  }
  const out: Line[] = [];
  const added = new Map<string, { line: number; value: number }[]>();
  for (const [i, l] of lines.entries()) {
    const m = TRAILING.exec(l.text);
    const h = m ? readHeading(m[1], 0) : null;
    const c = h && chapters.get(h.scheme);
    if (!m || m.index < 4 || !h?.numbered || !c || c.length < 3 || !isHeadingLike(h.title, zh, 32) || !completes(c, added.get(h.scheme) ?? [], i, h.value)) {
      out.push(l);
      continue;
    }
    const at = l.textStart + m.index + m[0].length - m[1].length;
    const head = l.text.slice(0, m.index + 1);
    out.push({ start: l.start, end: at, text: head, textStart: l.textStart }, { start: at, end: l.end, text: m[1], textStart: at });
    added.set(h.scheme, [...(added.get(h.scheme) ?? []), { line: i, value: h.value }]);
  }
  return out;
}

function completes(own: { line: number; value: number }[], split: { line: number; value: number }[], line: number, value: number): boolean {
  const before = [...own, ...split].filter((x) => x.line < line).sort((a, b) => b.line - a.line)[0];
  const after = own.find((x) => x.line > line);
  return before?.value === value - 1 && (!after || after.value > value);
}
