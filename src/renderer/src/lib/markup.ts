// Markdown and HTML leftovers that policies carry as literal text (`<br>**定义**`, `### 十一、`):
// hidden when text is shown, never removed from the stored text, so every span and offset the
// views use still points into the real text.

const BREAK_TAG = /<br\s*\/?>/gi;
const EMPHASIS = /\*\*+/g;
const HEADING_MARK = /(^|\n)[ \t]{0,3}#{1,6}[ \t]+/g;
// Search snippets flatten lines, so a heading's `####` can sit mid-line; two or more `#` then a
// space is markup, a lone `#` may be text.
const INLINE_HEADING_MARK = /(\s)#{2,6}[ \t]+/g;

/** Text as shown; `atLineStart` says whether `text` begins a line of the document. */
export function hideMarkup(text: string, atLineStart = true): string {
  const shown = text.replace(BREAK_TAG, '').replace(EMPHASIS, '').replace(INLINE_HEADING_MARK, '$1');
  return shown.replace(HEADING_MARK, (m, before: string, offset: number) => (offset === 0 && !atLineStart ? m : before));
}
