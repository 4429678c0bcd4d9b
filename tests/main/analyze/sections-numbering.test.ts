// splitSections on real policies: numbering schemes and where a numbered title stands (split from sections.test.ts).
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed, byHeading, topLevel } from './helpers';

const run = hasShared ? describe : describe.skip;

run('a short word numbered in Chinese before a colon', () => {
  it('CA4P 0544: `**业务功能一** :注册成为用户` … `业务功能九` are sub-headings of the purposes section, numbered in order', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0544_com_androidhealth_steps_money.txt'));
    const named = analysis.sections.filter((s) => s.number?.startsWith('业务功能'));
    expect(named.slice(0, 3).map((s) => [s.number, s.heading])).toEqual([['业务功能一', '注册成为用户'], ['业务功能二', '步数记录'], ['业务功能三', '运动报告分析']]);
    expect(named.map((s) => s.number)).toContain('业务功能九');
    expect(new Set(named.map((s) => s.parent)).size).toBe(1);
    const parent = analysis.sections.find((s) => s.id === named[0].parent)!;
    expect(parent.heading).toContain('收集的个人信息类型');
    expect(named.find((s) => s.heading === '步数记录')!.topics).toContain('collection');
  });

  it('第七大道: `原则一:个人资料确认` … `原则七` sit under `隐私权原则`; the `一、 前言` of the next part is no child of `原则七`', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'www.wan.com.html'));
    const principles = analysis.sections.filter((s) => s.number?.startsWith('原则'));
    expect(principles.map((s) => s.heading)).toEqual(['个人资料确认', '使用非个人化信息', '基本资料保护及处理', '安全的资料储存与转送', '限制利用原则', '个人资料的披露', '有关免责']);
    expect(analysis.sections.find((s) => s.id === principles[0].parent)!.heading).toBe('隐私权原则');
    const preface = analysis.sections.filter((s) => s.heading === '前言' && s.number === '一、');
    expect(preface).toHaveLength(1);
    expect(preface[0].level).toBeLessThan(principles[0].level);
  });

  it('a word ending in a numeral (`统一`, `唯一`) and an appendix are no numbering', () => {
    const text = '隐私政策\n\n一、数据管理\n\n数据统一：我们对数据统一管理，并定期审查访问权限以确保安全。\n\n唯一：此为说明文字，并不构成标题内容，仅用于测试。\n\n附件一：名词解释\n\n个人信息是指以电子或者其他方式记录的信息。\n';
    const s = splitSections(text, null, [], true);
    expect(s.some((x) => x.number?.includes('统') || x.number?.includes('唯'))).toBe(false);
    expect(s.find((x) => x.heading.startsWith('附件一'))?.number ?? null).toBeNull();
  });
});

run('a numbered title held back by its full stop, first of its numbering', () => {
  it('來電秀秀: `1、在您使用产品或服务过程中可能收集的信息。` opens the list its heading `2、改进…` carries on', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0765_com_laidian_xiu.txt'));
    const s = analysis.sections;
    const host = s.find((x) => x.heading === '您授权我们收集和使用您个人信息及其他信息的情形')!;
    expect(s.filter((x) => x.parent === host.id && x.number?.endsWith('、')).map((x) => `${x.number}${x.heading}`)).toEqual([
      '1、在您使用产品或服务过程中可能收集的信息', '2、改进我们的产品与/或服务所必须的功能', '3、您在使用特定产品和服务时可能需要向我们提供的信息',
    ]);
  });

  it('River Games: `一、選擇退出行銷電子郵件…。` `二、…。` `三、您的其他權利。`, each over its paragraph, are the choices under `您的權利與選項`', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'witch.ltgamesglobal.com.html'));
    const s = analysis.sections;
    const host = s.find((x) => x.heading === '您的權利與選項')!;
    expect(s.filter((x) => x.parent === host.id).map((x) => x.heading)).toEqual(['選擇退出行銷電子郵件和其他直接行銷', '選擇退出目標式廣告', '您的其他權利']);
  });

  it('掌上网咖: `1) 您向掌上网咖提供的信息。` `2) …。` `3) SDK获取的权限及信息。` are the sub-sections of `二、…如何收集信息`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0640_com_dalongtech_netbar.txt'));
    const s = analysis.sections;
    const host = s.find((x) => x.heading === '掌上网咖如何收集信息')!;
    expect(s.filter((x) => x.parent === host.id && x.number).map((x) => x.heading).slice(0, 3)).toEqual(['您向掌上网咖提供的信息', '在您使用服务过程中收集的信息', 'SDK获取的权限及信息']);
  });
});

run('a bold title with its body run in after the bold', () => {
  it('达达: `**三、您的权利** 按照…:` and `**六、本政策如何更新** 我们的隐私政策可能变更。` are chapters titled up to the bold', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0625_com_dada_mobile_shop_android.txt'));
    const top = topLevel(analysis.sections);
    expect(top).toContain('三、您的权利');
    expect(top).toContain('六、本政策如何更新');
    expect(top.some((h) => h.includes('**'))).toBe(false);
  });

  it('CA4P 0832: `**5** **.` / `您如何管理您的个人信息**我们非常重视…` is chapter 5 over 5.1 … 5.6', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0832_com_txtqbmf_zjqy.txt'));
    const five = analysis.sections.find((s) => s.number === '5.' && s.heading === '您如何管理您的个人信息')!;
    expect(analysis.sections.filter((s) => s.parent === five.id && s.number).map((s) => s.number)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6']);
  });

  it('a bold subject is no title: `**3.3 天津地铁** 会采取合理的措施保护您的用户信息,`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0517_com_bwton_tjmetro.txt'));
    expect(byHeading(analysis.sections, '天津地铁')).toHaveLength(0);
  });
});

run('a numbered title with its body run in after a space', () => {
  it('欧路: `3.1 第三方付款服务提供商收集相关个人信息 您可以…` (18 characters) is a heading beside `3.2 第三方广告推送…`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0615_com_eusoft_ting_en.txt'));
    const [a] = byHeading(analysis.sections, '第三方付款服务提供商收集相关个人信息');
    const [b] = byHeading(analysis.sections, '第三方广告推送等服务提供商收集相关个人信息');
    expect(a?.number).toBe('3.1');
    expect(a.parent).toBe(b.parent);
    expect(a.topics).toContain('third_party');
  });

  it('not a sentence broken inside a word (`3.1本公司将向您提供本游戏作为休闲娱乐之 用,…`), nor a contents line `十二、联系我们 十三、附录…`', async () => {
    const game = await analyzed(corpus('ca4p483', 'txt', '0747_com_phoneu_goldtoadfish_huawei.txt'));
    expect(game.analysis.sections.some((s) => s.heading.startsWith('本公司将向您提供'))).toBe(false);
    const snow = await analyzed(corpus('ca4p483', 'txt', '0506_com_campmobile_snowcamera.txt'));
    expect(byHeading(snow.analysis.sections, '联系我们').map((s) => s.level)).toEqual([1]);
  });
});

run('a bulleted title over a bare paragraph number', () => {
  it('欧路: `  * 注销帐号` / `3.1` / `您有权随时注销…` is the third rights heading, over `3.3 获取个人信息资料` … `3.5`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0615_com_eusoft_ting_en.txt'));
    const s = analysis.sections;
    const rights = s.find((x) => x.number === '七、')!;
    expect(s.filter((x) => x.parent === rights.id && !x.synthetic).map((x) => x.heading)).toEqual(['访问和更正您的个人信息', '删除您的个人信息及撤回已同意的授权', '注销帐号', '申诉机制']);
    const close = byHeading(s, '注销帐号')[0];
    expect(s.filter((x) => x.parent === close.id && x.number).map((x) => x.number)).toEqual(['3.3', '3.4', '3.5']);
    expect(close.topics).toContain('rights');
  });
});

run('bracketed numbers with spaces inside the brackets', () => {
  it('浪Live: `( 一 ) 真實登錄義務:` … `( 三 )` are the sub-sections of `參、會員服務與限制`', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'web.langlive.com.html'));
    const s = analysis.sections;
    const host = s.find((x) => x.heading === '會員服務與限制')!;
    expect(s.filter((x) => x.parent === host.id).map((x) => `${x.number}${x.heading}`)).toEqual(['(一)真實登錄義務:', '(二)服務使用之責任與義務:', '(三)帳號保管義務:']);
  });

  it('乐秀: `( 1)委托处理` `( 2)共享` `(3)转让` … are siblings under `3、我们如何委托处理、共享…`, not nested in each other', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0848_com_xvideostudio_videoeditor.txt'));
    const s = analysis.sections;
    const host = s.find((x) => x.heading === '我们如何委托处理、共享、转让、公开披露您的个人信息')!;
    expect(s.filter((x) => x.parent === host.id).map((x) => x.number)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
  });
});

run('bold markup splitting a number from its separator', () => {
  it('优信: `**1** 、您向我们提供的信息`, `**2** 、…` and `**3** 、开展内部数据分析和研究,…` are the numbered sub-headings of `(三)向您提供商品或服务`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0809_com_uxin_usedcar.txt'));
    const s = analysis.sections;
    const host = s.find((x) => x.heading === '向您提供商品或服务')!;
    expect(s.filter((x) => x.parent === host.id && x.number).map((x) => `${x.number}${x.heading}`)).toEqual(['1、您向我们提供的信息', '2、我们在您使用服务过程中收集的信息', '3、开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务']);
  });

  it('心脏健康研究: `1 **. 心脏健康研究项目功能服务**` is `1.` over 1.1 … 1.4, its title without the markup', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0710_com_plagh_heartstudy.txt'));
    const s = analysis.sections;
    const one = s.find((x) => x.number === '1.' && x.heading === '心脏健康研究项目功能服务')!;
    expect(s.filter((x) => x.parent === one.id).map((x) => x.number)).toEqual(['1.1', '1.2', '1.3', '1.4']);
  });
});


run('bracketed lower-case letters', () => {
  it('YOOGAME: `(a)其他公司和政府當局` and `(b)廣告與社交媒體合作夥伴` are sub-headings of `2.為YOOGAME工作的合作夥伴`', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'www.yoogame.com.html'));
    const s = analysis.sections;
    const partners = s.find((x) => x.heading === '為YOOGAME工作的合作夥伴')!;
    const items = s.filter((x) => x.parent === partners.id && !x.synthetic);
    expect(items.map((x) => [x.number, x.heading])).toEqual([['(a)', '其他公司和政府當局'], ['(b)', '廣告與社交媒體合作夥伴']]);
    expect(items[0].topics).toContain('disclosure');
  });
});

run('a list set as headings', () => {
  it('YOOGAME: a section whose sub-sections are all bodiless items (`(a)聯絡資訊…` `(b)玩家的名稱與密碼` …) is read with them as its body', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'www.yoogame.com.html'));
    const s = analysis.sections;
    const given = s.find((x) => x.heading === '您提供給我們的資料')!;
    expect(s.filter((x) => x.parent === given.id).length).toBeGreaterThanOrEqual(5);
    expect(given.topics).toContain('collection');
    const working = s.find((x) => x.heading === '為了讓服務有效運作')!;
    expect(s.filter((x) => x.parent === working.id).map((x) => x.number)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(working.topics).toContain('use');
  });
});

run('a bulleted title over a body line that lost its full stop', () => {
  it('宝宝巴士: `* 改变或撤回敏感信息权限` / `你可以…改变同意范围或撤回你的授权` (no `。`) are sections of `改变你授权同意范围或撤销授权`', async () => {
    for (const file of ['0943_com_sinyee_babybus_babyhospital.txt', '0908_com_sinyee_babybus_art.txt']) {
      const { analysis } = await analyzed(corpus('ca4p483', 'txt', file));
      const s = analysis.sections;
      const [parent] = byHeading(s, '改变你授权同意范围或撤销授权');
      expect(s.filter((x) => x.parent === parent.id && !x.synthetic).map((x) => x.heading), file).toEqual(['改变或撤回敏感信息权限', '拒绝接受推送及营销信息']);
      expect(byHeading(s, '改变或撤回敏感信息权限')[0].topics, file).toContain('permissions');
    }
  });
});

run('a long numbered title held back by its commas', () => {
  it('CA4P 0943: `4\\. 开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务` (33 characters) stands between `3.` and `5.`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0943_com_sinyee_babybus_babyhospital.txt'));
    const items = analysis.sections.filter((s) => /^[345]\.$/.test(s.number ?? '') && analysis.sections[s.parent!].heading.includes('收集和使用'));
    expect(items.map((s) => s.number)).toEqual(['3.', '4.', '5.']);
    expect(items[1].heading).toBe('开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务');
    expect(new Set(items.map((s) => s.parent)).size).toBe(1);
    expect(items[1].topics).toEqual(expect.arrayContaining(['collection', 'sdk']));
  });

  it('句读, 浩辰看图: the same title last of its numbering (`2\\. 开展…` after `1.为您提供数据行为存储服务`, `(二)开展…` after `(一)…`) over its paragraph is a heading too', async () => {
    for (const file of ['0967_tech_caicheng_judourili.txt', '0607_com_gstarmc_android.txt']) {
      const { analysis } = await analyzed(corpus('ca4p483', 'txt', file));
      const s = analysis.sections.find((x) => x.heading === '开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务');
      expect(s?.topics, file).toEqual(expect.arrayContaining(['collection', 'sdk']));
    }
  });

  it('CA4P 0688: a consent exception of the same shape in a list of short items stays an item, not a chapter', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0688_com_jiaming_ru.txt'));
    const item = analysis.sections.find((s) => s.heading.startsWith('从合法公开披露的信息中收集'));
    // (It is `(6)` of `(1)…` `(9)` under `4.您充分知晓,以下情形中…无需征得您的同意:`, as its siblings are.)
    expect(item?.number).toBe('(6)');
    expect(analysis.sections[item!.parent!].heading).toContain('无需征得您的同意');
    expect(analysis.sections.filter((s) => s.level === 1).map((s) => s.number)).toEqual(expect.arrayContaining(['一.', '二.', '三.']));
  });
});

run('the lead-in to the exceptions to consent', () => {
  it('CA4P 0943: `7.请您知悉,以下情形中,我们收集、使用个人信息无需征得您的授权同意` after the heading `6.其他用途` is heading 7. with consent_exceptions', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0943_com_sinyee_babybus_babyhospital.txt'));
    const seventh = analysis.sections.find((s) => s.number === '7.' && s.heading.startsWith('请您知悉'))!;
    expect(seventh.topics).toContain('consent_exceptions');
    expect(seventh.parent).toBe(analysis.sections.find((s) => s.heading === '其他用途')!.parent);
  });

  it('乐逗棋牌: `1.10 根据相关法律法规及国家标准,以下情形中,…无需征求您的授权同意:` after paragraphs `1.1`…`1.9` stays one of them', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0691_com_duole_chinachess_huawei.txt'));
    expect(analysis.sections.some((s) => s.number === '1.10')).toBe(false);
  });
});

run('a bulleted item carrying on a run of headings', () => {
  it('票根: `  * 1.3 来自第三方的信息` over its `指…` paragraph, after the heading `1.2…`, is heading 1.3 (not a term defined)', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0801_com_uroad_piaogen.txt'));
    const third = analysis.sections.find((s) => s.number === '1.3' && s.heading === '来自第三方的信息')!;
    expect(third.parent).toBe(analysis.sections.find((s) => s.number === '1.2')!.parent);
    expect(third.topics).toContain('collection');
  });
});

run('a number, a space, then a title opening on a Latin word', () => {
  it('三国志: `6 Cookies/Web Beacon 政策` and `7 TrueDepth使用说明` are chapters 6 and 7 like `5 …` before them', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0529_com_babeltime_sg3_huawei.txt'));
    const s = analysis.sections;
    const cookies = s.find((x) => x.number === '6' && x.heading.startsWith('Cookies'))!;
    expect(cookies.topics).toContain('cookies');
    expect(s.find((x) => x.number === '7' && x.heading.startsWith('TrueDepth'))!.parent).toBe(cookies.parent);
  });
});

run('a semicolon title opening its numbering', () => {
  it('聊声, 知富美聊: `(一)注册、登录、认证;` before the heading `(二)…` opens the run: a heading with collection', async () => {
    for (const f of ['0766_com_liaosheng_chat.txt', '0783_com_kangluoer_tomato.txt']) {
      const { analysis } = await analyzed(corpus('ca4p483', 'txt', f));
      const first = analysis.sections.find((s) => s.number === '(一)' && s.heading.startsWith('注册、登录、认证'));
      expect(first?.topics, f).toContain('collection');
      expect(analysis.sections.find((s) => s.number === '(二)')!.parent, f).toBe(first!.parent);
    }
  });
});

run('titles run in before a colon', () => {
  it('跟谁学: `1、用户信息的收集与使用原则:合法、正当、必要。` … `14、…` around `4、用户信息的收集方式:` over its list are its numbering’s headings', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0683_com_genshuixue_student.txt'));
    const top = topLevel(analysis.sections.filter((s) => !s.synthetic));
    expect(top).toEqual(expect.arrayContaining(['1、用户信息的收集与使用原则', '4、用户信息的收集方式:', '5、用户信息的披露', '6、用户信息的共享', '11、未成年用户个人信息', '14、隐私政策修订']));
    expect(byHeading(analysis.sections, '用户信息的披露')[0].topics).toContain('disclosure');
    expect(byHeading(analysis.sections, '未成年用户个人信息')[0].topics).toContain('minors');
  });

  it('咪咕: definitions numbered among headings (`1、咪咕公司:指…`) stay items', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0498_cmccwm_mobilemusic.txt'));
    expect(analysis.sections.some((s) => s.heading === '咪咕公司')).toBe(false);
  });
});

run('a colon run-in and its numbering’s neighbour in another chapter', () => {
  it('PPTV: `5、用户不得:删除…` in `一、软件产品` is no sibling of `6、青少年用户特别提示` in `二、用户保证`: it stays an item', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0950_com_pplive_androidphone_sport.txt'));
    expect(analysis.sections.some((s) => s.heading === '用户不得')).toBe(false);
    const [minors] = byHeading(analysis.sections, '青少年用户特别提示');
    expect(analysis.sections[minors.parent!].heading).toBe('用户保证');
  });
});

describe('sub-numbers joined by hyphens', () => {
  // A calculator app's policy (GitHub page, round 24): `1-1.` and `2-3-1.` under `(1)` and `(2)`.
  const text = [
    '(1)我们可能收集的信息', '1-1.与个人身份无关的信息:', '当您使用我们的服务时,我们可能收集和汇总诸如用户的来源途径、访问顺序等信息,例如记录使用服务的每个用户的来源途径。',
    '1-2.有关个人身份的信息:', '仅在您明示同意后,我们才会收集如下信息,且仅用于以下明确场景的服务提供。',
    '(2)我们如何收集和使用信息', '2-2.COOKIES、日志档案和WEBBEACON', '我们或我们的第三方合作伙伴可能通过COOKIES和WEBBEACON获取和使用您的信息,并将该等信息储存为日志信息。',
    '2-3.我们会出于以下目的,收集和使用您的信息:', '2-3-1.帮助您完成注册', '为便于我们为您提供服务,您需要提供基本注册信息,并创建您的用户名和密码。',
    '联系地址:', '1-3 Kioicho, Chiyoda-ku, Tokyo',
  ].join('\n');
  it('`1-1.` and `2-2.` head sections under their chapter, `2-3-1.` one level deeper; an address `1-3 Kioicho` heads nothing', () => {
    const s = splitSections(text).filter((x) => !x.synthetic);
    const at = (n: string) => s.find((x) => x.number === n)!;
    expect(s.map((x) => x.number)).toEqual(['(1)', '1-1', '1-2', '(2)', '2-2', '2-3', '2-3-1']);
    expect(at('1-1').parent).toBe(at('(1)').id);
    expect(at('2-3-1').level).toBe(at('2-3').level + 1);
    expect(at('2-2').heading).toBe('COOKIES、日志档案和WEBBEACON');
  });
});

describe('a Chinese numeral and a space before the title', () => {
  // 计件助手 (GitHub page, round 24): `一 我们如何收集和使用您的个人信息` after a contents list written `一、…`.
  it('`一 我们如何收集和使用您的个人信息` is chapter 一 of the `一、` scheme; `一 般` inside a sentence and a table row are not', () => {
    const text = [
      '计件助手平台用户隐私政策', '本隐私政策适用于本平台所有产品和服务。若您使用本平台的服务,即表示您认同我们在本政策中所述内容。',
      '一 我们如何收集和使用您的个人信息', '由于计件助手所有数据只保存在手机本地,无需注册登录,所以不会收集您的注册信息。',
      '二、我们如何保存和保护您的个人信息', '我们将把在中华人民共和国境内收集的个人信息存储于中华人民共和国境内。',
      '三 存储权限 缓存文件 拒绝后不影响使用',
    ].join('\n');
    const s = splitSections(text).filter((x) => !x.synthetic);
    expect(s.map((x) => [x.number, x.heading])).toEqual([['一', '我们如何收集和使用您的个人信息'], ['二、', '我们如何保存和保护您的个人信息']]);
    expect(s[0].level).toBe(s[1].level);
  });
});

run('a chapter numbering that carries on after a plain title', () => {
  it('预知天气: `三. 我们如何收集…` after `一. 引言` (a leaf) and the table title `我们向您提供的功能:` stands beside them, not under the title', () => {
    const text = [
      '预知天气预报隐私政策协议', '', '一. 引言', '一古科技(厦门)科技有限公司(下称“一古科技”)重视用户的隐私。您在使用我们的服务时,我们可能会收集和使用您的相关信息。',
      '**我们向您提供的功能:**', '核心业务功能 | 附加业务功能', '无需注册/登录 | 天气预报信息,信息查询、浏览 | 联系客服',
      '三. 我们如何收集和使用您的个人信息', '我们收集信息是为了向所有用户提供更好的服务。', '(一)您可以通过文字来搜索内容',
      '当您键入文字搜索时,我们会在客户端本地保存您的搜索关键字信息。', '(二)与我们联系', '当您与我们联系时,我们可能会保存您的通信记录和内容。',
      '四. 我们如何与第三方共享、转让、披露您的个人信息', '我们不会与其他任何公司、组织和个人共享您的个人信息。', '',
    ].join('\n');
    const s = splitSections(text, null, [], true);
    const chapter = s.find((x) => x.number === '三.')!;
    expect(chapter.heading).toBe('我们如何收集和使用您的个人信息');
    expect(chapter.level).toBe(s.find((x) => x.number === '一.')!.level);
    expect(s.find((x) => x.number === '(一)')!.parent).toBe(chapter.id);
  });

  it('WeChat 2022: `2.SCOPE AND APPLICATION` … `4.HOW DO WE USE…` after `1.INTRODUCTION` and its plain `CONTACT` stand at the top', async () => {
    const { analysis } = await analyzed(corpus('ota_pga_versions', 'WeChat', 'WeChat__2022-07-11.md'));
    const numbered = analysis.sections.filter((s) => /^[1-4]\.$/.test(s.number ?? ''));
    expect(numbered.map((s) => s.heading.toUpperCase())).toEqual(['INTRODUCTION', 'SCOPE AND APPLICATION', 'DEFINITIONS', 'HOW DO WE USE YOUR INFORMATION?']);
    expect(new Set(numbered.map((s) => s.level))).toEqual(new Set([1]));
  });
});

describe('a chapter title joining a second one after a comma', () => {
  it('清新工具软件: `十、用户更正或投诉个人信息, 以及联系我们` after `九、` is a chapter', () => {
    const s = splitSections(['隐私协议', '九、隐私权政策的修订', '我们可能适时修订本政策的条款,修订政策也是构成本政策的一部分。', '十、用户更正或投诉个人信息, 以及联系我们',
      '如果您需要查询、修改或更正您的个人信息,或对个人信息保护问题有任何疑问或建议,您可以通过服务支持邮箱联系我们。', ''].join('\n'), null, [], true);
    expect(topLevel(s)).toEqual(['九、隐私权政策的修订', '十、用户更正或投诉个人信息, 以及联系我们']);
  });
});

