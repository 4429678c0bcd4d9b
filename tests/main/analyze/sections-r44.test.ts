// Section trees from round 44's misses (the pages' own lines).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

const headings = (a: Awaited<ReturnType<typeof analyzeText>>) => a.sections.filter((s) => s.heading).map((s) => s.heading);

describe('letters with a space before the comma', () => {
  it('淘赢商城: `A 、适用范围` / `B 、相关定义`, a conversion\'s spacing, number the chapter\'s parts as `A、` does', async () => {
    const a = await analyzeText(['淘赢商城隐私政策', '一、本政策的适用范围及定义', 'A 、适用范围',
      '我们的所有产品、技术及 / 或服务均适用本政策,无论该产品、技术及 / 或服务是否单独设置了隐私条款,也无论您是浏览用户还是注册登录用户。',
      'B 、相关定义', '个人信息:指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份或者反映特定自然人活动情况的各种信息。',
      '二、我们如何收集和使用您的个人信息', 'A 、我们收集哪些信息', '为了帮助您使用我们的产品、技术及 / 或服务,或成为我们的注册用户和会员,我们会收集您的手机号码。', ''].join('\n'), 'taoying.txt');
    const parts = a.sections.filter((s) => s.number?.startsWith('A') || s.number?.startsWith('B'));
    expect(parts.map((s) => s.heading)).toEqual(['适用范围', '相关定义', '我们收集哪些信息']);
    expect(new Set(parts.map((s) => s.level)).size).toBe(1);
  });
});

describe('titles set in by their indent', () => {
  // 轻音社 (a page converted to text): every title is set in one space, body text is not; a link the conversion dropped
  // leaves the sentence before a title open.
  const page = [' 隐私政策', ' 更新日期:2022-10-12', '轻音社重视用户的隐私。您在使用我们的服务时,我们可能会收集和使用您的相关信息。我们希望通过本《隐私政策》向您说明这些信息。',
    ' 我们可能收集的信息', '我们提供服务时,可能会收集、储存和使用下列与您有关的信息。如果您不提供相关信息,可能无法注册成为我们的用户。',
    ' 您提供的信息', '您在注册账户或使用我们的服务时,向我们提供的相关个人信息,例如电话号码、电子邮件或银行卡号等。',
    ' 数据共享与披露', '为了向您提供一键分享服务,我们的产品集成友盟+ U-Share SDK,为便于您更好地了解【友盟+】采集的数据类型及用途,您可以登陆',
    ' 信息安全', '我们仅在本《隐私政策》所述目的所必需的期间和法律法规要求的时限内保留您的个人信息。', '我们使用各种安全技术和程序,以防信息的丢失、不当使用、未经授权阅览或披露。',
    ' 注销账号的方法', '   进入轻音社后,点击右上方设置按钮', '   滑到最下方', '   当您点击确认后账号立即注销,您的个人信息立即删除',
    ' 未成年人使用我们的服务', '我们鼓励父母或监护人指导未满十八岁的未成年人使用我们的服务。我们建议未成年人鼓励他们的父母或监护人阅读本《隐私政策》。', ''].join('\n');

  it('轻音社: ` 信息安全` after `…您可以登陆` heads a section, as ` 未成年人使用我们的服务` after an unstopped step does', async () => {
    expect(headings(await analyzeText(page, 'qingyinshe.txt'))).toEqual(expect.arrayContaining(['信息安全', '注销账号的方法', '未成年人使用我们的服务']));
  });

  it('a line at body indent after an open sentence stays body text', async () => {
    const a = await analyzeText(page.replace(' 信息安全', '信息安全'), 'qingyinshe.txt');
    expect(headings(a)).not.toContain('信息安全');
  });
});

describe('a title with a comma', () => {
  it('易方达: `2 、在使用易方达平台服务过程中,您授权易方达收集的信息`, a circumstance then what it names, heads its part', async () => {
    const a = await analyzeText(['第三条 我们如何收集信息', '1、 依据法律法规需收集信息的情形', '当您购买产品时,我们需要收集您的姓名、证件号码等信息,用于履行投资者适当性义务。',
      '2 、在使用易方达平台服务过程中,您授权易方达收集的信息', '为了提高您使用我们服务的稳定性和安全性,保护您的账户与资金安全,我们需要接受并记录您使用的设备相关信息。', ''].join('\n'), 'efunds.txt');
    expect(headings(a)).toContain('在使用易方达平台服务过程中,您授权易方达收集的信息');
  });

  it('a clause with a comma that ends as a sentence does not: `2、如您不提供上述信息,我们可能无法完成认证`', async () => {
    const a = await analyzeText(['第三条 我们如何收集信息', '1、 依据法律法规需收集信息的情形', '当您购买产品时,我们需要收集您的姓名、证件号码等信息,用于履行投资者适当性义务。',
      '2、如您不提供上述信息,我们可能无法完成认证', '为了提高您使用我们服务的稳定性和安全性,保护您的账户与资金安全,我们需要接受并记录您使用的设备相关信息。', ''].join('\n'), 'efunds.txt');
    expect(headings(a)).not.toContain('如您不提供上述信息,我们可能无法完成认证');
  });
});

describe('run-in titles that list', () => {
  it('免费字体: `(一)个人信息的共享、转让 我们不会…` under a bracketed Chinese numeral: the title before the space, its `、` and all', async () => {
    const a = await analyzeText(['四、我们如何共享、转让、公开披露个人信息',
      '    (一)个人信息的共享、转让 我们不会向第三方共享、转让你的个人信息,除非经过你本人事先授权同意,或者共享、转让的个人信息是去标识化处理后的信息。',
      '    (二)个人信息的公开披露 我们不会公开披露你的信息,除非遵循国家法律法规规定或者获得你的同意。',
      '    (三)依法豁免征得同意共享、转让、公开披露的个人信息 请你理解,在下列情形中,根据法律法规及国家标准,我们共享、转让、公开披露你的个人信息无需征得你的授权同意:', ''].join('\n'), 'ziti.txt');
    expect(headings(a)).toEqual(expect.arrayContaining(['个人信息的共享、转让', '个人信息的公开披露', '依法豁免征得同意共享、转让、公开披露的个人信息']));
  });

  it('not an Arabic-numbered list item naming SDKs: `(28)声网SDK、获取常用设备型号 用于…` stays whole', async () => {
    const a = await analyzeText(['三、第三方SDK', '(27)友盟统计SDK,用于统计分析应用的使用情况并改进产品体验。',
      '(28)声网SDK、获取常用设备型号、视频和音频内容 用于学习通音视频实时互动,保障课程直播和会议的正常进行。', ''].join('\n'), 'sdk.txt');
    expect(headings(a)).not.toContain('声网SDK、获取常用设备型号、视频和音频内容');
  });
});
