// Facts on excerpts of real policies published in public GitHub repositories (round 26's fresh blind batch J: pages no
// corpus in ../shared holds, labelled blind before any change), plus the corpus pages the same changes reach.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzeText, analyzed, values } from './helpers';

const runShared = hasShared ? it : it.skip;

const SDK_ROWS = [
  '第三方SDK名称\t收集个人信息类型\t使用目的\t获取方式\t第三方主体\t链接',
  'Bugly SDK\t设备信息、崩溃日志等\t排查崩溃问题,帮助APP提升稳定性\t对应场景使用时获取\t深圳市腾讯计算机系统有限公司\t是\thttps://bugly.qq.com/v2/contract',
  '优量汇广告SDK\t手机设备信息、网络类型、崩溃数据\t广告投放\t对应场景获取\t深圳市腾讯计算机系统有限公司\t去标识化、加密传输的安全处理方式\thttps://e.qq.com/dev/privacy',
];

describe('facts on excerpts of batch J', () => {
  it('天才旅行家: the date of a standard the policy cites (`2022年4月24日发布的《信息安全技术…》`) is not its publication date', async () => {
    const a = await analyzeText([
      '隐私政策', '快手SDK广告请求(用于广告投放)\t设备信息、设备型号、软件系统版本。不采集2022年4月24日发布的《信息安全技术移动互联网应用程序(App)收集个人信息基本要求》中规定的信息。',
      '本政策发布日期:2023年01月26日', '本政策生效日期:2023年01月26日',
    ].join('\n'), 'tiancai.txt');
    expect(values(a, 'published_date')).toEqual(['2023-01-26']);
    expect(values(a, 'effective_date')).toEqual(['2023-01-26']);
  });

  it('天才旅行家: a company named only in the vendor column of a tab-separated SDK table is no operator', async () => {
    const a = await analyzeText(['隐私政策', '我及我的关联方非常重视您的个人信息保护。', '一、我们接入的第三方SDK', ...SDK_ROWS, '如有疑问,请联系kuntianli66@126.com。'].join('\n'), 'tiancai.txt');
    expect(values(a, 'operator')).toEqual([]);
  });

  it('预知天气: the title `预知天气预报隐私政策协议` names the app', async () => {
    const a = await analyzeText(['预知天气预报隐私政策协议', '一古科技(厦门)科技有限公司(下称“一古科技”)重视用户的隐私。您在使用我们的服务时,我们可能会收集和使用您的相关信息。'].join('\n'), 'yuzhi.txt');
    expect(a.app).toBe('预知天气预报');
  });

  it('千度网盘: `千度网盘是一个向广大用户提供…的在线信息存储平台` introduces the app', async () => {
    const a = await analyzeText([
      '引言', '千度网盘是一个向广大用户提供数据存储、同步、管理和分享等的在线信息存储平台。为向您提供上述服务,我们会收集您必要的个人信息。',
      '千度网盘不会收集您在网盘存储、分享的内容数据,仅为这些内容数据提供存储空间。',
    ].join('\n'), 'qiandu.txt');
    expect(a.app).toBe('千度网盘');
  });

  it('動脈物業版: `您在使用動脈物業版(以下簡稱本系統)時` names the app; `在啓動APP時` names none, and an SDK list\'s `公司名稱:` is no operator', async () => {
    const a = await analyzeText([
      'APP用戶隱私政策', '您在使用動脈物業版(以下簡稱本系統)時,我們可能會收集和使用您的相關信息。我們希望通過本《隱私政策》向您說明。',
      '4.10讀寫設備上的照片及文件在您使用APP時,會獲取您的讀寫設備上的照片及文件權限,在啓動APP時使用。', '10、第三方SDK目錄',
      '3、阿裏雲短信公司名稱:阿裏雲計算有限公司使用目的:推送消息收集數據類型:設備識別信息處理方式:通過去標識化、加密傳輸的安全處理方式',
      '6、阿裏一鍵登錄SDK公司名稱:阿裏雲計算有限公司涉及的個人信息類型:網絡類型、設備信息', '7、阿裏播放器sdk公司名稱:阿裏雲計算有限公司涉及的個人信息類型:UUID、設備型號',
    ].join('\n'), 'dongmai.html');
    expect(a.app).toBe('動脈物業版');
    expect(a.operator).toEqual([]);
    const unnamed = await analyzeText(a.app ? ['APP用戶隱私政策', '我們可能會收集和使用您的相關信息。在啓動APP時使用存儲權限,在啓動APP時讀取設備信息。'].join('\n') : '', 'unnamed.html');
    expect(unnamed.app).toBeNull();
  });

  it('青柠檬记账 (round 27): a company in an SDK list\'s `SDK 名称:` … `公司名称:` … `用途目的:` entry is that SDK\'s, no operator even by fallback', async () => {
    const a = await analyzeText([
      '青柠檬记账隐私政策', '我公司非常重视用户的隐私和个人信息保护。', '4、广告投放类SDK', 'SDK 名称:巨量引擎转化SDK', '公司名称:北京巨量引擎网络技术有限公司',
      '用途目的:用于支持广告投放归因及反作弊服务', '隐私政策:https://bytedance.larkoffice.com/docx/PfdrdczIHo0wjex3Qwdce5wYnzh',
      '收集的个人信息类型、字段:【双端】设备品牌、型号、操作系统、软件系统版本、分辨率、网络信号强度、IP地址、设备语言、浏览器的类型和版本号、操作、使用、服务日志等基础信息、WiFi路由器MAC地址(BSSID)、设备的MAC地址、运营商信息、设备时区、sim卡信息',
      'SDK名称:穿山甲', '公司名称:北京巨量引擎网络技术有限公司、北京有竹居网络技术有限公司',
      '用途目的:为用户提供广告展现、广告归因、反作弊服务', '',
    ].join('\n'), 'qingningmeng.txt');
    expect(a.operator).toEqual([]);
  });

  it('新农助手 (round 27): the title `「新农助手」用户协议及隐私政策` names the app without its closing quote', async () => {
    const a = await analyzeText(['「新农助手」用户协议及隐私政策', '欢迎使用新农助手(以下简称"本应用")!本应用是由新疆农业大学学生独立开发的开源校园工具。', ''].join('\n'), 'xinnong.txt');
    expect(a.app).toBe('新农助手');
  });

  it('臻品配 (round 27): `“我们”或“臻品配”,指X有限公司` in the definitions names the operator', async () => {
    const a = await analyzeText(['臻品配隐私政策', '臻品配非常重视您对个人信息的关注,并尽全力保护您的个人信息。', '第十部分 附录', '本隐私政策中使用的特定词语,具有如下含义:',
      '1. “我们”或“臻品配”,指贵阳陆壹捌电子商务有限公司。', '2. “您”或“用户”,指使用我们的产品或服务的注册用户及收费服务的购买方。', ''].join('\n'), 'zhenpinpei.txt');
    expect(a.operator).toEqual(['贵阳陆壹捌电子商务有限公司']);
  });

  runShared('CA4P 0733 (米哈游) and 0813 (小猪): a title with `用户个人信息…` or `隐私政策协议` gives the name before it', async () => {
    expect((await analyzed(corpus('ca4p483', 'txt', '0733_com_miHoYo_bh3_huawei.txt'))).analysis.app).toBe('米哈游');
    expect((await analyzed(corpus('ca4p483', 'txt', '0813_com_xiaozhu_xzdz.txt'))).analysis.app).toBe('小猪');
  });

  it('计件助手 (round 28): `计件助手平台用户隐私政策` over `应用名称:计件助手` names the app as the name field does', async () => {
    const a = await analyzeText(['计件助手平台用户隐私政策', '本政策仅适用于计件助手APP', '应用名称:计件助手', '开发者:邹同彬',
      '计件助手平台(“我们”或“本平台”)非常重视用户的隐私和个人信息保护。', ''].join('\n'), 'jijian.txt');
    expect(a.app).toBe('计件助手');
    expect((await analyzeText(['易经起名平台隐私政策', '易经起名平台非常重视您的隐私。', ''].join('\n'), 'q.txt')).app).toBe('易经起名平台');
  });

  it('Cooby (round 28): Classical 之 before `會員` (`註冊成為Cooby平臺之會員`) is no part of the name', async () => {
    const a = await analyzeText(['Enter your password', 'Sign In', 'Name on card', 'Card number', 'Exp. Date', 'Simplify your workflow in minutes.', 'Cooby平臺隱私權政策',
      '四、個人資料利用之期間、地區、對象及方式', '2. 當您註冊成為Cooby平臺之會員,即代表您同意收到任何本公司所提供之產品或服務相關之電子郵件或推播訊息;若您不希望收到,請隨時透過Cooby平臺聯繫Cooby客戶管理系統服務團隊。', ''].join('\n'), 'cooby.txt');
    expect(a.app).toBe('Cooby平臺');
  });

  it('阳光清言 (round 28): `除法律法规另有规定或取得您的单独同意外,我们不会向境外提供…` permits a transfer abroad with consent', async () => {
    const a = await analyzeText(['隐私政策', '五、信息存储', '您的个人信息原则上存储于中华人民共和国境内。除法律法规另有规定或取得您的单独同意外,我们不会向境外提供您的个人信息。', ''].join('\n'), 'yg.md');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
    expect(values(a, 'storage_location')).toEqual(['domestic']);
  });
});

describe('app names aliased as the app itself (round 29, fresh batch R)', () => {
  it('数字人民币: `数字人民币APP(以下简称“本款产品”或“APP”)` names the app, not `保障` of `为保障APP稳定运行`', async () => {
    const a = await analyzeText([
      'APP个人信息保护政策', '', '生效日期:2022年1月4日', '', '序言',
      '数字人民币APP(以下简称“本款产品”或“APP”)是由为用户开立数字人民币钱包(以下简称“数字钱包”)并提供数字钱包服务的运营机构运营的。',
      '(一)为您提供APP账号服务', '为保障APP稳定运行或实现相关功能,本款产品会接入由第三方提供的软件开发工具包(以下简称“SDK”)实现该目的。',
      '(二)保障您的APP账号及数字钱包安全', '为提高您使用APP账号及数字钱包的安全性,保障我们的APP服务安全稳定运行,保障交易安全,我们会收集您的设备信息。',
      '我们会采取措施保障您的信息安全,保障您的权利,保障数字钱包的正常使用。',
    ].join('\n'), 'rmb.txt');
    expect(a.app).toBe('数字人民币');
  });

  it('中小学网络云平台: `是 中小学网络云平台(以下简称“APP”)的运营者` outweighs `保证` of `以及保证APP内接入的SDK正常运作` said line after line', async () => {
    const a = await analyzeText([
      '隐私保护政策', '版本更新日期:2022年3月5日', '',
      '深圳市易剪辑科技有限公司(以下简称 “我们”)是 中小学网络云平台(以下简称“APP”)的运营者,我们非常尊重并重视用户个人隐私权的保护。',
      ...['获取网络连接', '获取读取外部储存器权限', '获取网络信息状态', '获取当前WiFi接入的状态'].map((p, i) => `${i + 3}. ${p},用于提供APP基础服务正常运作,以及保证APP内接入的SDK正常运作。`),
    ].join('\n'), 'yjj.txt');
    expect(a.app).toBe('中小学网络云平台');
  });
});

describe('a markdown page titled in its front matter (round 29, fresh batch R)', () => {
  it('移动推送TPNS: `title: 移动推送TPNS隐私保护指引` names the product, not `腾讯` its operator is called', async () => {
    const a = await analyzeText([
      '---', 'title: 移动推送TPNS隐私保护指引', 'published: true', 'editor: markdown', '---', '', '## 正文', '', '### 引言', '',
      '腾讯严格遵守法律法规,按照业界成熟的安全与隐私标准,保护第三方开发者和其终端用户的个人信息。', '',
      '移动推送TPNS是一款由深圳市腾讯计算机系统有限公司(以下简称“腾讯”或“我们”)提供服务的消息推送SDK产品(以下简称“该SDK”或“TPNS SDK”)。', '',
      '如对本指引内容有任何疑问,可随时与腾讯联系。腾讯会及时处理。腾讯承诺保护您的信息。', '',
    ].join('\n'), 'tpns.md');
    expect(a.app).toBe('移动推送TPNS');
  });
});

describe('operators the policy defines (round 29, fresh batch R)', () => {
  it('百胜中国: `“我们”…均意为给您提供…网络服务的X(注册地址:…)` is the operator, though the sentence runs long before it', async () => {
    const a = await analyzeText([
      '(最新更新日期:2020年11月05日)', '', '• 前言',
      '在本隐私政策中,我们提及的“百胜中国”、“我们”、“我方”或“我们的”时,均意为给您提供网站、移动应用、点餐终端、网络店铺、社交媒体或其他网络服务(以下合称“网络平台”)的环胜电子商务（上海）有限公司(注册地址:上海自由贸易试验区基隆路1号塔楼9层907室)及其关联公司和特许加盟商,统称为“百胜中国”。',
    ].join('\n'), 'kfc.txt');
    expect(values(a, 'operator')).toEqual(['环胜电子商务（上海）有限公司']);
  });

  it('小喵来客: `【小喵来客】小喵来客指研发并提供小喵来客产品和服务的X` in the definitions is the operator', async () => {
    const a = await analyzeText([
      '引言', '欢迎你使用我们的产品和服务!小喵来客制定本《隐私政策声明》。', '第一部分 定义',
      '一、【小喵来客】小喵来客指研发并提供小喵来客产品和服务的西安蚁汇科技有限公司,及现在或未来设立的相关关联公司的单称或合称。',
      '二、【小喵来客服务】小喵来客软件服务指SaaS软件服务。',
    ].join('\n'), 'xm.txt');
    expect(values(a, 'operator')).toEqual(['西安蚁汇科技有限公司']);
  });

  it('浮生为卿歌: `X全资子公司Y(以下统称“沁游”或“我们”)` is Y\'s, not its parent\'s', async () => {
    const a = await analyzeText(['隐私政策', '更新日期:2022年9月3日', '前言',
      '本隐私政策系由用户(以下统称“用户”或“您”)与友谊时光科技股份有限公司全资子公司苏州沁游网络科技有限公司(以下统称“沁游”或“我们”)订立,沁游庄严承诺将保护使用沁游产品和服务之用户的个人信息。',
    ].join('\n'), 'fs.txt');
    expect(values(a, 'operator')).toEqual(['苏州沁游网络科技有限公司']);
  });

  it('国家反诈中心: `开发者名称:公安部刑事侦查局` (a ministry\'s bureau) is the operator; `应用名称:国家反诈中心` the app', async () => {
    const a = await analyzeText(['国家反诈中心用户隐私政策', '', '更新日期:2022年9月2日', '',
      '当您使用国家反诈中心及相关服务时,我们可能会使用相关技术向您的设备发送Cookie。', '您可以通过在线自主申请注销您的国家反诈中心账号。', '',
      '应用名称:国家反诈中心', '开发者名称:公安部刑事侦查局', ''].join('\n'), 'fz.txt');
    expect(values(a, 'operator')).toEqual(['公安部刑事侦查局']);
    expect(a.app).toBe('国家反诈中心');
  });

  runShared('学习强国 (CA4P 0516): `服务提供者:是指研发并提供“学习强国”学习平台产品和服务的X,以下简称“我们”` names the operator', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0516_cn_xuexi_android.txt'));
    expect(values(analysis, 'operator')).toEqual(['中共中央宣传部宣传舆情研究中心']);
  });
});

describe('an app named only where it is used (round 29, fresh batch R)', () => {
  it('智灯: `在使用智灯产品和服务时`, `通过使用智灯即表示…` name the app, not the company\'s short name `Jingyuanmicro`', async () => {
    const a = await analyzeText([
      '**隐私政策**', '', '**更新**', '',
      '我们的隐私政策已于 2021年 12 月 07 日更新。本隐私政策能够提供有关我们如何管理您在使用智灯产品和服务时透露的个人信息的隐私详情。', '',
      '本隐私政策规定了深圳晶源微控科技有限公司(下文简称"Jingyuanmicro"或“我们”)如何收集、使用、披露、处理和保护您的信息。', '',
      '在这项隐私政策中,"个人信息"指与Jingyuanmicro能够访问的个人的其他信息联系后能够识别特定个人的数据。', '',
      '通过使用智灯即表示您已阅读、认可并接受本隐私政策中所述之所有条款。Jingyuanmicro会保护您的信息。', '',
    ].join('\n'), 'zd.md');
    expect(a.app).toBe('智灯');
  });
});

describe('facts of fresh batch S (round 29: CAPP-130 and archived pages)', () => {
  it('中国电信营业厅: `“中国电信营业厅APP”(简称“本APP”)` names the app, not `实现` of `用于实现APP推送服务` said twice', async () => {
    const a = await analyzeText(['用户隐私政策(详细版)', '',
      '“中国电信营业厅APP”(简称“本APP”)由中国电信股份有限公司全渠道运营中心(简称“我们”)所有和运营,我们的注册地址为:北京市海淀区杏石口路99号4幢。', '',
      '6.我们会收集您的网络连接权限,存储权限、位置权限用于实现APP阈值提醒、属地服务信息。',
      '8.我们会收集您的系统类型、系统版本、设备屏幕尺寸参数用于实现APP推送服务。', ''].join('\n'), 'dx.txt');
    expect(a.app).toBe('中国电信营业厅');
  });

  it('建行生活: `中国建设银行股份有限公司浙江省分行(以下简称“我行”)` is the operator, a branch (`分行`) called `我行`', async () => {
    const a = await analyzeText(['建行生活平台个人信息保护政策', '',
      '中国建设银行股份有限公司浙江省分行(以下简称“我行”)深知个人信息对您的重要性,会尽力保护您的个人信息安全。', ''].join('\n'), 'jh.txt');
    expect(values(a, 'operator')).toEqual(['中国建设银行股份有限公司浙江省分行']);
  });

  it('交管12123: `是由公安部交通管理科学研究所(以下简称“我们”)提供的` names a research institute (`研究所`) as the operator', async () => {
    const a = await analyzeText(['交管12123隐私政策', '发布日期:2021 年 6 月 30 日',
      '“交管12123”是由公安部交通管理科学研究所(以下简称“我们”)提供的互联网交通安全综合服务管理平台官方客户端。我们非常重视您的个人信息和隐私保护。', ''].join('\n'), 'jg.txt');
    expect(values(a, 'operator')).toEqual(['公安部交通管理科学研究所']);
  });

  it('Meitu Wink: `我们不会将上述信息传输至境外,当确有必要向境外传输的情形发生时,…取得您的单独同意` is cross-border with consent', async () => {
    const a = await analyzeText(['四、我们如何保护您的个人信息',
      '我们会严格按照法律法规的规定,将中华人民共和国境内(以下简称“中国”)收集的用户个人信息存储于中国境内。我们不会将上述信息传输至境外,当确有必要向境外传输的情形发生时,我们将会遵循国家相关法律规定进行评估、认证,并取得您的单独同意。', ''].join('\n'), 'wink.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });
});

describe('facts of fresh batch T (round 29: CAPP-130)', () => {
  const operators = async (lines: string[]) => values(await analyzeText(lines.join('\n'), 'page.txt'), 'operator');

  it('中国农业银行: `X(“我行”或者“我们”)` names the operator, not an SDK vendor under `公司 :` in the SDK table', async () => {
    expect(await operators(['隐私政策(个人版)', '  中国农业银行股份有限公司(“我行”或者“我们”)(注册地址:北京市东城区建国门内大街69号)深知个人信息对您的重要性。', '',
      'SDK名称:讯飞语音SDK', '公司 :科大讯飞股份有限公司', ''])).toEqual(['中国农业银行股份有限公司']);
  });

  it('美团外卖: `本政策所称的美团外卖及其关联方是指X` names the operator; a postal address ending `…2层隐私保护中心` is none', async () => {
    expect(await operators(['美团外卖隐私政策', '本政策所称的美团外卖及其关联方是指北京三快在线科技有限公司(注册地址:北京市海淀区北四环西路9号2106-030)及现有和/或未来设立的相关关联公司的单称或合称。',
      '3、您可以联系我们的个人信息保护负责人邮箱 privacy@meituan.com ,或者寄信到如下地址: 北京市朝阳区望京东路4号恒基伟业大厦C座2层隐私保护中心(收),邮编:100102',
      '您也可以寄信到: 北京市朝阳区望京东路4号恒基伟业大厦C座2层隐私保护中心(收)。', ''])).toEqual(['北京三快在线科技有限公司']);
  });

  it('网易云音乐: `X将按照本《隐私政策》保护您的个人信息` opening the contact chapter names the operator', async () => {
    expect(await operators(['九、如何联系我们', '杭州乐读科技有限公司将按照本《隐私政策》保护您的个人信息。我们设立了个人信息保护专职部门。', ''])).toEqual(['杭州乐读科技有限公司']);
  });

  it('央视频: `由中央广播电视总台及其关联方(以下简称“央视频”或“我们”)拥有并运营` names the broadcaster', async () => {
    expect(await operators(['央视频隐私政策', '      “央视频”软件(以下简称“本软件”)及相关服务(以下简称“本服务”),是指由中央广播电视总台及其关联方(以下简称“央视频”或“我们”)拥有并运营、标注名为“央视频”的客户端应用程序。', ''])).toEqual(['中央广播电视总台']);
  });

  it('腾讯会议: `在15个工作日或法律法规规定的期限内答复您的请求` is a deadline of 15 working days', async () => {
    const a = await analyzeText(['十、如何联系我们', '如您对本政策有任何疑问,可以通过以下方式与我们联系。我们将尽快审核所涉问题,并在15个工作日或法律法规规定的期限内答复您的请求。', ''].join('\n'), 'tm.txt');
    expect(values(a, 'response_time')).toEqual([{ days: 15, workdays: true }]);
  });

  it('中国联通: `如果需要将您的个人信息转移到境外,我们将:` over a list set apart by a blank line, `1.另行获得您的授权同意…`, is with consent', async () => {
    const a = await analyzeText(['(一)您的个人信息如何储存', '我们在中华人民共和国境内收集的个人信息,将存储在中华人民共和国境内。如果需要将您的个人信息转移到境外,我们将:', '',
      '1.另行获得您的授权同意,并履行法定程序,在符合届时适用法律的情形下使您的个人信息得到足够的保护;', '', '2.该等转移将在符合届时适用法律要求的前提下进行。', ''].join('\n'), 'cu.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });

  it('中国农业银行: `但为处理跨境业务,您的个人信息可能需要转移到境外。此种情况下,我行会…取得您的单独同意` is with consent, not `yes`', async () => {
    const a = await analyzeText(['(一)存储', '  1.我行在中华人民共和国境内收集和产生的个人信息,将存储在中华人民共和国境内。但为处理跨境业务,您的个人信息可能需要转移到境外。此种情况下,我行会按照法律规定执行,向您告知境外接收方的名称或者姓名、联系方式、处理目的,并取得您的单独同意。我行将采取有效措施保护您个人信息的安全,例如,在跨境数据转移之前通过协议、核查等措施要求境外机构为您的信息保密。', ''].join('\n'), 'abc.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });
});

describe('an app name in a template\'s angle brackets (round 29, fresh batch T)', () => {
  it('心悦俱乐部: `《<心悦俱乐部>隐私保护指引》` names the app, not `腾讯` the policy calls its operator', async () => {
    const a = await analyzeText(['心悦俱乐部》隐私保护指引', '更新日期: 2022年1月18日', '提示',
      '为更充分保障您的权利,我们对《<心悦俱乐部>隐私保护指引》进行了更新,此版本的更新的重点内容主要集中在第1章节“我们收集、使用的信息”部分。', '概要',
      '欢迎您选择由腾讯公司(以下简称“ 我们”。本指引中的腾讯公司,具体是指心悦俱乐部及其服务的提供方深圳市腾讯计算机系统有限公司)提供的心悦俱乐部服务。腾讯会保护您的信息,腾讯承诺遵守法律。', ''].join('\n'), 'xy.txt');
    expect(a.app).toBe('心悦俱乐部');
  });
});

describe('facts of fresh batch U (round 29)', () => {
  it('芒果TV: `将来如需跨境传输或存储的,我们会…并征得用户及监管部门的同意` is cross-border with consent', async () => {
    const a = await analyzeText(['(三)存储', '3.存储地点:我们依照法律法规的规定,将您的个人信息存储于中华人民共和国境内。目前我们暂时不存在跨境存储您的个人信息或向境外提供个人信息的场景。将来如需跨境传输或存储的,我们会向相关方告知信息出境的目的、接收方、安全保证措施和安全风险,并征得用户及监管部门的同意。', ''].join('\n'), 'mg.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });

  it('起点读书: the Civil Code quoted (`十六周岁以上的未成年人…视为完全民事行为能力人`) sets no age of the policy\'s', async () => {
    const a = await analyzeText(['一、定义', '未成年人:不满十八周岁的自然人为未成年人。十六周岁以上的未成年人,以自己的劳动收入为主要生活来源的,视为完全民事行为能力人。(出自于《中华人民共和国民法典》)',
      '儿童:不满十四周岁的未成年人。', ''].join('\n'), 'qd.txt');
    expect(values(a, 'minor_age')).toEqual([18, 14]);
  });

  it('麦当劳: a recipient named with its short name (`传输给中信科技发展有限公司(简称“中信科技”)`) is no operator', async () => {
    const a = await analyzeText(['麦当劳隐私政策', '金拱门（中国）有限公司(以下简称“我们”)深知个人信息对您的重要性。',
      '此外,在您注册时,如您同时主动勾选“加入中信优享+”选项的,我们将会将您的手机号码传输给中信科技发展有限公司(简称“中信科技”),以便由中信科技为您开通会员。', ''].join('\n'), 'mcd.txt');
    expect(values(a, 'operator')).toEqual(['金拱门（中国）有限公司']);
  });
});
