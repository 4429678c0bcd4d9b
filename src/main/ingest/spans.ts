import type { NormalizedText } from './normalize';

export interface Span {
  at: number;
  length: number;
}

/**
 * `u` with each span (in order, none overlapping) replaced by `by`: `''` drops it, `'\n'` breaks the line there. What
 * replaces a span maps to the span's first character; everything else keeps its offset.
 */
export function replaceSpans(u: string, off: Int32Array, spans: readonly Span[], by: string): NormalizedText {
  const pieces: string[] = [];
  const outOff = new Int32Array(u.length + spans.length * by.length + 1);
  let p = 0;
  let a = 0;
  const copy = (from: number, to: number) => {
    pieces.push(u.slice(from, to));
    outOff.set(off.subarray(from, to), p);
    p += to - from;
  };
  for (const { at, length } of spans) {
    copy(a, at);
    pieces.push(by);
    for (let k = 0; k < by.length; k++) outOff[p++] = off[at];
    a = at + length;
  }
  copy(a, u.length);
  outOff[p] = off[u.length];
  return { text: pieces.join(''), offsets: outOff.subarray(0, p + 1) };
}
