// Facts on excerpts of real policies of round 33's fresh blind batches AB (CAPP-130's app policies), AC and AD (pages from other
// repositories): pages no corpus in ../shared holds, labelled blind before any change.
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batches AB, AC and AD (round 33)', () => {
  it('高德: the cases it gives data abroad in, one of them the user\'s separate consent, permit a transfer with consent', async () => {
    const a = await analyzeText(['(二)存储地域', '', '我们在中华人民共和国境内运营中收集和产生的个人信息,将存储在中国境内。以下情形下,我们会在履行法律规定的义务后,向可能的境外实体提供您的个人信息:', '',
      '1、适用的法律有明确规定;', '', '2、获得您的单独同意。', '', '针对以上情形,我们会按照本政策依法保护您的个人信息安全。', ''].join('\n'), 'gaode.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
    expect(values(a, 'storage_location')).toEqual(['domestic']);
  });

  it('爱奇艺: the cases listed on the line (`:(1)法律法规有明确规定;(2)另行获得您单独同意;(3)…您主动向境外提供…`) permit it with consent too', async () => {
    const a = await analyzeText(['1. 存储地点:我们在中华人民共和国境内运营中收集和产生的个人信息存储于中华人民共和国境内。仅在以下情形,且在满足法律法规及监管部门的相关规定后,我们可能会向境外主体提供您的个人信息,并将严格要求接收方按照相关法律法规要求及本政策来处理您的个人信息:(1)法律法规有明确规定;(2)另行获得您单独同意;(3)您使用的产品与/或服务涉及跨境,您主动向境外提供个人信息。', ''].join('\n'), 'iqiyi.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });

  it('高德: `高德:指高德产品和服务的提供者高德软件有限公司` names the operator, not the company named more often for one feature', async () => {
    const a = await analyzeText(['高德隐私权政策', '', '6、用车服务', '', '您在部分高德地图产品和服务中可以使用用车服务,用车信息服务由北京易行出行旅游有限公司为您提供。',
      '北京易行出行旅游有限公司为了给您提供用车信息服务,保证您的出行安全,北京易行出行旅游有限公司将收集您的设备信息。', '', '十、附录', '',
      '高德:指高德产品和服务的提供者高德软件有限公司。', ''].join('\n'), 'gaode.txt');
    expect(values(a, 'operator')).toEqual(['高德软件有限公司']);
  });

  it('Soul: a company the data is handed to (`提供给阿里云计算有限公司运营的LinkedMall系统`) is no operator', async () => {
    const a = await analyzeText(['Soul App个人信息保护政策', '', 'Soul App是由上海任意门科技有限公司及其关联公司(联系地址为:上海市浦东新区樱花路 868 号 2101室,以下简称“我们”或“Soul”)为用户提供的服务。', '',
      'd)礼品服务合作伙伴。如您通过Soul App购买或接受其他用户赠送的实物礼品时,我们会将您提供的收货人姓名、收货地址、收货人手机号码提供给阿里云计算有限公司运营的LinkedMall系统以及通过该系统接入的礼品供应商合作伙伴。', ''].join('\n'), 'soul.txt');
    expect(values(a, 'operator')).toEqual(['上海任意门科技有限公司']);
  });

  it('汽水音乐: `修改日期:2022年06月08日` is the date it was updated', async () => {
    const a = await analyzeText(['汽水音乐隐私政策', '修改日期:2022年06月08日', '生效日期:2022年06月15日', ''].join('\n'), 'qishui.txt');
    expect(values(a, 'updated_date')).toEqual(['2022-06-08']);
    expect(values(a, 'effective_date')).toEqual(['2022-06-15']);
  });

  it('WeChat (in translation): `数据控制方为:X` names X; data `传输到新加坡和香港特区,并在此…存储` is kept and sent abroad', async () => {
    const a = await analyzeText(['WECHAT 隐私政策', '数据控制方', '',
      '如果您是位于 EEA、英国、瑞士或中国大陆境外的 WeChat 用户,数据控制方为:WeChat International Pte. Ltd.,一家新加坡公司,地址是 10 Anson Road, #21-07 International Plaza, Singapore 079903。', '',
      '6.我们在哪里处理您的数据?', '', 'WeChat 是一个全球平台。我们会将从您处收集的个人信息传输到新加坡和香港特区,并在此对信息进行存储或处理。', ''].join('\n'), 'wechat.txt');
    expect(values(a, 'operator')).toEqual(['WeChat International Pte. Ltd.']);
    expect(values(a, 'storage_location')).toEqual(['overseas']);
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('领导留言板 (batch AC): a help page\'s section number before the title (`8 领导留言板隐私政策`) is no part of the app\'s name', async () => {
    const a = await analyzeText(['帮助中心', '8 领导留言板隐私政策', '【领导留言板】是由【人民网股份有限公司】(以下简称“我们”)研发和运营的在线【群众工作综合性】平台。', ''].join('\n'), 'lmb.txt');
    expect(a.app).toBe('领导留言板');
  });

  it('领导留言板 (batch AC): `个人信息出境情况说明:…存储在中国境内。` is a label over a domestic practice, no transfer abroad', async () => {
    const a = await analyzeText(['1. 我们仅在本《隐私政策》所述目的所必需期间和法律法规要求的时限内保留您的信息。', '2. 个人信息出境情况说明:我们在中华人民共和国境内运营中收集和产生的信息,存储在中国境内。', ''].join('\n'), 'lmb.txt');
    expect(values(a, 'cross_border')).toEqual(['none']);
  });

  it('保必保庇 (batch AC, Taiwan): `客戶服務專線(04-36092299)` is a phone, as `(02)2345-6789` would be', async () => {
    const a = await analyzeText(['本公司設有免付費客戶服務專線(04-36092299),受理客戶對個人資料之相關處理需求、申訴與諮詢。', '台北辦公室電話:(02)2345-6789。', ''].join('\n'), 'bb.txt');
    expect(values(a, 'phone')).toEqual(['04-36092299', '(02)2345-6789']);
  });

  it('GitHub (batch AC, in translation): `privacy [at] github [dot] com` is an address; `合法传输到美国` is a transfer abroad', async () => {
    const a = await analyzeText(['### 跨境数据传输', 'GitHub 处理美国境内外的个人数据,并依靠标准合同条款等法律机制将数据从欧洲经济区、英国和瑞士合法传输到美国。', '',
      '### 联系 GitHub', '| **privacy [at] github [dot] com** |', ''].join('\n'), 'gh.md');
    expect(values(a, 'email')).toEqual(['privacy@github.com']);
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('万鞍E修 (batch AD): `X由Y公司开发(下文简称“中道”或“我们”)` opening the policy names the app X, not the company\'s short name', async () => {
    const a = await analyzeText(['隐私政策', '请花一些时间熟悉我们的隐私政策,如果您有任何问题,请联系我们。', '关于我们',
      '万鞍E修由河北中道致远信息科技有限公司开发(下文简称“中道”或“我们”),我们十分重视您的隐私。', '关于本隐私政策',
      '除了提供独立隐私政策的特定中道产品或服务外,本隐私政策适用于引用或链接至本隐私政策的所有中道设备、网站或应用程序。', ''].join('\n'), 'wa.txt');
    expect(a.app).toBe('万鞍E修');
  });

  it('Leaflow and Let\'s Encrypt (batch AD): `# Leaflow 服务隐私政策` names Leaflow; a possessive keeps `Let\'s Encrypt` whole', async () => {
    const leaflow = await analyzeText(['# Leaflow 服务隐私政策', '', '**中山市利飞科技有限公司**(以下简称"利飞科技"、"我们")深知个人信息对您的重要性。', ''].join('\n'), 'lf.md');
    expect(leaflow.app).toBe('Leaflow');
    const isrg = await analyzeText(['Let\'s Encrypt 隐私政策将从以下三种场景描述我们如何收集、使用、披露您的信息:', '',
      '- 当您作为依赖方访问使用 Let\'s Encrypt 证书的 HTTPS 的网站时;', '- 当您作为用户向 Let\'s Encrypt 申请证书时;', '- 当您访问 Let\'s Encrypt 的网站时。', '',
      'Let\'s Encrypt 由互联网安全研究组运营。Let\'s Encrypt 不会出售您的信息。', ''].join('\n'), 'le.md');
    expect(isrg.app).toBe("Let's Encrypt");
  });

  it('Let\'s Encrypt (batch AD): logs deleted on a schedule (`临时日志…通常会在七天内删除`) answer no request; `可能会被收集至其他司法管辖区(包括美国)` is a transfer abroad', async () => {
    const a = await analyzeText(['## 依赖方', '我们的服务器可能会自动在服务器的临时日志文件中记录您的 IP 地址。 临时日志仅用于维持服务正常运作,通常会在七天内删除。', '',
      '## 欧洲经济区的依赖方、用户和访客在 GDPR 下享有哪些权利?', '您的个人数据可能会被收集至其他司法管辖区(包括美国),以供我们及我们的服务提供商存储并处理。', ''].join('\n'), 'le.md');
    expect(values(a, 'response_time')).toEqual([]);
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('Phasica (batch AC, zh-TW): `本隱私權政策說明了 Phasica 在…如何處理資訊` names the app, not a word the policy repeats (`健康`)', async () => {
    const a = await analyzeText(['> **版本**:v0.4.0 Beta 1 發布文本', '> **開發者**:Ruishen Xu', '',
      '本隱私權政策說明了 Phasica 在 External TestFlight Beta 1 版本中如何處理資訊。', '', '## 1. Phasica 處理的資訊',
      '經您授權後,App 可讀取 Apple 健康中的經期資料。健康資料只保存在您的裝置。健康資料不會上傳。健康類別由您選擇。', ''].join('\n'), 'phasica.md');
    expect(a.app).toBe('Phasica');
  });
});
