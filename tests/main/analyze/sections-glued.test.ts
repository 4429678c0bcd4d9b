// splitSections on titles glued to their bodies, no stop between (`(一)共享我們會…`, `1、注册账号您注册…`), split from
// sections-numbering.test.ts.
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze';

describe('titles glued to their bodies with no stop between', () => {
  const text = [
    'APP用戶隱私政策', '6、 cookie政策',
    '6.1 對 Cookie 和同類技術的使用Cookie 和同類技術是互聯網中普遍使用的技術。當您使用本系統時,我們可能會使用相關技術向您的設備發送一個或多個Cookie。',
    '6.2 cookie的清除大多數瀏覽器均爲用戶提供了清除瀏覽器緩存數據的功能,您可以在瀏覽器設置功能中進行相應的數據清除操作。',
    '7、我們如何共享、轉讓、公開披露您的個人信息',
    '(一)共享我們會重視對您的個人信息的保護,您的個人信息是我們爲您提供産品與/或服務的重要依據和組成部分。',
    '1、 您自行提出要求的;', '2、 事先已徵得您的明確授權同意;',
    '(二)轉讓轉讓是指將個人信息控制權向其他公司、組織或個人轉移的過程。原則上我們不會將您的個人信息控制權轉讓。',
    '8、信息的存儲和安全我們收集的有關您的信息和資料將保存在中華人民共和國境內的服務器上。',
    '9、聯繫我們當您對本隱私協議有任何疑問、建議或需求,您可以通過客服與我們聯繫。', '',
  ].join('\n');

  it('動脈物業版: `6.1 對 Cookie 和同類技術的使用Cookie…` › `6.2 cookie的清除大多數…`, `(一)共享我們會…` › `(二)轉讓轉讓是指…` head sections in pairs', () => {
    const s = splitSections(text, null, [], true);
    expect(s.filter((x) => x.number && /^(?:6\.\d|\([一二]\))$/.test(x.number)).map((x) => `${x.number}${x.heading}`)).toEqual(['6.1對 Cookie 和同類技術的使用', '6.2cookie的清除', '(一)共享', '(二)轉讓']);
    const share = s.find((x) => x.heading === '共享')!;
    expect(text.slice(share.nbody, share.nbody + 5)).toBe('我們會重視');
  });

  it('a numbered list item alone (`1. 1 当您注册…`, `(1)登录LicoLico App…`) or with a clause (`(2)用户在使用我们的服务时…`) is no title', () => {
    const s = splitSections(['隐私政策', '一、我们如何收集信息', '(1)登录LicoLico App,进入“我的”→“编辑”,对个人资料进行查询和更正。', '(2)登录LicoLico App,进入“设置”,对账号信息进行查询和管理。',
      '(3)用户在使用我们的服务时,我们会收集您的设备信息和日志信息,用于保障服务安全。', '(4)用户在使用我们的服务后,我们会删除或匿名化处理您的个人信息。', ''].join('\n'), null, [], true);
    expect(s.filter((x) => x.number?.startsWith('(')).map((x) => x.heading)).toEqual([]);
  });

  it('星澜: `1、注册账号您注册…账号时` › `2、联系方式信息您可以提供…联系方式`: a body opening on the reader that says a word of the title again', () => {
    const s = splitSections(['隐私政策', '一、我们如何收集和使用您的个人信息',
      '1、注册账号您注册摘珏铭科技平台账号时,需要向我们提供你准备使用的手机号码和密码,我们将通过发送短信验证码的方式来验证你的身份是否有效。',
      '2、联系方式信息您可以提供您的商家名称、您或公司的联系方式,以便我们为您提供服务。',
      '3、向您提供网络安全及运营安全保障,为保障您的账户、网络及运营安全,我们会收集您的设备信息。',
      '5、存储权限你可以选择开启系统的存储权限,在你访问图片时使用。', '6、访问App安装列表如您分享,需要访问APP安装列表来判断是否安装了对应的应用。',
      '二、我们如何转让、公开披露、共享信息', ''].join('\n'), null, [], true);
    expect(s.filter((x) => x.level === 2).map((x) => `${x.number}${x.heading}`)).toEqual(['1、注册账号', '2、联系方式信息', '5、存储权限', '6、访问App安装列表']);
  });

  it('a verb or preposition before `您` is a sentence: `1.帮助您成为…或帮助您…`, `1.4一点资讯始终将对您…`, `2.4请乙方注意勿在使用本应用…`', () => {
    const s = splitSections(['用户协议', '一、总则', '1.帮助您成为我们的会员或帮助您成为可进行发帖、评论等交互行为的用户。', '2.帮助您使用我们的产品或服务,包括浏览、搜索和发布内容。',
      '1.3一点资讯重视您的隐私。', '1.4一点资讯始终将对您个人信息的保护放在首位,并严格按照相关法律、行政法规和本协议约定收集和使用。',
      '2.3 乙方的权利', '2.4请乙方注意勿在使用本应用及服务中透露自己的各类财产账户、银行卡、信用卡、第三方支付账户及对应密码。', ''].join('\n'), null, [], true);
    expect(s.map((x) => x.heading)).not.toContain('帮助');
    expect(s.map((x) => x.heading).filter((h) => /一点资讯|请乙方/.test(h))).toEqual([]);
  });

  it('数梦平台: `4.3公开披露我们不会公开披露…` alone, after the heading `4.2 转让。`, heads its section as its neighbour does', () => {
    const s = splitSections(['数梦平台隐私政策', '4.我们如何共享、转让、公开披露您的个人信息', '4.1 共享', '我们不会与数梦万维以外的任何公司、组织和个人共享您的个人信息,但以下情况除外。',
      '4.2 转让。', '我们不会将您的个人信息转让给任何公司、组织和个人,但以下情况除外。',
      '4.3公开披露我们不会公开披露您的个人信息,但下列情况除外:获得您的明确同意后;基于法律的披露。',
      '5.信息的存储', '我们在中华人民共和国境内收集和产生的个人信息,将存储在中华人民共和国境内。', ''].join('\n'), null, [], true);
    expect(s.filter((x) => x.number?.startsWith('4.')).map((x) => `${x.number}${x.heading}`)).toEqual(['4.我们如何共享、转让、公开披露您的个人信息', '4.1共享', '4.2转让', '4.3公开披露']);
  });

  it('NanoLab: a longer glued title alone, `4.1个人信息查询及更正以及个人信息副本的获取当您需要…`, heads its section before the heading `4.2删除您的个人信息`', () => {
    const s = splitSections(['隐私政策', '四、如何管理您的信息',
      '4.1个人信息查询及更正以及个人信息副本的获取当您需要查询、更正您的信息或需要获取您的个人信息副本时,您可以通过游戏内客服联系我们。',
      '4.2删除您的个人信息', '在以下情形中,您可以向我们提出删除个人信息的请求。', '4.3注销', '您可以通过游戏内客服申请注销账号。', ''].join('\n'), null, [], true);
    expect(s.filter((x) => x.number?.startsWith('4.')).map((x) => x.heading)).toEqual(['个人信息查询及更正以及个人信息副本的获取', '删除您的个人信息', '注销']);
  });

  it('CA4P 0599 and 0716: no glued title runs over a next number (`我行收集个人信息的方式 1.我行为您…`) or takes in the operator speaking (`安全保障功能我们致力于为您…` is `安全保障功能`)', () => {
    const s = splitSections(['隐私政策', '一、我行如何收集和使用您的个人信息', '(二)我行收集个人信息的范围', '我行仅收集为您提供服务所必需的信息。',
      '(三)我行收集个人信息的方式 1.我行为您提供金融服务时,您主动向我行提供的个人信息; 2.我行在为您提供服务过程中自动采集的个人信息。',
      '1.11安全运行', '1.11.1 安全保障功能我们致力于为您提供安全、可信的产品与使用环境,提供优质而可靠的服务是我们的核心目标。', '1.11.2 设备信息与日志信息', ''].join('\n'), null, [], true);
    expect(s.map((x) => x.heading).filter((h) => /方式 1|致力/.test(h))).toEqual([]);
    expect(s.map((x) => x.heading)).toContain('安全保障功能');
  });

  it('動脈物業版: `4.10讀寫設備上的照片及文件在您使用APP時…` and `6.3 第三方服務收集的信息我們接入的第三方服務…` say the title again after `在您` or `我們`', () => {
    const s = splitSections(['APP用戶隱私政策', '4、我們如何收集和使用您的信息', '4.9關于推薦頻道',
      '4.10讀寫設備上的照片及文件在您使用APP時,會獲取您的讀寫設備上的照片及文件權限,在您上傳頭像時使用。', '5、賬號注銷', '6、cookie政策',
      '6.2 cookie的清除大多數瀏覽器均爲用戶提供了清除瀏覽器緩存數據的功能,您可以在瀏覽器設置功能中進行相應的數據清除操作。',
      '6.3 第三方服務收集的信息我們接入的第三方服務,包括便民服務和官方小程序功能,第三方服務可能會收集您的相關信息。', ''].join('\n'), null, [], true);
    expect(s.map((x) => x.heading)).toEqual(expect.arrayContaining(['讀寫設備上的照片及文件', '第三方服務收集的信息']));
  });

  it('CA4P 0914: a modal verb makes a clause, `1、绿洲将尽一切合理努力保护我们获得的用户个人信息…` no title', () => {
    const s = splitSections(['绿洲隐私政策', '个人信息的保护和安全措施', '1、绿洲将尽一切合理努力保护我们获得的用户个人信息,并由专门的数据安全部门对个人信息进行保护。',
      '1)我们的网络服务采取了传输层安全协议等加密技术,通过https等方式提供浏览服务,确保用户数据在传输过程中的安全。', '2、保护个人信息采取的其他安全措施',
      '我们通过建立数据分类分级制度、数据安全管理规范来管理规范个人信息的存储和使用。', '3、个人信息安全事件的通知', '我们会及时将事件相关情况告知您。', ''].join('\n'), null, [], true);
    expect(s.map((x) => x.heading).filter((h) => h.startsWith('绿洲'))).toEqual([]);
  });

  it('星澜: `1、查看与修改您的个人信息您可以…` names the reader\'s data in its title; `2、删除…在以下情形中,…`, `4、基于相机/摄像头功能您可…` are titles too', () => {
    const s = splitSections(['隐私政策', '一、我们如何收集和使用您的个人信息', '3、向您提供网络安全及运营安全保障,为保障您的账户安全,我们会收集您的设备信息。',
      '4、基于相机/摄像头功能您可在开启相机/摄像头权限后使用该功能进行扫码,用于拍摄商品照片、扫描商品条码等功能。',
      '5、存储权限你可以选择开启系统的存储权限,在你访问图片时使用。', '三、您如何管理您的信息', '1、查看与修改您的个人信息您可以通过App-商家信息-更改你的个人信息。',
      '2、删除您的个人信息在以下情形中,您可以向我们提出删除个人信息的请求:(1)如果我们处理个人信息的行为违反法律法规;',
      ' 3、注销账户您可以在APP的关于我们-账户管理中随时注销此前注册的账户,在您主动提交注销申请之后,您的账号信息将被删除。', ''].join('\n'), null, [], true);
    expect(s.filter((x) => x.level === 2).map((x) => `${x.number}${x.heading}`)).toEqual(['4、基于相机/摄像头功能', '5、存储权限', '1、查看与修改您的个人信息', '2、删除您的个人信息', '3、注销账户']);
  });

  it('a clause stays body though the reader\'s data is named: `1、基于您的授权同意使用服务功能您可以…`, `2、我们会收集您的姓名您…`', () => {
    const s = splitSections(['隐私政策', '一、我们如何使用信息', '1、基于您的授权同意使用服务功能您可以随时撤回同意,撤回后我们不再处理相应的个人信息。',
      '2、我们会收集您的姓名您可以选择不提供姓名,但可能无法使用相应服务功能。', ''].join('\n'), null, [], true);
    expect(s.filter((x) => x.number).map((x) => x.heading)).toEqual(['我们如何使用信息']);
  });

  it('動脈物業版: `4.6 消息通知功能在獲得您允許的情况下…` ends its title before `在獲得您`, not after', () => {
    const s = splitSections(['APP用戶隱私政策', '4、我們收集信息的具體業務場景', '4.5 搜索功能當您使用搜索功能時,我們需要收集您的一些信息,包括搜索關鍵詞。',
      '4.6 消息通知功能在獲得您允許的情况下,我們在運營中可能會向您發送通知,用于提醒您相關服務消息。', '5、關于賬號', ''].join('\n'), null, [], true);
    expect(s.filter((x) => x.number?.startsWith('4.')).map((x) => `${x.number}${x.heading}`)).toEqual(['4.5搜索功能', '4.6消息通知功能']);
  });
});
