// CJK characters carry no spaces between words, and unicode61 treats a run of them as one
// token. Spacing them apart makes each character a token, so any query of 1+ characters
// becomes a phrase query over single-character tokens.
const CJK_RUN = /[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g;

export function spaceCjk(text: string): string {
  return text.replace(CJK_RUN, (run) => ` ${run.split('').join(' ')} `);
}

const CJK_CHAR = /^[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]$/;
export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch);
}
