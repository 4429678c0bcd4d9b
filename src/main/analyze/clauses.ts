// Clauses: the unit of alignment and boilerplate detection.
export interface Clause {
  text: string;
  /** Normalised offsets into the text the clause was cut from (plus the given base). */
  nstart: number;
  nend: number;
}

const CLAUSE_END = /[。！？；!?;]|\n+/g;

/** Splits text into clauses at Chinese/Latin sentence ends, semicolons and line breaks. */
export function splitClauses(text: string, base = 0): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) clauses.push({ text: trimmed, nstart: base + from + lead, nend: base + from + lead + trimmed.length });
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

/**
 * The part of a clause that says something: quoted names (`“XX”`, `《XX》`), Latin words such
 * as product names, digits, whitespace and punctuation are dropped; self-references are folded.
 */
export function clauseCore(clause: string): string {
  const lower = clause.toLowerCase();
  // English clauses keep their words; in Chinese ones Latin runs are mostly names (UCloud, APP).
  const cjk = /[\u3400-\u9fff]/.test(lower);
  const folded = cjk
    ? lower.replace(SELF_REFERENCE, '我').replace(/[“"「『《][^”"」』》]{1,20}[”"」』》]/g, '').replace(/[a-z]+/g, '')
    : lower;
  return folded.replace(/[\s\p{P}\p{S}\d]/gu, '');
}

/**
 * A near-duplicate key: the clause core (see `clauseCore`), hashed.
 * Null for clauses too short to say anything about boilerplate.
 */
export function clauseFingerprint(clause: string): string | null {
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
  for (const c of splitClauses(text)) {
    const fp = clauseFingerprint(c.text);
    if (fp) out.add(fp);
  }
  return [...out];
}
