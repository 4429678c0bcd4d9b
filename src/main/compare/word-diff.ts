// Word-level diff for Chinese and English: Intl.Segmenter tokens per sentence, then jsdiff's
// diffArrays on the token arrays (much faster than diffWords with a segmenter on CJK text).
import { diffArrays } from 'diff';
import type { DiffOp } from '../../shared/types';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;\n]*|[。！？；!?;\n]+/g;
/** Beyond this many edits the texts are unrelated; report a plain replacement instead. */
const MAX_EDIT_LENGTH = 4000;

/** Word tokens; segments sentence by sentence so the segmenter never sees a whole document. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    for (const seg of segmenter.segment(m[0])) tokens.push(seg.segment);
  }
  return tokens;
}

function push(ops: DiffOp[], op: DiffOp['op'], text: string): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

const BOUNDARY = /[。！？；!?;\n]/;

/**
 * Lengths of the shared head and tail, each cut back to a sentence boundary so the middle is
 * tokenised exactly as it would be in place. Versions mostly differ in a few sentences; without
 * this a one-character edit in a long section segments the whole section twice.
 */
function sharedEnds(a: string, b: string): { head: number; tail: number } {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let head = p;
  while (head > 0 && !BOUNDARY.test(a[head - 1])) head--;
  let s = 0;
  while (s < max - head && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  // The tail must start right after a boundary that lies inside the shared tail itself.
  let start = a.length - s + 1;
  while (start <= a.length && !BOUNDARY.test(a[start - 1])) start++;
  return { head, tail: start <= a.length ? a.length - start : 0 };
}

/** Ops turning `oldText` into `newText`; removals come before insertions within a hunk. */
export function wordDiff(oldText: string, newText: string): DiffOp[] {
  const ops: DiffOp[] = [];
  if (oldText === newText) {
    push(ops, '=', oldText);
    return ops;
  }
  const { head, tail } = sharedEnds(oldText, newText);
  const oldMid = oldText.slice(head, oldText.length - tail);
  const newMid = newText.slice(head, newText.length - tail);
  push(ops, '=', oldText.slice(0, head));
  const changes = diffArrays(tokenize(oldMid), tokenize(newMid), { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    push(ops, '-', oldMid);
    push(ops, '+', newMid);
  } else {
    for (const c of changes) push(ops, c.added ? '+' : c.removed ? '-' : '=', c.value.join(''));
  }
  push(ops, '=', oldText.slice(oldText.length - tail));
  return ops;
}

/** The text of the removed and the inserted ops. */
export function changedText(ops: readonly DiffOp[]): { removed: string; added: string } {
  let removed = '';
  let added = '';
  for (const o of ops) {
    if (o.op === '-') removed += `${o.text} `;
    else if (o.op === '+') added += `${o.text} `;
  }
  return { removed: removed.trim(), added: added.trim() };
}
