// Topics a chapter's heading rules out (topics/headingLimits.ts), on real policies.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared, seed } from '../../../helpers/paths';
import { analyzed } from '../helpers';

const run = hasShared ? describe : describe.skip;

/** The deepest section holding `words`, and the section its heading stands over. */
async function unitHolding(path: string, words: string) {
  const { doc, analysis } = await analyzed(path);
  const at = doc.text.indexOf(words);
  expect(at, words).toBeGreaterThanOrEqual(0);
  const unit = analysis.sections.findLast((s) => s.nstart <= at && at < s.nend)!;
  let owner = unit;
  while (owner.synthetic && owner.parent !== null) owner = analysis.sections[owner.parent];
  return { unit, owner };
}

run('data got from third parties is no sharing', () => {
  it('seed 000: `(四) 我们从第三方获得您个人信息的情形` and its paragraphs are collection, not sharing', async () => {
    const { unit, owner } = await unitHolding(seed(0), '我们可能会在您的授权同意范围内从第三方(我们的合作方)处获得您的个人信息');
    expect(owner.heading).toBe('我们从第三方获得您个人信息的情形');
    expect(owner.topics).toEqual(expect.arrayContaining(['collection', 'third_party']));
    expect(owner.topics).not.toContain('sharing');
    expect(unit.topics).not.toContain('sharing');
    const loans = await unitHolding(seed(0), '我们还可能从小米关联公司及合作伙伴、信用机构');
    expect(loans.unit.topics).toContain('collection');
    expect(loans.unit.topics).not.toContain('sharing');
  });

  it('CA4P 0684: `为更好地为您提供服务，我们可能会接收关联公司、业务合作伙伴等第三方提供的您的相关信息` is received, not shared', async () => {
    const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', '0684_com_greenpoint_android_mc10086_activity.txt'), '我们可能会接收关联公司、业务合作伙伴等第三方提供的您的相关信息');
    expect(owner.heading).toBe('从第三方获得您的个人信息');
    expect(unit.topics).toContain('collection');
    expect(unit.topics).not.toContain('sharing');
  });

  it('…but the operator giving data out there is sharing (小猪: `小猪亦会向第三方传输有关您的部分必要信息`); the reader giving it is not (新浪新闻: `您原本向第三方提供个人信息时`)', async () => {
    const xiaozhu = await unitHolding(corpus('ca4p483', 'txt', '0813_com_xiaozhu_xzdz.txt'), '小猪亦会向第三方传输有关您的部分必要信息');
    expect(xiaozhu.owner.heading).toBe('从第三方获取您的个人信息');
    expect(xiaozhu.unit.topics).toContain('sharing');
    const sina = await unitHolding(corpus('ca4p483', 'txt', '0916_com_sina_news.txt'), '超出您原本向第三方提供个人信息时的授权范围');
    expect(sina.owner.heading).toBe('我们从第三方获得的您的信息');
    expect(sina.unit.topics).not.toContain('sharing');
  });

  it('CA4P 0636: what other parties shared about the reader (`1.2其他方分享的您的信息：` / `其他方使用璀璨互联的服务时所提供有关您的共享信息`) is collection, not sharing', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0636_com_gl_zombie_frontier_dead_target_free_huawei.txt'));
    const others = analysis.sections.find((s) => s.heading === '其他方分享的您的信息:')!;
    expect(others.topics).toContain('collection');
    expect(others.topics).not.toContain('sharing');
  });
});
