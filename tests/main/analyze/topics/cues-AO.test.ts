// Topic cues of round 42's fresh blind batch AO (the pages' own words).
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround, topicsUnder } from '../helpers';
import { refineClass } from '../../../../src/main/analyze/topics/rules';

describe('headings of batch AO', () => {
  it('维流 Token: `四、第三方供应商及处理地区` names those the data is passed to', async () => {
    const a = await analyzeText(policyAround('2. 第三方供应商及处理地区', ['以下为平台可能接入的代表性模型供应商。实际接收方以您调用时页面、模型目录、接口文档或单独告知中展示的供应商为准。', '',
      '| 模型或服务 | 代表性接收方 | 主要运营地/可能处理地区 | 处理目的 |', '| --- | --- | --- | --- |',
      '| GPT、OpenAI API | OpenAI OpCo, LLC及其关联方、受托服务商 | 美国，以及其公开披露的其他处理地区 | 模型推理、安全防护及相关技术支持 |',
      '| DeepSeek | DeepSeek实际提供服务的运营主体及其服务商 | 中国境内；以实际产品说明为准 | 模型推理、安全防护及相关技术支持 |', '',
      '平台还可能接入其他模型。新增接收方前，我们将更新实时供应商披露；涉及向境外提供个人信息时，我们将依法告知接收方名称、联系方式、处理目的，并在适用时取得单独同意。'].join('\n')), 'weiliu.md');
    expect(a.sections.find((s) => s.heading === '第三方供应商及处理地区')!.topics).toContain('sharing');
  });
});

describe('sentences of batch AO', () => {
  it('维流 Token: request bodies `实时传输给对应供应商` are shared with the supplier the reader picked', async () => {
    const a = await analyzeText(policyAround('2. 请求内容的实时转发',
      '当您选择某个模型并发起调用时,我们仅为完成该次服务,将请求正文、上传内容及必要技术参数实时传输给对应供应商,并将响应返回给您。'), 'weiliu.md');
    expect(topicsUnder(a, '2. 请求内容的实时转发')).toContain('sharing');
  });

  it('芙惠商城: `我们需要将您的…订单号与交易金额信息与这些支付机构共享` under a payment function shares the order', async () => {
    const a = await analyzeText(['芙惠商城隐私权政策', '一、我们如何收集和使用您的个人信息', '(三)下单', '当您准备对您购物车内的商品进行结算时,芙惠商城系统会生成您购买该商品的订单。',
      '(四)支付功能', '在您下单后,您可以选择与芙惠商城合作的第三方支付机构(包括微信支付及支付宝等支付通道,以下称“支付机构”)所提供的支付服务。支付功能本身并不收集您的个人信息,但我们需要将您的芙惠商城订单号与交易金额信息与这些支付机构共享以实现其确认您的支付指令并完成支付。“关联方”指一方现在或将来控制、受控制或与其处于共同控制下的任何公司、机构以及上述公司或机构的法定代表人。',
      '(五)客服与售后功能', '我们的电话客服和售后功能会使用您的账号信息和订单信息。', '二、联系我们', '如有疑问,请发送邮件至 support@example.com。', ''].join('\n'), 'fuhui.txt');
    expect(a.sections.find((s) => s.heading === '支付功能')!.topics).toContain('sharing');
  });

  it('not the reader passing on a password (`由于您将您的用户密码告知他人、与他人共享注册账户`)', async () => {
    const a = await analyzeText(policyAround('2. 免责条款', '因下列状况导致的任何损害,我们无需承担任何责任:由于您将您的用户密码告知他人、与他人共享注册账户。'), 'terms.md');
    expect(topicsUnder(a, '2. 免责条款')).not.toContain('sharing');
  });

  it('Robin Fin: handing data to regulators `在法律要求需要向监管机构…提供相关信息的情况下` is an exception to consent', async () => {
    const a = await analyzeText(policyAround('2. 与合作方分享个人信息',
      '在法律要求需要向监管机构、执法机构或其他政府机关提供相关信息的情况下,Robin Fin保留将您的个人信息提供给第三方的权利。'), 'robin.md');
    expect(topicsUnder(a, '2. 与合作方分享个人信息')).toContain('consent_exceptions');
  });

  it('Robin Fin: `我们不对所链接的网站的隐私政策或内容负责` is about third parties', async () => {
    const a = await analyzeText(policyAround('2. 与合作方分享个人信息',
      '任何时候如果您选择购买另外一个公司的产品或服务,则您与该公司之间共享的个人信息将不再受到我们的隐私声明的约束。我们不对所链接的网站的隐私政策或内容负责。'), 'robin.md');
    expect(topicsUnder(a, '2. 与合作方分享个人信息')).toContain('third_party');
  });

  it('Arc 風格側邊欄: a provider the reader sets up, `受該供應商的隱私政策約束`, answers for its own handling', async () => {
    const a = await analyzeText(policyAround('2. 使用者自行設定的 AI 供應商',
      '您輸入的內容會直接傳送至您設定的端點,其後的處理、保存與使用受該供應商的隱私政策約束,與開發者無關。'), 'arc.md');
    expect(topicsUnder(a, '2. 使用者自行設定的 AI 供應商')).toContain('third_party');
  });

  it('Robin Fin: `如果您销户,RobinFin仍将保留您的信息` says how long data is kept', async () => {
    const a = await analyzeText(policyAround('2. 个人信息的收集', '如果您销户,RobinFin仍将保留您的信息,但仅在遵守监管部门规定的情况下才会使用。'), 'robin.md');
    expect(topicsUnder(a, '2. 个人信息的收集')).toContain('retention');
  });

  it('Lifer: `我们会根据相关的法律法规不定时更新该协议` in the introduction is the policy\'s only word on its updates', async () => {
    const a = await analyzeText(['# 隐私政策', '', '引言', '1、《Lifer隐私政策》(以下简称“该协议”)适用于Lifer网页版、安卓端应用程序。',
      '2、我们会根据相关的法律法规不定时更新该协议,该协议在更新变动后,新增内容会以黑体显著标注来展现在您的面前。',
      '二、我们收集的信息', '您在注册Lifer账号时所填写的邮箱、生日、用户名。', '三、联系我们', '您可以写邮件至:ruixue@lifer.site', ''].join('\n'), 'lifer.md');
    expect(a.sections.some((s) => s.topics.includes('updates'))).toBe(true);
  });
});

describe('wave 3 of batch AO', () => {
  it('Coaster Tool: `Watch 同步與本機儲存` and `iCloud 手動備份與還原` say where the records are kept', async () => {
    const a = await analyzeText(['# Coaster Tool 隱私權政策', '', '## 裝置上處理的資料', '', '應用程式在裝置上處理運動感測資料與 GPS 位置。', '',
      '## Watch 同步與本機儲存', '', 'Watch 紀錄透過 WatchConnectivity 傳送至配對 iPhone。本機紀錄、配圖、Watch 原始檔案、收件匣及備註草稿排除系統裝置備份;一般設定可能參與系統備份。移轉或重新安裝前,可手動建立不含備註的 iCloud 備份,或透過分享頁匯出需要保留的紀錄。紀錄 JSON 保留備註,配圖須另行儲存。', '',
      '## iCloud 手動備份與還原', '', '只有你點選「立即備份至 iCloud」時,應用程式才會將此 iPhone 已儲存的紀錄建立為獨立快照,儲存至目前的 iCloud 帳號。購買紀錄容量、回復購買或開啟頁面不會自動上傳紀錄;此功能不進行自動備份或雙向同步。', '',
      '## 聯絡與更新', '', '如有問題請寄信至 xiaoyangyuxuan@126.com。', ''].join('\n'), 'coaster.md');
    for (const h of ['Watch 同步與本機儲存', 'iCloud 手動備份與還原']) expect(a.sections.find((s) => s.heading === h)!.topics).toContain('storage');
  });

  it('枕書: `若本 App 的所有權轉移` under a disclosure heading is a transfer', async () => {
    const a = await analyzeText(policyAround('2. 資訊揭露、出售與追蹤', ['開發者不出售你的個人資料。', '',
      '• 若本 App 的所有權轉移,開發者可能在法律允許的範圍內移轉實際持有的紀錄(主要可能是支援郵件),並在適當情況下事先通知,且要求接收方繼續提供保護。'].join('\n')), 'pillow.md');
    expect(topicsUnder(a, '2. 資訊揭露、出售與追蹤')).toContain('transfer');
  });

  it('爱心购: `我们有可能根据未来信息处理情境的变化更新或修改本协议` is the policy\'s word on its updates', async () => {
    const a = await analyzeText(['爱心购“消薄”平台隐私保护与信息授权协议', '一、提示',
      '您的隐私安全对于我们非常重要,我们深知个人信息对您的重要性,我们将按照法律法规要求,采取相应安全保障措施,尽力保护您的个人信息安全可控,鉴于此,本平台制定了本协议并提醒您: 本协议适用于本平台提供的所有产品和服务,我们有可能根据未来信息处理情境的变化更新或修改本协议,在使用本平台各项产品或服务前,请您务必仔细阅读并透彻理解。',
      '二、信息收集', '当您注册成为本平台用户时,我们会收集您的手机号码。', '三、信息的保护', '我们使用加密技术、匿名化处理等手段保护您的个人信息安全。',
      '四、联系我们', '如有疑问请发送邮件至 service@example.com。', ''].join('\n'), 'aixin.txt');
    expect(a.sections.some((s) => s.topics.includes('updates'))).toBe(true);
  });

  it('拼拼乐: `拼拼乐网络对所有链接网站均没有控制权` is about third parties', async () => {
    const a = await analyzeText(policyAround('2. 信息保护提示', ['1)结束网络冲浪之后,请始终记得退出平台并关闭浏览器,以免其他人趁机获取您的信息和通信内容。',
      '2)拼拼乐网络对所有链接网站均没有控制权,因而对这些网站(公司)的一切行为均不承担任何责任。 当您使用其他网站服务时,请认真阅读其相关条款。',
      '3)请勿泄漏您的密码与用户身份详细信息。 如果您的帐户被非法访问,请立即通知我们。 请时常更换密码。'].join('\n')), 'pin.md');
    expect(topicsUnder(a, '2. 信息保护提示')).toContain('third_party');
  });

  it('拼拼乐: `计算机网络可能位于您居住地以外的州/省、国家/地区` says where data may be kept', async () => {
    const a = await analyzeText(policyAround('2. 为您提供服务所必需的个人信息',
      '所有相关的个人信息将会转移到计算机网络中进行维护,在符合当地法律规定的前提下,计算机网络可能位于您居住地以外的州/省、国家/地区或其他政府管辖区域,在这些国家/地区可能没有像您所在的国家/地区那样对个人信息给予同等力度的法律保护。'), 'pin.md');
    expect(topicsUnder(a, '2. 为您提供服务所必需的个人信息')).toContain('storage');
  });

  it('拼拼乐: `本《隐私协议》适用于拼拼乐APP平台` names the app without the word for what it is', async () => {
    const a = await analyzeText([
      '隐私协议',
      '为切实保护拼拼乐APP平台用户隐私权,优化用户体验,拼拼乐根据现行法规及政策,制定本《隐私协议》。 本《隐私协议》将详细说明拼拼乐网络在获取、管理及保护用户个人信息方面的政策及措施,请您务必仔细阅读。本《隐私协议》适用于拼拼乐APP平台向您提供的所有服务,无论您是通过计算机设备、移动终端或其他设备获得的平台服务。请特别注意,您向我们提供相关个人信息并访问拼拼乐APP平台(“本平台”),意味着您接受并且同意本政策的各项规定。',
      '一、个人信息的收集',
      '拼拼乐APP平台在不同的时间段,信息收集重点有所不同。 例如:',
      '您第一次加入拼拼乐APP平台时,需要您自愿提供诸如姓名、性别、年龄、电话、手机、住址、电子邮箱、学历、收入状况、家庭状况、照片、兴趣爱好等个人信息以及网站自动接收并记录用户的浏览器和服务器日志上的信息(含用户登录所在地的IP地址、在线、无线信息、信件资料等)。这些信息将用于提供平台服务、改进网页内容,满足用户对某种产品、活动的需求、通知用户最新产品、活动信息、或根据法律法规要求的用途。您在本平台上公开发布的个人信息,任何登陆到拼拼乐APP平台或使用本平台的第三人均可查看的全部或部分可以被本平台的其他使用者查看,以提高您的服务体验。您提供这些信息即表示您同意我们不同程度地向本平台的使用者披露。请注意,我们平台的任何用户(无论是否注册或登录)都可以访问、阅览和打印您所提供的并公开发布在平台上全部或部分信息,对于他人使用您在我们平台所提供的信息,我们不承担任何责任。',
      '同时,一旦您使用拼拼乐APP平台或成为用户(无论是付费还是免费),则表示您已许可我们将这些信息披露给我们的附属公司、母公司和相关联的第三方商业机构,以及其他和我们处于共同公司控制权的有关联的法律实体和商业机构。但是,我们同样会要求上述这些法律实体和商业机构在使用和披露这些个人信息时遵守本隐私政策的相关条款。我们也可能会在法律规定或政府机关要求的情况下,即为了回应传票、许可证、法院命令、政府机关指令或其他法律程序,为免除您在生命、身体或财产方面之急迫危险,为防止他人权益之重大危害,提高用户的使用安全性并提供客户支持,及其他维护用户及拼拼乐APP利益的情形下,去披露这些信息。',
      '除提供服务所必需的个人信息之外,我们还会收集一些数据(并非可识别的个人信息)来提高拼拼乐APP平台的服务质量和改进平台管理。例如,当您浏览某一个网页时,系统会自动记录下URL、日期与时间以及所使用的浏览器软件等信息。',
      '拼拼乐APP平台会不定期地向值得信任的第三方提供有关销售、浏览模式和导航技术方面的综合统计信息(这些并非是个人可识别信息),旨在帮助拼拼乐网络改进其所提供的产品与服务。',
      '',
    ].join('\n'), 'pin.txt');
    expect(a.app).toBe('拼拼乐');
  });
});

describe('wave 4 of batch AO', () => {
  it('Mola相机: images `通过 HTTPS 加密传输至第三方 AI 服务` are shared, and `请查阅其最新公示文件` points to the provider\'s own rules', async () => {
    const a = await analyzeText(policyAround('2. 第三方 AI 服务(图像传输与用途)', ['当您主动使用 AI 拍照分析、AI 辅助或风格引导等功能时,我们会将该次功能涉及的图像通过 HTTPS 加密传输至第三方 AI 服务,用于生成文字建议或分析结果。',
      '• 本应用的目的:获取拍摄引导、构图与光线建议,并在应用内展示给您。', '服务方对传输数据的具体处理方式可能随其官方规则更新而变化,请查阅其最新公示文件。'].join('\n')), 'mola.md');
    expect(topicsUnder(a, '2. 第三方 AI 服务(图像传输与用途)')).toEqual(expect.arrayContaining(['sharing', 'third_party']));
  });

  it('惠融: `通过数据埋点和其他相关技术收集和使用您的信息` is the cookies clause with the word swapped', async () => {
    const a = await analyzeText(policyAround('2. 如何收集信息', '我们可能会通过数据埋点和其他相关技术收集和使用您的信息,以便了解您的使用习惯并改善服务。'), 'huirong.md');
    expect(topicsUnder(a, '2. 如何收集信息')).toContain('cookies');
  });
});

describe('access control is no device permission (round 42)', () => {
  it('萤光AI, LittleAgResume, 桃園結義: `权限控制`, `日志访问权限`, `個人資料存取權限` in what is collected and why ask the device for nothing', () => {
    for (const body of ['上述信息用于账号创建、身份识别、权限控制、安全审计、故障排查及风控管理。', '我们会收集登录日志,并控制数据库、头像目录、备份和日志访问权限。',
      '我们保存您的个人资料,并限制个人资料存取权限。']) expect(refineClass('collect', body)).not.toContain('permissions');
    expect(refineClass('collect', '为了拍照识别,我们会在您授权后申请相机权限。')).toContain('permissions');
  });
});

describe('a transfer the operator rules out (round 42)', () => {
  it('我记: `我们不会向任何第三方分享、出售或转让你的数据` names no change of control', () => {
    expect(refineClass('share', '我们不会向任何第三方分享、出售或转让你的数据。由于数据仅存储在你的设备和你个人的 iCloud 中,我们无法访问。')).not.toContain('transfer');
    expect(refineClass('share', '如果我们发生合并、收购或破产清算,您的个人信息可能会被转让给新的持有者。')).toContain('transfer');
  });
});

describe('a glossary defines terms, no practice (round 42)', () => {
  it('`一、名词解释` › `3、Cookie:Cookie是包含字符串的小文件…` is the word explained, not the policy\'s use of cookies', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 一、名词解释', '', '除非另有约定,本隐私政策中使用到的名词,通常仅具有以下定义:', '',
      '1、个人信息:是指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份或者反映特定自然人活动情况的各种信息。', '',
      '2、设备:是指可用于访问我们的产品和服务的装置,例如台式计算机、笔记本电脑、平板电脑或智能手机。', '',
      '3、Cookie:Cookie是包含字符串的小文件,在您登入和使用网站或其他网络内容时发送、存放在您的计算机、移动设备或其他装置内(通常经过加密)。', '',
      '## 二、我们如何使用 Cookie', '', '我们使用 Cookie 记住您的登录状态。您可以通过浏览器设置拒绝或管理 Cookie。', '',
      '## 三、联系我们', '', '如有疑问,请发送邮件至 support@example.com。', ''].join('\n'), 'glossary.md');
    const glossary = a.sections.find((s) => s.heading === '名词解释')!;
    const units = a.sections.filter((s) => s.parent === glossary.id);
    expect(units.flatMap((s) => s.topics)).not.toContain('cookies');
  });
});

describe('what a policy says it never does (round 42)', () => {
  it('Nomo: `我们不会访问摄像头、麦克风、精确位置、联系人` speaks of the device permissions it does not ask for', async () => {
    const a = await analyzeText(policyAround('2. 我们不进行的处理', ['就当前版本而言:', '', '- 我们不要求或收集您的姓名、手机号、地址或账户资料;',
      '- 我们不以出售、出租或广告定向为目的使用或披露您的信息;', '- 我们不会访问摄像头、麦克风、精确位置、联系人、日历或生物识别信息;'].join('\n')), 'nomo.md');
    expect(topicsUnder(a, '2. 我们不进行的处理')).toContain('permissions');
  });

  it('截图翻译: `不集成任何分析 SDK、广告 SDK 或崩溃上报服务` speaks of SDKs', async () => {
    const a = await analyzeText(['<html><body><h1>隐私政策</h1>', '<h2>一、数据存在哪里</h2><p>你截的图、识别出的文字、翻译结果,全部只存在你自己的电脑上。</p>',
      '<h2>六、我们不做的事</h2>', '<ul>', '  <li>不设账号，不要求注册，不收集邮箱或手机号</li>', '  <li>不集成任何分析 SDK、广告 SDK 或崩溃上报服务</li>',
      '  <li>不读取剪贴板，不监听键盘输入（全局快捷键由系统分发，只收到组合键本身）</li>', '  <li>不扫描或上传你电脑上的任何文件</li>',
      '  <li>不出售、不共享任何数据——我们手里根本没有</li>', '</ul>', '<h2>七、儿童隐私</h2><p>本应用不面向 13 岁以下儿童。</p>', '</body></html>'].join('\n'), 'jietu.html');
    expect(a.sections.find((s) => s.heading === '我们不做的事')!.topics).toContain('sdk');
  });
});
