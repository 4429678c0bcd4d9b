import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { IngestError } from './types';
import { COMMON_CJK } from './common-cjk';

/**
 * Encoding names this module reports. Invalid UTF-8 that is not plausible GB18030/Big5/windows-1252
 * is decoded with U+FFFD replacements and reported as `utf-8 (invalid bytes replaced)`, so the user
 * still gets the readable part and the UI can warn that some bytes were lost.
 */
export const UTF8_REPLACED = 'utf-8 (invalid bytes replaced)';

export interface DecodedText {
  text: string;
  encoding: string;
}

const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Maps a declared charset label (HTML meta, HTTP) to the decoder we use, or null if unknown. */
export function canonicalCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  // GB2312 and GBK are subsets of GB18030; pages labelled gb2312 routinely contain GBK-only characters.
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'gb_2312-80', 'csgb2312', 'euc-cn', 'cp936'].includes(l)) return 'gb18030';
  if (['big5', 'big5-hkscs', 'x-x-big5', 'cn-big5', 'cp950'].includes(l)) return 'big5';
  // Browsers treat latin1 and ascii labels as windows-1252; so do we.
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'iso8859-1', 'us-ascii', 'ascii', 'l1'].includes(l)) return 'windows-1252';
  if (l === 'utf-16le' || l === 'utf-16') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return utf8Lossy.decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** UTF-16 without BOM shows up as zero bytes concentrated on one parity (ASCII, digits, newlines). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  if (n < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  const pick = zeroOdd > zeroEven ? 'utf-16le' : 'utf-16be';
  const hi = Math.max(zeroEven, zeroOdd);
  const lo = Math.min(zeroEven, zeroOdd);
  // CJK code points like U+4E00 put zeros on the other parity too; ASCII (newlines, digits) dominates one side.
  if (hi < Math.max(1, pairs * 0.005) || lo * 2 > hi) return null;
  const text = decodeWith(bytes.subarray(0, n), pick);
  return plausibleText(text) ? pick : null;
}

/** Rejects decodings full of controls, unpaired surrogates, private-use or replacement characters. */
function plausibleText(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else bad++;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad++;
  }
  return bad <= text.length * 0.02;
}

/** Counts bytes that never occur in text files: NUL and C0 controls other than tab/LF/FF/CR/ESC. */
function controlByteRatio(bytes: Uint8Array): { nul: number; ctl: number; ratio: number } {
  const n = Math.min(bytes.length, 1 << 16);
  let nul = 0;
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) ctl++;
  }
  return { nul, ctl, ratio: (nul + ctl) / Math.max(1, n) };
}

/** Share of CJK ideographs that are among the most common characters: high for the right decoding. */
function cjkScore(text: string): { cjk: number; common: number; replaced: number } {
  let cjk = 0;
  let common = 0;
  let replaced = 0;
  const n = Math.min(text.length, 200_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      if (COMMON_CJK.has(c)) common++;
    }
  }
  return { cjk, common, replaced };
}

/** Bytes 0x81/0x8D/0x8F/0x90/0x9D are undefined in windows-1252; Latin text is mostly ASCII. */
function looksWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) {
      high++;
      if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    }
  }
  return high <= bytes.length * 0.3;
}

function guessLegacy(bytes: Uint8Array): DecodedText {
  // A few stray bytes in otherwise valid UTF-8 (a truncated copy, a mixed paste): keep UTF-8.
  const lossy = utf8Lossy.decode(bytes);
  const lossyScore = cjkScore(lossy);
  let nonAscii = 0;
  for (let i = 0; i < lossy.length; i++) if (lossy.charCodeAt(i) >= 0x80) nonAscii++;
  if (lossyScore.replaced <= Math.max(2, nonAscii * 0.05) && nonAscii > lossyScore.replaced) {
    return { text: lossy, encoding: UTF8_REPLACED };
  }
  const candidates = ['gb18030', 'big5'].map((encoding) => {
    const text = decodeWith(bytes, encoding);
    const s = cjkScore(text);
    return { encoding, text, score: s.cjk === 0 ? 0 : s.common / s.cjk - (s.replaced * 4) / Math.max(1, s.cjk) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best.score >= 0.3) return { text: best.text, encoding: best.encoding };
  if (looksWindows1252(bytes)) return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252' };
  return { text: lossy, encoding: UTF8_REPLACED };
}

/** Bytes above 0x7f that valid UTF-8 must show before it outweighs a declared legacy Chinese charset. */
const MIN_HIGH_BYTES = 24;

/**
 * Decodes bytes of a text file. Order: BOM, declared charset (when it fits the bytes), UTF-16 by
 * zero-byte parity, binary rejection, strict UTF-8, then GB18030 / Big5 / windows-1252 by scoring.
 * Throws IngestError('binary content, not text') for data that is not text in any of these.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };

  const { nul, ctl, ratio } = controlByteRatio(bytes);
  if (nul > 0) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16 };
    throw new IngestError('binary content, not text');
  }
  // A few stray controls are cleaned up by normalisation; many of them mean this is not text.
  if (ctl > 8 && ratio > 0.05) throw new IngestError('binary content, not text');

  const declared = declaredCharset ? canonicalCharset(declaredCharset) : null;
  const validUtf8 = isValidUtf8(bytes);
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    let high = 0;
    for (let i = 0; i < bytes.length && high < MIN_HIGH_BYTES; i++) if (bytes[i] >= 0x80) high++;
    // Pages labelled latin1, or gb2312 and re-saved as UTF-8 with their old `<meta charset>` (盼未来's private.html), are
    // often really UTF-8; the bytes decide when they are valid multi-byte UTF-8. (GB18030 or Big5 text passes for UTF-8
    // only by chance, in a few bytes at most.)
    if (!(validUtf8 && high >= (declared === 'windows-1252' ? 1 : MIN_HIGH_BYTES))) return { text: decodeWith(bytes, declared), encoding: declared };
  }
  if (validUtf8) return { text: utf8(bytes), encoding: 'utf-8' };
  return guessLegacy(bytes);
}
