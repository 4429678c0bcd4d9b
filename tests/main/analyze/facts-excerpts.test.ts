// Facts on excerpts of real policies published in public GitHub repositories (rounds 21–22's fresh blind batches: pages no
// corpus in ../shared holds, labelled blind before any change), plus the corpus pages the same changes reach.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzeText, analyzed, values } from './helpers';


describe('facts on excerpts of fresh pages', () => {
  it('决明书屿: a condition whose promise runs on over a list of duties ending in separate consent is `with_consent`', async () => {
    const a = await analyzeText(`## 十三、个人信息跨境

当前版本优先避免不必要的个人信息跨境传输。v1.1 接入的华为 AGC 服务位于中国境内。

如果未来某项服务确实需要向中华人民共和国境外提供个人信息，我们将根据届时适用的法律法规：明确告知境外接收方；说明处理目的、方式和信息类型；说明你行使个人信息权利的方式；在依法需要时取得你的单独同意；并履行法律法规规定的其他义务。
`, 'juemingobject.md');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });

  it('清和: `原则上不进行…跨境传输；如确需发生…，并征得您的单独同意` promises consent in the clause after the `；`', async () => {
    const clause = '- 原则上不进行个人信息跨境传输；如确需发生（例如使用境外服务进行必要处理），我们将依法评估并履行相应合规义务，并征得您的单独同意。';
    const a = await analyzeText(`### 10. 跨境传输\n${clause}\n`, 'qinghe.md');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
    // Without the promise, the practice stands alone.
    const b = await analyzeText(`### 10. 跨境传输\n${clause.replace(/；.*$/, '。')}\n`, 'qinghe.md');
    expect(values(b, 'cross_border')).toEqual(['none']);
  });

  it('RedCode: `如需跨境传输，我们会：` over a list holding `获得您的明确同意` promises consent', async () => {
    const list = '### 10.1 传输原则\n- 您的个人信息主要存储在中国境内的服务器\n- 如需跨境传输，我们会：\n  - 获得您的明确同意\n  - 评估目的国的数据保护水平\n  - 签署数据保护协议\n';
    const limits = '\n### 10.2 传输限制\n- 我们不会将您的个人信息传输到数据保护水平不足的国家或地区\n';
    expect(values(await analyzeText(`## 十、数据跨境传输\n\n${list}${limits}`, 'redcode.md'), 'cross_border')).toEqual(['with_consent']);
    // (The list holds the promise: without it, what stands is the practice.)
    expect(values(await analyzeText(`## 十、数据跨境传输\n\n${list.replace('  - 获得您的明确同意\n', '')}${limits}`, 'redcode.md'), 'cross_border')).toEqual(['none']);
  });

  it('茶否: `茶否公司及其关联公司(以下简称“茶否”)` names the brand its products carry (`茶否产品`, `茶否账号`); a company alias alone names no app', async () => {
    const intro = '您可以通过多种不同的方式使用我们的服务,例如登录官网购买产品、使用服务等。\n我们收集的信息\n您与茶否公司及其关联公司(以下简称“茶否”)进行互动时,您可能会被询问是否同意提供个人信息。';
    const goods = '\n当您创建茶否账号、下载及更新茶否产品时,我们会收集您的信息。';
    expect((await analyzeText(intro + goods, 'chafou.txt')).app).toBe('茶否');
    expect((await analyzeText(intro, 'chafou.txt')).app).toBeNull();
  });

  it('穀得遊戲: the brand opening a pledge (`穀得遊戲嚴格遵守法律法規`) is the app; `通訊服務提供者` names a kind of provider, no app', async () => {
    const text = ['XXX有限公司(以下稱“XXX”)在為廣大用戶提供高品質服務的同時,一向注重保護用戶的個人資料安全。',
      '穀得遊戲嚴格遵守法律法規,遵循以下隱私保護原則,為您提供更加安全、可靠的服務:', '若您使用穀得遊戲服務,即表示您認同我們在本政策中所述內容。',
      '您可通過手機定位關閉功能、軟硬體服務商及通訊服務提供者的關閉管道停止分享。', '若您是未成年人,在使用穀得遊戲的服務前,應事先取得您的家長的同意。'].join('\n');
    expect((await analyzeText(text, 'gude.txt')).app).toBe('穀得遊戲');
    expect((await analyzeText(text.replace(/穀得遊戲/g, '本遊戲'), 'gude.txt')).app).toBeNull();
  });

  it('相招: `此协议为永城市相招软件销售有限责任公司常用APP的通用协议` names the operator', async () => {
    const a = await analyzeText('相招信息网(以下简称相招)致力于为社会提供信息咨询服务,尊重并致力于保护用户个人数据与隐私安全。此协议为永城市相招软件销售有限责任公司常用APP的通用协议,无特殊说明外,APP使用此协议。\n', 'xiangzhao.txt');
    expect(a.operator).toEqual(['永城市相招软件销售有限责任公司']);
  });

  it('极限大挑战: `由X公司(注册地址…联系方式为:(x@y.com)研发和运营的《极限大挑战》(“本软件”)` names the operator and the game', async () => {
    const a = await analyzeText('隐私政策\n欢迎您使用由厦门零典零一动漫有限公司（注册地址为：福建省厦门市软件园二期望海路41号501室7单元，个人信息保护相关负责人联系方式为：(Support@0dian01.com)研发和运营的《极限大挑战》（“本软件”）。\n当您在使用本软件时，我们需要取得一些您的个人信息。\n', 'amoy.txt');
    expect(a.operator).toEqual(['厦门零典零一动漫有限公司']);
    expect(a.app).toBe('极限大挑战');
  });

  it('悦款: `X作为“悦款”应用的运营者` names the operator; Hulk: the company alone on the first line, over the title, is its letterhead', async () => {
    const yuekuan = await analyzeText('隐私政策\n北京智美源素科技有限公司作为“悦款”应用的运营者，深知个人信息对您的重要性，我们将按照法律法规的规定，保护您的个人信息安全。\n', 'yuekuan.txt');
    expect(yuekuan.operator).toEqual(['北京智美源素科技有限公司']);
    const body = '\n\n个人隐私政策\n\n本版本更新时间：2023年5月16日\n我们非常重视您的个人信息和隐私保护。\n';
    expect((await analyzeText(`四川锦城中天智慧有限公司${body}`, 'hulk.txt')).operator).toEqual(['四川锦城中天智慧有限公司']);
    // (Named alone on a line in the middle of the text, it is a passer-by.)
    expect((await analyzeText(`个人隐私政策\n我们非常重视您的个人信息和隐私保护。\n四川锦城中天智慧有限公司\n我们会收集您的设备信息。\n${'我们会采取加密等安全措施。'.repeat(20)}`, 'hulk.txt')).operator).toEqual([]);
  });

  it('words around `App` are no app: `包括App崩溃`, `我们的APP或游戏软件`, `需要特别说明的是`, `仅适用于特定服务`, `游戏的独立APP版本`', async () => {
    const text = ['隐私政策', '需要特别说明的是,本政策不适用于其他第三方向您提供的服务。', '2、日志信息,包括App崩溃、系统活动信息、设备联网情况。',
      '位置信息(仅适用于特定服务/功能):与您的位置相关的各类信息。', '本隐私政策仅适用于我们的APP或游戏软件及相关服务。您一旦离开我们的APP或游戏软件,请注意。',
      '我们会获得您在本软件上的游戏的独立APP版本上的实名认证结果。', '我们会收集包括APP浏览记录、软件使用记录在内的信息。'].join('\n');
    expect((await analyzeText(text, 'template.txt')).app).toBeNull();
  });

  it('Git Push 工具: a name with spaces before `(以下简称“本软件”)`; 星澜: a short name alone on the first line, then `星澜APP`', async () => {
    const git = await analyzeText('隐私政策\n本隐私政策向您说明:当您使用 Git Push 工具(以下简称"本软件"或"本工具")时,我们如何处理信息。\n本软件不收集可识别个人身份的信息。\n', 'gitpush.txt');
    expect(git.app).toBe('Git Push 工具');
    const xinglan = await analyzeText('星澜\n更新日期:2023-3-18\n上海摘珏铭科技有限公司(下称“我们”)非常重视您的隐私。我们希望向您说明我们在您使用星澜APP时收集何种信息。\n在摘珏铭科技平台服务提供者发生合并、收购或破产清算情形时,我们会告知您。\n', 'xinglan.txt');
    expect(xinglan.app).toBe('星澜');
  });

  it('Happymood: a page headed `<h1>隐私政策 - Happymood</h1>` names the app after the dash', async () => {
    const html = '<html><head><title>隐私政策 - Happymood</title></head><body><h1>隐私政策 - Happymood</h1><p>我们非常重视您的个人信息和隐私保护。</p><p>我们会收集您的设备信息。</p></body></html>';
    expect((await analyzeText(html, 'happymood.html')).app).toBe('Happymood');
  });

  it('啊嗚！寶箱怪: `服務名稱:啊嗚!寶箱怪(미믹 키우기)` in the header names the app, not the first word it repeats (`蒐集`)', async () => {
    const a = await analyzeText('隱私權政策\n服務名稱:啊嗚!寶箱怪(미믹 키우기)\n施行日:2026年10月1日\n1. 蒐集之個人資料項目及方式\n本遊戲蒐集最少必要之資訊。蒐集方式為自動蒐集。我們蒐集裝置資訊以蒐集錯誤。\n', 'voidion.txt');
    expect(a.app).toBe('啊嗚!寶箱怪');
  });

  it('Orbit, 生命线 (round 23): a page\'s `<title>` names the app beside the policy, where the text writes it too', async () => {
    const page = (title: string, body: string) =>
      analyzeText(`<html><head><title>${title}</title></head><body><h1>隐私政策</h1>${body}</body></html>`, 'page.html');
    const orbit = await page('隱私政策 · Orbit', '<p>生效日期：2026 年 8 月 1 日</p><p>本文件由 Orbit 工程團隊起草。我們沒有蒐集您的聯絡人。沒有廣告,沒有追蹤。</p>');
    expect(orbit.app).toBe('Orbit');
    const lifeline = await page('「生命线 - 愿望清单」隐私政策', '<p>您在使用「生命线 - 愿望清单」服务时,我们可能会收集和使用您的相关信息。</p>');
    expect(lifeline.app).toBe('生命线 - 愿望清单');
    // (A title naming a company or a name the text never writes gives nothing to point at.)
    expect((await page('隐私政策 - 伟浩贸易有限公司', '<p>我们会收集您的设备信息。</p>')).app).toBeNull();
    expect((await page('隐私政策 · Nowhere', '<p>我们会收集您的设备信息。</p>')).app).toBeNull();
  });

  it('EMUI Interconnect: `客服热线(62662686)`, a local number without its area code, is a phone; `Tel Aviv 6350671` and `+46 10 3300106`\'s tail are not', async () => {
    const a = await analyzeText('如何联系我们\n如果您有任何疑问、意见或建议,请通过在线客服与我们联系。您也可以通过客服热线(62662686)联系我们。\n', 'emui.txt');
    expect(values(a, 'phone')).toEqual(['62662686']);
    const b = await analyzeText('联系我们\n我们的地址:40 Namal Tel Aviv St., Tel Aviv 6350671, Israel。请致电 +46 10 3300106 与我们联系。\n', 'abroad.txt');
    expect(values(b, 'phone')).not.toContain('6350671');
    expect(values(b, 'phone')).not.toContain('3300106');
  });

  it('Petfolio, Canvas+, Pac-Man Arcade (round 23, translated indie pages): the app the text defines, titles `X 隐私说明`, a Latin name greeted', async () => {
    // (`由 Apple Inc.("Apple")运营的基础设施` names the platform's vendor; `"共享"` and `"文件"` are features it repeats.)
    const petfolio = await analyzeText('隐私政策\n最后更新:2026 年 4 月(v1.0.0)\n本《隐私政策》(以下简称"政策")规范与移动应用"Petfolio"(以下简称"应用")有关的信息收集、使用、披露和保留。\n' +
      '在启用 iCloud 同步时,数据存储在作为 iCloud 服务一部分、由 Apple Inc.("Apple")运营的基础设施上。Apple 根据其政策处理。Apple 的 App Store 与系统服务可能收集信息。\n' +
      '"共享"功能让家人共同管理。"共享"可随时停止。您可在"共享"应用中查看,"共享"与"共享"设置均在本地。\n', 'petfolio.txt');
    expect(petfolio.app).toBe('Petfolio');
    const canvas = await analyzeText('Canvas+ 隐私说明\n生效日期:2026 年 9 月 28 日\n你的 Canvas 数据只留在你的浏览器里。Canvas+ 从 Canvas 读取的截止时间、成绩等内容都不会发给我们。\n', 'canvas.txt');
    expect(canvas.app).toBe('Canvas+');
    const pacman = await analyzeText('隐私政策\n最后更新:2026年3月6日\n1. 简介\n欢迎访问 Pac-Man Arcade("我们"、"我们的")。我们致力于保护您的隐私。\n本网站使用 Google AdSense 展示广告。AdSense 可能使用 Cookie。\n', 'pacman.txt');
    expect(pacman.app).toBe('Pac-Man Arcade');
  });

  it('星海奇点: `# 《星海奇点》隐私政策` names the game, not its studio', async () => {
    const a = await analyzeText(`
# 《星海奇点》隐私政策

- **更新日期：** 2026年9月30日

Ivor工作室（以下简称“我们”）是《星海奇点》（以下简称“本游戏”）的运营者。我们重视用户的隐私和个人信息保护。
`, 'gotdot.md');
    expect(a.app).toBe('星海奇点');
  });

  it('桥架弯头计算器: the short name a company is given (`(以下简称“正则网络科技公司”)`) and then written alone names no operator of its own; 国磊\'s `X(以下称为“X”)` still names X', async () => {
    const intro = '桥架弯头计算器应用是由 安阳正则网络科技有限公司（以下简称“正则网络科技公司”）为您提供的一款智能桥架计算器工具产品。正则网络科技公司十分尊重您的个人信息和隐私保护，我们将按照本政策收集、使用您的信息。\n';
    const a = await analyzeText(`隐私协议\n${intro}${'我们会采取加密等安全措施保护您的信息。'.repeat(10)}`, 'calc.md');
    expect(a.operator).toEqual(['安阳正则网络科技有限公司']);
    const same = '聊城国磊网络科技有限公司(以下称为“聊城国磊网络科技有限公司”)就聊城国磊网络科技有限公司在其移动手机游戏平台上所提供的产品和服务,制定本政策。聊城国磊网络科技有限公司基于本政策所述的以下目的,收集和使用您的个人信息。\n';
    expect((await analyzeText(`隐私政策\n${same}${'我们会采取加密等安全措施保护您的信息。'.repeat(10)}`, 'guolei.md')).operator).toEqual(['聊城国磊网络科技有限公司']);
  });

  it('橙子抠图: `**20个工作日**内` is a deadline across its bold marks (菜谱大全 too: `在**30天**内回复`); `您的支付交易由Apple Inc.处理` names a processor, no operator', async () => {
    const a = await analyzeText(`# 隐私政策\n## 五、您的权利\n**响应时限**:我们将在验证您的用户身份后的**20个工作日**内响应您的上述请求。\n## 三、会员订阅\n- 本应用通过Apple App Store提供会员订阅服务。您的支付交易由Apple Inc.处理,我们**不接触、不存储**您的任何支付信息。\n- 支付相关信息由Apple Inc.直接处理,我们不接触您的支付信息。\n`, 'cutora.md');
    expect(values(a, 'response_time')).toEqual([{ days: 20, workdays: true }]);
    expect(a.operator).toEqual([]);
    if (hasShared) expect(values((await analyzed(corpus('ca4p483', 'txt', '0528_cn_ecook_jiachangcai.txt'))).analysis, 'response_time')).toContainEqual({ days: 30, workdays: false });
  });

  it('金凤凰 (a Word export): `1 8 周岁以下的未成年人` is the age 18, its digits spaced apart', async () => {
    const a = await analyzeText('## 未成年人\n若您是1 8 周岁以下的未成年人,在使用我们的产品或服务前,应事先取得您家长或法定监护人的书面同意。\n', 'jinfenghuang.md');
    expect(values(a, 'minor_age')).toEqual([18]);
  });

  it('小律: `**公司名称**: 法洺(杭州)信息科技咨询有限公司` in the contact chapter is the operator, bold field label and all', async () => {
    const a = await analyzeText(`# 小律(灵伴)APP隐私政策

## 10. 联系方式

如你对本隐私政策有任何疑问、意见或建议,或需要行使个人信息相关权利,可通过以下方式与我们联系:

**公司名称**: 法洺(杭州)信息科技咨询有限公司  
**注册地址**: 浙江省杭州市钱塘区白杨街道18号大街100号5幢一楼117室  
`, 'lawyer.md');
    expect(a.operator).toEqual(['法洺(杭州)信息科技咨询有限公司']);
  });

  it('麻花影视大全: the brand opening the pledge with its short name between (`…(以下简称本平台)非常重视`) is the app', async () => {
    const a = await analyzeText(`隐私政策
鉴于：
麻花影视大全（以下简称本平台）非常重视用户的隐私和个人信息保护。本平台希望通过本《隐私政策》向您说明在您使用本平台的服务时，本平台如何收集、使用、储存和分享这些信息。
`, 'xiaoyuyu.txt');
    expect(a.app).toBe('麻花影视大全');
  });

  it('游戏开发大亨: a template\'s brackets inside the policy\'s book title (`《【游戏开发大亨】隐私政策》`) are no part of the name', async () => {
    const a = await analyzeText(`温馨提示

欢迎您使用【游戏开发大亨】!我们非常重视保护您的个人信息和隐私。您可以通过《【游戏开发大亨】隐私政策》了解我们收集、使用、存储用户个人信息的情况,以及您所享有的相关权利。
请您阅读完整版《【游戏开发大亨】用户协议》及《【游戏开发大亨】隐私政策》了解详细信息。
`, 'tycoon.txt');
    expect(a.app).toBe('游戏开发大亨');
  });

  it('抖音聊天档案助手: `本服务面向成年人。未满18周岁者不得自行购买和使用。` states a minors\' age in the sentence after', async () => {
    const a = await analyzeText(`七、未成年人
本服务面向成年人。未满18周岁者不得自行购买和使用。
`, 'panini.txt');
    expect(values(a, 'minor_age')).toEqual([18]);
  });

  it('亿和堂: `客服电话：15010167381/13475687125` gives two numbers; VicastCam: an operator named in capitals', async () => {
    const a = await analyzeText(`1、如您对本政策内容有任何疑问、意见或建议，您可通过APP中的【在线客服】与我们联系。或者直接拨打客服电话：**15010167381/13475687125。**
`, 'yht.md');
    expect(values(a, 'phone')).toEqual(['15010167381', '13475687125']);
    const b = await analyzeText(`VICAST INTERNATIONAL LIMITED（以下简称“我们”）深知个人信息对您的重要性，将保护个人信息作为我们的核心准则。
`, 'vicast.txt');
    expect(b.operator).toEqual(['VICAST INTERNATIONAL LIMITED']);
  });

  it('鹅数通: `《鹅数通小程序隐私政策》` names the mini program without the word for what it is', async () => {
    const a = await analyzeText(`# 鹅数通小程序隐私政策

欢迎使用鹅数通小程序！我们深知个人信息对您的重要性。
`, 'smartfarm.md');
    expect(a.app).toBe('鹅数通');
  });

  it('抖音聊天档案助手: the cloud it keeps activations in (`激活数据存放在 Supabase 日本东京地区`) is no app', async () => {
    const a = await analyzeText(`PRIVACY POLICY
隐私政策
数据在哪里?聊天数据在您的电脑;激活数据存放在 Supabase 日本东京地区;静态网站由 Cloudflare 托管。
只有激活、校验授权和记录导出次数时,软件才会向日本地区的 Supabase 授权后台发送必要信息。
• Supabase:激活后台位于日本东京,用于存储第三条所列激活数据,不存储聊天数据库。
由于 Supabase 位于日本,激活信息会在中国大陆以外处理。
Supabase 中的激活、设备、抖音账号绑定、次数和订单记录自最后一次服务结束后最多保存3年。
Cloudflare、Supabase 等服务日志按安全需要和服务商设置保存。
`, 'panini.txt');
    expect(a.app).toBeNull();
  });

  it('a template\'s blank holding the unit (`我们将在【15工作日】内答复`) is a deadline; a hospital (`公司名称:宁波大学医学院附属医院`) runs its app', async () => {
    const a = await analyzeText(`九、如何联系我们
1、如您对本隐私政策或您个人信息的相关事宜有任何问题、意见或建议,请通过发送邮件至gonghuiyuan516@gmail.com的方式与我们联系。
2、一般情况下,我们将在【15工作日】内答复您的请求。
`, 'gonghuiyuan.txt');
    expect(values(a, 'response_time')).toEqual([{ days: 15, workdays: true }]);
    const b = await analyzeText(`如您对本政策有任何疑问、意见或建议,您可通过以下联系方式与我们联系:
公司名称:宁波大学医学院附属医院
联系电话:15867635979
`, 'diagnose.txt');
    expect(b.operator).toEqual(['宁波大学医学院附属医院']);
  });

  it('the app without a Latin alias in brackets (`到哪了(NearU)隐私政策`) or the words for what it is (`EasyPill 行動應用程式`)', async () => {
    const a = await analyzeText(`到哪了(NearU)隐私政策
版本:1.0  |  生效日期:2026年4月1日  |  更新日期:2026年3月31日
引言
欢迎使用「到哪了」(以下简称"本应用"或"我们")。
`, 'daonale.txt');
    expect(a.app).toBe('到哪了');
    const b = await analyzeText(`EasyPill 行動應用程式 - 隱私權政策
最近更新日期:2026 年 2 月 18 日
本隱私權通知(「通知」)說明了 EasyPill 團隊(「我們」)如何收集和使用您在使用 EasyPill 行動應用程式(「App」)時的個人資料。
`, 'easypill.txt');
    expect(b.app).toBe('EasyPill');
  });

  it('`存储和处理在位于美国的服务器上` stores abroad; `可能会被迁移到以下国家/地区…美国、俄罗斯…` transfers abroad', async () => {
    const a = await analyzeText(`您的数据存储和处理在位于美国的服务器上(Supabase 美国区节点)。这意味着您的个人数据可能被传输至美国并在美国处理。
`, 'daonale.txt');
    expect(values(a, 'storage_location')).toEqual(['overseas']);
    const b = await analyzeText(`F. 国际数据迁移
我们收集的信息可能会在我们运营的任何国家/地区之间进行存储、处理和迁移,以便我们能够根据本政策使用这些信息。
我们收集的信息可能会被迁移到以下国家/地区,这些国家/地区的数据保护法律与欧洲经济区现行的法律不同:美国、俄罗斯、日本、中国和印度。
`, 'happymood.txt');
    expect(values(b, 'cross_border')).toEqual(['yes']);
  });

  it('`A.隐私政策` numbers the first part of a combined document: no app is named `A.`', async () => {
    const a = await analyzeText(`隐私政策和免责声明
A.隐私政策
隐私政策尊重并保护所有使用隐私政策网络服务用户的个人隐私权。
一、我们如何收集信息
我们根据合法、正当、必要的原则,仅收集实现产品功能所必要的信息。
`, 'cxjt.txt');
    expect(a.app).toBeNull();
  });
});

const run = hasShared ? describe : describe.skip;

run('the same changes on corpus pages', () => {
  it('Timing: `任何18岁以下的用户不得下载…` after a sentence on minors gives their age', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0662_com_huiian_timing.txt'));
    expect(values(analysis, 'minor_age')).toContain(18);
  });

  it('和我信: `江西移动（以下称“我们”）非常重视…` opens with the company, which stays no app', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0763_com_jx_cmcc_ict_ibelieve.txt'));
    expect(analysis.app).toBe('和我信');
  });
});

run('names as the page writes them', () => {
  it('竞技世界 (CA4P 0512): the operator keeps its full-width brackets, `竞技世界（北京）网络技术有限公司`, and its span is exactly the name', async () => {
    const { analysis, doc } = await analyzed(corpus('ca4p483', 'txt', '0512_cn_jj.txt'));
    expect(analysis.operator).toContain('竞技世界（北京）网络技术有限公司');
    for (const f of analysis.facts.filter((x) => x.kind === 'operator')) expect(doc.source.slice(f.start, f.end)).toBe(f.value);
  });

  it('畅读书城, 焕彩来电秀, 今日水印相机完美版: the app\'s span covers the name reported, not the shorter words it was found by', async () => {
    for (const [file, app] of [['0668_com_changdu.txt', '畅读书城'], ['0551_com_colorphone_smooth_dialer_cn.txt', '焕彩来电秀'], ['0872_com_wlh_watermark.txt', '今日水印相机完美版']]) {
      const { analysis, doc } = await analyzed(corpus('ca4p483', 'txt', file));
      expect(analysis.app).toBe(app);
      const [named] = analysis.facts.filter((f) => f.kind === 'app_name');
      expect(doc.source.slice(named.start, named.end)).toBe(app);
    }
  });
});


describe('an address on a line the text rejoined', () => {
  it('`联系地址：…2301` / `联系邮箱：…` read as one line: the address stops before the next field', async () => {
    const a = await analyzeText('如何联系我们\n联系地址：山东省青岛市崂山区石岭路39号名汇国际2号楼2301联系邮箱：service@example.cn\n', 'contact.txt');
    expect(values(a, 'address')).toEqual(['山东省青岛市崂山区石岭路39号名汇国际2号楼2301']);
  });
});

run('a chapter number is no app', () => {
  it('平安健康 (CA4P 0736): `**二、隐私声明**` names no app `二、`; the policy\'s own product does', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0736_com_pa_health.txt'));
    expect(analysis.app).toBe('平安健康');
  });
});

