// splitSections: the next member of a chapter numbering stands beside the one before it, whatever came between.
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed, analyzeText } from './helpers';

const run = hasShared ? describe : describe.skip;
const CHAPTER = /^[一二三四五六七八九十]+、$/;

run('chapters after a flattened table', () => {
  it('CA4P 0945: `二、如何使用cookie` … after the SDK table\'s `**隐私说明**` and `1.联运市场必须接入` cells is a chapter beside `一、`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0945_com_zsfz_fywzmxzl2_huawei.txt'));
    const chapters = analysis.sections.filter((s) => CHAPTER.test(s.number ?? ''));
    expect(chapters.slice(0, 5).map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(new Set(chapters.map((s) => s.level))).toEqual(new Set([chapters[0].level]));
    expect(new Set(chapters.map((s) => s.parent))).toEqual(new Set([chapters[0].parent]));
    const cookies = chapters[1];
    expect(cookies.heading).toContain('cookie');
    expect(cookies.topics).toContain('cookies');
  });

  it('CA4P 0789: `五、我们如何保护个人信息安全` after `(三)依法豁免…` under the SDK list is no descendant of `(三)`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0789_com_lemon_lv.txt'));
    const byNumber = (n: string) => analysis.sections.find((s) => s.number === n && CHAPTER.test(n))!;
    expect(byNumber('五、').heading).toBe('我们如何保护个人信息安全');
    // `四、`'s parent was closed by the plain `接入第三方SDK目录`: `五、` goes to the top, no longer four levels down.
    expect(byNumber('五、').level).toBeLessThanOrEqual(byNumber('四、').level);
    expect(byNumber('六、').parent).toBe(byNumber('五、').parent);
  });
});

describe('chapters around plain titles', () => {
  // 小红书's words (fresh batch T): plain feature titles inside `一、`, then the next chapters.
  const lines = [
    '关于我们', '', '小红书的运营者为行吟信息科技(上海)有限公司。', '',
    '一、我们如何收集和使用您的个人信息', '', '我们会按照如下方式收集您的个人信息:', '',
    '账号注册及登录', '', '1.1. 当您注册及登录时,我们会收集您的手机号码。', '',
    '向您提供产品和/或服务', '', '2.1. 信息浏览、发布、点赞、收藏、分享功能。', '', '2.1.1.为了向您提供信息展示服务,我们会收集您的浏览记录。', '',
    '征得授权同意的例外', '', '根据相关法律法规规定,以下情形中收集您的个人信息无需征得您的授权同意:与国家安全、国防安全有关的。', '',
    '二、我们如何共享、转让、公开披露您的个人信息', '', '我们不会与第三方共享您的个人信息,但以下情况除外。', '',
    '三、我们如何存储和保护您的个人信息', '', '我们在中华人民共和国境内收集的个人信息存储在境内。', '',
  ];

  it('`二、` and `三、` stand at the top, not under the plain `征得授权同意的例外` before them', () => {
    const s = splitSections(lines.join('\n'));
    const exceptions = s.find((x) => x.heading === '征得授权同意的例外')!;
    const second = s.find((x) => x.number === '二、')!;
    const third = s.find((x) => x.number === '三、')!;
    expect(second.parent).toBeNull();
    expect(third.parent).toBeNull();
    expect(exceptions.end).toBeLessThanOrEqual(second.start);
  });

  it('not when the numbering starts again at 1 (items under plain chapter titles, 熊猫看书\'s shape)', () => {
    const s = splitSections([
      '我们可能收集的信息', '', '1.您提供的信息:', '', '您注册账号时提供的手机号码。', '', '2.我们获取的您的信息:', '', '您使用服务时的设备信息。', '',
      '我们如何共享个人信息', '', '1.向您提供我们的服务', '', '我们会与合作伙伴共享订单信息。', '',
      '用户如何更正个人信息', '', '3.您可以在设置中更正您的资料。', '',
      '本政策的变更', '', '我们可能适时修订本政策的条款。', '',
    ].join('\n'));
    expect(s.find((x) => x.heading === '本政策的变更')!.parent).toBeNull();
  });
});

run('numberings that are not the chapters before them', () => {
  it('Twitter 2022-09-04: `2.How We Use Information` stays under its plain question `How do you use my information?`', async () => {
    const { analysis } = await analyzed(corpus('ota_pga_versions', 'X', 'X__2022-09-04.md'));
    const question = analysis.sections.find((x) => x.heading === 'How do you use my information?')!;
    expect(analysis.sections.find((x) => x.heading === 'How We Use Information')!.parent).toBe(question.id);
  });

  it('CA4P 0885 (音派): articles numbered through the chapters (`第五条` after `第一章`\'s `第一条`) stay under the chapter that holds them', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0885_com_yinpai.txt'));
    const byId = new Map(analysis.sections.map((x) => [x.id, x]));
    const articles = analysis.sections.filter((x) => /^第\d+条$/.test(x.number ?? ''));
    expect(articles.length).toBeGreaterThan(20);
    expect(articles.every((x) => /^第.+章$/.test(byId.get(x.parent!)?.number ?? ''))).toBe(true);
    expect(byId.get(articles.find((x) => x.number === '第5条')!.parent!)!.number).toBe('第二章');
  });
});

describe('a marked-up numbered title with a comma', () => {
  it('即构 SDK (round 32, batch AA): `#### 1.9 根据法律法规的规定,以下是征得用户同意的例外情形` after `#### 1.8 …` is a heading', async () => {
    const a = await analyzeText(['# 即构 SDK 隐私政策', '', '### 1. 我们如何采集和使用个人信息', '', '#### 1.7 AI Agent', '', '当您使用AI Agent服务时,我们会收集您的语音数据。', '',
      '#### 1.8 云端实时语音识别', '', '云端实时语音识别服务是依托于即构Express SDK实时音视频服务的一项附加服务。', '',
      '#### 1.9 根据法律法规的规定，以下是征得用户同意的例外情形', '', '请您理解,在下列情形中,根据法律法规及相关国家标准,我们收集和使用您的个人信息不必事先征得您的授权同意:', '',
      '## 2. 我们如何存储个人信息', '', '我们将在中华人民共和国境内收集和产生的个人信息存储在境内。', ''].join('\n'), 'zego.md');
    const exceptions = a.sections.find((s) => s.number === '1.9');
    expect(exceptions?.heading).toBe('根据法律法规的规定,以下是征得用户同意的例外情形');
    expect(exceptions?.topics).toContain('consent_exceptions');
  });
});

describe('a chapter title run in before its first numbered item', () => {
  it('莉莉丝 (round 32, batch AA; text from a PDF with its lines joined): `九、联系我们 1. 如您对…` is the chapter `联系我们` over its body', async () => {
    const a = await analyzeText(['七、本隐私协议的更新及访问', '', '我们可能会适时对本隐私协议进行修订。', '',
      '八、法律适用与争议解决 1. 本《莉莉丝游戏隐私协议》的订立、执行和解释及争议的解决均应适用中华人民共和国法律。', '',
      '九、联系我们 1. 如您对本《莉莉丝游戏隐私协议》的内容或使用我们的服务时遇到的与个人信息保护相关的事宜有任何疑问,您可以发送邮件至service@lilithgames.com与我们联系。', ''].join('\n'), 'lilith.txt');
    const contact = a.sections.find((s) => s.number === '九、');
    expect(contact?.heading).toBe('联系我们');
    expect(contact?.topics).toContain('contact');
  });
});
