// Third parties' own services inside a policy's scope chapter (round 32's fresh batch AA, labelled blind).
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround, topicsUnder } from '../helpers';

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

describe('a sentence handing the data to a named service under its own policy (round 39)', () => {
  it.each([
    ['SoStonks', '2. iCloud 同步', '同步功能生效时,您的数据会通过 Apple 的 iCloud 基础设施传输,并受 [Apple 隐私政策](https://www.apple.com/legal/privacy/) 约束。SoStonks 本身从不会获得该数据的副本。'],
    ['Cebian', '2. 适用范围', '本政策不覆盖你配置的 AI 服务商(OpenAI、Anthropic、Google 等)的隐私实践——这些由它们各自的隐私政策约束。'],
    ['Vana', '2. 麦克风与语音输入', '麦克风权限只用于你按住说话按钮的那几秒。具体识别服务由设备厂商或用户安装的服务提供,它可能按照自己的隐私政策联网处理音频。'],
    ['腕上RSS', '2. 适用范围', '如您通过本应用访问第三方平台、网页或内容源,该等第三方可能独立处理您的个人信息,其处理规则适用其自行发布的隐私政策、用户协议或平台规则。'],
    ['抖音', '2. 安全提示', '你一旦离开抖音,浏览或使用第三方提供的其他产品或服务,我们将没有能力和直接义务保护你在第三方的产品或服务提交的任何个人信息。'],
    ['Navo', '2. 推送通知', '推送通知可能涉及平台推送服务商。各服务商依其政策处理推送令牌,请参阅 [Telegram 隐私政策](https://telegram.org/privacy)。'],
  ])('%s: `%s` is about a third party', async (_app, heading, body) => {
    expect(topicsUnder(await analyzeText(policyAround(heading, body), 'app.md'), heading)).toContain('third_party');
  });

  it.each([
    ['the policy\'s other terms', '2. 其他', '您与我们达成的其他关于个人信息的条款视为对本政策的补充,本政策存在未涉及内容的,适用其他条款的约定。'],
    ['the operator\'s own terms', '2. 服务内容', '对于侵害他人权利的内容,我们将依其服务条款或其相关规范性规定,删除相关内容。'],
    ['the policy\'s own earlier versions', '2. 历史版本', '历史版本:[UCloud云服务法律声明及隐私政策](https://docs.ucloud.cn/legal/private_policy_20220624)(2022年6月24日版)'],
    ['the policy\'s own rules', '2. 信息使用', '我们会严格按照我们自己的隐私政策处理这些信息,不会用于其他目的。'],
  ])('not %s (`%s`)', async (_what, heading, body) => {
    expect(topicsUnder(await analyzeText(policyAround(heading, body), 'app.md'), heading)).not.toContain('third_party');
  });
});

describe('payment left to the app store, and AI services the user picks (round 40, earlier fresh pages)', () => {
  it.each([
    ['AI 发型', '2. 支付信息', '本应用为 **免费下载**应用,提供应用内订阅服务。订阅购买及支付流程完全由**应用商店**处理,适用应用商店的服务条款。'],
    ['靈機', '2. 應用程式內購與虛擬貨幣', 'LingJi App 可能提供應用程式內購。所有金流交易皆由 Apple App Store、Google Play 等平台處理, 我們不會處理或儲存您的完整付款卡資訊。'],
    ['Cloak', '2. 支付流程完全由 Apple 管控', '所有 VIP 订阅扣费、自动续费均在 App Store 系统内完成,本 App 无法介入支付环节,不会收集、存储银行卡号。'],
    ['早餐圖', '2. 訂閱與購買資料', '訂閱與購買透過 **Apple App Store** 或 **Google Play** 處理。我們本身不會接觸到您的信用卡或付款資料。'],
    ['Author', '2. AI 功能的特别说明', 'Author **仅作为连接您自行选择的第三方 AI 服务的客户端工具**,不内置、不训练、不托管任何人工智能模型。'],
    ['百岁', '2. AI 分析', '端侧 AI 不会把分析输入发送到设备外。我们不会代理、截取或存储任何发送给 AI 服务商的数据。请查阅你所选 AI 服务商的隐私政策,了解他们如何处理数据。'],
    ['Server Box', '2. AI 请求', '命令输出和文件内容可能包含密码、token 或其他秘密;发送前请检查内容,并阅读 provider 的隐私政策。'],
    ['gtree', '2. AI 功能', 'gtree 没有自带的 AI 模型。你对 Claude 说的话、Claude 读到的代码,都由 Claude Code 按你和 Anthropic 之间的条款处理。'],
    ['Author', '2. 输入的内容', '您输入第三方 AI 服务的内容,将由该服务商按照**其**隐私政策处理。'],
  ])('%s: `%s` is about a third party', async (_app, heading, body) => {
    expect(topicsUnder(await analyzeText(policyAround(heading, body), 'app.md'), heading)).toContain('third_party');
  });

  it.each([
    ['a payment the operator takes itself', '2. 支付', '您购买会员时,我们会收集您的订单号、支付金额与支付时间,用于完成交易与售后服务。'],
    ['a service the user picks inside the app', '2. 个性化', '根据您选择的服务类型,我们会为您展示相应的内容,并记录您的选择以便下次使用。'],
    ['the policy\'s own service read about', '2. 阅读提示', '请您在使用前仔细阅读并了解本服务的隐私政策,尤其是加粗的条款。'],
  ])('not %s (`%s`)', async (_what, heading, body) => {
    expect(topicsUnder(await analyzeText(policyAround(heading, body), 'app.md'), heading)).not.toContain('third_party');
  });
});
