// What a file's format says of its headings, per line of the analysed text: HTML h1–h6 and docx heading styles give a
// level, a bold-only line level 0, and a bold title run in before its body (`<p><strong>七、…</strong> 我们保障…</p>`)
// where the title ends, which the line then reads as markdown writes it (`**七、…** 我们保障…`).
import type { HeadingHint } from '../ingest/types';
import type { Line } from './lines';

/** The first line from `from` on that ends at or after offset `at`. */
function lineAt(lines: readonly Line[], at: number, from: number): number {
  let i = from;
  while (i < lines.length && lines[i].end < at) i++;
  return i;
}

/** Format-declared heading levels (HTML h1–h6, docx styles, bold-only lines) per line; -1 where none. */
export function hintLevels(lines: Line[], hints: readonly HeadingHint[]): Int8Array {
  const levels = new Int8Array(lines.length).fill(-1);
  const sorted = hints.filter((h) => !h.runIn).sort((a, b) => a.nstart - b.nstart);
  let h = 0;
  for (let i = 0; i < lines.length && h < sorted.length; i++) {
    while (h < sorted.length && sorted[h].nstart < lines[i].start) h++;
    if (h < sorted.length && sorted[h].nstart <= lines[i].end) levels[i] = sorted[h].level;
  }
  return levels;
}

/** Per line, the bold title run in at its start: [start, end) in the line's trimmed text. */
export function runInTitles(lines: Line[], hints: readonly HeadingHint[]): Map<number, readonly [number, number]> {
  const out = new Map<number, readonly [number, number]>();
  let i = 0;
  for (const h of hints.filter((x) => x.runIn).sort((a, b) => a.nstart - b.nstart)) {
    const { nstart, nend } = h.runIn!;
    i = lineAt(lines, nstart, i);
    if (i >= lines.length) break;
    const line = lines[i];
    const a = Math.max(0, nstart - line.textStart);
    const b = Math.min(line.text.length, nend - line.textStart);
    if (b > a && b < line.text.length) out.set(i, [a, b]);
  }
  return out;
}

/** The line with its run-in title in markdown bold (`**七、管理…** 我们…`), as readHeading knows it. */
export function markRunIn(text: string, title: readonly [number, number] | undefined): string {
  return title ? `${text.slice(0, title[0])}**${text.slice(title[0], title[1])}**${text.slice(title[1])}` : text;
}
