// Traditional Chinese read as Simplified, to decide topics and find facts. The heading rules, cue
// words and the learnt model all come from Simplified corpora (CA4P, VioDroid); a Taiwan or Hong Kong
// policy (`資訊使用`, `個人資料`, `隱私權`) would otherwise match none of them. The folded text has
// the same length as the original, position for position, so sections and spans stay valid;
// facts and everything shown to the user keep the original characters.
import { Converter } from 'opencc-js/t2cn';

// Taiwan phrases (`資訊` → `信息`, `軟體` → `软件`) where they keep the length; characters otherwise.
const byPhrase = Converter({ from: 'twp', to: 'cn' });
const byCharacter = Converter({ from: 't', to: 'cn' });
const folded = new Map<string, string>();

function foldCharacter(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = byCharacter(ch);
    if (out.length !== ch.length) out = ch;
    folded.set(ch, out);
  }
  return out;
}

/** Share of CJK characters that fold to another character: ~0 for Simplified, ~0.2+ for Traditional. */
export function traditionalShare(text: string, sample = 2_000): number {
  let cjk = 0;
  let changed = 0;
  // The first `sample` CJK characters decide: the script does not change halfway through a policy.
  for (let i = 0; i < text.length && cjk < sample; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    cjk++;
    const ch = text[i];
    if (foldCharacter(ch) !== ch) changed++;
  }
  return cjk ? changed / cjk : 0;
}

/** Above this share a text is Traditional; Simplified text has a few (`著`, `乾`) at most. */
const TRADITIONAL_SHARE = 0.05;

/** A line's clauses, each with the punctuation closing it. */
const CLAUSE = /[^，。；：、！？,.;:!?\s]+[，。；：、！？,.;:!?\s]*|[，。；：、！？,.;:!?\s]+/g;
const CLAUSE_BREAK = '\u0000';

/** Same-length fold, clause by clause: a clause whose phrase conversion changes its length (`使用者` → `用户`) goes by
 * character, and the others of its line still read as phrases (`15個工作日內向您回覆` → `…回复`). */
export function foldToSimplified(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    // (One conversion for all the clauses, split apart again: a call per clause, or per line and then per clause, costs a
    // 50 KB page 10 ms more.)
    const clauses = line.match(CLAUSE) ?? [line];
    const converted = byPhrase(clauses.join(CLAUSE_BREAK)).split(CLAUSE_BREAK);
    lines[i] = converted.length === clauses.length
      ? clauses.map((c, k) => (converted[k].length === c.length ? converted[k] : Array.from(c, foldCharacter).join(''))).join('')
      : Array.from(line, foldCharacter).join('');
  }
  return lines.join('\n');
}

// Taiwan and Hong Kong privacy law words for the Mainland ones the corpora use (`個人資料` is what PIPL
// calls `个人信息`; `蒐集`, `揭露`, `第三人`, Hong Kong's `第三者` and `保安` (security); `資訊` in a clause folded by
// character; `回覆`, which the phrase table keeps), each the same length so positions hold.
const MAINLAND_WORD: Readonly<Record<string, string>> = { 个人数据: '个人信息', 搜集: '收集', 揭露: '披露', 第三人: '第三方', 第三者: '第三方', 保安: '安全', 帐号: '账号', 资讯: '信息', 回覆: '回复', 答覆: '答复' };
const LAW_WORD = new RegExp(Object.keys(MAINLAND_WORD).join('|'), 'g');

/** Traditional text read as Simplified, in the Mainland's words. */
export const foldWords = (text: string): string => foldToSimplified(text).replace(LAW_WORD, (word) => MAINLAND_WORD[word]);

/** The text to decide topics on: folded when it is Traditional, else the text itself. */
export function topicText(text: string): string {
  return traditionalShare(text) < TRADITIONAL_SHARE ? text : foldWords(text);
}

/**
 * `value` (found in `folded`) as the original text writes it: the same positions in `original`,
 * searched from `near`. A value the extractor rewrote (a date, a lower-cased e-mail) stays as it is.
 */
export function unfoldString(value: string, folded: string, original: string, near = 0): string {
  if (!value) return value;
  let at = folded.indexOf(value, Math.max(0, near - value.length - 400));
  if (at < 0) at = folded.indexOf(value);
  return at < 0 ? value : original.slice(at, at + value.length);
}

/** Every string inside a fact value (`{name, vendor, purpose}` included), unfolded near `near`. */
export function unfoldValue<T>(value: T, folded: string, original: string, near: number): T {
  if (typeof value === 'string') return unfoldString(value, folded, original, near) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = unfoldValue(v, folded, original, near);
  return out as T;
}
