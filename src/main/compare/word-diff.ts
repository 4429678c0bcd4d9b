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

/** Ops turning `oldText` into `newText`; removals come before insertions within a hunk. */
export function wordDiff(oldText: string, newText: string): DiffOp[] {
  const ops: DiffOp[] = [];
  if (oldText === newText) {
    push(ops, '=', oldText);
    return ops;
  }
  const changes = diffArrays(tokenize(oldText), tokenize(newText), { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    push(ops, '-', oldText);
    push(ops, '+', newText);
    return ops;
  }
  for (const c of changes) push(ops, c.added ? '+' : c.removed ? '-' : '=', c.value.join(''));
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
