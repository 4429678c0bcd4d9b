// Small text helpers shared by matching, alignment and diffing.
import { createHash } from 'node:crypto';
import type { Section } from '../../shared/types';
import { sectionContentKey } from '../store/sectionKey';

/** Numbering at the start of a heading or clause: `一、` `1.2` `（三）` `第二条` `2.1.3` `(a)` `#`. */
const LEADING_NUMBER =
  /^\s*(?:#+\s*|第[一二三四五六七八九十百零〇\d]+[章节条部分款]\s*|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*|[一二三四五六七八九十]+\s*[、.．]\s*|\d+(?:\s*[.．]\s*\d+)*\s*[、.．]?\s*|[a-zA-Z]\s*[.)）]\s*|[【\[]\s*|[*•·l]\s+)+/u;

export function stripNumbering(heading: string): string {
  return heading.replace(LEADING_NUMBER, '').replace(/[】\]]/g, '').trim();
}

/** Letters and CJK only, lower-case: what two texts say regardless of layout. */
export function coreText(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/** Distinct character bigrams of the core text (single char for 1-char strings). */
export function bigrams(text: string): Set<string> {
  const core = coreText(text);
  const out = new Set<string>();
  if (core.length === 1) out.add(core);
  for (let i = 0; i + 1 < core.length; i++) out.add(core.slice(i, i + 2));
  return out;
}

/** Dice coefficient of two bigram sets, 0..1. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** End (normalised) of a section's own text: where its first child starts, else its end. */
export function ownEnd(sections: readonly Section[], index: number): number {
  const s = sections[index];
  const next = sections[index + 1];
  return next && next.nstart < s.nend && next.nstart >= s.nstart ? next.nstart : s.nend;
}

/**
 * Stable key of a section across re-indexing (what corrections are stored under): the store's
 * `sectionContentKey` — sha256 of heading + body with whitespace removed, first 32 hex digits.
 * `heading` must be the heading line as it appears in the text (numbering included).
 */
export function sectionKey(heading: string, bodyText: string): string {
  return createHash('sha256').update(`${heading}${bodyText}`.replace(/\s+/g, '')).digest('hex').slice(0, 32);
}

/** The key of a section inside its document's normalised text; equals the stored `content_key`. */
export function sectionKeyOf(text: string, section: Section): string {
  return sectionContentKey(text, section);
}
