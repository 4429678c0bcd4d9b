// Facts are read on the normalised text; names are reported as the policy writes them.
import { skipSpace, trimSpaceEnd } from '../lines';

/** `[start, end)` of the source without the white space at either end (a name's span ends at its last character). */
export function trimSpan(source: string, start: number, end: number): { start: number; end: number } {
  const e = trimSpaceEnd(source, start, end);
  return { start: skipSpace(source, start, e), end: e };
}

/** Full-width ASCII (`（北京）`, `ＡＢＣ`) as NFKC reads it. */
const foldWidth = (s: string): string => s.replace(/[\uFF01-\uFF5E]/g, (c) => c.normalize('NFKC'));

/**
 * A name (operator, app) in the source's own characters when the source writes it in full-width forms the normalised
 * text folded (`竞技世界（北京）网络技术有限公司`): an analyst compares it with the page. Anything else the normaliser
 * changed (Kangxi radicals `⼈`, a PDF's line break) keeps the normalised value.
 */
export function asWritten(source: string, start: number, end: number, value: string): string {
  const raw = source.slice(start, end);
  return raw !== value && foldWidth(raw) === value ? raw : value;
}
