// Third parties' own services inside a policy's scope chapter (round 32's fresh batch AA, labelled blind).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';

describe('a scope chapter that sends the reader to third parties\' policies', () => {
  const scope = [
    '9.1 适用范围', '',
    '本政策适用于本公司提供的网络服务,当您使用我们为您提供的任何单项服务时,如该单项服务有特定的隐私类政策,我们将在该单项服务对应的隐私类政策中更具体地说明我们如何使用您的个人信息', '',
    '我们的产品中可能包括指向第三方的链接,以帮助您访问第三方的服务或网站。我们请您特别注意,该等第三方服务是由相关第三方运营商提供,为保障您的合法权益,请您仔细阅读相关第三方的隐私类政策指引。', '',
  ];

  it('创梦天地: `请您仔细阅读相关第三方的隐私类政策指引` under `9.1 适用范围` is about third parties', async () => {
    const a = await analyzeText(['创梦天地个人信息保护政策', '', '九、其他', '', ...scope].join('\n'), 'idreamsky.txt');
    expect(a.sections.find((s) => s.heading === '适用范围')!.topics).toContain('third_party');
  });

  it('not when the scope chapter only names the policy\'s own services', async () => {
    const a = await analyzeText(['创梦天地个人信息保护政策', '', '九、其他', '', ...scope.slice(0, 3)].join('\n'), 'idreamsky.txt');
    expect(a.sections.find((s) => s.heading === '适用范围')!.topics).not.toContain('third_party');
  });
});
