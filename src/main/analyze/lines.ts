// One linear pass over the normalised text: line spans plus the trimmed "core" of each line.
export interface Line {
  /** Normalised offsets of the whole line (without the newline). */
  start: number;
  end: number;
  /** Trimmed content (whitespace removed at both ends). */
  text: string;
  /** Normalised offset where `text` starts. */
  textStart: number;
}

const WS = /\s/;

/** How far a line's text is set in from its start. */
export const indentOf = (l: Line): number => l.textStart - l.start;

/** The first index in [a, b) past white space (b when there is none). */
export function skipSpace(text: string, a: number, b: number): number {
  while (a < b && /\s/.test(text[a])) a++;
  return a;
}

/** The end of [a, b) with trailing white space dropped. */
export function trimSpaceEnd(text: string, a: number, b: number): number {
  while (b > a && /\s/.test(text[b - 1])) b--;
  return b;
}

/** A setext underline or a separator line (`===`, `---`). */
export const UNDERLINE = /^(={3,}|-{3,})$/;

/** Text with no letter or digit in it: marks only (`**`, `###`, a rule). */
export const WORDLESS = /^[^\p{L}\p{N}]*$/u;
/** An item's number alone, in its marks (`3.5`, `**11.3`, `3\.`, `* **1.2**`). */
export const ITEM_NUMBER = /^[^\p{L}\p{N}]*\d{1,3}(?:[.．]\d{1,3})*[^\p{L}\p{N}]*$/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let a = start;
    let b = end;
    while (a < b && WS.test(text[a])) a++;
    while (b > a && WS.test(text[b - 1])) b--;
    lines.push({ start, end, text: text.slice(a, b), textStart: a });
    if (end === n) break;
    start = end + 1;
  }
  return lines;
}

/** Share of CJK ideographs among letters; cheap enough to run on whole documents. */
export function cjkRatio(text: string, limit = 20000): number {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Chinese character carries about as much as a 4-letter English word's letters.
  return cjk + latin === 0 ? 0 : cjk / (cjk + latin / 4);
}

/** Index of the nearest line after (step 1) or before (-1) line i with text, setext underlines skipped; -1 if none. */
export function nextNonEmptyIndex(lines: Line[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    if (lines[j].text && !UNDERLINE.test(lines[j].text)) return j;
  }
  return -1;
}

/** The trimmed texts of the next `n` lines with text after line i (fewer at the end). */
export function nextTexts(lines: Line[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = nextNonEmptyIndex(lines, i, 1); j >= 0 && out.length < n; j = nextNonEmptyIndex(lines, j, 1)) out.push(lines[j].text.trim());
  return out;
}

export function nextNonEmpty(lines: Line[], i: number, step: 1 | -1): Line | null {
  const j = nextNonEmptyIndex(lines, i, step);
  return j < 0 ? null : lines[j];
}
