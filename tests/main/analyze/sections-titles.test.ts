// splitSections on real policies: titles, front matter and run-in bodies (split from sections.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze/sections';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed, analyzeText, byHeading, topLevel } from './helpers';

const run = hasShared ? describe : describe.skip;
/** The chapters and titles of a Chinese text, no preamble or paragraph units. */
const outline = (text: string) => splitSections(text, null, [], true).filter((s) => !s.synthetic);

run('a title under the dates heading a policy', () => {
  it('爱奇艺: `本版生效时间:2019年7月24日` › `版本更新提示` › its paragraph is a section of its own, before `导言`', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'www.iqiyi.com.html'));
    const top = topLevel(analysis.sections.filter((s) => !s.synthetic));
    expect(top.slice(0, 2)).toEqual(['版本更新提示', '导言']);
  });

  it('新浪新闻: `生效日期:2019年5月17日` › `概述`; 欧路: not the operator line `本软件由上海倩言网络科技有限公司运营`', async () => {
    const sina = await analyzed(corpus('ca4p483', 'txt', '0916_com_sina_news.txt'));
    expect(byHeading(sina.analysis.sections, '概述').filter((s) => !s.synthetic)).toHaveLength(1);
    const eudic = await analyzed(corpus('ca4p483', 'txt', '0615_com_eusoft_ting_en.txt'));
    expect(eudic.analysis.sections.some((s) => s.heading.startsWith('本软件由'))).toBe(false);
  });
});

run('a second policy appended to the first', () => {
  it('作业帮家长版: `作业帮家长版用户隐私政策` over `生效日期:…`, after the user agreement, is a top-level section holding its policy', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0918_com_zybang_parent.txt'));
    const title = analysis.sections.find((s) => s.heading === '作业帮家长版用户隐私政策' && !s.synthetic);
    expect(title?.parent).toBeNull();
    expect(doc.text.slice(title!.nstart, title!.nend)).toContain('小船出海教育科技(北京)有限公司(下称“我们”或“公司”)尊重并保护用户隐私');
    // (Not the first line's title, a plain policy title with no date under it.)
    expect(analysis.sections.filter((s) => s.heading === '作业帮家长版用户隐私政策' && !s.synthetic)).toHaveLength(1);
  });
});

describe('a children\'s rules and guardians\' notice appended to the policy', () => {
  it('网易游戏: `网易游戏儿童个人信息保护规则及监护人须知` over `本版更新时间:…` is a top-level section about minors', async () => {
    const text = ['八、如何联系我们', '如您有任何疑问,可发送邮件至 privacy@example.com 与我们联系。', '', '网易游戏儿童个人信息保护规则及监护人须知', '本版更新时间:2021年11月01日', '',
      '网易游戏深知儿童(指未满十四周岁的未成年人)个人信息和隐私安全的重要性。我们希望通过本规则说明我们收集和使用儿童个人信息的规则。', '',
      '一、我们如何收集和使用儿童个人信息', '我们会在监护人同意后收集儿童的必要信息,用于提供游戏服务。'].join('\n');
    const a = await analyzeText(text, 'netease.txt');
    const rules = a.sections.find((s) => s.heading === '网易游戏儿童个人信息保护规则及监护人须知');
    expect(rules?.parent).toBeNull();
    expect(rules?.topics).toContain('minors');
  });
});

run('a title over a `===` rule after a numbered list', () => {
  it('小睡眠: `我们如何使用信息` / `==========` after `(23)OPPO Watch SDK` is a chapter beside `安卓版本集成SDK服务及权限使用说明`, not part of the SDK list', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0985_com_psyone_brainmusic.txt'));
    const s = analysis.sections;
    const [use] = byHeading(s, '我们如何使用信息');
    const [sdk] = byHeading(s, '安卓版本集成SDK服务及权限使用说明');
    expect(use.parent).toBe(sdk.parent);
    // Right under a plain title, a `===` title stays its sub-heading.
    expect(s.find((x) => x.id === byHeading(s, '关于使用Health kit(中文名叫健康)数据说明')[0].parent)!.heading).toBe('我们可能收集的信息');
  });
});

run('a title under a `===` rule standing alone', () => {
  it('快音: `实现功能或服务的共享信息` after the SDK table and a separating `===` is a heading over its lettered items', async () => {
    const { analysis, doc } = await analyzed(corpus('ca4p483', 'txt', '0795_com_kuaiyin_player.txt'));
    const [shared] = byHeading(analysis.sections, '实现功能或服务的共享信息');
    expect(shared).toBeDefined();
    expect(doc.text.slice(shared.nbody, shared.nend)).toMatch(/^a\.当您在使用快音中由我们的关联方、第三方提供的功能/);
    expect(shared.topics).toContain('sharing');
    // The same in 话本: `Apkid:…` / `` / `===` / `引言` / body.
    expect(byHeading((await analyzed(corpus('ca4p483', 'txt', '0569_com_huabenapp.txt'))).analysis.sections, '引言').some((x) => !x.synthetic)).toBe(true);
  });
});

run('front-matter titles hold nothing', () => {
  it('乐堂动漫: `### 概要` and its notes are leaves; `1.我们如何收集您的个人信息` … `8.未成年人保护` stand beside them, not under them', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0635_com_joym_armorbear2018_huawei.txt'));
    const top = topLevel(analysis.sections.filter((s) => !s.synthetic));
    expect(top.slice(0, 5)).toEqual(['概要', '权限使用情况说明', '关于个人信息安全投诉举报及游戏平台账号注销方式说明', '1.我们如何收集您的个人信息', '2.信息的存储']);
    expect(top).toContain('8.未成年人保护');
  });

  it('CA4P 0911: `【注意事项】` before the chapters is a leaf too; `一、我们可能收集的信息` stands at the top', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0911_com_pokercity_bydrqp_huawei.txt'));
    const top = topLevel(analysis.sections.filter((s) => !s.synthetic));
    expect(top.slice(0, 2)).toEqual(['注意事项', '一、我们可能收集的信息']);
  });
});

run('the line introducing a table of contents', () => {
  it('CA4P 0845: `本隐私政策旨在帮助你了解以下内容:` holds no chapter; `一、我们如何收集和使用个人信息` … stand at the top', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0845_com_water_mcrk_cpp.txt'));
    const top = topLevel(analysis.sections.filter((s) => !s.synthetic));
    expect(top).toContain('本隐私政策旨在帮助你了解以下内容:');
    expect(top).toContain('一、我们如何收集和使用个人信息');
    expect(top).toContain('三、我们如何存储个人信息');
  });

  it('小影: `本政策将帮助您了解以下内容:` under the title `小影APP隐私政策` is a sibling of `1、我们收集的信息及所需的权限`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0939_com_quvideo_xiaoying.txt'));
    const [intro] = byHeading(analysis.sections, '本政策将帮助您了解以下内容:');
    const [first] = byHeading(analysis.sections, '我们收集的信息及所需的权限');
    expect(first.parent).toBe(intro.parent);
  });
});

run('policy titles worded `…隐私政策条款`, `…隐私公告`', () => {
  it('CA4P 0580 `## 隐私政策条款`, 激斗火柴人 `# 《激斗火柴人》手游隐私公告` title the preamble and hold no chapter', async () => {
    for (const file of ['0580_com_geek_jk_weather.txt', '0606_com_example_gcloudu3ddemo_huawei.txt']) {
      const { analysis } = await analyzed(corpus('ca4p483', 'txt', file));
      const s = analysis.sections;
      expect(s.filter((x) => /隐私(?:政策条款|公告)$/.test(x.heading)).every((x) => x.synthetic === 'preamble')).toBe(true);
      expect(s.find((x) => x.number === '一、')?.level).toBe(1);
    }
  });
});

run('a title with a lead-in run in after it', () => {
  it('达达: `(3)转让 我们不会将…,但以下情况除外:` is the heading 转让 between (2)共享 and (4)公开披露; `**七、如何联系我们** 如果您…联系:` is chapter 七', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0625_com_dada_mobile_shop_android.txt'));
    const s = analysis.sections;
    const [share] = byHeading(s, '共享');
    expect(s.filter((x) => x.parent === share.parent && x.number?.startsWith('(')).map((x) => `${x.number}${x.heading}`)).toEqual(['(1)委托处理', '(2)共享', '(3)转让', '(4)公开披露', '(5)其他']);
    expect(topLevel(s)).toContain('七、如何联系我们');
  });
});

run('a title starting with 您/我们 with its body run in after a space', () => {
  it('233乐园: `(一)我们直接收集与使用的个人信息 …` heads 1.–4. beside (二)…(四); 比记: `1、你在注册比记账号时提供的信息 注册并登录…`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0701_com_meta_box.txt'));
    const s = analysis.sections;
    const [direct] = byHeading(s, '我们直接收集与使用的个人信息');
    expect(s.filter((x) => x.parent === direct.id && x.number).map((x) => x.number)).toEqual(['1.', '2.', '3.', '4.']);
    expect(s.filter((x) => x.parent === direct.parent && x.number?.startsWith('(')).map((x) => x.number)).toEqual(['(一)', '(二)', '(三)', '(四)']);
    const kz = await analyzed(corpus('ca4p483', 'txt', '0793_com_kztech.txt'));
    expect(byHeading(kz.analysis.sections, '你在注册比记账号时提供的信息')).toHaveLength(1);
  });
});

run('one Latin word as a run-in title', () => {
  it('CA4P 0678: `(一)Cookie 为确保网站正常运转,…` is the heading Cookie beside `(二)网站信标和像素标签`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0678_com_mobile_kadian.txt'));
    const [cookie] = byHeading(analysis.sections, 'Cookie');
    const [beacon] = byHeading(analysis.sections, '网站信标和像素标签');
    expect(cookie?.number).toBe('(一)');
    expect(cookie.parent).toBe(beacon.parent);
  });
});

describe('a Latin word and the space Chinese text sets after it', () => {
  it('end no run-in title (`2.与哩布哩布AI 公司内部的必要、合理共享:…` is no heading `与哩布哩布AI`)', async () => {
    const text = ['四、我们如何共享您的个人信息', '（一）共享', '我们非常重视保护您的个人信息。',
      '1.为实现我们的服务所必需进行的共享：在某些情况下，我们需要与关联方共享您的信息，以便提供服务。',
      '2.与哩布哩布AI 公司内部的必要、合理共享：为便于我们基于统一的账号体系向您提供一致化服务、识别账号异常，我们会共享您的信息。',
      '3.实现安全与分析统计的共享信息', '（1）保障使用安全：我们非常重视账号与服务安全，会与合作方共享必要的设备信息。',
      '（二）转让', '我们不会将您的个人信息转让给任何公司、组织和个人。', '五、联系我们', '如有疑问，请发送邮件至 support@example.com。'].join('\n');
    const a = await analyzeText(text, 'latin.txt');
    expect(a.sections.some((s) => s.heading.startsWith('与哩布哩布AI'))).toBe(false);
    expect(a.sections.find((s) => s.heading === '实现安全与分析统计的共享信息')?.number).toBe('3.');
  });
});

run('a sentence wrapped onto the next line is no title', () => {
  it('微光 `微光是一款由北京清奇科技有限公司` / `及其关联公司…`, 0647 `我们可能会设置认证与保障安全性的 Cookie` / `或匿名标识符…`', async () => {
    const wei = await analyzed(corpus('ca4p483', 'txt', '0979_com_qingqi_dianbo.txt'));
    expect(wei.analysis.sections.some((s) => s.heading.startsWith('微光是一款'))).toBe(false);
    expect(wei.analysis.sections.find((s) => s.number === '一、')?.level).toBe(1);
    const f100 = await analyzed(corpus('ca4p483', 'txt', '0647_com_f100_android.txt'));
    expect(f100.analysis.sections.some((s) => s.heading.startsWith('我们可能会设置认证'))).toBe(false);
  });
});

run('policy titles: user agreements and 申明', () => {
  it('`乐橙用户注册协议`, `掌上网咖隐私权申明` title the preamble instead of holding every chapter', async () => {
    for (const [file, title] of [['0757_com_mm_android_lc.txt', '乐橙用户注册协议'], ['0640_com_dalongtech_netbar.txt', '掌上网咖隐私权申明']]) {
      const { analysis } = await analyzed(corpus('ca4p483', 'txt', file));
      const s = analysis.sections;
      expect(s.filter((x) => x.heading === title).every((x) => x.synthetic === 'preamble')).toBe(true);
      expect(s.filter((x) => !x.synthetic && x.parent === null).length).toBeGreaterThan(3);
    }
  });

  it('`# 隐私政策(中国大陆)`: a region or version in brackets after the title', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0672_com_cmcm_gamemaster.txt'));
    expect(analysis.sections.filter((x) => x.heading === '隐私政策(中国大陆)').every((x) => x.synthetic === 'preamble')).toBe(true);
    expect(analysis.sections.find((x) => x.number === '一、')?.level).toBe(1);
  });
});

run('a numbered lead-in over sub-headings', () => {
  it('小明太极漫画: `(一)为您提供以下核心功能服务时,…:` heads `#### 1、注册、登录及充值功能` … `12、`; `(二)` and `(三)` follow as its siblings', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0560_com_comic_manhuatai.txt'));
    const real = analysis.sections.filter((s) => !s.synthetic);
    const core = real.find((s) => s.number === '(一)' && s.heading.startsWith('为您提供以下核心功能服务时'))!;
    expect(core).toBeDefined();
    const features = real.filter((s) => s.parent === core.id);
    expect(features[0].heading).toBe('注册、登录及充值功能');
    expect(features.map((s) => s.number)).toContain('12、');
    expect(core.topics).toContain('collection');
    const siblings = real.filter((s) => s.parent === core.parent && /^\((一|二|三)\)$/.test(s.number ?? ''));
    expect(siblings.map((s) => s.number)).toEqual(['(一)', '(二)', '(三)']);
  });
});

describe('a lead-in after a paragraph item, over sub-headings', () => {
  it('金凤凰 (round 29, fresh page): `(二)我们会出于以下目的,…:` after the paragraph `(一)…:在您使用…` heads `1 、帮助您完成注册` …', () => {
    const text = [
      '一、我们如何收集和使用您的个人信息',
      '（一）我们会遵循正当、合法、必要的原则，通过如下途径收集和获得您的个人信息:在您使用我们的服务时,我们会收集您主动提供的信息。',
      '1、为实现向您提供我们产品或服务的基本功能,您须授权我们收集、使用必要的信息。如您拒绝提供相应信息,您将无法正常使用我们的产品或服务;',
      '2、为实现向您提供我们服务的附加功能,您可选择授权我们收集、使用相应的信息。如您拒绝提供,您将无法正常使用相关附加功能。',
      '（二）我们会出于以下目的，收集和使用您的个人信息：',
      '1 、帮助您完成注册',
      '在使用我们产品或服务前，您首先需要注册一个金凤凰账户。当您注册时，您需要至少向我们提供您准备使用的账户名、密码、您本人的手机号码。',
      '2 、向您提供商品或服务',
      '为便于向您提供商品或服务，我们会收集和使用必要的信息，如缺少相关信息，我们将无法为您提供相应的服务。',
      '二、我们如何使用Cookie和同类技术',
      '为确保网站正常运转，我们会在您的计算机或移动设备上存储名为Cookie的小数据文件。',
    ].join('\n');
    const s = splitSections(text);
    const lead = s.find((x) => x.number === '（二）')!;
    expect(lead.heading).toMatch(/^我们会出于以下目的/);
    expect(s.filter((x) => x.parent === lead.id).map((x) => x.heading)).toEqual(['帮助您完成注册', '向您提供商品或服务']);
    // (`(一)`, a paragraph with its colon inside, stays body of the chapter.)
    expect(s.some((x) => x.number === '（一）')).toBe(false);
  });
});

run('titles the policy marks in other ways', () => {
  it('CA4P 0730: `6.您的权利  _我公司将…_` is the title `您的权利` with its body run in, in italics', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0730_com_mg_ggvideo.txt'));
    const rights = analysis.sections.find((s) => s.number === '6.' && s.heading === '您的权利')!;
    expect(rights.topics).toContain('rights');
  });

  it('CA4P 0695: a bold lead-in first of its numbering (`**(一)为保证…下列与您有关的信息:**`) heads its list, and `(二)…:` carries on', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0695_com_haobo_huilife.txt'));
    const real = analysis.sections.filter((s) => !s.synthetic);
    const first = real.find((s) => s.number === '(一)' && s.heading.startsWith('为保证您正常使用本客户端'))!;
    expect(first.topics).toContain('collection');
    const second = real.find((s) => s.number === '(二)' && s.heading.startsWith('为您提供本客户端的其他具体服务'))!;
    expect(second.parent).toBe(first.parent);
  });
});

run('a bulleted title over a deeper list of paragraphs', () => {
  it('欧路: `  * 访问和更正您的个人信息` over `    * 除法律法规另有规定之外,您有权…` heads that list, under `七、管理、查看或删除您的个人信息`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0597_com_eusoft_eudic.txt'));
    const chapter = analysis.sections.find((s) => s.number === '七、')!;
    const titles = analysis.sections.filter((s) => s.parent === chapter.id && s.heading).map((s) => s.heading);
    expect(titles).toEqual(expect.arrayContaining(['访问和更正您的个人信息', '注销账号', '申诉机制']));
    for (const t of ['访问和更正您的个人信息', '注销账号']) expect(analysis.sections.find((s) => s.heading === t)!.topics).toContain('rights');
    // (A bullet over a sibling bullet at its own depth stays an item: `* 目前我们不存在向境外提供个人信息的场景。`.)
    expect(analysis.sections.some((s) => s.heading.startsWith('目前我们不存在'))).toBe(false);
  });

  it('乐视视频: `3.定向推送广告` bulleted over its deeper paragraph is a heading beside `2.定向推送活动的规则`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0754_com_letv_android_client.txt'));
    const ads = analysis.sections.find((s) => s.heading === '定向推送广告')!;
    expect(ads.number).toBe('3.');
    expect(analysis.sections.find((s) => s.heading === '定向推送活动的规则')?.parent).toBe(ads.parent);
  });
});

run('an emphasised title in the brackets of a lost link', () => {
  it('樊登读书: `[ __ **第七条【信息保护】**]` is article 第七条 titled 信息保护, beside 第一条 … 第十二条', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0982_io_dushu_fandengreader.txt'));
    const articles = analysis.sections.filter((s) => s.number?.startsWith('第') && s.number.endsWith('条'));
    expect(articles.map((s) => s.number)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条', '第九条', '第十条', '第十一条', '第十二条']);
    expect(articles[6].heading).toBe('信息保护');
    expect(new Set(articles.map((s) => s.parent)).size).toBe(1);
    expect(articles[6].topics).toContain('security');
  });
});

run('a title over name: value fields', () => {
  it('铃铛星球: `APP运营持有者基本信息` over `公司名称:唞音(深圳)科技有限公司` / `注册地址:…` is a contact section; a company named over its own details is no title (快对作业)', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0532_com_bells_mobile.txt'));
    const operator = analysis.sections.find((s) => s.heading === 'APP运营持有者基本信息');
    expect(operator?.topics).toContain('contact');
    const other = (await analyzed(corpus('ca4p483', 'txt', '0797_com_kuaiduizuoye_scan.txt'))).analysis;
    expect(other.sections.some((s) => s.heading === '北京智美智学科技有限公司')).toBe(false);
  });
});

run('a line that is one link to another page', () => {
  it('住小帮: `[住小帮第三方SDK调用说明](/faas/ugc/third_party_sdk.html)` inside the sharing list is no heading; the list\u2019s disclosure and exceptions stay under `个人信息可能的共享方式`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0996_com_ss_android_homed.txt'));
    expect(analysis.sections.some((s) => s.heading.includes('住小帮第三方SDK调用说明'))).toBe(false);
    const sharing = analysis.sections.find((s) => s.heading === '个人信息可能的共享方式')!;
    const within = analysis.sections.filter((s) => s.nstart >= sharing.nstart && s.nend <= sharing.nend).flatMap((s) => s.topics);
    expect(within).toEqual(expect.arrayContaining(['sharing', 'disclosure', 'consent_exceptions']));
  });
});

run('articles, appendices and notes', () => {
  it('咪咕: a bare `第四条` over its body heads that article; `附一：相关产品运营公司` and `附二：…热线电话` are appendices', async () => {
    const { analysis, doc } = await analyzed(corpus('ca4p483', 'txt', '0498_cmccwm_mobilemusic.txt'));
    const s = analysis.sections.filter((x) => !x.synthetic);
    const fourth = s.find((x) => x.number === '第四条')!;
    expect(fourth.heading).toBe('');
    expect(doc.text.slice(fourth.nbody, fourth.nend)).toMatch(/^\s*用户在注册咪咕帐号时点选同意/);
    expect(s.filter((x) => /^第[一二三四五六七八九十]+条$/.test(x.number ?? '')).length).toBeGreaterThanOrEqual(25);
    const hotlines = s.find((x) => x.heading.startsWith('附二'))!;
    expect(hotlines.parent).toBeNull();
    expect(hotlines.topics).toContain('contact');
  });

  it('乐堂动漫: `  * 权限使用情况说明：` and `  * 关于…账号注销方式说明` over their bulleted notes and table are front-matter titles, not the first chapter’s parents', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0594_com_joym_bearfarm_huawei.txt'));
    const s = analysis.sections.filter((x) => !x.synthetic);
    expect(topLevel(s).slice(0, 4)).toEqual(['概要', '权限使用情况说明', '关于个人信息安全投诉举报及游戏平台账号注销方式说明', '1.我们如何收集您的个人信息']);
    expect(byHeading(s, '权限使用情况说明')[0].topics).toContain('permissions');
    expect(byHeading(s, '关于个人信息安全投诉举报及游戏平台账号注销方式说明')[0].topics).toEqual(expect.arrayContaining(['rights', 'contact']));
  });

  it('携程: a menu of bullets (`• 免责说明` / `• 服务协议`) is no note title over its neighbours', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'm.ctrip.com.html'));
    expect(analysis.sections.some((x) => x.heading === '免责说明')).toBe(false);
  });

  it('携程: `<p><strong>违约处理措施：</strong></p>` and `赔偿责任` (paragraphs set all in bold) are sections of `13、用户的违约责任`', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'm.ctrip.com.html'));
    const [chapter] = analysis.sections.filter((x) => x.number === '13、' && x.heading === '用户的违约责任');
    const children = analysis.sections.filter((x) => x.parent === chapter.id).map((x) => x.heading);
    expect(children).toEqual(expect.arrayContaining(['违约处理措施:', '赔偿责任:']));
  });

  it('计算器私密相册: `第三方服务:` alone after a `===` rule, over the flattened table of services, is a heading with sdk and third_party', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0849_com_weilaihongtech_catcamera.txt'));
    const [services] = byHeading(analysis.sections, '第三方服务');
    expect(services.topics).toEqual(expect.arrayContaining(['sdk', 'third_party']));
  });

  it('秘密相册, 变声器: `第三方服务:` after a list item (no rule, or a rule under a sentence), over the table header `第三方服务提供方名称…`, is a heading too', async () => {
    for (const file of ['0722_com_nianbo_picprivate.txt', '0497_cn_qiutinghe_voicechanger.txt']) {
      const { analysis } = await analyzed(corpus('ca4p483', 'txt', file));
      const [services] = byHeading(analysis.sections, '第三方服务');
      expect(services?.topics, file).toContain('sdk');
    }
    // A field label over its value is no such label: `公司名称:` over `青岛嘉铭文化传播有限公司`.
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0688_com_jiaming_ru.txt'));
    expect(byHeading(analysis.sections, '公司名称')).toEqual([]);
  });
});

run('lead-ins that head their lists', () => {
  it('藏书馆: `(一)我们仅会出于以下目的,收集和使用您的个人信息:` › items › `(二)…无需征得您的授权同意:` — a run of lead-ins are headings', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0637_com_cliff.txt'));
    const s = analysis.sections.filter((x) => !x.synthetic);
    const first = s.find((x) => x.number === '(一)' && x.heading.startsWith('我们仅会出于以下目的'))!;
    const second = s.find((x) => x.number === '(二)' && x.heading.includes('无需征得您的授权同意'))!;
    expect(first.parent).toBe(second.parent);
    expect(second.topics).toContain('consent_exceptions');
  });

  it('消灭星星: `### 请您注意,本《隐私政策》不适用于以下情况:` (a lead-in set as a heading) is a section, about third parties’ services', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0758_com_lz_wcdzz_huawei.txt'));
    const [notCovered] = byHeading(analysis.sections, '请您注意,本《隐私政策》不适用于以下情况:');
    expect(notCovered.topics).toContain('third_party');
  });
});

run('markdown headings with commas', () => {
  it('暴雪: `## **怎样更正，删除私人信息或注销账号？**` is a chapter like its siblings, and about the reader’s rights', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0513_com_blizzard_wtcg_hearthstone_cn_huawei.txt'));
    const top = topLevel(analysis.sections.filter((s) => !s.synthetic));
    expect(top).toEqual(expect.arrayContaining(['您的私人信息会被同谁共享?', '有关收集,使用和发布私人信息您有哪些选择?', '怎样更正,删除私人信息或注销账号?']));
    expect(byHeading(analysis.sections, '怎样更正,删除私人信息或注销账号?')[0].topics).toContain('rights');
  });
});

describe('a label set apart by blank lines', () => {

  it('heads a sentence wrapped short (斗鱼: `注销帐号:` over `您可通过"斗鱼网站→…"、` / `"斗鱼App→…"路径注销您的斗鱼帐号。`)', () => {
    const sections = outline(['4.您如何管理自己的信息', '', '您可通过“斗鱼APP→【我的】→【设置】→【隐私】”等路径来实现个性化内容/广告的管理。', '', '注销帐号:', '',
      '您可通过“斗鱼网站→【个人中心】→【我的资料】→【个人信息】→【帐号注销】”、', '', '“斗鱼App→【设置】→【帐号与安全】→【帐号注销】”路径注销您的斗鱼帐号。', '',
      '5.如何联系我们', '', '如您有任何疑问,可发送邮件至 support@example.com 与我们联系。'].join('\n'));
    const chapter = sections.find((s) => s.heading === '您如何管理自己的信息')!;
    expect(sections.filter((s) => s.parent === chapter.id).map((s) => s.heading)).toEqual(['注销帐号']);
  });

  it('…but not a label right under a lead-in, one of the list it introduces (`我们会收集以下信息:` / `设备信息:`)', () => {
    const sections = outline(['1.我们收集的信息', '', '我们会收集以下信息:', '', '设备信息:', '', '设备型号、操作系统版本', '', '2.联系我们', '', '如有疑问请联系我们。'].join('\n'));
    expect(sections.some((s) => s.heading === '设备信息')).toBe(false);
  });

  it('…nor a sentence leading in (OFPlayer: `这意味着：` over `我们不会将你的歌曲文件作为平台资产存储`; `本隐私权政策不适用于:`)', () => {
    const sections = outline(['2.我们不会保存你的歌曲数据', '', 'OFPlayer 的产品设计原则是本地优先。', '', '这意味着：', '', '我们不会将你的歌曲文件作为平台资产存储', '',
      '我们不会以你的歌曲内容建立独立可用的云曲库', '', '本隐私权政策不适用于:', '', '其他第三方向您提供的服务,这些服务将适用第三方的隐私政策。', '', '3.联系我们', '', '如有疑问请联系我们。'].join('\n'));
    expect(sections.filter((s) => !s.number).map((s) => s.heading)).toEqual([]);
  });
});

run('plain text: labels and bulleted sub-numbers over the paragraphs they head', () => {
  // The page as a reader pasting it would have it: without markdown's bold, headings and rules.
  const plain = (path: string) => readFileSync(path, 'utf8').replace(/^\s*=+\s*$/gm, '').replace(/^\s*#{1,6}\s*/gm, '').replace(/\*\*/g, '');

  it('轻松一刻 as plain text: `网络状态:`, `设备数据:`, `您的APP账户数据:` head the paragraphs they name, under the chapter', () => {
    const sections = outline(plain(corpus('ca4p483', 'txt', '0936_com_qsygif_rywl.txt')));
    const chapter = sections.find((s) => s.heading === '我们收集哪些个人信息');
    for (const label of ['网络状态', '设备数据', '您的APP账户数据', '应用使用情况数据']) {
      const s = sections.find((x) => x.heading === label);
      expect(s, label).toBeDefined();
      expect(s!.level, label).toBeGreaterThan(chapter?.level ?? 0);
    }
  });

  it('乐堂 as plain text: bulleted `2.1 信息存储的方式和期限` over bulleted paragraphs is a sub-heading of `2.信息的存储`', () => {
    const sections = outline(plain(corpus('ca4p483', 'txt', '0591_com_joym_bearrestaurant_huawei.txt')));
    const chapter = sections.find((s) => s.heading === '信息的存储')!;
    for (const [number, heading] of [['2.1', '信息存储的方式和期限'], ['2.2', '信息存储的地域'], ['2.3', '游戏数据存储']]) {
      const s = sections.find((x) => x.heading === heading);
      expect(s?.number, heading).toBe(number);
      expect(s!.parent, heading).toBe(chapter.id);
    }
    // Its table of contents, bulleted numbers one after another, stays none.
    expect(sections.filter((s) => s.heading === '信息存储的方式和期限')).toHaveLength(1);
  });

  it('宝宝巴士 as bare text: a title right under another is one over the long paragraph after it, full stop lost or not', () => {
    // (Bullets dropped too, as a page copied without its list markup.)
    const sections = outline(plain(corpus('ca4p483', 'txt', '0908_com_sinyee_babybus_art.txt')).replace(/^\s*[*\-+•]\s+/gm, ''));
    const title = sections.find((s) => s.heading === '改变或撤回敏感信息权限');
    expect(title).toBeDefined();
    expect(title!.nstart).toBeGreaterThan(sections.find((s) => s.heading === '改变你授权同意范围或撤销授权')!.nstart);
  });

  it('not a lead-in (`您可以通过以下方式自行操作:`, `这些信息包括:`); under `二、概述` a label nests and `三、` stays a chapter', async () => {
    const ecook = await analyzed(corpus('ca4p483', 'txt', '0528_cn_ecook_jiachangcai.txt'));
    expect(ecook.analysis.sections.some((s) => s.heading.startsWith('您可以通过以下方式'))).toBe(false);
    expect(outline(plain(corpus('ca4p483', 'txt', '0496_com_anwei_meivliao.txt'))).some((s) => s.heading.includes('这些信息包括'))).toBe(false);
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0817_com_wooduan_ssjj_huawei.txt'));
    const overview = analysis.sections.find((s) => s.heading === '概述')!;
    expect(analysis.sections.find((s) => s.heading === '用户须知')!.parent).toBe(overview.id);
    expect(analysis.sections.find((s) => s.heading === '知识产权和所有权声明')!.level).toBe(overview.level);
  });
});

describe('a flattened SDK table of labels over values', () => {
  // A game's policy (GitHub page, round 24): the SDK table lost its cells to lines of their own.
  const text = [
    '四、我们如何共享、转让、公开披露个人信息', '', '(一)个人信息的共享、转让', '',
    '我们不会向第三方共享、转让您的个人信息,除非经过您本人事先授权同意,或者共享、转让的个人信息是匿名化处理后的信息,且共享第三方无法重新识别此类信息的自然人主体。', '',
    '第三方SDK调用说明', '', '第三方SDK名称:', '', 'Unity3D SDK', '', '应用场景:', '', '统计设备信息', '', '可能收集的个人信息的类型:', '',
    '常用设备信息、OAID、MAC地址、软件安装列表、Android_ ID、已安装APP列表', '', '优美缔软件(上海)有限公司', '',
    '隐私协议链接: https://unity.cn/legal/china-privacy-policy', '', '第三方SDK名称:', '', '优量汇广告SDK', '', '应用场景:', '',
    '游戏内广告数据监测和投放,获取网络状态、网络连接状态', '', '腾讯公司', '', '隐私协议链接: https://e.qq.com/dev/help_detail.html', '',
    '1.我们可能会共享的个人信息', '', '我们会与关联方、业务合作伙伴共享实现相关功能或服务所必需的个人信息,并要求其按照本政策保护您的个人信息。',
  ].join('\n');
  it('`第三方SDK调用说明` over `第三方SDK名称:` heads the table; a value between two labels (`统计设备信息`) and a company over its link (`腾讯公司`) are cells', () => {
    const heads = splitSections(text).filter((s) => !s.synthetic).map((s) => s.heading);
    expect(heads).toContain('第三方SDK调用说明');
    expect(heads).not.toContain('统计设备信息');
    expect(heads).not.toContain('腾讯公司');
    expect(heads).not.toContain('优美缔软件(上海)有限公司');
    expect(heads).toContain('我们可能会共享的个人信息');
  });
});

describe('a short aside in brackets inside a title', () => {
  // A game studio's translated policy (GitHub page, round 24's batch F) and 小米运动 (CA4P 0837) share the template.
  const text = [
    '论坛/私人消息', '我们的网站提供可公开访问的博客,私人消息或社区论坛。您应该意识到,您在这些区域中提供的任何信息都可能被访问它们的其他人阅读,收集和使用。',
    '社交媒体(功能)和小部件', '我们的网站包括社交媒体功能,例如Facebook的“赞”按钮和小部件,例如“共享此按钮”或在我们网站上运行的交互式小程序。这些功能可能会收集您的IP地址。',
    '清除Gif(Web信标/ Web错误)', '我们聘用或我们的第三方跟踪实用程序合作伙伴采用了称为清除gifs的软件技术,以帮助我们更好地管理网站上的内容。',
    '隐私政策(2019年11月版)', '本政策自发布之日起生效,适用于我们提供的全部产品和服务,请您仔细阅读并充分理解。',
  ].join('\n');
  it('`社交媒体(功能)和小部件` and `清除Gif(Web信标/ Web错误)` are titles; a version in brackets (`隐私政策(2019年11月版)`) is not', () => {
    const heads = splitSections(text).filter((s) => !s.synthetic).map((s) => s.heading);
    expect(heads).toEqual(expect.arrayContaining(['社交媒体(功能)和小部件', '清除Gif(Web信标/ Web错误)']));
    expect(heads).not.toContain('隐私政策(2019年11月版)');
  });

  it('小米运动: `社交媒体(功能)和小工具` heads its section, about third parties\' widgets', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0837_com_xiaomi_hm_health.txt'));
    expect(byHeading(analysis.sections, '社交媒体(功能)和小工具')[0]?.topics).toContain('third_party');
  });
});

describe('a title stacked under another over a short lead-in', () => {
  it('WPS (round 30, fresh batch V): `您的个人信息权利` › `查询、更正您的个人信息` › `您可通过以下途径查询、更正您的个人信息:` heads a section of its own', () => {
    const text = ['WPS隐私政策', '', '内容推荐管理', '您可以自主选择您喜欢的推送内容。例如:在WPS Office移动客户端中关闭个性化推荐。', '',
      '您的个人信息权利', '查询、更正您的个人信息', '您可通过以下途径查询、更正您的个人信息:', '',
      '网页端(网址为https://account.wps.cn)【个人信息查询与导出】;', 'WPS Office移动客户端【我 - 账号与安全 - 个人信息查询与导出】。', '',
      '个人信息副本获取', '您可以通过以下途径获取您的个人信息副本:在WPS Office移动客户端中导出您的个人信息。'].join('\n');
    expect(splitSections(text).map((s) => s.heading)).toContain('查询、更正您的个人信息');
  });

  (hasShared ? it : it.skip)('宜家中国: a contents list\'s entry under `目录` over a question title (`定义` › `我们如何收集和使用您的个人信息？`) stays an entry', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0583_com_ingka_ikea_app_cn_prod.txt'));
    const contents = analysis.sections.find((s) => s.heading === '目录')!;
    expect(analysis.sections.filter((s) => s.parent === contents.id && s.heading)).toEqual([]);
  });

  it('知乎 (round 30, fresh batch W): a slash between two words (`个性化展示/推荐`) is no path: the line is a title', () => {
    const text = ['我们如何收集和使用您的个人信息', '我们将在以下业务场景收集和使用您的个人信息:', '帐号注册、登录、帐号绑定和安全',
      '当您注册和登录知乎帐号时,我们依据实名制相关法律规定,需要您提供有效的中国大陆手机号码。', '',
      '个性化展示/推荐', '在您使用知乎 App 时,为帮助我们更加了解您如何接入和使用我们的产品与/或服务、维护产品安全,我们会收集您的浏览记录。', ''].join('\n');
    expect(splitSections(text).map((s) => s.heading)).toContain('个性化展示/推荐');
  });

  it('WPS (round 30, fresh batch V): Latin titles in a Chinese policy (`Cookie`, `Do Not Track(请勿追踪)`) head their sections, and so does the chapter over them; a glossary\'s acronym (`SSL`) does not', () => {
    const text = ['征得授权同意的例外', '您充分知悉,以下情形中,我们处理您的个人信息无需征得您的授权同意:', '', '与国家安全、国防安全直接相关的;', '法律、行政法规规定的其他情形。',
      '我们如何使用Cookie和同类技术', 'Cookie', '为确保本服务的正常运转,我们会使用相关技术向您的设备存储名为Cookie的小数据文件。Cookie通常包含标识符、站点名称以及一些号码和字符。', '',
      'Do Not Track(请勿追踪)', '您可根据自己的偏好管理或删除Cookie。您可以清除您的设备上保存的所有Cookie,很多网络浏览器均设有“请勿追踪”功能。', '',
      'SSL', '我们使用SSL对传输的数据进行加密,以保护数据在传输过程中的安全。', ''].join('\n');
    const headings = splitSections(text).map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(['我们如何使用Cookie和同类技术', 'Cookie', 'Do Not Track(请勿追踪)']));
    expect(headings).not.toContain('SSL');
  });
});
