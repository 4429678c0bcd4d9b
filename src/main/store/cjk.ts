// CJK characters carry no spaces between words, and unicode61 treats a run of them as one
// token. Spacing them apart makes each character a token, so any query of 1+ characters
// becomes a phrase query over single-character tokens.
const CJK_RUN = /[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g;

/** The code units CJK_RUN matches (all BMP, so a code unit test is exact). */
function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

const CHUNK = 8192;

/** Same result as `text.replace(CJK_RUN, (run) => ` ${[...run].join(' ')} `)`, in one pass over char codes
 * (the regex with a callback per run was most of the search-body time on Chinese text). */
export function spaceCjk(text: string): string {
  const n = text.length;
  // Worst case every other character is CJK: each becomes ` c ` (3 units).
  const out = new Uint16Array(n * 3);
  let o = 0;
  let inRun = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c)) {
      out[o++] = 32; // opens the run, or separates it from the previous character
      inRun = true;
    } else if (inRun) {
      out[o++] = 32;
      inRun = false;
    }
    out[o++] = c;
  }
  if (inRun) out[o++] = 32;
  let result = '';
  for (let k = 0; k < o; k += CHUNK) result += String.fromCharCode.apply(null, out.subarray(k, Math.min(o, k + CHUNK)) as unknown as number[]);
  return result;
}

/** The regex form of spaceCjk, kept as the reference its tests compare against. */
export function spaceCjkByRegex(text: string): string {
  return text.replace(CJK_RUN, (run) => ` ${run.split('').join(' ')} `);
}

const CJK_CHAR = /^[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]$/;
export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch);
}
