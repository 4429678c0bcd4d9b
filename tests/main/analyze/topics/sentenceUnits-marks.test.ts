// Marks alone (`**`, a `==========` rule, `###`) say nothing: beside a carved sentence they go with it
// (topics/sentenceUnits.ts); a paragraph of them carries no topic (classify.ts).
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../../helpers/paths';
import { analyzed } from '../helpers';
import { WORDLESS } from '../../../../src/main/analyze/lines';

const run = hasShared ? describe : describe.skip;

/** The units of a CA4P file whose text has no letter or digit, with their topics. */
async function wordlessUnits(file: string) {
  const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', file));
  return analysis.sections.filter((s) => WORDLESS.test(doc.text.slice(s.nstart, s.nend))).map((s) => ({ text: doc.text.slice(s.nstart, s.nend), topics: s.topics }));
}

run('units of marks only', () => {
  it('苏e行: the `==========` and `**` beside a carved sentence go with it, no unit of their own; the sentence keeps its topic', async () => {
    const marks = await wordlessUnits('0499_com_bwton_szfreego.txt');
    expect(marks.filter((m) => m.topics.length)).toEqual([]);
    expect(marks.map((m) => m.text)).not.toContain('**');
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0499_com_bwton_szfreego.txt'));
    const at = doc.text.indexOf('我们仅在必要情形下与第三方共享您的用户信息');
    const unit = analysis.sections.findLast((s) => s.nstart <= at && at < s.nend)!;
    expect(unit.topics).toContain('sharing');
    expect(doc.text.slice(unit.nstart, unit.nend)).toMatch(/^==========\n4\.3 苏e行会采取合理的措施/);
    const next = analysis.sections[unit.id + 1];
    expect(doc.text.slice(next.nstart, next.nend)).toMatch(/^在将您的用户信息提供给第三方前.*采取保护措施。\*\*$/);
  });

  it('颜值部落 (`###` over a rule, its own paragraph): no topic', async () => {
    const marks = await wordlessUnits('0904_com_yanzhibuluo_wwh.txt');
    expect(marks.some((m) => m.text.startsWith('###'))).toBe(true);
    expect(marks.filter((m) => m.topics.length)).toEqual([]);
  });

  it('保卫萝卜: an item\'s number on the line above its carved sentence (`5.1` / `用户承诺以其真实身份注册…`) goes with it', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0534_com_carrot_carrotfantasy.txt'));
    const at = doc.text.indexOf('用户承诺以其真实身份注册成为运营商的用户');
    const unit = analysis.sections.findLast((s) => s.nstart <= at && at < s.nend)!;
    expect(doc.text.slice(unit.nstart, at)).toBe('5.1\n');
    expect(unit.topics).toContain('collection');
    expect(analysis.sections.filter((s) => /^\d\.\d$/.test(doc.text.slice(s.nstart, s.nend)))).toEqual([]);
  });
});
