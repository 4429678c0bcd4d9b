// Topic cues of round 41's fresh blind batch AN (the pages' own words).
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround, topicsUnder } from '../helpers';

describe('headings of batch AN', () => {
  it('Folio: `第三方分享` is sharing and `收集目的` is what the data is used for', async () => {
    const a = await analyzeText(['# Folio 隱私權政策', '', '## 03 收集目的', '', '- 提供配對與共讀功能。', '- 客服與帳號安全。', '',
      '## 04 第三方分享', '', '我們不出售您的資料。', '', '## 05 聯絡資訊', '', 'folio0427@gmail.com', ''].join('\n'), 'folio.md');
    expect(a.sections.find((s) => s.heading === '收集目的')!.topics).toContain('use');
    expect(a.sections.find((s) => s.heading === '第三方分享')!.topics).toContain('sharing');
  });

  it('星阙 Horosa: `我们是谁(数据处理者)` introduces the operator', async () => {
    const a = await analyzeText(policyAround('2. 我们是谁(数据处理者)', '本政策由星阙 Horosa 开源项目发布,我们是本软件的开发者。'), 'horosa.md');
    expect(topicsUnder(a, '2. 我们是谁(数据处理者)')).toContain('contact');
  });
});

describe('sentences of batch AN', () => {
  it('DreamReflex: the statutory list opened by `…我们收集和使用您的个人信息不必事先征得您的授权同意:` is about consent exceptions', async () => {
    const a = await analyzeText(policyAround('2. 收集、使用个人信息的其他规则', ['请您理解,在下列情形中,根据法律法规及相关国家标准,我们收集和使用您的个人信息不必事先征得您的授权同意:', '',
      '(1)我们履行法律法规规定的义务所必需的;', '', '(2)与国家安全、国防安全直接相关的;'].join('\n')), 'dream.md');
    expect(topicsUnder(a, '2. 收集、使用个人信息的其他规则')).toContain('consent_exceptions');
  });

  it('After Zero: processors whose `具体数据处理细则以其官方公示的条款为准` answer for their own handling', async () => {
    const a = await analyzeText(policyAround('2. 委托处理', '我们委托腾讯云 CloudBase 提供数据存储服务。上述服务商的具体数据处理细则以其官方公示的条款为准。'), 'az.md');
    expect(topicsUnder(a, '2. 委托处理')).toContain('third_party');
  });
});

describe('more of batch AN', () => {
  it('联机大厅: `我们处理的敏感个人信息` says what is collected', async () => {
    const a = await analyzeText(policyAround('2. 我们处理的敏感个人信息', '联机大厅不处理您的敏感个人信息。'), 'pcl.md');
    expect(topicsUnder(a, '2. 我们处理的敏感个人信息')).toContain('collection');
  });

  it('Pexelgen: a practice of `共享、转让、披露您的个人数据` speaks of disclosure as well as transfer', async () => {
    const a = await analyzeText(policyAround('2. 如何共享您的个人信息', '我们仅会在特定情况下,且采取符合业界标准的安全防护措施的前提下共享、转让、披露您的个人数据。'), 'pexel.md');
    expect(topicsUnder(a, '2. 如何共享您的个人信息')).toEqual(expect.arrayContaining(['sharing', 'transfer', 'disclosure']));
  });
});

describe('an SDK handling the data (round 41, batch AN)', () => {
  it('星海奇点: `TapSDK 可能处理您的 TapTap 用户标识` under a login heading is about the SDK', async () => {
    const a = await analyzeText(policyAround('2. TapTap 登录', '当您主动选择使用 TapTap 账号登录时,TapSDK 可能处理您的 TapTap 用户标识(如 OpenID、UnionID)、授权状态以及设备型号。'), 'xh.md');
    expect(topicsUnder(a, '2. TapTap 登录')).toContain('sdk');
  });
});
