// Clauses (src/main/analyze/clauses.ts), the rows of the side-by-side view, on a real policy's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../helpers/paths';
import { clauseFingerprint, fingerprintClauses, splitClauses } from '../../../src/main/analyze/clauses';

const run = hasShared ? describe : describe.skip;

run('splitClauses', () => {
  // 苏e行's terms number each paragraph on a line of its own (`3.5` / `**在需要终止…`) and close chapters with a rule.
  const text = readFileSync(corpus('ca4p483', 'txt', '0499_com_bwton_szfreego.txt'), 'utf8');
  const part = text.slice(text.indexOf('3.4\n'), text.indexOf('3.6\n'));
  const opening = text.slice(0, text.indexOf('### 第一章'));

  it('an item\'s number alone on its line opens the clause under it', () => {
    const clauses = splitClauses(part, 100);
    expect(clauses.map((c) => c.text.slice(0, 12))).toEqual(['3.4\n**您若违反上述', '您使用苏e行APP必须遵', '对于您违法或违反本协议的', '若因此导致苏e行及业务合', '3.5\n**在需要终止、']);
    // (The `**` closing each bold paragraph after its full stop is no clause either.)
    expect(clauses.map((c) => c.text)).not.toContain('**');
    // Offsets still point into the text given (plus the base).
    for (const c of clauses) expect(part.slice(c.nstart - 100, c.nend - 100)).toBe(c.text);
  });

  it('a rule (`==========`) is no clause', () => {
    expect(opening).toBe('Apkid:com.bwton.szfreego\n==========\n欢迎使用苏e行客户端软件及服务！\n==========\n');
    expect(splitClauses(opening).map((c) => c.text)).toEqual(['Apkid:com.bwton.szfreego', '欢迎使用苏e行客户端软件及服务！']);
  });

  it('neither changes a fingerprint: the boilerplate keys are those of the clauses as they were', () => {
    const both = part + opening;
    const kept = splitClauses(both).map((c) => clauseFingerprint(c.text)).filter((x) => x !== null);
    expect(new Set(fingerprintClauses(both))).toEqual(new Set(kept));
    expect(kept.length).toBeGreaterThan(4);
  });
});
