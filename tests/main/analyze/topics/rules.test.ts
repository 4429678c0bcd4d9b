// Heading rules (rules.ts) on real headings (found by blind batch 30).
import { describe, expect, it } from 'vitest';
import { headingTopics } from '../../../../src/main/analyze/topics/rules';
import { corpus, hasShared } from '../../../helpers/paths';
import { analyzeText, analyzed, byHeading } from '../helpers';

const run = hasShared ? describe : describe.skip;
const ca4p = (f: string) => corpus('ca4p483', 'txt', f);

run('heading rules', () => {
  it('乐橙: `九、第三方软件和应用程序` is about third parties; 花小猪: `6.5我们所接入的第三方软件开发工具包(SDK)` stays SDK only', async () => {
    const { analysis } = await analyzed(ca4p('0757_com_mm_android_lc.txt'));
    expect(byHeading(analysis.sections, '第三方软件和应用程序')[0].topics).toContain('third_party');
    const rider = await analyzed(ca4p('0571_com_huaxiaozhu_rider.txt'));
    expect(byHeading(rider.analysis.sections, '我们所接入的第三方软件开发工具包(SDK)')[0].topics).toEqual(['sdk']);
  });

  it('货运中国 (round 29, fresh page): `十一、第三方条款` over the SDKs the app runs is third_party; so is 小米运动\'s `我是否必须同意任何第三方条款与条件?`', async () => {
    expect(headingTopics('第三方条款')).toContain('third_party');
    const { analysis } = await analyzed(ca4p('0837_com_xiaomi_hm_health.txt'));
    expect(byHeading(analysis.sections, '我是否必须同意任何第三方条款与条件?')[0].topics).toContain('third_party');
  });

  it('watchHR (round 29, fresh page, Taiwan): the chapter `國際用戶` (data moved to the reader\'s country) is about storage', async () => {
    const a = await analyzeText(['<h1>隱私政策</h1>', '<div class="privacy-section"><h2>兒童隱私</h2><p>watchHR 不適合13歲以下兒童使用。我們不會故意收集13歲以下兒童的個人資訊。</p></div>',
      '<div class="privacy-section"><h2><i class="fas fa-globe"></i>國際用戶</h2><p>watchHR 設計為符合各種司法管轄區的隱私法律。如果您從居住國以外的地方使用應用程式，請注意您的資訊可能會被轉移並儲存在您的居住國，那裡的隱私法律可能不同。</p></div>',
      '<div class="privacy-section"><h2>本政策的變更</h2><p>我們可能會不時更新本隱私政策。</p></div>'].join('\n'), 'watchhr.html');
    expect(a.sections.find((s) => s.heading === '國際用戶')!.topics).toContain('storage');
  });

  it('Meitu Wink, 中国电信营业厅 (round 29, fresh batch S): `6、依法不经授权处理个人信息的情形` heads the exceptions to consent, and so does `(七)…无需征求您的授权同意,在此情况下我们将严格…处理您的个人信息:` carrying on `(六)`', async () => {
    expect(headingTopics('依法不经授权处理个人信息的情形')).toContain('consent_exceptions');
    const a = await analyzeText(['一、各业务功能中的用户信息收集使用规则', '(一)登录功能和相关服务', '您登录时,我们会收集您的手机号码和短信验证码。', '',
      '(二)为您提供网络交易服务', '您下单时,我们会收集您的收货地址和联系电话。', '', '(三)为您办理电信业务入网手续', '办理入网时,我们会收集您的身份证件信息。', '',
      '(四)个性化推荐', '我们会根据您的使用记录为您推荐套餐。', '',
      '(五)为了向您提供本APP的其他服务,我们会获取您的相关手机终端权限:', '1.位置权限,用于属地服务信息获取。', '',
      '(六)在遵守国家法律法规及监管政策的前提下,我们也可能将收集到的信息用于以下用途:', '',
      '1.在我们提供服务时,用于身份验证、客服服务、安全防范、诈骗监测、存档和备份,确保我们向您提供的产品和服务的安全性;', '', '6.邀请您参与有关我们产品和服务的调查', '',
      '(七)根据相关法律法规及国家标准,以下情形中,我们收集、使用您的相关个人信息无需征求您的授权同意,在此情况下我们将严格按照法律规定的条件和程序处理您的个人信息:', '',
      '1.与个人信息控制者履行法律法规规定的义务相关的;', '', '2.与国家安全、国防安全直接相关的;', '',
      '二、我们如何使用 Cookie 和同类技术', '为确保网站正常运转,我们会在您的设备上存储名为Cookie的小数据文件。', ''].join('\n'), 'dx.txt');
    const seventh = a.sections.find((s) => s.number === '(七)')!;
    expect(seventh.heading).toMatch(/在此情况下我们将严格按照法律规定的条件和程序处理您的个人信息:$/);
    expect(seventh.topics).toContain('consent_exceptions');
  });

  it('小米运动: `不需要同意的信息` names the exceptions to consent', async () => {
    const { analysis } = await analyzed(ca4p('0837_com_xiaomi_hm_health.txt'));
    expect(byHeading(analysis.sections, '不需要同意的信息')[0].topics).toContain('consent_exceptions');
  });

  it('w3school: the headings `日志文件` and `链接` name what is collected and third parties\' sites (GB2312 page, found by blind batch 31)', async () => {
    const { analysis } = await analyzed(corpus('w3school_gb2312', 'w3school.com.cn_about_privacy.gb2312.html'));
    expect(byHeading(analysis.sections, '日志文件')[0].topics).toContain('collection');
    expect(byHeading(analysis.sections, '链接')[0].topics).toContain('third_party');
  });

  it('抖音: `2.5 公开` after `2.3 共享` and `2.4 转让` is the public disclosure (VioDroid, found by blind batch 31)', async () => {
    const { analysis } = await analyzed(corpus('viodroid_zh', 'policies', 'original_policy_chinese.txt'));
    expect(analysis.sections.find((x) => x.number === '2.5' && x.heading === '公开')!.topics).toContain('disclosure');
  });

  it('驾考宝典3D练车, 抖音: `9.2投诉举报` under `9.如何联系我们` is the right to complain, not only a way to reach the operator', async () => {
    const { analysis } = await analyzed(ca4p('0882_jiakaokeyi_app_good.txt'));
    expect(analysis.sections.find((x) => x.number === '9.2' && x.heading === '投诉举报')!.topics).toContain('rights');
    const douyin = await analyzed(corpus('viodroid_zh', 'policies', 'original_policy_chinese.txt'));
    expect(douyin.analysis.sections.find((x) => x.number === '8.1' && /投诉与举报/.test(x.heading))!.topics).toContain('rights');
  });

  it('双开助手: `六、通知和修订` is about revising the policy (as the fresh batch\'s `八、通知和修订`)', async () => {
    const { analysis } = await analyzed(ca4p('0674_com_excean_dualaid.txt'));
    expect(byHeading(analysis.sections, '通知和修订')[0].topics).toContain('updates');
  });

  it('小米运动: `将个人信息转移到您所属的司法管辖区之外` leaves the jurisdiction: storage (cross-border), not a transfer in a merger', async () => {
    const { analysis } = await analyzed(ca4p('0837_com_xiaomi_hm_health.txt'));
    expect(byHeading(analysis.sections, '将个人信息转移到您所属的司法管辖区之外')[0].topics).toEqual(['storage']);
  });
});

// Headings of round 21's fresh blind batch (policies from public GitHub repositories, not in ../shared).
describe('heading rules on fresh pages', () => {
  it.each([
    ['七、我们不会为了广告建立阅读画像', 'use'],
    ['六、企业用户怎样保护聊天数据', 'security'],
    ['5.本产品隐私说明的更新', 'updates'],
    ['二、我们处理哪些信息', 'collection'],
    ['三、激活后台会收到什么', 'collection'],
    ['十、境内外处理与谨慎说明', 'storage'],
    ['三、数据泄露通知', 'security'],
    ['6. 响应情形的例外', 'rights'],
    ['八、通知和修订', 'updates'],
    ['社交媒体（功能）和小工具', 'third_party'],
    ['社交媒体（功能）和小工具', 'sdk'],
    ['八、服务器访问日志', 'collection'],
    ['响应时间', 'contact'],
    ['十二、破产/被售/合并后的隐私保护', 'transfer'],
    ['十四、泄密行为的救济', 'security'],
    ['4.1.3 终止运营', 'retention'],
    ['产品或服务停止运营时的通知', 'retention'],
    ['4. 发送给第三方(你配置的模型提供商)的数据', 'sharing'],
    ['(二)您个人信息的保存', 'retention'],
    ['更新公告', 'updates'],
    // Round 23's translated pages: what a crash or diagnostics report sends is collected; a vendor's service or an API
    // by name is an SDK.
    ['3. 崩溃和错误报告', 'collection'],
    ['2. 账户关联与登录', 'collection'],
    ['4.1 Google AdSense', 'sdk'],
    ['4.2 Google Gemini API', 'sdk'],
    // PIPL's words: the grounds other than consent (art. 13), a deceased user's next of kin (art. 49).
    ['（三）除同意外的其他合法性事由', 'consent_exceptions'],
    ['8. 去世用户的个人信息保护', 'rights'],
    ['第三方内容', 'third_party'],
    // 小红书's chapter on other companies' products and services offered inside the app.
    ['六、有关第三方提供产品和/或服务的特别说明', 'third_party'],
    // Personalised recommendations are a use; the reader's control over them is a right (百度地图, batch AA; 百度文库,
    // 快路宝, 懂车帝 in earlier batches).
    ['个性化推荐', 'use'],
    ['4.个性化推荐服务', 'use'],
    ['5.9. 个性化内容及广告的展示和控制', 'rights'],
    ['6.1 自主选择控制个性化推荐信息', 'rights'],
    ['2、管理您的个性化设置', 'rights'],
    // Keep's table of the device's sensors an app reads, as permissions are listed (batch AA); `传感器信息` is data collected.
    ['2.1 传感器应用场景声明', 'permissions'],
    // Games sold through app stores' joint-operation channels (联运): the channel collects and answers for the data.
    ['8.关于联运渠道场景的特殊说明', 'third_party'],
    ['8.1 渠道方收集的信息', 'third_party'],
    ['6.渠道场景的特殊说明', 'third_party'],
    // A Korean clinic's policy in translation (`个人信息处理方针`): what is processed, and what for.
    ['第二条 处理的信息项目', 'collection'],
    ['第一条 处理目的', 'use'],
    ['(三)销毁方法', 'retention'],
    // Round 23's last batch: a Korean period tracker and a Taiwanese eSIM app in translation.
    ['3. 处理个人信息的目的', 'use'],
    ['5. 个人信息处理业务的委托', 'sharing'],
    ['联系与更新', 'updates'],
    ['我们是谁', 'contact'],
    // Round 24: a running app's policy names its collection chapter by what it processes.
    ['2. 我们处理的信息', 'collection'],
    // Round 49: 炉石传说's question chapter over who receives the data.
    ['您的个人信息会被提供给谁?', 'sharing'],
    // …and an appendix linking the third parties' own policies.
    ['附录:第三方政策链接', 'third_party'],
    ['第三方隐私政策链接', 'third_party'],
    // …data got from third parties, `的` and all (智联招聘's and i茅台's `我们从第三方获取的您的个人信息`).
    ['(三)我们从第三方获取的您的个人信息', 'collection'],
    ['(三)我们从第三方获取的您的个人信息', 'third_party'],
    // …and an app starting itself or started by another (`自启动和关联启动说明`, 智联招聘, 站桩, 途迹), a permission the policies list.
    ['自启动和关联启动说明', 'permissions'],
    ['(十一)关于关联启动的说明', 'permissions'],
    // …and who runs the app (本我壁纸's `一、主体信息`, 瑾禾晖映's `瑾禾晖映运营者信息`), where the reader finds the operator.
    ['一、主体信息', 'contact'],
    ['瑾禾晖映运营者信息', 'contact'],
    // …its particulars too (CA4P 0823 我查查's `第一部分 我查查App运营者基本情况`, 0656's `十二、我司信息`: the company's name and address).
    ['第一部分 我查查App运营者基本情况', 'contact'],
    ['十二、我司信息', 'contact'],
    // …and what other users or parties shared about the reader (CA4P's `1.3 其他用户分享的信息中含有您的信息`), got from others.
    ['1.3 其他用户分享的信息中含有您的信息', 'collection'],
    // …data got indirectly (顺丰's `(三)间接获取、使用个人信息的情形`), and Apple's health store, which the reader grants access to.
    ['(三)间接获取、使用个人信息的情形', 'collection'],
    ['(三)间接获取、使用个人信息的情形', 'third_party'],
    ['2. 健康数据与 Apple HealthKit', 'permissions'],
    // …and a heading read without its trailing aside (Linkn's `Google Gemini API(可选付费功能)`, 青禾计划's `4) 位置信息(在您授权后)`).
    ['Google Gemini API(可选付费功能)', 'sdk'],
    ['4) 位置信息(在您授权后)', 'permissions'],
    // …and syncing to the cloud, where the data is then kept (SoStonks's `4. iCloud 同步`, Switshot's `云同步`).
    ['4. iCloud 同步', 'storage'],
    ['云同步', 'storage'],
    // …and opting out (ViewSieve's `官网统计的保存与退出`; labellers file every `退出` heading of theirs under rights, even `6.5 退出登录`).
    ['官网统计的保存与退出', 'rights'],
    ['(四)定向推送的退出机制', 'rights'],
    // …the vendors a translated page calls its service providers (`4.1 服务提供商`), and a title whose number has two levels
    // inside its own text (706 在线心理's `(7.7)例外情形`).
    ['4.1 服务提供商', 'sharing'],
    ['(7.7)例外情形', 'consent_exceptions'],
    // …and the measures that keep the data safe, named without 安全 (`1、数据保护技术措施`, `(一)我们保护您个人信息的技术与措施`: the
    // labellers file 87 of 89 `措施` headings under security); not the remedies after an incident (`(二)补救措施`).
    ['1、数据保护技术措施', 'security'],
    ['(一)我们保护您个人信息的技术与措施', 'security'],
    // Batch F's translated pages: a web beacon in Chinese, the data controller named.
    ['清除Gif(Web信标/ Web错误)', 'cookies'],
    ['2. 数据控制者', 'contact'],
    // Round 33's batch AB: WeChat's policy in translation asks where data is kept.
    ['6.我们在哪里处理您的数据?', 'storage'],
    // Round 34's batch AE: 棠雪's browser names what it processes and for what, and where.
    ['1. 我们处理哪些信息、为了什么', 'use'],
    ['4. 网络访问对象与处理位置', 'storage'],
  ] as const)('%s → %s', (heading, topic) => {
    expect([...headingTopics(heading)]).toContain(topic);
  });

  it('三国杀 (Sanmill), 熊猫睡眠: `崩溃报告` is collection; `极光`, `友盟+` headings of an SDK list are sdk', async () => {
    const { analysis } = await analyzed(corpus('zh_policy_versions', 'sanmill_privacy_zh', 'sanmill_privacy_zh__2022-02-02.md'));
    expect(byHeading(analysis.sections, '崩溃报告')[0].topics).toContain('collection');
    const sleep = await analyzed(ca4p('0890_com_seblong_idream.txt'));
    for (const h of ['极光', '友盟+']) expect(byHeading(sleep.analysis.sections, h)[0].topics, h).toContain('sdk');
    expect([...headingTopics('Application Programming Interfaces')]).not.toContain('sdk');
  });

  it('知乎 template: `二、我们处理个人信息的法律依据` naming grounds other than consent (`基于法律义务或者履行合同之必需`) is about the exceptions to consent; 通知滤盒\'s, naming only the laws it follows, is not', async () => {
    const { analysis } = await analyzed(ca4p('0497_cn_qiutinghe_voicechanger.txt'));
    expect(byHeading(analysis.sections, '我们处理个人信息的法律依据')[0].topics).toContain('consent_exceptions');
    const filterbox = await analyzed(corpus('zh_policy_versions', 'filterbox_privacy', 'filterbox_privacy__2025-02-06.md'));
    expect(byHeading(filterbox.analysis.sections, '通知滤盒处理设备信息的法律依据')[0].topics).not.toContain('consent_exceptions');
  });

  it('行星游戏\'s children\'s policy: `2.我们如何使用儿童个人信息` is use and `8.儿童个人信息的披露` disclosure beside minors; `七、未成年人保护` stays minors alone', async () => {
    const { analysis } = await analyzed(ca4p('0748_com_planet_yujian_mdws_huawei.txt'));
    expect(byHeading(analysis.sections, '我们如何使用儿童个人信息')[0].topics).toEqual(expect.arrayContaining(['minors', 'use']));
    expect(byHeading(analysis.sections, '儿童个人信息的披露')[0].topics).toEqual(expect.arrayContaining(['minors', 'disclosure']));
    expect([...headingTopics('七、未成年人保护')]).toEqual(['minors']);
  });

  it('六朝烟雨 (round 25, fresh page): `八、第三方服务和隐私条款` is about third parties\' terms, not the document\'s own name', () => {
    expect([...headingTopics('八、第三方服务和隐私条款')]).toContain('third_party');
    expect([...headingTopics('爱奇艺隐私政策')]).toEqual([]);
  });

  it('NanoLab (round 25, fresh page): a lead-in heading `…我们可能会共享、转让、公开披露个人信息而无需事先征得您的授权同意:` names the exceptions to consent', () => {
    expect([...headingTopics('2.3如果我们将您的信息用于本《隐私政策》中未载明的其他用途,会事先征求您同意。但是,根据相关法律法规及国家标准,以下情形中,我们可能会共享、转让、公开披露个人信息而无需事先征得您的授权同意:')]).toContain('consent_exceptions');
    expect([...headingTopics('5.4共享、转让、公开披露您个人信息无需事先征得您的授权同意:')]).toContain('consent_exceptions');
  });

  it('完美 (batch X): what `我们从渠道方获取的信息` and `注销渠道方账号` under the channels chapter say is collection and a right, no third party\'s practice', () => {
    expect([...headingTopics('8.2 我们从渠道方获取的信息')]).toEqual(['collection']);
    expect([...headingTopics('8.3 注销渠道方账号')]).toEqual(['rights']);
    expect([...headingTopics('4. 传感器信息')]).not.toContain('permissions');
  });

  it('a heading naming sensitive personal information alone says which is collected; not a tip on keeping it', () => {
    expect([...headingTopics('3.2 敏感个人信息')]).toEqual(['collection']);
    expect([...headingTopics('(四)敏感信息')]).toEqual(['collection']);
    expect([...headingTopics('八、有关敏感个人信息的提示')]).not.toContain('collection');
    expect([...headingTopics('四、对个人敏感信息的保护')]).not.toContain('collection');
  });

  it('what the reader shares with other users (`您与其他用户分享的信息`) is not got from others', () => {
    expect([...headingTopics('1.3 其他用户分享的信息中含有您的信息')]).toContain('collection');
    expect([...headingTopics('您与其他用户分享的信息')]).not.toContain('collection');
  });

  it('`补救措施` is what follows an incident, not the measures that keep data safe', () => {
    expect([...headingTopics('(二)补救措施')]).not.toContain('security');
  });

  it('`联系人` is the phone\'s contacts, not the operator\'s contact (QQ邮箱\'s `6.3.2删除通讯录联系人:`, 飞书\'s `5.联系人信息:…`)', () => {
    expect([...headingTopics('6.3.2删除通讯录联系人:')]).toEqual(['rights']);
    expect([...headingTopics('5.联系人信息:手机通讯录、好友列表、群列表')]).not.toContain('contact');
    expect([...headingTopics('九、如何联系我们')]).toContain('contact');
  });

  it('`服务器访问日志` is the log a server keeps, not the right of access; `访问和更正您的信息` is that right', () => {
    expect([...headingTopics('八、服务器访问日志')]).not.toContain('rights');
    expect([...headingTopics('访问和更正您的信息')]).toContain('rights');
  });

  it('星澜 (round 27, fresh page): `5、存储权限` and CA4P 0944\'s `1.存储:为读取和管理文件进入设备的存储空间` open the device\'s storage, no place data is kept', () => {
    for (const heading of ['5、存储权限', '1.存储:为读取和管理文件进入设备的存储空间']) {
      expect([...headingTopics(heading)]).toContain('permissions');
      expect([...headingTopics(heading)]).not.toContain('storage');
    }
    expect([...headingTopics('四、存储信息的地点和期限')]).toContain('storage');
  });

  it('Navo, 聯博 and Cooby (round 28, fresh pages): `保存在哪里` asks where data is kept, `…以外地區傳輸` sends it abroad; Taiwan\'s `個人資料利用之期間、地區、對象及方式` names how long and where', () => {
    expect([...headingTopics('保存在哪里')]).toContain('storage');
    expect([...headingTopics('向英国、欧洲经济区(EEA)及瑞士以外地区传输个人资料')]).toContain('storage');
    const taiwan = [...headingTopics('四、个人资料利用之期间、地区、对象及方式')];
    expect(taiwan).toEqual(expect.arrayContaining(['retention', 'storage', 'use']));
  });

  it('CA4P 0541: `4.不经授权收集、共享、转让或公开披露个人信息的例外情形` names the exceptions to consent, not the practices', () => {
    const topics = [...headingTopics('4.不经授权收集、共享、转让或公开披露个人信息的例外情形')];
    expect(topics).toContain('consent_exceptions');
    expect(topics).not.toContain('transfer');
    expect([...headingTopics('2.7.2 未经监护人同意')]).not.toContain('consent_exceptions');
  });

  it('二十二城 (round 28, fresh page): `4、基于通讯录授权的拓展功能`, `6、访问App安装列表` name a device function granted; `6.1.2访问通讯录` under rights is no grant', () => {
    for (const heading of ['4、基于通讯录授权的拓展功能', '6、访问App安装列表', '允许使用相机、摄像头', '(2)基于相机(摄像头)的功能:', '3. 位置信息许可']) expect([...headingTopics(heading)]).toContain('permissions');
    for (const heading of ['6.1.2访问通讯录', '基于地理位置的服务', '三、您如何管理您的信息']) expect([...headingTopics(heading)]).not.toContain('permissions');
  });

  it('利盟租車 (round 27, fresh page): Taiwan\'s `個人資料之處理及利用` is use; a policy named `…个人信息利用政策` is not', async () => {
    const a = await analyzeText(['隱私權政策', '一、個人資料蒐集、處理、利用及修改', '1. 個人資料之蒐集與目的',
      '在您下載使用利盟小客車租賃有限公司相關服務時,軟體系統將依您所要求的服務內容,擷取提供該等服務所必須蒐集之可供辨識個人之資料。', '2. 個人資料之處理及利用',
      '• 利盟小客車租賃有限公司為服務營運與管理之需求,使用您的個人資料,例如:稽核、資料分析及研究等,以改進利盟小客車租賃有限公司之服務及客戶溝通。', '• 協助我們開發、交付及改進我們的服務、內容及廣告。',
      '3. 個人資料之修改', '您可隨時修改個人帳號資料,但不得假冒他人。', ''].join('\n'), 'limo.txt');
    expect(byHeading(a.sections, '個人資料之處理及利用')[0].topics).toContain('use');
    expect([...headingTopics('网络游戏用户隐私权保护和个人信息利用政策')]).not.toContain('use');
  });

  it('QQ (round 30, fresh batch V): `5.4 另外,…以下情形中,我们可能会共享、转让、公开披露个人信息无需事先征得个人信息主体的授权同意:` heads the exceptions to consent', async () => {
    const a = await analyzeText(['5.   个人信息共享、转让和公开披露', '5.1  个人信息共享', '除本指引另有约定外,我们不会主动共享或转让您的个人信息至腾讯公司外的第三方。',
      '5.2  个人信息公开披露', '我们不会对外公开披露其收集的个人信息,如必须公开披露时,我们会向您告知此次公开披露的目的、披露信息的类型。',
      '5.3  个人信息转让', '未经您的授权,我们不会向第三方转让您的个人信息。',
      '5.4  另外,根据相关法律法规及国家标准,以下情形中,我们可能会共享、转让、公开披露个人信息无需事先征得个人信息主体的授权同意:',
      '1)为订立、履行您个人作为一方当事人的合同所必需,或者按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需;', '2)为履行法定职责或者法定义务所必需;',
      '6)法律、行政法规规定的其他情形。', ''].join('\n'), 'qq.txt');
    expect(a.sections.find((s) => s.number === '5.4')!.topics).toContain('consent_exceptions');
  });

  it('腾讯儿童隐私保护声明 (round 30, fresh batch W): `更正儿童个人信息`, `存储儿童个人信息` name the right or the practice beside minors', () => {
    expect([...headingTopics('更正儿童个人信息')]).toEqual(expect.arrayContaining(['minors', 'rights']));
    expect([...headingTopics('存储儿童个人信息')]).toEqual(expect.arrayContaining(['minors', 'storage']));
  });
  it('GB/T 35273\'s rights named without the word (round 31): CA4P\'s `约束信息系统自动决策`, `改变你授权同意范围或撤销授权`, `用户如何管理信息`; `7.变更` is the policy\'s changes; `6)位置信息` the location permission', async () => {
    const cases = [['0500_cn_xiaochuankeji_tieba.txt', '约束信息系统自动决策', 'rights'], ['0978_com_sinyee_babybus_amusement.txt', '改变你授权同意范围或撤销授权', 'rights'],
      ['0537_com_call_funny_caller_show.txt', '用户如何管理信息', 'rights'], ['0833_com_tianlutech_ebus.txt', '变更', 'updates'], ['0998_com_skyplatanus_crucio.txt', '位置信息', 'permissions']] as const;
    for (const [file, heading, topic] of cases) {
      const { analysis } = await analyzed(ca4p(file));
      expect(byHeading(analysis.sections, heading)[0].topics, `${file} ${heading}`).toContain(topic);
    }
  });

  it('网易云音乐, 盼未来, 咪咕视频 (round 31, fresh pages): `五、如何管理个人信息` › `(五)约束信息系统自动决策` is rights, `4 . 2 告知变动目的后征得同意的方式` use, `1.2 位置` permissions', async () => {
    const a = await analyzeText(['五、如何管理个人信息', '(四)改变您授权同意的范围', '您可以通过删除信息、关闭设备功能、在设置中进行隐私设置等方式改变您授权我们继续收集个人信息的范围或撤回您的授权。', '',
      '(五)约束信息系统自动决策', '在某些业务功能中,我们可能仅依据信息系统、算法等在内的非人工自动决策机制作出决定。如果这些决定显著影响您的合法权益,您有权要求我们作出解释,我们也将提供适当的救济方式。', '',
      '(六)响应您的上述请求', '为保障安全,您可能需要提供书面请求,或以其他方式证明您的身份。', ''].join('\n'), 'netease.txt');
    expect(byHeading(a.sections, '约束信息系统自动决策')[0].topics).toContain('rights');
    expect([...headingTopics('4 . 2 告知变动目的后征得同意的方式')]).toContain('use');
    expect([...headingTopics('位置')]).toContain('permissions');
  });

  it('Seal Office, WPS, 豆瓣, 知乎 (round 31, fresh pages): `屏幕录制与麦克风` is the permission, `本次更新` the policy\'s update, `我们如何保护逝者的个人信息` and `管理帐号、发布的内容与相关记录` rights', () => {
    expect([...headingTopics('屏幕录制与麦克风')]).toContain('permissions');
    expect([...headingTopics('本次更新')]).toContain('updates');
    expect([...headingTopics('八、我们如何保护逝者的个人信息')]).toContain('rights');
    expect([...headingTopics('管理帐号、发布的内容与相关记录')]).toContain('rights');
    expect([...headingTopics('四、注册及账号管理')]).not.toContain('rights');
  });

  it('a terms-of-service clause is no right: 携程\'s `9、拒绝提供担保`, 墨迹\'s `2、“软件”授权范围`, nor `三、我们如何管理及保护您的个人信息`', () => {
    for (const heading of ['9、拒绝提供担保', '2、“软件”授权范围', '三、我们如何管理及保护您的个人信息']) expect([...headingTopics(heading)], heading).not.toContain('rights');
    expect([...headingTopics('(四)拒绝自动化决策')]).toContain('rights');
    expect([...headingTopics('2.3 运营主体变更')]).not.toContain('updates');
  });
  it('极氪 (round 31, fresh batch Y): `7.2. 变更您的同意范围` over taking back a device grant (`位置、相机、相册`) is permissions beside rights; sharing `为遵循…政府指令的强制要求` an exception to consent', async () => {
    const a = await analyzeText(['4. 我们如何共享您的个人数据', '4.1. 与关联公司共享', '我们可能会与我们的关联公司共享您的个人数据,仅共享必要的个人数据,且受本政策中所声明目的的约束。',
      '4.3. 出于法律原因的共享', '在不违反本政策要求的前提下,我们可能需要在特定情形共享或披露您的个人数据包括您的姓名、电话号码,为遵循法律法规的规定、政府指令的强制要求。',
      '7. 您的权利', '7.1. 访问您的个人数据', '您可以通过极氪APP访问您的个人数据。',
      '7.2. 变更您的同意范围', '如您希望,您可以变更我们对您个人数据处理的授权(例如:位置、相机、相册),您可以通过您的硬件设备进行修改,或者通过注销账号的方式,永久撤回我们继续收集您个人信息的全部授权。',
      '7.3. 拒绝接收广告', '您始终可以选择是否接收来自我们或第三方的促销电子邮件、短信、电话和信件。', ''].join('\n'), 'zeekr.txt');
    expect(byHeading(a.sections, '变更您的同意范围')[0].topics).toEqual(expect.arrayContaining(['rights', 'permissions']));
    expect(byHeading(a.sections, '出于法律原因的共享')[0].topics).toContain('consent_exceptions');
  });
  it('天工 (round 31, batch Y): `4.4 本地存储说明` (a login token kept on the device; CA4P 0611\'s `本地存储`, the browser\'s HTML5 web storage) is cookies, no place data is kept', async () => {
    const a = await analyzeText(['## 四、信息存储与安全', '### 4.3 安全措施', '- **安全审计**:定期进行安全审计和漏洞检测', '', '### 4.4 本地存储说明', '',
      '为保障您的登录状态和使用体验,我们会在您的设备本地存储以下信息:', '', '- 登录凭证(Token):用于维持登录状态,避免重复登录', '- 用户偏好设置:如界面语言等', '',
      '您可以通过清除小程序缓存的方式删除上述本地存储信息。', ''].join('\n'), 'tg.md');
    expect(byHeading(a.sections, '本地存储说明')[0].topics).toContain('cookies');
    expect([...headingTopics('本地存储')]).toEqual(['cookies']);
  });
  it('辰玑堂, K2J, 麦德龙 (round 31, fresh batch Z): `三、数据如何分享与跨境传输` names sharing beside storage (so does CA4P 0599\'s `三、我行如何存储和共享您的个人信息`); `5. 服务器日志与技术统计信息` is collection, `11.生效` the policy\'s updates', async () => {
    expect([...headingTopics('三、数据如何分享与跨境传输')]).toEqual(expect.arrayContaining(['sharing', 'storage']));
    expect([...headingTopics('四、境外共享')]).not.toContain('sharing');
    const { analysis } = await analyzed(ca4p('0599_com_chinamworld_bocmbci.txt'));
    expect(byHeading(analysis.sections, '我行如何存储和共享您的个人信息')[0].topics).toContain('sharing');
    expect([...headingTopics('服务器日志与技术统计信息')]).toContain('collection');
    expect([...headingTopics('生效')]).toContain('updates');
  });
  it('Cloak (round 31, fresh batch Z): items listing `• 存储内容:…` and `• 用途:…` say what is collected and how it is used (round 47: the chapter, `仅在本地存储的必要数据`, names what is collected for them)', async () => {
    const a = await analyzeText(['三、仅在本地存储的必要数据', '为实现管控核心功能,本 App 仅在您设备本地沙盒及 App Group 共享容器内存储配置数据,无云端同步、无远程备份,仅本机可读。',
      '1. 应用管控分组配置', '• 存储内容:您创建的隐藏 / 锁定分组名称、勾选的应用匿名标识(Token)、定时起止时间、每周重复规则、每日使用时长。', '• 用途:实现应用定时 / 时长隐藏、锁定管控核心功能。',
      '2. 桌面伪装配置', '• 存储内容:您主动选择的 Alternate Icon 标识。', '• 用途:更换本 App 桌面图标显示样式。', ''].join('\n'), 'cloak.txt');
    const chapter = byHeading(a.sections, '仅在本地存储的必要数据')[0].topics;
    expect(chapter).toEqual(expect.arrayContaining(['collection', 'storage']));
    for (const h of ['应用管控分组配置', '桌面伪装配置']) expect([...chapter, ...byHeading(a.sections, h)[0].topics], h).toEqual(expect.arrayContaining(['collection', 'use']));
  });
});
