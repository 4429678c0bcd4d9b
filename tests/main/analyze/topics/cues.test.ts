// Cues and heading rules that add a topic to a section, on real pages.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared, seed } from '../../../helpers/paths';
import { analyzeText, analyzed } from '../helpers';

const run = hasShared ? describe : describe.skip;
const ca4p = (f: string) => corpus('ca4p483', 'txt', f);
const topicsOf = async (path: string) => {
  const { analysis } = await analyzed(path);
  return (heading: string) => analysis.sections.find((s) => s.heading === heading)!.topics;
};

run('body cues', () => {
  it('恒创: `我们会访问您的麦克风、摄像头` in the collection chapter is permissions', async () => {
    const { doc, analysis } = await analyzed(ca4p('0650_com_hcyh_chat.txt'));
    const chapter = analysis.sections.find((s) => s.heading === '我们收集的信息')!;
    const unit = analysis.sections.find((s) => s.parent === chapter.id && doc.text.slice(s.nstart, s.nend).includes('访问您的麦克风'))!;
    expect(unit.topics).toEqual(expect.arrayContaining(['collection', 'permissions']));
  });

  it('苏城码: `(一)保存和删除` — `我们将持续为您保存您的个人信息` — is retention', async () => {
    expect((await topicsOf(ca4p('0760_com_juhe_soochowcode.txt')))('保存和删除')).toContain('retention');
  });

  it('4399SY: `十八、合約之變更` (a terms-of-service contract changing) is updates', async () => {
    expect((await topicsOf(corpus('gplay_privacy_zh_html', 'a.4399sy.com.hk.html')))('合約之變更')).toContain('updates');
  });

  it('隐私保险箱, River Games: `授权我们读取您的地理位置信息`, `關閉 GPS 定位分享` are about device permissions', async () => {
    for (const [path, heading] of [[ca4p('0895_ps_rio_privacysafe.txt'), '我们将如何使用收集的信息'], [corpus('gplay_privacy_zh_html', 'witch.ltgamesglobal.com.html'), '我們自動收集的資料']]) {
      const { analysis } = await analyzed(path);
      const chapter = analysis.sections.find((s) => s.heading === heading)!;
      const within = analysis.sections.filter((s) => s.nstart >= chapter.nstart && s.nend <= chapter.nend);
      expect(within.flatMap((s) => s.topics), heading).toContain('permissions');
    }
  });

  it('联众, 微经: `我们还可能为以下原因需要保留、保存或披露您的个人信息:` over legal grounds, under `我们如何分享您的信息`, is disclosure', async () => {
    for (const f of ['0702_com_og_danjiddz_huawei.txt', '0511_com_appsys_read.txt']) {
      const { doc, analysis } = await analyzed(ca4p(f));
      const chapter = analysis.sections.find((s) => s.heading === '我们如何分享您的信息')!;
      const unit = analysis.sections.find((s) => s.parent === chapter.id && doc.text.slice(s.nstart, s.nend).includes('为以下原因需要保留'))!;
      expect(unit.topics, f).toContain('disclosure');
    }
  });

  it('陌聊, 途途: the bare heading `(四)使用` in the sharing chapter, over the purposes data serves, is use', async () => {
    for (const f of ['0729_com_mm_moliao.txt', '0724_com_mm_tutu.txt']) expect((await topicsOf(ca4p(f)))('使用'), f).toContain('use');
  });

  it('装扮少女, 经典象棋: giving data out on `有权机关的指示` or `行政或司法机构的要求` is an exception to consent', async () => {
    expect((await topicsOf(ca4p('0521_com_cameras_prettygirls.txt')))('我们如何共享用户信息')).toEqual(expect.arrayContaining(['sharing', 'consent_exceptions']));
    expect((await topicsOf(ca4p('0687_com_example_chinesechess_huawei.txt')))('信息披露')).toEqual(expect.arrayContaining(['disclosure', 'consent_exceptions']));
  });

  it('乐视, 浦发: a collection or use chapter whose own body lists the statutory exceptions (`…无需征得您的授权同意`) carries them too (浦发: on the paragraphs that list them)', async () => {
    expect((await topicsOf(ca4p('0754_com_letv_android_client.txt')))('乐视网收集您的哪些信息')).toEqual(expect.arrayContaining(['collection', 'consent_exceptions']));
    const { doc, analysis } = await analyzed(ca4p('0526_cn_com_spdb_mobilebank_per.txt'));
    const chapter = analysis.sections.find((s) => s.heading === '我行如何使用您的个人信息')!;
    expect(chapter.topics).toContain('use');
    const units = analysis.sections.filter((s) => s.parent === chapter.id);
    const exceptions = units.filter((s) => s.topics.includes('consent_exceptions'));
    expect(exceptions.length).toBeGreaterThan(0);
    expect(exceptions.some((s) => /无需[^。]{0,12}(同意|授权)/.test(doc.text.slice(s.nstart, s.nend)))).toBe(true);
  });

  it('桔多多, 漫画台: withdrawing consent by changing a permission (`更改相关权限的授权`, `通过手机系统权限设置`) is about permissions too', async () => {
    expect((await topicsOf(ca4p('0807_com_wbxm_icartoon.txt')))('撤销您的授权')).toEqual(expect.arrayContaining(['rights', 'permissions']));
    expect((await topicsOf(ca4p('0753_com_juzifenqi_app.txt')))('改变您授权同意的范围或撤回您的授权')).toEqual(expect.arrayContaining(['rights', 'permissions']));
  });

  it('测测, seed 000: a heading on getting the user\'s data from third parties (`我们可能从第三方间接获取您的个人信息`) is collection', async () => {
    expect((await topicsOf(ca4p('0851_com_xxwolo_cc5.txt')))('我们可能从第三方间接获取您的个人信息')).toContain('collection');
    expect((await topicsOf(seed(0)))('我们从第三方获得您个人信息的情形')).toContain('collection');
  });

  it('浪Live: `肆、個人資料蒐集處理之目的及利用期間` (the Taiwan law\'s words for how long data is used) is retention besides collection', async () => {
    expect((await topicsOf(corpus('gplay_privacy_zh_html', 'web.langlive.com.html')))('個人資料蒐集處理之目的及利用期間')).toEqual(expect.arrayContaining(['collection', 'retention']));
  });

  it('Supercell: `哪些人可以看到您的数据` is sharing', async () => {
    expect((await topicsOf(ca4p('0900_com_supercell_boombeach_HUAWEI.txt')))('哪些人可以看到您的数据')).toContain('sharing');
  });

  it('来电秀秀: third parties placing their own Cookie or pixel tags is cookies as well as third_party', async () => {
    expect((await topicsOf(ca4p('0765_com_laidian_xiu.txt')))('对第三方责任的声明')).toEqual(expect.arrayContaining(['third_party', 'cookies']));
  });

  it('小睡眠: a title with no body over the next title (`您使用服务时我们获取的信息` › `设备信息`) takes its heading topics', async () => {
    expect((await topicsOf(ca4p('0985_com_psyone_brainmusic.txt')))('您使用服务时我们获取的信息')).toContain('collection');
  });

  it('白日梦游戏, Uplive: the e-mails and messages the operator sends the user are a use of their data', async () => {
    expect((await topicsOf(ca4p('0530_com_bairimeng_snake_huawei.txt')))('白日梦游戏可能向您发送的邮件和信息')).toContain('use');
    expect((await topicsOf(corpus('gplay_privacy_zh_html', 'm.upliveapps.com.html')))('我們向您發送的郵件和資訊')).toContain('use');
  });

  it('成语, 小伴龙: what third parties collect is third_party — by heading (`1.4.1 第三方付款服务提供商收集相关个人信息`) or body (`第三方支付机构可能会收集您的…`)', async () => {
    expect((await topicsOf(ca4p('0590_com_guess_idioms.txt')))('第三方付款服务提供商收集相关个人信息')).toContain('third_party');
    expect((await topicsOf(ca4p('0800_com_xiaobanlong_main.txt')))('共享')).toContain('third_party');
  });

  it('腾讯: `我们可能基于以下目的披露您的个人信息` makes its paragraph of the sharing chapter disclosure too', async () => {
    const { doc, analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'www.qq.com.html'));
    const chapter = analysis.sections.find((s) => s.heading === '我们分享的信息 Information We Share')!;
    const unit = analysis.sections.find((s) => s.parent === chapter.id && doc.text.slice(s.nstart, s.nend).includes('基于以下目的披露您的个人信息'))!;
    expect(unit.topics).toEqual(expect.arrayContaining(['sharing', 'disclosure']));
  });

  it('终极游戏: what others share about the reader (`其他方分享的您的信息`) is collection', async () => {
    expect((await topicsOf(ca4p('0805_com_ultralisk_game24_huawei.txt')))('其他方分享的您的信息')).toContain('collection');
  });

  it('第七大道: `3.防沉迷系统` (the anti-addiction system for minors) is minors', async () => {
    expect((await topicsOf(corpus('gplay_privacy_zh_html', 'www.wan.com.html')))('防沉迷系统')).toContain('minors');
  });

  it('欧路: `申诉机制` (how to appeal) is rights', async () => {
    expect((await topicsOf(ca4p('0615_com_eusoft_ting_en.txt')))('申诉机制')).toContain('rights');
  });

  it('腾讯视频 HD, 陌闲聊天: withdrawing consent by switching device permissions off is permissions as well as rights', async () => {
    expect((await topicsOf(ca4p('0965_com_tencent_qqlivepad.txt')))('撤回同意')).toEqual(expect.arrayContaining(['rights', 'permissions']));
    expect((await topicsOf(ca4p('0705_com_moxianba_chat.txt')))('改变您授权同意的范围')).toEqual(expect.arrayContaining(['rights', 'permissions']));
  });

  it('驾考宝典 (CA4P 0882; found by round 25\'s fresh page 闲读): the same under `4.2管理您的授权范围`, switched in the phone\'s permission settings', async () => {
    const topics = await topicsOf(ca4p('0882_jiakaokeyi_app_good.txt'));
    expect(topics('管理您的授权范围')).toEqual(expect.arrayContaining(['rights', 'permissions']));
  });

  it('车来了, 逗豆日历, 虎牙: the same through the device\'s permission settings (`设备中的权限设置`, `回收已授予的权限`, `权限管理页面`)', async () => {
    expect((await topicsOf(ca4p('0896_com_ygkj_chelaile_standard.txt')))('撤回授权')).toEqual(expect.arrayContaining(['rights', 'permissions']));
    expect((await topicsOf(ca4p('0967_tech_caicheng_judourili.txt')))('撤回授权')).toEqual(expect.arrayContaining(['rights', 'permissions']));
    expect((await topicsOf(ca4p('0658_com_huya_ice.txt')))('改变您授权同意的范围')).toEqual(expect.arrayContaining(['rights', 'permissions']));
  });

  it('汇生活, 比酷: the same under `撤销已同意授权功能`, and in a chapter set as paragraph units (`…撤回对我们访问你的位置、照片、相机等的授权`: the chapter carries it, the paragraph rights)', async () => {
    expect((await topicsOf(ca4p('0695_com_haobo_huilife.txt')))('撤销已同意授权功能')).toEqual(expect.arrayContaining(['rights', 'permissions']));
    const { doc, analysis } = await analyzed(ca4p('0505_com_biku_diary.txt'));
    const unit = analysis.sections.findLast((s) => doc.text.slice(s.nstart, s.nend).includes('撤回对我们访问你的位置'))!;
    expect(unit.synthetic).toBe('paragraph');
    expect(unit.topics).toContain('rights');
    expect(analysis.sections[unit.parent!].topics).toEqual(expect.arrayContaining(['rights', 'permissions']));
  });

  it('爱奇艺: `版本更新提示` (what this version changed) is updates; `…超出法律法规规定的必需且最短期限后,我们将会对所持有的您的个人信息进行删除或匿名化处理` is read as retention', async () => {
    const path = corpus('gplay_privacy_zh_html', 'www.iqiyi.com.html');
    expect((await topicsOf(path))('版本更新提示')).toContain('updates');
    const { doc, analysis } = await analyzed(path);
    // (It stands under `(七)提前获知产品与/或服务停止运营权`, whose heading now says retention itself.)
    const unit = analysis.sections.findLast((s) => doc.text.slice(s.nstart, s.nend).includes('超出法律法规规定的必需且最短期限后'))!;
    expect(unit.topics).toContain('retention');
    // (Not a game's own version: `游戏版本更新变动的说明`.)
    expect((await topicsOf(corpus('gplay_privacy_zh_html', 'www.wan.com.html')))('游戏版本更新变动的说明')).not.toContain('updates');
  });

  it('最右, 全民K歌 (Tencent), 赛诺斯: `您发布的共享信息或公开信息`, `您分享的信息`, `有关您共享您的个人信息的提示` are what users make public: disclosure', async () => {
    for (const [file, heading] of [['0500_cn_xiaochuankeji_tieba.txt', '您发布的共享信息或公开信息'], ['0843_com_tencent_wod.txt', '您分享的信息'], ['0937_com_sns_qmdzppl2_huawei.txt', '有关您共享您的个人信息的提示']]) {
      const topics = (await topicsOf(ca4p(file)))(heading);
      expect(topics, file).toContain('disclosure');
    }
  });

  it('欢乐走, 美丁: a paragraph opening the statutory exceptions (`在以下情形中,收集和使用您的个人信息无需事先征得您的同意`) is consent_exceptions with the practice it names', async () => {
    for (const file of ['0728_com_pedometer_money_cn.txt', '0725_com_mdj_myzpsq.txt']) {
      const { doc, analysis } = await analyzed(ca4p(file));
      const unit = analysis.sections.findLast((s) => /以下情形中[^。]{0,30}无需事先征得您的同意/.test(doc.text.slice(s.nstart, s.nend)))!;
      expect(unit.topics, file).toEqual(expect.arrayContaining(['consent_exceptions', 'collection']));
    }
  });

  it('考拉证件照: `(二)征得授权的例外` (authorisation, not consent) is consent_exceptions', async () => {
    expect((await topicsOf(ca4p('0762_com_kaola_idphoto.txt')))('征得授权的例外')).toContain('consent_exceptions');
  });

  it('去哪充电: a short section the model finds nothing in that speaks of permissions throughout (`1.3 同意机制`) is permissions', async () => {
    const path = corpus('zh_policy_versions', 'qunachongdian_privacy', 'qunachongdian_privacy__2025-04-10.md');
    expect((await topicsOf(path))('同意机制')).toEqual(['permissions']);
  });

  it('小伴龙: `包括使用小型数据文件识别您的身份` under `我们如何使用相关技术` describes cookies without the word', async () => {
    expect((await topicsOf(ca4p('0800_com_xiaobanlong_main.txt')))('我们如何使用相关技术')).toContain('cookies');
  });

  it('同程: a paragraph giving `请联系:4007-777-777` (a 400 number grouped 4-3-3) is contact', async () => {
    const { doc, analysis } = await analyzed(ca4p('0860_com_tongcheng_android.txt'));
    const unit = analysis.sections.findLast((s) => doc.text.slice(s.nstart, s.nend).includes('请联系:4007-777-777'))!;
    expect(unit.synthetic).toBe('paragraph');
    expect(unit.topics).toContain('contact');
  });

  it('心脏健康研究, 好分数: `三、广告与营销` and `七、推广服务` are use', async () => {
    expect((await topicsOf(ca4p('0710_com_plagh_heartstudy.txt')))('广告与营销')).toContain('use');
    expect((await topicsOf(ca4p('0970_com_yunxiao_haofenshu.txt')))('推广服务')).toContain('use');
  });

  it('动态壁纸: `十、隐私政策的生效` is updates', async () => {
    expect((await topicsOf(ca4p('0840_com_wallpaper_v_live.txt')))('隐私政策的生效')).toContain('updates');
  });

  it('宜家, 心通: `我们从第三方获得您个人信息的情形`, `(四)我们从第三方获得…` are collection and about third parties’ data', async () => {
    expect((await topicsOf(ca4p('0583_com_ingka_ikea_app_cn_prod.txt')))('我们从第三方获得您个人信息的情形')).toEqual(expect.arrayContaining(['collection', 'third_party']));
    expect((await topicsOf(corpus('viodroid_zh', 'policies', 'C107228073-1.0.0.txt')))('我们从第三方获得您个人信息的情形')).toEqual(expect.arrayContaining(['collection', 'third_party']));
  });

  it('掌上公交, 微博超话: `2.我们间接收集的您的信息`, `1.2.我们间接收集的个人信息` (data obtained indirectly) are collection and about third parties’ data', async () => {
    expect((await topicsOf(ca4p('0742_com_mygolbs_mybus.txt')))('我们间接收集的您的信息')).toEqual(expect.arrayContaining(['collection', 'third_party']));
    expect((await topicsOf(ca4p('0997_com_sina_wbsupergroup.txt')))('我们间接收集的个人信息')).toEqual(expect.arrayContaining(['collection', 'third_party']));
  });

  it('图片隐私, 保险箱: `七、自动索引技术的使用` (automatic indexing that gathers what users browse on other platforms) is about tracking technologies: cookies', async () => {
    for (const f of ['0722_com_nianbo_picprivate.txt', '0992_fh_sqm_strongbox.txt']) {
      expect((await topicsOf(ca4p(f)))('自动索引技术的使用'), f).toContain('cookies');
    }
  });

  it('单机麻将, 海豚加速器: the old portal template’s `1.适用范围` lists the information collected (`…自动接收并记录的您的手机上的信息`): collection', async () => {
    for (const [f, heading] of [['0781_com_mahjong_danji_huawei.txt', '适用范围'], ['0903_mobi_htjsq_accelerator.txt', '适用范围']]) {
      const { analysis } = await analyzed(ca4p(f));
      const chapter = analysis.sections.find((s) => s.heading === heading)!;
      const within = analysis.sections.filter((s) => s.nstart >= chapter.nstart && s.nend <= chapter.nend);
      expect(within.flatMap((s) => s.topics), f).toContain('collection');
    }
    // (A scope chapter saying only what the policy applies to stays scope.)
    expect((await topicsOf(seed(3)))('定义与适用范围')).not.toContain('collection');
  });

  it('五子棋: `3.信息披露` — `本软件不会将您的信息披露给不受信任的第三方`, `…向第三方或者行政、司法机构披露` — is about sharing with third parties too', async () => {
    const { analysis } = await analyzed(ca4p('0799_com_tuyoo_gomoku_huawei.txt'));
    const chapter = analysis.sections.find((s) => s.heading === '信息披露')!;
    const within = analysis.sections.filter((s) => s.nstart >= chapter.nstart && s.nend <= chapter.nend);
    expect(within.flatMap((s) => s.topics)).toEqual(expect.arrayContaining(['sharing', 'disclosure', 'consent_exceptions']));
  });

  it('啵聊, 脉脉: an SDK section listing the permissions each SDK asks for (`需获取使用到位置权限`) is permissions too', async () => {
    expect((await topicsOf(ca4p('0718_com_mm_boliao.txt')))('第三方SDK接入服务')).toEqual(expect.arrayContaining(['sdk', 'permissions']));
    expect((await topicsOf(ca4p('0883_com_taou_maimai.txt')))('通过第三方SDK收集信息的情形')).toEqual(expect.arrayContaining(['sdk', 'permissions']));
  });

  it('四川移动: `六、例外情况` — cases where `我们…可能不会响应您提出的…请求` — limits rights; it is no exception to consent', async () => {
    const topics = (await topicsOf(ca4p('0886_com_sunrise_scmbhc.txt')))('例外情况');
    expect(topics).toContain('rights');
    expect(topics).not.toContain('consent_exceptions');
  });

  it('Nike: `我们会要求访问您手机的位置数据用于记录您的跑步路线` is about a device permission', async () => {
    const { doc, analysis } = await analyzed(ca4p('0719_com_nike_omega.txt'));
    const holder = analysis.sections.findLast((s) => doc.text.slice(s.nstart, s.nend).includes('我们会要求访问您手机的位置数据'))!;
    expect(holder.topics).toContain('permissions');
  });

  it('猿题库, 芝课: `一、个人信息定义及范围` listing the personal information the policy involves is collection', async () => {
    expect((await topicsOf(ca4p('0962_com_zhiduoke_zhikeapp.txt')))('个人信息定义及范围')).toContain('collection');
  });

  it('猫眼: `七、我们如何存留您的信息` is retention', async () => {
    expect((await topicsOf(ca4p('0934_com_sankuai_movie.txt')))('我们如何存留您的信息')).toContain('retention');
  });

  it('剑与远征: `4\\. 关联网站` (links out, `本网站并不保护使用者于该等网站中的隐私权`) is third_party', async () => {
    const { analysis } = await analyzed(ca4p('0772_com_lilithgames_afk_huawei.txt'));
    expect(analysis.sections.find((s) => s.heading.endsWith('关联网站'))!.topics).toContain('third_party');
  });

  it('语音导出: `读取存储卡;将微信、QQ导出语音合成文件写入手机存储` is about a device permission', async () => {
    const { doc, analysis } = await analyzed(ca4p('0808_com_wxyydc_two.txt'));
    const holder = analysis.sections.findLast((s) => doc.text.slice(s.nstart, s.nend).includes('读取存储卡'))!;
    expect(holder.topics).toContain('permissions');
  });

  it('企业微信: `5.5 我们可能基于法律要求或相关部门的执法要求披露你的个人信息` is an exception to consent', async () => {
    const { doc, analysis } = await analyzed(ca4p('0802_com_tencent_wework.txt'));
    const holder = analysis.sections.findLast((s) => doc.text.slice(s.nstart, s.nend).includes('相关部门的执法要求'))!;
    expect(holder.topics).toContain('consent_exceptions');
  });

  it('浅言: `(二)个人信息的存储` saying `我们仅在实现本隐私政策所属目的必须的期限内保留` is retention beside storage', async () => {
    expect((await topicsOf(ca4p('0964_com_zhy_qianyan.txt')))('个人信息的存储')).toEqual(expect.arrayContaining(['storage', 'retention']));
  });

  it('游戏玩家平台: `2.修改注册资料` is about the user’s rights', async () => {
    expect((await topicsOf(corpus('gplay_privacy_zh_html', 'www.wan.com.html')))('修改注册资料')).toContain('rights');
  });

  it('一淘, UC浏览器: `根据您在软件安装及使用中授予的具体权限,接收并记录…设备信息` alone names no device permission', async () => {
    for (const path of [ca4p('0928_com_taobao_etao.txt'), ca4p('0819_com_ucmobile_lite.txt')]) {
      const { analysis } = await analyzed(path);
      expect(analysis.sections.some((s) => s.topics.includes('permissions')), path).toBe(false);
    }
  });

  it('开心抓娃娃, 兔呼: a terms privacy chapter the model finds something in still reads its clauses of those classes (`未经用户同意不向任何第三方公开、透露…`: disclosure)', async () => {
    for (const f of ['0709_com_pa_happycatch.txt', '0966_com_yunlian_tuhu.txt']) {
      const { analysis } = await analyzed(ca4p(f));
      const chapter = analysis.sections.find((s) => s.heading === '用户个人隐私信息保护')!;
      const within = analysis.sections.filter((s) => s.nstart >= chapter.nstart && s.nend <= chapter.nend);
      expect(within.flatMap((s) => s.topics), f).toContain('disclosure');
    }
  });

  it('GK扫描仪: `《隐私政策》的版本及生效日期` is updates', async () => {
    const { analysis } = await analyzed(ca4p('0944_com_scanner_discount.txt'));
    expect(analysis.sections.find((s) => s.heading.includes('的版本及生效日期'))!.topics).toContain('updates');
  });

  it('0305, 悦跑圈: the terms’ `七、数据储存` (`…决定…数据的最长储存期限`) is retention, not where data is stored', async () => {
    for (const f of ['0538_com_boss7_project.txt', '0522_co_runner_app.txt']) {
      const topics = (await topicsOf(ca4p(f)))('数据储存');
      expect(topics, f).toContain('retention');
      expect(topics, f).not.toContain('storage');
    }
  });
});

describe('the age a service is not for', () => {
  it('PetMinder (round 27): `本应用不面向 13 岁以下儿童` in the introduction is about minors', async () => {
    const a = await analyzeText(['PetMinder 隐私政策', '1.1 引言与概述', 'PetMinder 是一款宠物用药提醒应用。我们重视您的隐私。', '重要提示:本应用不面向 13 岁以下儿童,也不包含儿童相关功能。',
      '1.2 我们收集的信息', '本应用仅在您的设备本地保存您录入的宠物信息和用药记录。', ''].join('\n'), 'petminder.txt');
    expect(a.sections.find((s) => s.heading === '引言与概述')!.topics).toContain('minors');
  });

  it('免费听书 (round 28, fresh page): `(三) 删除和匿名化处理` on what becomes of the data when the service stops is retention', async () => {
    const a = await analyzeText(['隐私政策', '四、 我们如何存储您的个人信息', '(一) 存储地点', '我们在中华人民共和国境内运营中收集和产生的个人信息,存储在中国境内。',
      '(二) 存储期限', '我们只会在达成本政策所述目的所需的最短期限内保留您的个人信息。', '(三) 删除和匿名化处理',
      '如本平台服务决定停止运营时,我们将在相关服务停止运营后停止继续收集您的个人信息。我们将以公告形式将停止运营通知向您送达。对已持有您的个人信息,我们将进行删除或匿名化处理,除非法律法规另有规定。涉及未成年人个人信息的,我们会采取必要合理方式及时将停止运营的通知及时告知未成年人监护人。',
      '五、 我们如何保护您的个人信息安全', '我们采取加密等措施保护您的信息。', ''].join('\n'), 'tingshu.txt');
    expect(a.sections.find((s) => s.heading === '删除和匿名化处理')!.topics).toContain('retention');
  });

  it('智灯 (round 29, fresh page; 小米\'s template): `您能做什么!`, on not disclosing the password to anyone, is about security', async () => {
    const a = await analyzeText([
      '为免存疑，Jingyuanmicro可能在地方数据保护法明确允许的情况下和范围内（例如为了遵循传票）不经您的同意而收集、使用或披露您的个人信息，并且当我们可能会出于诚意相信为了保护我们的权利、保护您的安全或他人安全、为调查欺诈行为或对政府要求作出回应而必需披露时，不经您的同意而披露您的信息。',
      '',
      '**安全保障**',
      '',
      '**Jingyuanmicro的安全措施**',
      '',
      '我们承诺保证您的个人信息安全。为了防止未经授权的访问、披露或其他类似风险，我们落实了合理的物理、电子和管理措施流程，保护我们从您的移动设备和我们网站上收集的信息。我们将采取所有合理的措施保护您的个人信息。',
      '',
      '您的个人信息全都被储存在安全的服务器上，并在受控设施中受到保护。我们依据重要性和敏感性对您的数据进行分类，并且保证您的个人信息具有最高的安全等级。我们保证通过访问这些信息来帮助向您提供产品和服务的员工和第三方服务供应商具有严格的合同保密义务，如果未能履行这些义务，其将会受到纪律处分或被终止合作。同样，我们对以云为基础的数据存储设有专门的访问控制措施。总而言之，我们定期审查信息收集、储存和处理实践，包括物理安全措施，以防止任何未经授权的访问和使用。',
      '',
      '我们将采取所有可行的措施保护您的个人信息。但是，您应当意识到互联网的使用并不总是安全的，因此，我们不能保证在通过互联网双向传输时任何个人信息的安全性或完整性。',
      '',
      '**您能做什么！**',
      '',
      '* 您可以通过不向任何人（除非此人经您正式授权）披露您的登录密码或账户信息，为保护您个人信息的安全发挥作用。',
      '* Jingyuanmicro不对因您未能保持个人信息的私密性而导致第三方访问您的个人信息进而造成的安全疏漏承担责任。尽管有上述规定，如果发生互联网其他任何用户未经授权使用您账户的情况或其他任何安全漏洞，您必须立即通知我们。',
      '* 您的协助将有助于我们保护您个人信息的私密性。',
      '',
      '**保留政策**',
      '',
      '如有必要实现收集信息的目的，或者遵守适用法律要求或允许，我们将一直保留个人信息。只要能够合理推断保留个人信息不能实现收集个人信息的目的，并且出于法律、解决纠纷、强制实施我们的协议或其他商业目的不再需要保留信息时，我们将不再保留个人信息，或者会消除将个人信息和特定个人关联起来的途径。',
      '',
      '**访问您的设备上的其他功能**',
    ].join('\n'), 'zd.md');
    expect(a.sections.find((s) => s.heading === '您能做什么!')!.topics).toContain('security');
  });

  it('清新工具, 虾塘 (round 29, fresh pages): a leaf asking for a named permission (`开启本地存储权限后`, `需要网络权限(INTERNET)`) is about permissions under any heading', async () => {
    const a = await analyzeText(['<h2>4.外置存储信息</h2>', '<p>基于读取、写入外置存储卡的附加服务：您可以在开启本地存储权限后，使用该功能上传您的图片/普通文件等，以实现数据分析存/云端存储等功能。</p>',
      '<h2>六、网络通信与第三方服务</h2>', '<p>本应用需要网络权限（INTERNET），用于以下场景：</p>', '<ul><li>检查应用更新；</li><li>同步您在云端备份的养殖记录。</li></ul>',
      '<h2>七、联系我们</h2>', '<p>邮箱：shrimp@example.org</p>'].join('\n'), 'qx.html');
    expect(a.sections.find((s) => s.heading === '外置存储信息')!.topics).toContain('permissions');
    expect(a.sections.find((s) => s.heading === '网络通信与第三方服务')!.topics).toContain('permissions');
  });

  it('Navo (round 28, fresh page): a table naming SDK vendors (`| Firebase Analytics | …`, `| Sentry | …`) under `7. 统计与诊断` is about SDKs', async () => {
    const a = await analyzeText(['# Navo 隐私政策', '## 7. 统计与诊断', '是否启用取决于构建配置。', '| 服务 | 信息及用途 |', '|---|---|',
      '| Firebase Analytics | 可能接收应用实例 ID、应用打开及页面事件、设备及应用信息。 |', '| Sentry | 可能接收错误、崩溃、堆栈诊断信息。 |', '',
      '## 8. 安全', '我们采取加密措施保护您的信息。', ''].join('\n'), 'navo.md');
    expect(a.sections.find((s) => s.heading === '统计与诊断')!.topics).toContain('sdk');
  });

  it('优易付 (round 28, fresh page): `我们可能未经同意向权威机构提供数据:` under `4.3 强制披露的法定情形` is an exception to consent; `未经您同意,我们不会…` is not', async () => {
    const page = (line: string) => analyzeText(['隐私政策', '4. 数据共享与披露', '4.1 共享', '我们仅在必要时与支付通道等合作方共享数据。', '4.3 强制披露的法定情形', line,
      '• 收到具有管辖权的法院、检察院签发的调查令或传票;', '• 金融监管机构依据《反洗钱法》要求调取交易记录;', '5. 数据安全', '我们采用加密技术保护您的数据。', ''].join('\n'), 'ueepay.txt');
    const topicsOf = async (line: string) => (await page(line)).sections.find((s) => s.heading === '强制披露的法定情形')!.topics;
    expect(await topicsOf('在以下场景中,我们可能未经同意向权威机构提供数据:')).toContain('consent_exceptions');
    expect(await topicsOf('未经您同意,我们不会向任何第三方提供您的数据。我们重视这些数据的安全:')).not.toContain('consent_exceptions');
  });
});
