// Clauses: the unit of alignment and boilerplate detection.
import { ITEM_NUMBER, WORDLESS } from './lines';

export interface Clause {
  text: string;
  /** Normalised offsets into the text the clause was cut from (plus the given base). */
  nstart: number;
  nend: number;
}

const CLAUSE_END = /[。！？；!?;]|\n+/g;

/**
 * Splits text into clauses at Chinese/Latin sentence ends, semicolons and line breaks. Marks alone (a `==========` rule,
 * a `**` left by bold) are no clause; an item's number on a line of its own goes with the clause under it. (Neither
 * changes a fingerprint: digits and marks are no part of a clause's core.)
 */
export function splitClauses(text: string, base = 0): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let held = -1;
  const push = (to: number) => {
    const start = held >= 0 ? held : from;
    held = -1;
    const raw = text.slice(start, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (WORDLESS.test(trimmed)) return;
    if (to < text.length && ITEM_NUMBER.test(trimmed)) held = start;
    else clauses.push({ text: trimmed, nstart: base + start + lead, nend: base + start + lead + trimmed.length });
  };
  for (const m of text.matchAll(CLAUSE_END)) {
    const to = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    push(to);
    from = m.index + m[0].length;
  }
  push(text.length);
  return clauses;
}

/** Ways a policy names its own operator or product; folded so boilerplate matches across apps. */
const SELF_REFERENCE = /我们|我方|本公司|本平台|本应用|本软件|本产品|本app|本网站|本服务|平台方|公司/g;

/** Latin runs and whitespace, punctuation, symbols and digits: what `clauseCore` drops. */
const DROPPED = /[\s\p{P}\p{S}\d]/u;
const CJK_IN_CLAUSE = /[\u3400-\u9fff]/;
const QUOTED = /[“"「『《][^”"」』》]{1,20}[”"」』》]/g;

/** Lower-cased, self-references folded, quoted names and Latin runs dropped (Chinese clauses only). */
function foldClause(clause: string): string {
  const lower = clause.toLowerCase();
  // English clauses keep their words; in Chinese ones Latin runs are mostly names (UCloud, APP).
  return CJK_IN_CLAUSE.test(lower) ? lower.replace(SELF_REFERENCE, '我').replace(QUOTED, '').replace(/[a-z]+/g, '') : lower;
}

/**
 * The part of a clause that says something: quoted names (`“XX”`, `《XX》`), Latin words such
 * as product names, digits, whitespace and punctuation are dropped; self-references are folded.
 */
export function clauseCore(clause: string): string {
  return foldClause(clause).replace(/[\s\p{P}\p{S}\d]/gu, '');
}

/** Per BMP code unit: 1 when DROPPED matches it alone. Pairs of surrogates are tested as one code point. */
let droppedUnits: Uint8Array | null = null;
function droppedTable(): Uint8Array {
  if (droppedUnits) return droppedUnits;
  droppedUnits = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (DROPPED.test(String.fromCharCode(c))) droppedUnits[c] = 1;
  return droppedUnits;
}

/**
 * A near-duplicate key: the clause core (see `clauseCore`), hashed.
 * Null for clauses too short to say anything about boilerplate.
 */
export function clauseFingerprint(clause: string): string | null {
  // Hashes the kept code units of the folded clause as they are found: the same key as hashing
  // `clauseCore(clause)`, without building the core string (fingerprints run over every clause).
  const folded = foldClause(clause);
  const dropped = droppedTable();
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let length = 0;
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = folded.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        if (DROPPED.test(String.fromCharCode(c, d))) continue;
        h1 = Math.imul(Math.imul(h1 ^ c, 0x01000193) ^ d, 0x01000193);
        h2 = Math.imul(Math.imul(h2 ^ c, 0x5bd1e995) ^ d, 0x5bd1e995);
        length += 2;
        continue;
      }
    }
    if (dropped[c]) continue;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    length++;
  }
  if (length < 8) return null;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** clauseFingerprint as first written (hash of the built core), the reference its tests compare against. */
export function clauseFingerprintOfCore(clause: string): string | null {
  const core = clauseCore(clause);
  if (core.length < 8) return null;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Distinct fingerprints of all clauses of a document (stored at index time). */
export function fingerprintClauses(text: string): string[] {
  const out = new Set<string>();
  // The clauses of splitClauses, untrimmed: surrounding whitespace never reaches the core.
  let from = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m; m = CLAUSE_END.exec(text)) {
    const fp = clauseFingerprint(text.slice(from, m.index + (m[0].charCodeAt(0) === 10 ? 0 : m[0].length)));
    if (fp) out.add(fp);
    from = m.index + m[0].length;
  }
  const fp = clauseFingerprint(text.slice(from));
  if (fp) out.add(fp);
  return [...out];
}
