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

describe('a clause saying another\'s privacy policy governs the data', () => {
  it('夸克 (batch AA): mini-programs under `2、其他与运营活动相关的服务`, `您的信息将适用小程序开发者及技术服务提供方的…隐私政策`, are third parties\' services', async () => {
    const a = await analyzeText(['一、我们如何收集和使用您的个人信息', '', '2、其他与运营活动相关的服务', '',
      '(1)为您提供技术对接支持 当您在夸克中使用小程序时,我们为实现提供对接等技术支持的目的,需向小程序开发者及技术服务提供方(例如:支付宝小程序技术服务提供方)获取您为实现前述目的必要的个人信息、设备信息、日志信息。当您通过夸克使用小程序服务时,您的信息将适用小程序开发者及技术服务提供方的用户协议及隐私政策。', '',
      '(2)为您提供运营活动的相关服务 夸克会不时针对新推出的服务和功能发起运营活动,如果您参加相关运营活动,我们会通过运营活动界面收集您的身份信息、联系方式,以便与您取得联系。', ''].join('\n'), 'quark.txt');
    const under = (h: string) => { const s = a.sections.find((x) => x.heading === h)!; return a.sections.filter((x) => x.id === s.id || x.parent === s.id).flatMap((x) => x.topics); };
    expect(under('其他与运营活动相关的服务')).toContain('third_party');
  });
});
