// Section trees and cues from round 53, modelled on fresh held-out pages (which stay outside the repository).
import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../../../src/shared/types';
import { analyzeText, topLevel } from './helpers';

// (Headings read NFKC, brackets and commas half width.)
const headed = (a: DocumentAnalysis, start: string) => a.sections.filter((s) => `${s.number ?? ''}${s.heading}`.startsWith(start.normalize('NFKC')));

describe('a contents list under `目录` whose first chapter is worded a little unlike its entry', () => {
  // A game publisher's policy: `一、我们收集、使用个人信息的方式…` in the list, `一、我们收集、使用信息的方式…` as the chapter.
  const entries = ['一、我们收集、使用个人信息的方式、范围和目的', '二、我们可能分享、转让和披露的信息', '三、我们如何保留、储存和保护信息', '四、管理您的信息', '五、第三方服务', '六、通知和修订', '七、如何联系我们'];
  const chapters = [
    '一、我们收集、使用信息的方式、范围和目的', '（一）我们将通过以下途径收集和获得您的信息：', '1、您在注册账号时提供的手机号码，用于创建账号。',
    '二、我们可能分享、转让或披露的信息', '我们不会向第三方出售您的个人信息，除非获得您的单独同意。',
    '三、我们如何保留、储存和保护信息', '我们在中华人民共和国境内收集的个人信息存储在境内。',
    '四、管理您的信息', '您可以在设置中访问、更正和删除您的个人信息。',
    '五、第三方服务', '本应用可能包含第三方提供的服务，其个人信息处理适用第三方的政策。',
    '六、通知和修订', '我们可能适时修订本政策，修订后会在应用内通知您。',
    '七、如何联系我们', '您可以发送邮件至 privacy@example.com 与我们联系。',
  ];
  const text = ['隐私政策', '更新时间：2022.06.02', '', '欢迎您使用我们的服务，请您仔细阅读本政策。', '', '目录', '', ...entries, '', ...chapters].join('\n\n');

  it('ends the list where its numbering starts again: the chapters stand at the top, the first one with its parts', async () => {
    const a = await analyzeText(text, 'contents.txt');
    expect(topLevel(a.sections)).toEqual(expect.arrayContaining([chapters[0], chapters[3], chapters[5], chapters[13]]));
    const first = headed(a, chapters[0]);
    expect(first).toHaveLength(1);
    expect(headed(a, '（一）我们将通过以下途径收集和获得您的信息')[0]?.parent).toBe(first[0].id);
    // The list's own lines head nothing.
    expect(headed(a, entries[0])).toHaveLength(0);
  });
});

describe('a title with a comma that carries its numbering on over sub-headings of its own', () => {
  const text = [
    '隐私政策', '一、我们的个人信息收集使用规则', '（一）我们将通过以下途径收集您的个人信息',
    '1、您提供的信息。例如您在注册帐号时向我们提供的手机号码。', '2、我们获取的您的信息。您在使用我们的产品时我们收集的日志信息。',
    '（二）我们会出于以下目的，收集和使用您的个人信息', '1、帮助您完成注册及登录', '您注册并登录账号时，需要提供手机号码并完成验证。',
    '2、维护网络及运营安全', '我们会收集您的设备型号和操作系统版本，用于识别异常登录。',
    '二、我们如何保护您的个人信息', '我们使用加密技术保护您的个人信息。',
  ].join('\n\n');

  it('is a heading (`（二）…，收集和使用…` over `1、帮助您完成注册及登录`), sibling of `（一）`', async () => {
    const a = await analyzeText(text, 'comma.txt');
    const second = headed(a, '（二）我们会出于以下目的');
    expect(second).toHaveLength(1);
    expect(second[0].parent).toBe(headed(a, '（一）')[0].parent);
    expect(headed(a, '1、帮助您完成注册及登录')[0]?.parent).toBe(second[0].id);
  });

  it('but not the second line of a two-line summary right over the chapters (悠遊 Game\'s `1.…` / `2.…,以及…` / `一、…`)', async () => {
    const summary = ['隱私協議', '本隱私權原則說明:', '1.我們如何及為何收集您的個人資料', '2.我們如何使用您的個人資料,以及您對於個人資料可做出的選擇',
      '一、我們收集的資料', '1.您提供給我們的資料', '我們會收集您的聯絡資訊與玩家名稱。', '2.我們自動收集的資料', '我們會收集您的裝置資料與IP位址。',
      '二、我們如何保護您的資訊', '我們採用加密技術保護您的資料。'].join('\n\n');
    const a = await analyzeText(summary, 'summary.txt');
    expect(headed(a, '2.我們如何使用您的個人資料')).toHaveLength(0);
    expect(headed(a, '一、我們收集的資料')).toHaveLength(1);
  });
});

describe('an operator-information title over the operator and its fields', () => {
  const text = [
    '隐私政策协议', '1.我们如何收集和使用您的个人数据', '我们仅收集提供服务所必需的信息，例如您的手机号码和设备信息。',
    '2.本政策的更新', '我们保留不时更新或修改本政策的权利，更新后会在应用内通知您。',
    '瑾禾晖映运营者信息', '北京瑾禾晖映科技有限公司', '公司地址：北京市大兴区兴盛街81号二层', '办公地址：北京市大兴区兴盛街中经阳工业园B座3012',
  ].join('\n\n');

  it('is a section on contact', async () => {
    const a = await analyzeText(text, 'operator.txt');
    const s = headed(a, '瑾禾晖映运营者信息');
    expect(s).toHaveLength(1);
    expect(s[0].topics).toContain('contact');
  });

  it('but a company name over its address alone, with no such title, is a signature', async () => {
    const a = await analyzeText(text.replace('瑾禾晖映运营者信息\n\n', ''), 'signature.txt');
    expect(headed(a, '北京瑾禾晖映科技有限公司')).toHaveLength(0);
  });
});

describe('the app asking for a device\'s data by name, the word 权限 left out', () => {
  const policy = (body: string) => ['# 隐私政策', '', '## 1. 关于本政策', '', '本政策说明本应用如何对待你的个人信息。', '',
    '## 2. 本地通知与位置', '', '本应用使用本地通知在你出行前提醒你整理物品。', '', body, '',
    '## 3. 联系我们', '', '如有疑问,请发送邮件至 support@example.com。', ''].join('\n');
  const topicsOf = (a: DocumentAnalysis, heading: string) => {
    const s = a.sections.find((x) => x.heading === heading)!;
    return a.sections.filter((x) => x.id === s.id || x.parent === s.id).flatMap((x) => x.topics);
  };

  it('is about permissions (`本应用会请求访问你的设备位置`)', async () => {
    const a = await analyzeText(policy('当你点击地图上的定位按钮时，本应用会请求访问你的设备位置，在地图上显示你的当前位置。'), 'location.md');
    expect(topicsOf(a, '本地通知与位置')).toContain('permissions');
  });

  it('but a request to access the data the operator holds is the reader\'s right, no permission', async () => {
    const a = await analyzeText(policy('你可以请求访问我们持有的关于你的个人信息，我们会在十五个工作日内答复。'), 'access.md');
    expect(topicsOf(a, '本地通知与位置')).not.toContain('permissions');
  });
});

describe('a third party collecting for itself inside a collection chapter', () => {
  const policy = (body: string) => ['# 隐私政策', '', '## 1. 我们如何收集和使用您的个人信息', '', '### 业务功能三：订购与支付', '',
    `您订购会员时产生的订购记录、消费记录会存储于我们的服务器中。${body}`, '', '## 2. 联系我们', '', '如有疑问,请发送邮件至 support@example.com。', ''].join('\n');
  const topicsOf = (a: DocumentAnalysis) => headed(a, '业务功能三')[0].topics;

  it('is about third parties (`第三方向您提供支付服务的公司将直接收集与支付相关的信息`)', async () => {
    const a = await analyzeText(policy('如您使用支付功能，第三方向您提供支付服务的公司将直接收集与支付相关的信息。'), 'pay.md');
    expect(topicsOf(a)).toContain('third_party');
  });

  it('but not a change summary naming such a case (`增加了第三方SDK类服务直接收集个人信息的业务场景说明`)', async () => {
    const a = await analyzeText(policy('本次更新增加了第三方SDK类服务直接收集个人信息的业务场景说明。'), 'summary.md');
    expect(topicsOf(a)).not.toContain('third_party');
  });
});
