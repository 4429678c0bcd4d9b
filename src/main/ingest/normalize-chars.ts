/**
 * Character-level normalisation (NFKC, controls and zero-width marks removed, CR/CRLF → LF)
 * with a parallel source-offset array. Runs over every byte the app indexes, so it works on
 * UTF-16 code units in typed arrays with a lazily filled per-code-unit class table.
 */

const UNKNOWN = 0;
const PLAIN = 1; // NFKC-stable, kept as is
const MAPPED = 2; // NFKC gives exactly one BMP code unit (full-width ASCII, Kangxi radicals, NBSP…)
const DROPPED = 3; // controls, zero-width marks, BOM, soft hyphen
const MARK = 4; // combining mark: renormalised together with the character before it
const COMPLEX = 5; // CR, line/paragraph separators, surrogates, expansions: handled one by one

const classes = new Uint8Array(0x10000);
const mapped = new Uint16Array(0x10000);
const COMBINING = /\p{M}/u;

function isDropped(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff
  );
}

function classify(c: number): number {
  let k: number;
  if (c === 0x0d || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) k = COMPLEX;
  else if (isDropped(c)) k = DROPPED;
  else {
    const ch = String.fromCharCode(c);
    const n = ch.normalize('NFKC');
    if (COMBINING.test(ch)) k = MARK;
    else if (n === ch) k = PLAIN;
    else if (n.length === 1 && !isDropped(n.charCodeAt(0))) {
      k = MAPPED;
      mapped[c] = n.charCodeAt(0);
    } else k = COMPLEX;
  }
  classes[c] = k;
  return k;
}

class Output {
  units: Uint16Array;
  offsets: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.offsets = new Int32Array(capacity);
  }
  grow(extra: number): void {
    const cap = Math.max(this.units.length * 2, this.length + extra + 16);
    const u = new Uint16Array(cap);
    u.set(this.units.subarray(0, this.length));
    const o = new Int32Array(cap);
    o.set(this.offsets.subarray(0, this.length));
    this.units = u;
    this.offsets = o;
  }
  emit(text: string, from: number): void {
    if (this.length + text.length > this.units.length) this.grow(text.length);
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (isDropped(c)) continue;
      this.units[this.length] = c;
      this.offsets[this.length++] = from;
    }
  }
}

function codeUnits(source: string): Uint16Array {
  const buf = Buffer.from(source, 'utf16le');
  if (buf.byteOffset % 2 === 0) return new Uint16Array(buf.buffer, buf.byteOffset, source.length);
  return new Uint16Array(Uint8Array.prototype.slice.call(buf).buffer);
}

/** Index after the cluster starting at `i`: a character (or surrogate pair) and its combining marks. */
function clusterEnd(src: Uint16Array, i: number): number {
  let end = i + 1;
  const c = src[i];
  if (c >= 0xd800 && c <= 0xdbff && end < src.length && src[end] >= 0xdc00 && src[end] <= 0xdfff) end++;
  while (end < src.length) {
    const m = src[end];
    const k = classes[m] || classify(m);
    if (k !== MARK) break;
    end++;
  }
  return end;
}

/** NFKC and cleanup of `source`; returns the new text and, per code unit, its index in `source`. */
export function normalizeChars(source: string): { text: string; offsets: Int32Array; length: number } {
  const src = codeUnits(source);
  const len = src.length;
  const out = new Output(len + 16);
  let i = 0;
  while (i < len) {
    // Hot loop with the arrays in locals; leaves only for characters that need a string round trip.
    const units = out.units;
    const offsets = out.offsets;
    const cap = units.length;
    let p = out.length;
    let k = PLAIN;
    while (i < len && p < cap) {
      const c = src[i];
      k = classes[c] || classify(c);
      if (k === PLAIN) units[p] = c;
      else if (k === MAPPED) units[p] = mapped[c];
      else if (k === DROPPED) {
        i++;
        continue;
      } else break;
      offsets[p++] = i++;
    }
    out.length = p;
    if (i >= len) break;
    if (p >= cap) {
      out.grow(1);
      continue;
    }
    const c = src[i];
    if (c === 0x0d) {
      // CRLF: the LF that follows carries the break; a lone CR becomes LF.
      if (src[i + 1] !== 0x0a) out.emit('\n', i);
      i++;
    } else if (c === 0x2028 || c === 0x2029) {
      out.emit('\n', i++);
    } else {
      // A mark after an already-copied character: take that character back and normalise them together.
      let start = i;
      if (k === MARK && out.length > 0 && out.offsets[out.length - 1] === i - 1) {
        start = i - 1;
        out.length--;
      }
      const end = clusterEnd(src, i);
      out.emit(source.slice(start, end).normalize('NFKC'), start);
      i = end;
    }
  }
  const text = Buffer.from(out.units.buffer, 0, out.length * 2).toString('utf16le');
  return { text, offsets: out.offsets, length: out.length };
}
