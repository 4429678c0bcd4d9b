// Cue-guided matching: `text.matchAll(re)` for patterns every match of which ends in a rare cue
// (`岁`, `years of age`) reached over a few known characters. Scanning the whole text with such a
// pattern tries it at every position; here a sticky copy is tried only where a match could start.

/** A cue and what a match may hold before it: candidate starts are `cue` positions scanned back over `lead` characters. */
export interface Cue {
  /** Global regex finding the cue (a match's last part, or its first word when `lead` is null),
   * or the cue's possible characters (found by a char-code loop, cheaper for frequent ones). */
  cue: RegExp | string;
  /** Characters allowed between a match's start and its cue, which then starts strictly before
   * the cue (with at least one of them); null when matches start at the cue. */
  lead: RegExp | null;
}

function table(lead: RegExp): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (lead.test(String.fromCharCode(c))) t[c] = 1;
  return t;
}
const tables = new WeakMap<RegExp, Uint8Array>();
const charTables = new Map<string, Uint8Array>();

/** Every position where a match could start, ascending and distinct. */
function candidateStarts(text: string, cues: readonly Cue[]): Int32Array {
  const starts: number[] = [];
  for (const { cue, lead } of cues) {
    let t: Uint8Array | undefined;
    if (lead) {
      t = tables.get(lead);
      if (!t) tables.set(lead, (t = table(lead)));
    }
    const at = (p: number): void => {
      if (!t) {
        starts.push(p);
        return;
      }
      let a = p;
      while (a > 0 && t[text.charCodeAt(a - 1)]) a--;
      for (let q = a; q < p; q++) starts.push(q);
    };
    if (typeof cue === 'string' && cue.length === 1) {
      for (let p = text.indexOf(cue); p >= 0; p = text.indexOf(cue, p + 1)) at(p);
    } else if (typeof cue === 'string') {
      let chars = charTables.get(cue);
      if (!chars) {
        chars = new Uint8Array(0x10000);
        for (let i = 0; i < cue.length; i++) chars[cue.charCodeAt(i)] = 1;
        charTables.set(cue, chars);
      }
      for (let p = 0; p < text.length; p++) if (chars[text.charCodeAt(p)]) at(p);
    } else for (const m of text.matchAll(cue)) at(m.index);
  }
  const sorted = Int32Array.from(starts).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
}

/**
 * The matches of `text.matchAll(global)`, provided every match starts at a candidate of `cues`
 * (it holds its cue, and only `lead` characters before it) and no match is empty.
 */
export function cuedMatches(text: string, global: RegExp, cues: readonly Cue[]): RegExpExecArray[] {
  const sticky = new RegExp(global.source, global.flags.replace('g', '') + 'y');
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const q of candidateStarts(text, cues)) {
    if (q < from) continue;
    sticky.lastIndex = q;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = q + m[0].length;
  }
  return out;
}
