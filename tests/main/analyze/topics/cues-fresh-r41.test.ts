// Topic cues from the misses of the 415 earlier fresh pages (round 41): the pages' own words.
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround, topicsUnder } from '../helpers';

describe('headings of earlier fresh pages (round 41)', () => {
  it('腾讯 kids\' template: `管理儿童个人信息` and `儿童何时可以自己管理帐号` are the rights of children and their guardians', async () => {
    const a = await analyzeText(['# 儿童隐私保护声明', '', '## 管理儿童个人信息', '', '我们会依据本声明处理儿童的个人信息。', '',
      '### 儿童何时可以自己管理帐号', '', '儿童年满14周岁后,本声明的相关规则将不再适用。', '', '## 联系我们', '', '邮箱:kids@example.com', ''].join('\n'), 'kids.md');
    expect(a.sections.find((s) => s.heading === '管理儿童个人信息')!.topics).toEqual(expect.arrayContaining(['minors', 'rights']));
    expect(a.sections.find((s) => s.heading === '儿童何时可以自己管理帐号')!.topics).toContain('rights');
  });

  it('百应科技 and 智灯: `我有什么选择?` and `您可以控制您的信息!` are the reader\'s rights', async () => {
    const a = await analyzeText(policyAround('2. 我有什么选择?', '我们会依据本政策处理您的信息。'), 'by.md');
    expect(topicsUnder(a, '2. 我有什么选择?')).toContain('rights');
    const b = await analyzeText(['# 隐私政策', '', '我们的应用程序可能会访问您设备上的某些功能。', '', '**您可以控制您的信息!**', '',
      '景元承认每个人对隐私权的关注各不相同,因此提供了以下示例。', '', '**联系我们**', '', '邮箱:privacy@example.com', ''].join('\n'), 'zd.md');
    expect(b.sections.find((s) => s.heading === '您可以控制您的信息!')!.topics).toContain('rights');
  });

  it('OpenCat: `本地存储在您设备上的数据` under the collection chapter says where that data is kept', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 我们收集的信息', '', '我们不收集您的个人信息。', '', '### 本地存储在您设备上的数据', '',
      '以下数据存储在您的设备本地,不会被我们收集或传输到我们的服务器:', '', '- 对话历史和聊天消息', '- 应用偏好设置', '',
      '## 联系我们', '', '邮箱:support@example.com', ''].join('\n'), 'opencat.md');
    expect(a.sections.find((s) => s.heading === '本地存储在您设备上的数据')!.topics).toContain('storage');
  });

  it('ServerBox: `保存在本设备上的数据` is where it is kept', async () => {
    const a = await analyzeText(policyAround('2. 保存在本设备上的数据', '服务器地址、密钥和设置仅保存在本设备上。'), 'sb.md');
    expect(topicsUnder(a, '2. 保存在本设备上的数据')).toContain('storage');
  });
});

describe('third parties in templates (round 41)', () => {
  it('淘宝\'s template: `您知晓并理解平台是自主经营的实体,秒吧无法对其进行管理` is about a third party', async () => {
    const a = await analyzeText(policyAround('2. 您如何管理您的个人信息', '我们会与第三方的平台或媒体(“平台”)合作向您推荐个性化的服务。如您不愿意接受推荐服务,请联系平台进行关闭。您知晓并理解平台是自主经营的实体,秒吧无法对其进行管理。'), 'mb.md');
    expect(topicsUnder(a, '2. 您如何管理您的个人信息')).toContain('third_party');
  });

  it('雷霆\'s template: `提供给渠道方的个人信息并未交于我们收集及储存` is about a third party', async () => {
    const a = await analyzeText(policyAround('2. 您管理个人信息的权利', '请您知悉并理解,若您为通过渠道专区进入游戏的用户,您注册、登录其他渠道账号时提供给渠道方的个人信息并未交于我们收集及储存。'), 'lt.md');
    expect(topicsUnder(a, '2. 您管理个人信息的权利')).toContain('third_party');
  });
});

describe('where data goes, and the law\'s exceptions, by heading (round 41)', () => {
  it('GitHub, 侧边, ComfyLink, Vana: `我们不会出售您的个人信息`, `三、数据流向`, `4. 第三方处理者`, `会离开这台设备的` are about sharing', async () => {
    for (const h of ['2. 我们不会出售您的个人信息', '2. 数据流向', '2. 第三方处理者', '2. 会离开这台设备的']) {
      const a = await analyzeText(policyAround(h, '我们会依据本政策处理您的信息。'), 'x.md');
      expect(topicsUnder(a, h), h).toContain('sharing');
    }
  });

  it('Vana: `不会离开这台设备的` names what is not shared', async () => {
    const a = await analyzeText(policyAround('2. 不会离开这台设备的', '我们会依据本政策处理您的信息。'), 'x.md');
    expect(topicsUnder(a, '2. 不会离开这台设备的')).not.toContain('sharing');
  });

  it('Let\'s Encrypt, Stylify, ModelWay: `执法诉求与情有可原的情况`, `执法部门`, `7. 司法协助与合规` are exceptions to consent', async () => {
    for (const h of ['2. 执法诉求与情有可原的情况', '2. 执法部门', '2. 司法协助与合规']) {
      const a = await analyzeText(policyAround(h, '我们会依据本政策处理您的信息。'), 'x.md');
      expect(topicsUnder(a, h), h).toContain('consent_exceptions');
    }
  });

  it('格莱默时尚: Taiwan\'s `5.限制利用原则` is about use and its exceptions', async () => {
    const a = await analyzeText(policyAround('2. 限制利用原则', '我们会依据本政策处理您的信息。'), 'x.md');
    expect(topicsUnder(a, '2. 限制利用原则')).toEqual(expect.arrayContaining(['use', 'consent_exceptions']));
  });
});

describe('advertising by heading (round 41)', () => {
  it('保卫萝卜\'s `10 广告信息和促销计划` and `我们可能提供的广告服务` are about how data is used', async () => {
    for (const h of ['2. 广告信息和促销计划', '2. 我们可能提供的广告服务']) {
      const a = await analyzeText(policyAround(h, '我们会依据本政策处理您的信息。'), 'x.md');
      expect(topicsUnder(a, h), h).toContain('use');
    }
  });
});
