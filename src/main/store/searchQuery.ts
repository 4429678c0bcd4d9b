// Turning a user's literal query into an FTS5 phrase and a matching JS regex. No FTS syntax from
// the user ever reaches SQLite: only token characters are kept, then quoted as one phrase.
import { isCjkChar } from './cjk';

/** Longer queries are cut: nobody types 500 characters into a search box on purpose. */
export const MAX_QUERY_CHARS = 500;

const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const CJK_RUN = /[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

export interface ParsedQuery {
  /** The FTS5 MATCH expression. */
  match: string;
  /** Finds the phrase in normalised text, tolerant of the separators the tokenizer ignores. */
  pattern: RegExp;
}

/** Splits like the index does: CJK characters one by one, other words whole. */
export function queryTokens(query: string): string[] {
  const cleaned = query.slice(0, MAX_QUERY_CHARS * 2).normalize('NFKC').slice(0, MAX_QUERY_CHARS);
  const tokens: string[] = [];
  for (const [word] of cleaned.matchAll(TOKEN)) {
    if (!CJK_RUN.test(word)) {
      tokens.push(word);
      continue;
    }
    let latin = '';
    for (const ch of word) {
      if (isCjkChar(ch)) {
        if (latin) tokens.push(latin);
        latin = '';
        tokens.push(ch);
      } else latin += ch;
    }
    if (latin) tokens.push(latin);
  }
  return tokens;
}

const SEP = '[^\\p{L}\\p{N}\\p{M}\\p{Co}]';

/** Null when the query has nothing searchable (only punctuation, operators' symbols, whitespace). */
export function parseQuery(query: string): ParsedQuery | null {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return null;
  const cjk = tokens.map(isCjkChar);
  let source = '';
  tokens.forEach((token, i) => {
    if (i > 0) source += !cjk[i] && !cjk[i - 1] ? `${SEP}+` : `${SEP}*`;
    const escaped = token.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    // A Latin token is a whole word unless it touches a CJK character (the index splits there too).
    source += cjk[i] ? escaped : `${i === 0 ? NOT_WORD_BEFORE_LATIN : ''}${escaped}${i === tokens.length - 1 ? NOT_WORD_AFTER_LATIN : ''}`;
  });
  return {
    match: `"${tokens.join(' ')}"`,
    pattern: new RegExp(source, 'giu'),
  };
}

// Latin words are delimited by anything that is not a non-CJK word character.
const NON_CJK_WORD = '(?:(?![\\u2e80-\\u2fdf\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff])[\\p{L}\\p{N}\\p{M}\\p{Co}])';
const NOT_WORD_BEFORE_LATIN = `(?<!${NON_CJK_WORD})`;
const NOT_WORD_AFTER_LATIN = `(?!${NON_CJK_WORD})`;
