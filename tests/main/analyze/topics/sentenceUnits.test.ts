// Sentences carved out of their section as units of their own (topics/sentenceUnits.ts), on real policies:
// the operator's name (contact), third parties' own terms (third_party), SDKs taking data (sdk) and others.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared, seed } from '../../../helpers/paths';
import { analyzed, ingest } from '../helpers';
import { analyzeDocument } from '../../../../src/main/analyze';
import { ingestBuffer } from '../../../../src/main/ingest';
import { splitSections } from '../../../../src/main/analyze/sections';
import { addSentenceUnits, classifySections, revisionCarves } from '../../../../src/main/analyze/topics';

const run = hasShared ? describe : describe.skip;
const DIALER = corpus('ca4p483', 'txt', '0551_com_colorphone_smooth_dialer_cn.txt');
const OPENEULER = corpus('zh_policy_versions', 'openeuler_website_privacy_zh', 'openeuler_website_privacy_zh__2022-08-16.md');

/** The deepest section holding `words`, and the nearest section above it with a heading of its own. */
async function unitHolding(path: string, words: string) {
  const { doc, analysis } = await analyzed(path);
  const s = analysis.sections;
  const unit = s.findLast((x) => doc.text.slice(x.nstart, x.nend).includes(words));
  let owner = unit?.parent == null ? undefined : s[unit.parent];
  while (owner?.synthetic) owner = owner.parent === null ? undefined : s[owner.parent];
  return { unit, owner };
}

/** Each CA4P file's sentence holding `words` is a third-party unit under the heading given. */
async function expectThirdPartyUnits(cases: readonly (readonly [file: string, words: string, heading: string])[]) {
  for (const [file, words, heading] of cases) {
    const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', file), words);
    expect(unit?.topics, file).toContain('third_party');
    expect(owner?.heading, file).toBe(heading);
  }
}

run('sentence units', () => {
  it('超级课程表: the sentence naming 广州超级周末科技有限公司 is contact; the paragraph around it keeps its own topics', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0846_com_xtuone_android_syllabus.txt'));
    const s = analysis.sections;
    const unit = s.find((x) => x.topics.includes('contact') && doc.text.slice(x.nstart, x.nend).includes('广州超级周末科技有限公司'))!;
    expect(unit.synthetic).toBe('paragraph');
    expect(doc.text.slice(unit.nstart, unit.nend)).toMatch(/^广州超级周末科技有限公司.*。$/);
    // Its siblings cover the rest of the paragraph it came from, in order, without overlap.
    const siblings = s.filter((x) => x.parent === unit.parent);
    const k = siblings.indexOf(unit);
    expect(siblings[k - 1].nend).toBeLessThanOrEqual(unit.nstart);
    expect(siblings[k + 1].nstart).toBeGreaterThanOrEqual(unit.nend);
    expect(doc.text.slice(siblings[k - 1].nend, unit.nstart).trim()).toBe('');
    expect(siblings[k - 1].topics).not.toContain('contact');
  });

  it('openEuler: `…请您详细阅读该第三方的隐私政策及用户协议。` in the collection chapter is a third-party unit; the chapter keeps collection', async () => {
    const { doc, analysis } = await analyzed(OPENEULER);
    const s = analysis.sections;
    const chapter = s.find((x) => x.heading === '我们如何收集和处理您的个人信息')!;
    expect(chapter.topics).toContain('collection');
    const unit = s.find((x) => x.parent === chapter.id && doc.text.slice(x.nstart, x.nend).includes('请您详细阅读该第三方的隐私政策'))!;
    expect(unit.topics).toEqual(['third_party']);
    expect(doc.text.slice(unit.nstart, unit.nend)).toMatch(/。$/);
    // Still covered in order: the units under the chapter follow one another.
    const units = s.filter((x) => x.parent === chapter.id);
    for (let k = 1; k < units.length; k++) expect(units[k - 1].nend).toBeLessThanOrEqual(units[k].nstart);
  });

  it('滴滴 (Hong Kong), YOOGAME: Traditional pages pointing to third parties\u2019 own privacy terms (`這些第三方的私隱保護政策…`, `建議您查看他們的隱私權原則`) get third-party units', async () => {
    for (const [file, words] of [['dpubstatic.udache.com.html', '這些第三方的私隱保護政策'], ['www.yoogame.com.html', '建議您查看他們的隱私權原則']] as const) {
      expect((await unitHolding(corpus('gplay_privacy_zh_html', file), words)).unit?.topics, file).toEqual(['third_party']);
    }
  });

  it('流利说少儿英语, 音派: `对于该等外部链接指向的不由…实际控制的任何网页上的内容…不承担任何责任` in the disclaimers is a third-party unit', async () => {
    for (const [file, heading] of [['0788_com_liulishuo_sprout.txt', '免责'], ['0885_com_yinpai.txt', '免责声明']] as const) {
      const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', file), '外部链接指向的不由');
      expect(unit?.topics, file).toContain('third_party');
      expect(owner?.heading, file).toBe(heading);
    }
  });

  it('猿题库, 乐视视频: `您应检查第三方网站的隐私政策`, devices whose handling `不为乐视网所控制,也不受本政策的约束` are third-party units', async () => {
    for (const [file, words] of [['0581_com_fenbi_android_gaozhong.txt', '您应检查第三方网站的隐私政策'], ['0754_com_letv_android_client.txt', '不为乐视网所控制']] as const) {
      expect((await unitHolding(corpus('ca4p483', 'txt', file), words)).unit?.topics, file).toContain('third_party');
    }
  });

  it('Supercell, 好省: partners run by `他们自己的隐私政策`, a `第三方支付机构` the user picks: third-party units', async () => {
    for (const [file, words] of [['0900_com_supercell_boombeach_HUAWEI.txt', '这些合作伙伴会按照他们自己的隐私政策运营其业务'], ['0820_com_xiaoshijie_sqb.txt', '第三方支付机构']] as const) {
      expect((await unitHolding(corpus('ca4p483', 'txt', file), words)).unit?.topics, file).toContain('third_party');
    }
  });

  it('探聊, 保卫萝卜: third parties\' advertising shown in the service (`…第三方供应商、合作伙伴提供的广告`, `这些内容系广告商…所为`) is a third-party unit in the terms\' chapter', async () => {
    await expectThirdPartyUnits([
      ['0614_com_cs_fdm.txt', '第三方供应商、合作伙伴提供的广告', '使用规则'],
      ['0518_com_carrot_iceworld.txt', '这些内容系广告商或商品服务提供者所为', '广告信息和促销计划'],
    ]);
  });

  it('追书神器, 数字填色, 堆糖: what the disclaimers say of linked sites (`由于与本平台链接的其他网站所造成的个人信息的泄露`) and of third parties using the data are third-party units', async () => {
    await expectThirdPartyUnits([
      ['0847_com_ushaqi_zhuishushenqi_adfree.txt', '由于与本平台链接的其他网站所造成的个人信息的泄露', '免责条款'],
      ['0592_com_color_by_number_paint_ly_pixel_art_cn.txt', '由于与本网站链接的其它网站导致的个人数据泄露', '免责声明'],
      ['0576_com_duitang_main.txt', '任何第三方根据本公司用户协议中所列明的情况使用您的个人信息', '免责声明'],
    ]);
  });

  it('邻家宠物 (round 34, batch AE): `由于与本软件链接的其他软件或网页所造成的个人资料泄露…本软件均免责` is a third-party unit too', async () => {
    const text = ['六、免责声明', '1.凡在本软件登记注册的用户,须自行负责对您的账号和密码保密的责任,且须对您的账号和密码下所发生的所有活动承担责任。',
      '2.由于与本软件链接的其他软件或网页所造成的个人资料泄露及由此而导致的任何法律争议和后果,本软件均免责。',
      '3.由于用户将个人密码告知他人或与他人共享注册账户,由此导致的任何个人资料泄露,本软件均免责。', ''].join('\n');
    const analysis = analyzeDocument(await ingestBuffer(Buffer.from(text), 'linjia.txt'));
    const unit = analysis.sections.findLast((x) => text.slice(x.start, x.end).includes('链接的其他软件或网页'));
    expect(unit?.topics).toContain('third_party');
  });

  it('CA4P 0732, 0767: `您在使用微信应用时,请注意关注微信《隐私保护指引》…` (another platform\'s own rules) is a third-party unit', async () => {
    for (const file of ['0732_com_mop_catsports.txt', '0767_com_maishu_qmxtg.txt']) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), '请注意关注微信《隐私保护指引》');
      expect(unit?.topics, file).toContain('third_party');
    }
  });

  it('趣步行: `…广告商和相关的链接网站也可能收集您的个人信息。本隐私权声明并不包含他们所做的信息收集。` is about third parties', async () => {
    const { unit } = await unitHolding(corpus('ca4p483', 'txt', '0798_com_wbbi_wanbubao.txt'), '本隐私权声明并不包含他们所做的信息收集');
    expect(unit?.topics).toContain('third_party');
  });

  it('终极狼人杀, 他趣: a sentence setting an age limit (`您必须年满18岁`) in a terms chapter is a minors unit; the introduction\u2019s notice is not cut out', async () => {
    for (const [path, words] of [
      [corpus('gplay_privacy_zh_html', 'werewolf.xiaobanhui.com.html'), '您必须年满18岁'],
      [corpus('ca4p483', 'txt', '0835_com_ushengsheng_xjb.txt'), '年满18周岁'],
    ] as const) {
      expect((await unitHolding(path, words)).unit?.topics, path).toEqual(['minors']);
    }
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0537_com_call_funny_caller_show.txt'));
    const preamble = analysis.sections[0];
    expect(preamble.synthetic).toBe('preamble');
    expect(doc.text.slice(preamble.nstart, preamble.nend)).toContain('未满18周岁');
    const inPreamble = analysis.sections.filter((x) => x.nstart >= preamble.nstart && x.nend <= preamble.nend);
    expect(inPreamble.some((x) => x.topics.length === 1 && x.topics[0] === 'minors')).toBe(false);
  });

  it('通知滤盒: an age requirement in the preamble\u2019s key points (`请确认您为 18 岁以上人士。`) is a minors unit; a reading notice is not', async () => {
    const path = corpus('zh_policy_versions', 'filterbox_privacy', 'filterbox_privacy__2025-02-06.md');
    const { unit } = await unitHolding(path, '请确认您为 18 岁以上人士');
    expect(unit?.topics).toEqual(['minors']);
    expect((await analyzed(path)).analysis.sections[0].synthetic).toBe('preamble');
  });

  it('哲信, 天逸之夏: in terms of service the opening notice on users under 18 is a minors unit of the preamble', async () => {
    for (const file of ['0775_com_liuguan_qqdmx_huawei.txt', '0910_com_tcyhx_games_huawei.txt']) {
      const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', file));
      const preamble = analysis.sections[0];
      expect(preamble.synthetic, file).toBe('preamble');
      const inPreamble = analysis.sections.filter((x) => x.nstart >= preamble.nstart && x.nend <= preamble.nend);
      const unit = inPreamble.find((x) => x.topics.includes('minors'));
      expect(doc.text.slice(unit?.nstart ?? 0, unit?.nend ?? 0), file).toMatch(/未满\s*1[48]\s*周?岁|18周岁以下/);
    }
  });

  it('莉莉丝, 墨墨: in a policy with no cookie section, a sentence naming cookies is a unit carrying cookies; what its paragraph is about stays on it or on its section', async () => {
    for (const [file, words] of [['0772_com_lilithgames_afk_huawei.txt', '使用cookies来储存'], ['0771_com_maimemo_android_momo.txt', '包括Cookies和内嵌Web追踪链接']] as const) {
      const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.synthetic, file).toBe('paragraph');
      expect(unit?.topics, file).toContain('cookies');
      expect(owner!.topics.some((t) => t !== 'cookies' && t !== 'other'), file).toBe(true);
      expect(unit!.topics.filter((t) => t !== 'cookies').every((t) => owner!.topics.includes(t)), file).toBe(true);
    }
  });

  it('微经: where the policy has a cookie chapter, `…通过cookie…` in another chapter stays in that chapter’s text', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0511_com_appsys_read.txt'));
    expect(analysis.sections.some((x) => !x.synthetic && x.topics.includes('cookies'))).toBe(true);
    const mentions = analysis.sections.filter((x) => /通过cookie/i.test(doc.text.slice(x.nstart, x.nend)) && !x.topics.includes('cookies'));
    expect(mentions.length).toBeGreaterThan(0);
  });

  it('嘿聊, 悦跑圈, 直棋: a policy with no section on its revision says in passing that it may be revised (`本协议可由本软件随时更新`): an updates unit', async () => {
    for (const [file, words] of [['0990_online_bbeb_heixiu.txt', '本协议可由本软件随时更新'], ['0522_co_runner_app.txt', '不时地修订本协议'], ['0781_com_mahjong_danji_huawei.txt', '本软件会不时更新本隐私权政策'], ['0877_enfc_metro.txt', '我们的隐私政策的内容会随时更新']] as const) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toEqual(['updates']);
    }
  });

  it('天津地铁, 民生银行, 小爱同学: a policy with no security section pledging to safeguard the data (`会采取合理的措施保护您的用户信息`) has a security unit', async () => {
    for (const [file, words] of [['0517_com_bwton_tjmetro.txt', '会采取合理的措施保护您的用户信息'], ['0604_com_cmbc_cc_mbank.txt', '对其持有的客户数据保密'], ['0812_com_xiaomi_xiaoailite.txt', '保障您的信息安全']] as const) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toContain('security');
    }
  });

  it('百果园, 开心抓娃娃: a policy with no minors section setting an age with a guardian (`如果用户在18周岁以下,…在监护人的监护参与下才能注册`) has a minors unit', async () => {
    for (const [file, words] of [['0731_com_pagoda_buy.txt', '在监护人的监护参与下'], ['0709_com_pa_happycatch.txt', '未成年人应在法定监护人的陪同下阅读本协议']] as const) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toContain('minors');
    }
  });

  it('悦跑圈, 他趣: a policy with no disclosure section saying it will not make the user’s data public (`不向任何第三方公开、透露用户个人隐私信息`) has a disclosure unit', async () => {
    for (const [file, words] of [['0522_co_runner_app.txt', '透露用户个人隐私信息'], ['0835_com_ushengsheng_xjb.txt', '不会向外界披露用户隐私信息']] as const) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toContain('disclosure');
    }
  });

  it('小爱音箱, 熊猫看书: one verb of a list (`收集、使用或披露您的个人信息`), a source (`从合法公开披露的信息中收集`) or aggregated analysis (`在不透露单个用户隐私资料的前提下`) is no disclosure', async () => {
    for (const [file, words] of [['0806_com_xiaomi_mico.txt', '收集、使用或披露您的个人信息有任何问题'], ['0806_com_xiaomi_mico.txt', '从合法公开披露的信息中收集'], ['0707_com_nd_android_pandareader.txt', '在不透露单个用户隐私资料的前提下']] as const) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit, file).toBeDefined();
      expect(unit?.topics, `${file}: ${words}`).not.toContain('disclosure');
    }
  });

  it('百果园, 酷狗儿歌: a policy with no rights section saying the user may close the account (`用户可以主动退出或向百果园申请注销账户`) has a rights unit', async () => {
    for (const [file, words] of [['0731_com_pagoda_buy.txt', '申请注销账户'], ['0792_com_kugou_android_elder.txt', '联系酷狗客服的方式注销']] as const) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toContain('rights');
    }
    // Not who else may see the data (`您的个人信息,哪些人可以访问这些信息`).
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0894_com_shouxiu_xiangqin.txt'));
    const at = doc.text.indexOf('哪些人可以访问这些信息');
    expect(at).toBeGreaterThan(0);
    expect(analysis.sections.filter((x) => x.nstart <= at && at < x.nend).flatMap((x) => x.topics)).not.toContain('rights');
  });

  it('天气预报, 红柚: a policy with no third-party section pointing the reader to third parties’ services and terms (`还应遵守第三方的用户协议和隐私政策`) has a third_party unit', async () => {
    for (const [file, words] of [['0539_com_blulioncn_weather_forecast.txt', '还应遵守第三方的用户协议和隐私政策'], ['0572_com_hongxiu_kknm.txt', '访问的第三方因特网站点和服务']] as const) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toContain('third_party');
    }
  });

  it('嘿聊: where some section carries updates already, the passing revision sentence stays in its paragraph', async () => {
    const doc = await ingest(corpus('ca4p483', 'txt', '0990_online_bbeb_heixiu.txt'));
    const sections = splitSections(doc.text, doc.offsets, doc.headingHints, true);
    const topics = classifySections(doc.text, sections, 'zh');
    const carves = revisionCarves(doc.text);
    expect(carves.length).toBeGreaterThan(0);
    const cut = (t: typeof topics) => {
      const r = addSentenceUnits(doc.text, sections, t, carves);
      return r.sections.filter((x, i) => doc.text.slice(x.nstart, x.nend).includes('本协议可由本软件随时更新') && r.topics[i].join() === 'updates');
    };
    expect(cut(topics)).toHaveLength(1);
    const withUpdates = topics.map((t, i) => (i === topics.length - 1 ? [...t, 'updates' as const] : t));
    expect(cut(withUpdates)).toHaveLength(0);
  });

  it('腾讯资讯, 篮球大师: managing or placing cookies inside another chapter (`…拒绝或管理cookie…`, `…装置cookies…`) is a cookies unit', async () => {
    for (const [file, words] of [['0875_com_tencent_reading.txt', '拒绝或管理cookie'], ['0570_com_galasports_basketball_huawei.txt', '装置cookies']] as const) {
      expect((await unitHolding(corpus('ca4p483', 'txt', file), words)).unit?.topics, file).toEqual(['cookies']);
    }
  });

  it('a third-party sentence in the collection section (工行企业手机银行) and a storage one in the security chapter (即刻天气) are units under them', async () => {
    for (const [file, words, topic, heading, host] of [
      ['0600_com_icbc_wapc.txt', '使用第三方提供的服务时', 'third_party', '我行如何收集您的个人信息', 'collection'],
      ['0580_com_geek_jk_weather.txt', '存储到中国大陆地区的数据中心', 'storage', '我们如何保护你的个人信息', 'security'],
    ] as const) {
      const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toEqual([topic]);
      expect(owner?.heading, file).toBe(heading);
      expect(owner?.topics, file).toContain(host);
    }
  });

  it('即刻天气, 平安易贷: how long data is kept, said in the security chapter (`…所需的期限内保留你的个人信息`), is a unit carrying retention and security', async () => {
    for (const file of ['0580_com_geek_jk_weather.txt', '0720_com_pingan_easyloan.txt']) {
      const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', file), '所需的期限内保留');
      expect(unit?.synthetic, file).toBe('paragraph');
      expect(unit?.topics, file).toEqual(expect.arrayContaining(['retention', 'security']));
      expect(owner?.heading, file).toMatch(/^我们如何保护(你|您)的个人信息$/);
      expect(owner?.topics, file).not.toContain('retention');
    }
  });

  it('心脏健康研究: a sentence on an SDK taking data (`通过华为推送服务SDK获取您的推送识别码`) in a collection section is a unit carrying sdk and collection; `SDK/API/JS代码版本`, a datum, is not', async () => {
    const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', '0710_com_plagh_heartstudy.txt'), '华为推送服务SDK获取');
    expect(unit?.synthetic).toBe('paragraph');
    expect(unit?.topics).toEqual(expect.arrayContaining(['sdk', 'collection']));
    expect(owner?.heading).toContain('帐号登录和个人信息管理');
    expect(owner?.topics).not.toContain('sdk');
    // (`我们会将第三方插件部署在本程序中`: a plug-in is an SDK by another name.)
    const plugin = await unitHolding(OPENEULER, '我们会将第三方插件部署在本程序中');
    expect(plugin.unit?.topics).toContain('sdk');
    // (`我们使用第三方统计工具记录网络日志信息`: an analytics SDK by another name.)
    const stats = await unitHolding(corpus('ca4p483', 'txt', '0764_com_liubowang_photoretouch.txt'), '使用第三方统计工具');
    expect(stats.unit?.topics).toEqual(expect.arrayContaining(['sdk', 'collection']));
    const datum = await unitHolding(corpus('ca4p483', 'txt', '0568_com_duoduo_games_market.txt'), 'SDK/API/JS代码版本');
    expect(datum.unit?.topics).not.toContain('sdk');
  });

  it('酷狗, 变声器, 呼哧社区, 比酷网络, 他趣, 开言英语: `可以从服务器上永久地删除用户的数据`, `保存…不少于六个月,最长不超过20年`, `…必要的合理期限内保留…`, `在你删除或注销账户后36个月保留…` and `365天后…进行销毁` are units carrying retention', async () => {
    for (const [file, words] of [['0792_com_kugou_android_elder.txt', '可以从服务器上永久地删除用户的数据'], ['0852_com_tian_voicechangerpro.txt', '保存您的个人信息不少于六个月'], ['0665_com_jedigames_p16s_huawei.txt', '合理期限内保留'], ['0505_com_biku_diary.txt', '36个月保留'], ['0740_com_openlanguage_kaiyan.txt', '一段时间不活动之后']]) {
      const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.synthetic, file).toBe('paragraph');
      expect(unit?.topics, file).toContain('retention');
      expect(owner?.topics, file).not.toContain('retention');
    }
    // (他趣's `4.5时效:…有权对用户个人信息保存365天…`: since round 47 a period in figures puts retention on the section itself.)
    const taqu = await unitHolding(corpus('ca4p483', 'txt', '0835_com_ushengsheng_xjb.txt'), '365天后他趣对所收集的注销用户的信息进行销毁');
    expect(taqu.owner?.heading).toBe('时效');
    expect(taqu.owner?.topics).toContain('retention');
  });

  it('航旅纵横, 创蓝: `我们将保存您的信息,直至您注销帐户…` and `返回结果数据保留六个月` (how long, said in the use or disclosure chapter) are units carrying retention', async () => {
    for (const [file, words] of [['0816_com_umetrip_android_msky_app.txt', '直至您注销帐户'], ['0994_com_sunwei_project.txt', '返回结果数据保留六个月']]) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toContain('retention');
    }
  });

  it('陕西养老保险, 比酷网络: `在您注销账号时,我们将停止使用并删除上述信息` (how long, said in the collection chapter) is a unit carrying retention', async () => {
    for (const path of [seed(4), corpus('ca4p483', 'txt', '0505_com_biku_diary.txt')]) {
      const { unit, owner } = await unitHolding(path, '停止使用并删除上述信息');
      expect(unit?.synthetic, path).toBe('paragraph');
      expect(unit?.topics, path).toContain('retention');
      expect(owner?.topics, path).toContain('collection');
    }
  });

  it('掌阅, 安全教育平台: `我们只会在达成本政策所述目的所需的…期限内保留您的个人信息` in the security chapter is a unit carrying retention and security', async () => {
    for (const file of ['0653_com_chaozh_iReaderFree.txt', '0738_com_jzzs_ParentsHelper.txt']) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), '我们只会在达成本政策所述目的所需的');
      expect(unit?.topics, file).toEqual(expect.arrayContaining(['retention', 'security']));
    }
  });

  it('Orbit, Coaster Tool (round 23): `該環節適用 Apple 自己的隱私政策`, `…并按其隐私政策处理相关数据` are third-party units', async () => {
    for (const [text, words] of [
      ['我們把資料交給誰\n付款由 Apple 處理,我們不會看到您的卡號。該環節適用 Apple 自己的隱私政策。我們會保存訂單編號以便客服查詢。\n', 'Apple 自己的隱私政策'],
      ['服务提供方\n应用使用 Apple MapKit 显示地图,Apple 会接收地图请求,并按其隐私政策处理相关数据。我们不接入任何第三方统计 SDK。\n', '并按其隐私政策处理相关数据'],
    ] as const) {
      const doc = await ingestBuffer(Buffer.from(text), 'page.txt');
      const { sections } = analyzeDocument(doc);
      const unit = sections.findLast((x) => doc.text.slice(x.nstart, x.nend).includes(words));
      expect(unit?.topics, words).toContain('third_party');
    }
  });

  it('元气骑士, 成语猜猜, 大地超级: `第三方…不受本《隐私政策》的约束`, `受到其自身的信息保护声明约束` and `跳转到第三方服务` are third-party units', async () => {
    for (const [file, words] of [['0954_yuanqiqishi_game_huawei.txt', '受到其自身的信息保护声明'], ['0590_com_guess_idioms.txt', '其不受本《隐私政策》的约束'], ['0553_com_ccic_bros.txt', '跳转到第三方服务']]) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toContain('third_party');
    }
  });

  it('最右, 歡歌: a sentence excluding services others provide from the policy (`本政策不适用于其他第三方向您提供的服务`) is about third parties', async () => {
    const { unit } = await unitHolding(corpus('ca4p483', 'txt', '0500_cn_xiaochuankeji_tieba.txt'), '本政策不适用于其他第三方向您提供的服务');
    expect(unit?.topics).toContain('third_party');
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', '17sing.tw.html'));
    expect(analysis.sections.find((s) => s.heading === '適用範圍')!.topics).toContain('third_party');
  });

  it('天猫精灵, 12306, 武汉地铁, 学习通, 香哈: `…充分了解第三方…的…信息保护策略`, `…了解该第三方的个人信息收集使用规则`, `…确认第三方平台的隐私政策`, `与其他…网站或资源进行链接`, `对于您使用第三方网站和服务时向其提供…的个人信息` are third-party units', async () => {
    for (const [file, words] of [['0510_com_alibaba_ailabs_tg.txt', '充分了解第三方技能或服务或第三方硬件的产品功能及信息保护策略'], ['0979_com_qingqi_dianbo.txt', '充分了解其他软件或硬件的产品功能及信息保护策略'], ['0715_com_MobileTicket.txt', '该第三方的个人信息收集使用规则'], ['0830_com_wimetro_iafc.txt', '使用第三方网站和服务时'], ['0685_com_chaoxing_mobile.txt', '确认第三方平台的隐私政策'], ['0865_com_xiangha.txt', '与其他国际互联网网站或资源进行链接']]) {
      const { unit } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.topics, file).toContain('third_party');
    }
  });

  it('钢琴, 斗图: `如我们停止运营,…对所持有的你的个人信息进行删除或匿名化处理` under `停止运营向您告知权利` is a unit carrying retention and rights', async () => {
    for (const file of ['0575_com_example_xuhongxiang_andriodpiano.txt', '0660_com_coolapps_doutu.txt']) {
      const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', file), '停止运营');
      expect(unit?.synthetic, file).toBe('paragraph');
      expect(unit?.topics, file).toEqual(expect.arrayContaining(['retention', 'rights']));
      expect(owner?.heading, file).toContain('停止运营向您告知权利');
      expect(owner?.topics, file).not.toContain('retention');
    }
  });

  it('腾讯视频, 阳光养猪场, 醒图: a device permission in the collection chapter (`随时关闭您的地理位置信息授权`, `在您授权接受通知权限后`, `经你确认后访问本地相册`, `调用剪切板`: round 25) is a unit carrying permissions beside collection or use', async () => {
    for (const [file, words] of [['0810_com_tencent_videolite_android.txt', '地理位置信息** 授权'], ['0995_com_songwo_pig.txt', '在您授权接受通知权限后'], ['0909_com_qihoo_video.txt', '通过弹窗选择是否允许我们收集您的GPS位置信息'], ['0754_com_letv_android_client.txt', '我们需要您开放相机使用授权'], ['0501_com_bertadata_qxb.txt', '如果您拒绝开启实时位置信息'], ['0866_com_xt_retouch.txt', '经你确认后访问本地相册'], ['0795_com_kuaiyin_player.txt', '我们可能会调用剪切板']] as const) {
      const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', file), words);
      expect(unit?.synthetic, file).toBe('paragraph');
      expect(unit?.topics, file).toContain('permissions');
      expect(unit?.topics.some((t) => t === 'collection' || t === 'use'), file).toBe(true);
      expect(owner?.topics, file).not.toContain('permissions');
    }
    // Not out of a chapter on something else: `…关闭…相机…权限` in the rights chapter stays rights.
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0496_com_anwei_meivliao.txt'));
    const rights = analysis.sections.find((s) => s.heading === '改变您授权同意的范围')!;
    expect(analysis.sections.filter((s) => s.parent === rights.id && s.topics.includes('permissions') && !s.topics.includes('rights'))).toEqual([]);
  });

  it('比酷: an indented storage sentence (`    上述信息将存储于中华人民共和国境内,不会进行跨境传输。`) in the collection chapter is a storage unit', async () => {
    const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', '0505_com_biku_diary.txt'), '上述信息将存储于中华人民共和国境内');
    expect(unit?.topics).toEqual(['storage']);
    expect(owner?.heading).toBe('第三方向比酷网络提供的信息:');
  });

  it('开言英语, 今日影视大全: `您一旦离开…,浏览或使用其他网站、服务及内容资源,我们将没有能力…保护…` closing the security chapter is third_party and keeps security', async () => {
    for (const path of [corpus('gplay_privacy_zh_html', 'm.openlanguage.com.html'), corpus('ca4p483', 'txt', '0515_cn_quicktv_androidpro.txt')]) {
      const { unit, owner } = await unitHolding(path, '浏览或使用其他网站');
      expect(unit?.synthetic, path).toBe('paragraph');
      expect(unit?.topics, path).toEqual(expect.arrayContaining(['third_party', 'security']));
      expect(owner?.topics, path).toContain('security');
      expect(owner?.topics, path).not.toContain('third_party');
    }
  });

  it('CA4P 0986: the definition opening the collection chapter (`个人信息是指以电子或者其他方式记录的…各种信息`) is a scope unit; the chapter keeps collection', async () => {
    const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', '0986_com_yueyou_adreader.txt'), '个人信息是指以电子或者其他方式记录');
    expect(unit?.synthetic).toBe('paragraph');
    expect(unit?.topics).toEqual(['scope']);
    expect(owner?.topics).toContain('collection');
  });

  it('CA4P 0520: the cross-border stance said in the use chapter (`…不会传输至境外使用`) is a storage unit', async () => {
    const { unit, owner } = await unitHolding(corpus('ca4p483', 'txt', '0520_cn_dictcn_android_digitize_swg_xhzd_21003.txt'), '不会传输至境外使用');
    expect(unit?.topics).toContain('storage');
    expect(owner?.topics).not.toContain('storage');
  });

  it('焕彩来电秀: the sentence pointing to third parties’ own policies is cut from the own body of `2.4常见第三方 SDK 隐私政策链接`, before its sub-sections', async () => {
    const { doc, analysis } = await analyzed(DIALER);
    const s = analysis.sections;
    const chapter = s.find((x) => x.heading === '常见第三方 SDK 隐私政策链接')!;
    const children = s.filter((x) => x.parent === chapter.id);
    const unit = children.find((x) => x.topics.includes('third_party'))!;
    expect(doc.text.slice(unit.nstart, unit.nend)).toContain('您可以点击如下第三方的隐私政策链接');
    expect(unit.topics).toEqual(['third_party']);
    // The chapter's own body before its first sub-section is all paragraph units, the cut sentence among them.
    const firstReal = children.findIndex((x) => !x.synthetic);
    expect(firstReal).toBeGreaterThan(0);
    expect(children.slice(0, firstReal).every((x) => x.synthetic === 'paragraph')).toBe(true);
    expect(children.slice(0, firstReal)).toContain(unit);
    expect(children[firstReal - 1].nend).toBeLessThanOrEqual(children[firstReal].nstart);
  });

  it('every seed (and two pages with third-party units, one cut from a chapter’s own body) keeps a pre-order tree: ids in order, parents first, children inside their parent', async () => {
    for (const path of [...([0, 1, 2, 3, 4] as const).map((n) => seed(n)), OPENEULER, DIALER]) {
      const { analysis } = await analyzed(path);
      analysis.sections.forEach((x, i) => {
        expect(x.id).toBe(i);
        if (x.parent === null) return;
        const p = analysis.sections[x.parent];
        expect(x.parent).toBeLessThan(i);
        expect(p.nstart <= x.nstart && x.nend <= p.nend).toBe(true);
        if (i > 0) expect(analysis.sections[i - 1].nstart).toBeLessThanOrEqual(x.nstart);
      });
      for (const f of analysis.facts) if (f.section !== null) expect(analysis.sections[f.section].nstart).toBeLessThanOrEqual(f.nstart);
    }
  });
});
