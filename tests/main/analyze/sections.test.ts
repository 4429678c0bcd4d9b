import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { analyzeText, analyzed, byHeading, ingest, topLevel } from './helpers';

const run = hasShared ? describe : describe.skip;

run('splitSections on the seed policies', () => {
  it('seed 000: nine top-level chapters 一、…九、 after the preamble; the TOC list repeats them but is not a section', async () => {
    const { analysis } = await analyzed(seed(0));
    const numbered = analysis.sections.filter((s) => s.parent === null && s.number);
    expect(numbered.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、']);
    expect(numbered[0].heading).toBe('我们收集哪些信息以及如何使用信息');
    expect(numbered[8].heading).toBe('联系我们');
    // `- 一、我们收集哪些信息以及如何使用信息` in 目录 appears once only, as the real chapter.
    expect(byHeading(analysis.sections, '我们收集哪些信息以及如何使用信息')).toHaveLength(1);
    expect(byHeading(analysis.sections, '未成年人信息的保护')).toHaveLength(1);
    // The title line heads only the synthetic preamble, never a chapter.
    expect(analysis.sections.filter((s) => s.heading.includes('小米贷款隐私政策')).every((s) => s.synthetic === 'preamble')).toBe(true);
  });

  it('seed 000: (一)…(七) under 一、 and numbered features under (二)', async () => {
    const { analysis } = await analyzed(seed(0));
    const s = analysis.sections;
    const first = s.find((x) => x.number === '一、')!;
    const subs = s.filter((x) => x.parent === first.id);
    expect(subs.map((x) => x.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)']);
    const features = s.filter((x) => x.parent === subs[1].id).map((x) => x.heading);
    expect(features).toContain('帐号注册与登录');
    expect(features).toContain('贷款服务');
    expect(features).toContain('提供客户服务及进行投诉处理');
    // Sub-items 6.1…6.4 start with a number but are sentences, not headings.
    expect(s.some((x) => x.number === '6.1')).toBe(false);
    const perms = s.find((x) => x.heading === '设备权限调用说明')!;
    expect(perms.level).toBe(2);
    // `1. 获得您的明确同意;` list items under 转让/公开披露 are not headings.
    expect(s.some((x) => x.heading.startsWith('获得您的明确同意'))).toBe(false);
  });

  it('seed 001: twelve chapters, the index list skipped, the SDK table kept inside its section', async () => {
    const { analysis, doc } = await analyzed(seed(1));
    const s = analysis.sections;
    expect(s.filter((x) => x.parent === null && !x.synthetic).map((x) => x.number)).toEqual([
      '一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、',
    ]);
    expect(byHeading(s, '我方如何收集您的个人信息')).toHaveLength(1);
    for (const cell of ['SDK服务', '具体功能', 'Xutils', 'Glide', '定位', '点击查看第三方隐私政策', '个人信息', '业务场景', '租房提取']) {
      expect(s.some((x) => x.heading === cell), cell).toBe(false);
    }
    const table = doc.text.indexOf('BaiduLBS_Android.jar');
    const holder = s.filter((x) => !x.synthetic && x.nstart <= table && table < x.nend).pop()!;
    expect(holder.heading).toContain('SDK');
    expect(s.find((x) => x.id === holder.parent)?.number).toBe('二、');
    const contact = s.find((x) => x.heading === '如何联系我方')!;
    expect(doc.text.slice(contact.nstart, contact.nend)).toContain('0470-3995978');
  });

  it('seed 002: markdown heading levels are inconsistent; numbering decides the tree', async () => {
    const { analysis } = await analyzed(seed(2));
    const s = analysis.sections;
    expect(s.filter((x) => x.parent === null && !x.synthetic).map((x) => x.number)).toEqual([
      '一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、',
    ]);
    // `【本平台如何收集与使用您的用户信息】` brackets are not part of the heading text.
    expect(s.find((x) => !x.synthetic)!.heading).toBe('本平台如何收集与使用您的用户信息');
    const third = s.find((x) => x.number === '三、')!;
    // `### (一) 共享`, `# (二) 转让`, `# (三)公开披露` all sit under 三、.
    expect(s.filter((x) => x.parent === third.id).map((x) => x.heading)).toEqual(['共享', '转让', '公开披露']);
    expect(s.find((x) => x.number === '十二、')!.heading).toBe('其它');
    expect(s.some((x) => !x.synthetic && x.heading.includes('小禾企服网用户隐私政策'))).toBe(false);
  });

  it('seed 003: 第一部分 / 第二部分 at the top, 一、 inside each, the TOC not repeated', async () => {
    const { analysis } = await analyzed(seed(3));
    const s = analysis.sections;
    expect(topLevel(s.filter((x) => !x.synthetic))).toEqual(['第一部分总则', '第二部分分则']);
    const [general, specific] = s.filter((x) => x.parent === null && !x.synthetic);
    expect(s.filter((x) => x.parent === general.id).map((x) => x.heading)).toEqual([
      '定义与适用范围', '收集、处理信息的原则', '收集、处理信息的目的', '收集、处理信息的方式',
    ]);
    const chapters = s.filter((x) => x.parent === specific.id);
    expect(chapters).toHaveLength(11);
    expect(chapters[3].heading).toBe('我们如何存储您的信息');
    expect(s.filter((x) => x.parent === chapters[3].id).map((x) => x.heading)).toEqual(['保存地域', '保存期限']);
    expect(chapters[10].heading).toBe('隐私政策更新');
    // The TOC's "一、定义与适用范围" and the chapter list are not sections.
    expect(byHeading(s, '定义与适用范围')).toHaveLength(1);
    expect(byHeading(s, '未成年人信息保护')).toHaveLength(1);
  });

  it('seed 004: `本政策将帮助您了解以下内容：一、… 八、` is a TOC; chapters follow with (一)… inside', async () => {
    const { analysis, doc } = await analyzed(seed(4));
    const s = analysis.sections;
    const top = s.filter((x) => x.parent === null && !x.synthetic);
    expect(top.map((x) => x.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    expect(top[0].nstart).toBeGreaterThan(doc.text.indexOf('我们深知个人信息对您的重要性'));
    // (The chapter's own text before them is paragraph units: `上述信息将存储于…境内` is cut out as storage.)
    expect(s.filter((x) => x.parent === top[0].id && !x.synthetic).map((x) => x.heading).slice(0, 3)).toEqual([
      '为您提供账户服务', '设备安全管理', '扫描身份证和人脸识别服务',
    ]);
    expect(s.filter((x) => x.parent === top[4].id).map((x) => x.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)']);
  });

  it('spans: ids are pre-order, children lie inside parents, source spans map through offsets', async () => {
    for (const n of [0, 1, 2, 3, 4] as const) {
      const { analysis, doc } = await analyzed(seed(n));
      analysis.sections.forEach((sec, i) => {
        expect(sec.id).toBe(i);
        // A made-up section has no heading line of its own (a preamble may have its title line).
        if (sec.synthetic) expect(sec.nstart).toBeLessThanOrEqual(sec.nbody);
        else expect(sec.nstart).toBeLessThan(sec.nbody);
        expect(sec.nbody).toBeLessThanOrEqual(sec.nend);
        expect(sec.start).toBe(doc.offsets[sec.nstart]);
        expect(sec.end).toBe(doc.offsets[sec.nend]);
        if (sec.parent !== null) {
          const p = analysis.sections[sec.parent];
          expect(p.id).toBeLessThan(sec.id);
          expect(sec.level).toBe(p.level + 1);
          expect(p.nstart <= sec.nstart && sec.nend <= p.nend).toBe(true);
        } else expect(sec.level).toBe(1);
        // The heading text is found on the heading line in the source.
        if (sec.heading && !sec.synthetic) {
          expect(doc.text.slice(sec.nstart, sec.nbody)).toContain(sec.heading);
          expect(doc.source.slice(sec.start, sec.end).normalize('NFKC').replace(/\s/g, '')).toContain(sec.heading.replace(/\s/g, '').slice(0, 4));
        }
      });
    }
  });
});

run('splitSections on corpora', () => {
  it('CA4P text: `====` separators and setext lines, `### 提示条款`, numbered chapters, no Apkid heading', async () => {
    const doc = await ingest(corpus('ca4p483', 'txt', '0500_cn_xiaochuankeji_tieba.txt'));
    const s = splitSections(doc.text, doc.offsets, doc.headingHints, true);
    expect(s.some((x) => /Apkid/.test(x.heading))).toBe(false);
    const chapters = s.filter((x) => /^[一二三四五六七八九十]+、$/.test(x.number ?? ''));
    expect(chapters.map((x) => x.heading)).toContain('我们如何收集您的信息');
    expect(chapters.map((x) => x.heading)).toContain('如何联系我们');
    // The TOC after `本隐私政策部分将帮助您了解以下内容` repeats 一、…十一、 and is dropped.
    expect(chapters).toHaveLength(11);
    expect(new Set(chapters.map((x) => x.level)).size).toBe(1);
    const security = chapters.find((x) => x.heading === '我们如何保护您的个人信息安全')!;
    // `一.技术保护:` … nest inside 六、 although they use the same numerals.
    expect(s.filter((x) => x.parent === security.id).map((x) => x.heading)).toContain('技术保护:');
  });

  it('CA4P: several policies get chapters, none has a section per body paragraph', async () => {
    for (const name of ['0496_com_anwei_meivliao.txt', '0497_cn_qiutinghe_voicechanger.txt', '0505_com_biku_diary.txt', '0506_com_campmobile_snowcamera.txt']) {
      const doc = await ingest(corpus('ca4p483', 'txt', name));
      const s = splitSections(doc.text, doc.offsets, doc.headingHints);
      expect(s.length, name).toBeGreaterThan(3);
      expect(s.every((x) => x.heading.length <= 64), name).toBe(true);
      // 0497's index lists `十、如何联系我们`, but its body ends with `十、 其他`: the index is no section.
      expect(s.some((x) => /如何联系|联系我们/.test(x.heading)), name).toBe(!name.startsWith('0497'));
    }
  });

  it('UCloud markdown: `## 法律声明` and `## 隐私政策` hold their own 一、 chapters; **4.1** and <br>4.1.5 nest', async () => {
    const doc = await ingest(corpus('zh_policy_versions', 'ucloud_app_privacy', 'ucloud_app_privacy__2024-09-20.md'));
    const s = splitSections(doc.text, doc.offsets, doc.headingHints);
    const policy = s.find((x) => x.heading === '隐私政策' && x.parent === null)!;
    const legal = s.find((x) => x.heading === '法律声明' && x.parent === null)!;
    // (Headed sub-sections; the chapters' opening paragraphs are units beside them.)
    expect(s.filter((x) => x.parent === legal.id && !x.synthetic).map((x) => x.heading)).toEqual(['权利归属', '责任限制', '知识产权保护']);
    const chapters = s.filter((x) => x.parent === policy.id && !x.synthetic);
    expect(chapters[0].heading).toBe('适用范围');
    expect(chapters.map((x) => x.number)).toContain('十一、');
    const sharing = chapters.find((x) => x.number === '四、')!;
    const shareSubs = s.filter((x) => x.parent === sharing.id && !x.synthetic).map((x) => `${x.number} ${x.heading}`);
    expect(shareSubs).toEqual(['4.1 共享', '4.2 转让', '4.3 公开披露', '4.4 共享、转让、公开披露用户信息时事先征得授权同意的例外']);
    const share = s.find((x) => x.number === '4.1')!;
    expect(s.filter((x) => x.parent === share.id).map((x) => x.heading)).toContain('SDK的使用');
  });

  it('Spotify markdown: `[](#anchor)**1\\. About this Policy**` with `----` underline are the chapters', async () => {
    const doc = await ingest(corpus('ota_pga_versions', 'Spotify', 'Spotify__2022-07-11.md'));
    const s = splitSections(doc.text, doc.offsets, doc.headingHints, false);
    const top = s.filter((x) => x.parent === null && !x.synthetic);
    expect(top.map((x) => x.heading)).toEqual([
      'About this Policy', 'Your personal data rights and controls', 'Personal data we collect about you',
      'Our purpose for using your personal data', 'Sharing your personal data', 'Data retention',
      'Transfer to other countries', 'Keeping your personal data safe', 'Children', 'Changes to this Policy', 'How to contact us',
    ]);
    expect(top[0].number).toBe('1.');
  });

  it('English text without headings: one level-1 section per paragraph, heading empty', async () => {
    const doc = await ingest(corpus('mapp_en', 'English_sanitized_policies', '101_com.mewe.txt'));
    const s = splitSections(doc.text, doc.offsets, doc.headingHints, false);
    const paragraphs = doc.text.split(/\n\s*\n/).filter((p) => p.trim()).length;
    expect(s.length).toBe(paragraphs);
    expect(s.every((x) => x.heading === '' && x.level === 1 && x.parent === null)).toBe(true);
    expect(doc.text.slice(s[1].nstart, s[1].nend).trim().length).toBeGreaterThan(0);
  });

  it('HTML headings from hints: 前言 and 目录 do not swallow the chapters', async () => {
    const doc = await ingest(corpus('gplay_privacy_zh_html', '47.97.186.48.html'));
    expect(doc.headingHints.length).toBeGreaterThanOrEqual(3);
    const s = splitSections(doc.text, doc.offsets, doc.headingHints, true);
    const chapters = s.filter((x) => /^[一二三四五六七八九十]+、$/.test(x.number ?? ''));
    expect(chapters.length).toBeGreaterThanOrEqual(9);
    expect(new Set(chapters.map((x) => x.level))).toEqual(new Set([1]));
    expect(chapters.map((x) => x.heading)).toContain('如何联系我们');
  });

  it('synthetic mixed schemes: nesting follows first appearance, not a fixed ranking', () => {
    const text = [
      '某应用隐私政策', '', '1. 我们收集的信息', '', '我们会收集您的手机号码用于注册账号以及提供服务，请您知悉并同意本条款内容。',
      '', '(一)账号信息', '', '注册时您需要提供手机号码。', '', '(二)设备信息', '', '我们收集设备型号。',
      '', '2. 我们如何使用信息', '', '我们仅在本政策所述目的范围内使用您的信息，不会用于其他用途。',
      '', '1) 与国家安全有关的;', '2) 与公共安全有关的;',
    ].join('\n');
    const s = splitSections(text);
    expect(s.map((x) => `${x.level}${x.number}`)).toEqual(['11.', '2(一)', '2(二)', '12.']);
    expect(s[0].nend).toBeLessThanOrEqual(s[3].nstart);
    expect(text.slice(s[3].nstart, s[3].nend)).toContain('与公共安全有关的');
  });
});

run('splitSections: tables of contents the body words differently', () => {
  const sectionsOf = async (...parts: string[]) => {
    const doc = await ingest(corpus(...parts));
    return splitSections(doc.text, doc.offsets, doc.headingHints);
  };

  it('Alipay HTML: a `一、…十、` index before unnumbered <h2> chapters is no section', async () => {
    const s = await sectionsOf('gplay_privacy_zh_html', 'docs.alipay.com.html');
    expect(s.some((x) => x.number === '一、')).toBe(false);
    const top = s.filter((x) => x.parent === null).map((x) => x.heading);
    expect(top).toContain('我们如何收集信息');
    expect(top).toContain('本政策中关键词说明');
    expect(s.filter((x) => x.heading === '我们如何收集信息')).toHaveLength(1);
  });

  it('CA4P: index entries the body rewords go with the rest of the index', async () => {
    const lazy = await sectionsOf('ca4p483', 'txt', '0523_bubei_tingshu.txt');
    expect(lazy.some((x) => x.number === '1、' || x.number === '9、')).toBe(false);
    expect(lazy.some((x) => x.number === '一、' && x.heading.startsWith('懒人在线公司及其关联公司'))).toBe(true);
    const huaben = await sectionsOf('ca4p483', 'txt', '0569_com_huabenapp.txt');
    expect(huaben.some((x) => x.number === '一、' || x.number === '十四、')).toBe(false);
  });

  it('CA4P: `7 隐私政策的修订和通知` is numbered like `7.`; its index is no section', async () => {
    const s = await sectionsOf('ca4p483', 'txt', '0546_com_hudun_androidrecorder.txt');
    const top = s.filter((x) => x.parent === null && !x.synthetic);
    expect(top.map((x) => x.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(s.filter((x) => x.heading === '隐私政策的修订和通知')).toHaveLength(1);
    expect(s.find((x) => x.number === '1.1')!.parent).toBe(top[0].id);
  });

  it('CA4P: chapters written as bullets (`* 1.我们收集的信息`) after their index are the headings', async () => {
    const s = await sectionsOf('ca4p483', 'txt', '0691_com_duole_chinachess_huawei.txt');
    const real = s.filter((x) => !x.synthetic);
    // Each chapter once, holding its 2.1… subsections; the index entries are no sections.
    expect(real.filter((x) => x.heading === '我们收集的信息')).toHaveLength(1);
    const storage = real.find((x) => x.heading === '信息的存储')!;
    expect(storage.nend - storage.nstart).toBeGreaterThan(200);
    expect(real.filter((x) => x.parent === storage.id).map((x) => x.heading)).toContain('信息存储的地域');
    const contact = real.find((x) => x.heading === '联系我们')!;
    expect(contact.nstart).toBeGreaterThan(storage.nend);
  });

  it('CA4P: a table of contents flattened onto one line and bare `#####` lines are no headings', async () => {
    const gree = await sectionsOf('ca4p483', 'txt', '0648_com_gree_greesmarthome.txt');
    expect(gree.every((x) => x.heading.length <= 40)).toBe(true);
    const yodo = await sectionsOf('ca4p483', 'txt', '0880_com_yodo1_sniper3dv2_huawei.txt');
    expect(yodo.some((x) => /^#+$/.test(x.heading))).toBe(false);
  });

  it('红彩通 (CA4P 0525): the entries under `本隐私政策将帮助您了解以下内容：`, page numbers after them (`一、本《隐私政策》的适用范围 2`), are no sections', async () => {
    const s = await sectionsOf('ca4p483', 'txt', '0525_com_bdwxdhxt_hongcaitong.txt');
    expect(s.filter((x) => x.heading.startsWith('本《隐私政策》的适用范围')).map((x) => x.heading)).toEqual(['本《隐私政策》的适用范围']);
    expect(s.some((x) => /\s\d+$/.test(x.heading))).toBe(false);
  });

  it('QQ音乐: `1 、我们收集哪些必要信息` (a space before 、) is numbered, so the index repeating the chapters is no section', async () => {
    const s = await sectionsOf('gplay_privacy_zh_html', 'y.qq.com.html');
    expect(s.filter((x) => x.heading.includes('我们收集哪些必要信息')).map((x) => `${x.number}${x.heading}`)).toEqual(['一、我们收集哪些必要信息']);
  });
});

describe('a table of contents the body does not repeat', () => {
  it('金凤凰: the entries under `本政策将帮助您了解以下内容:` head nothing though the chapters run inline elsewhere; `1 、帮助您完成注册` is numbered', () => {
    const text = [
      '第二部分 隐私政策', '本政策将帮助您了解以下内容:', '1 、我们如何收集和使用您的个人信息', '2 、我们如何使用 Cookie 和同类技术', '3 、我们如何 共 享、转让 或公开 披露您的个人信息',
      '4、 我们如何保护您的个人信息', '5 、您如何管理您的个人信息', '6、 我们如何处理儿童的个人信息', '本政策与您使用我们的产品或服务关系紧密,本隐私政策中涉及的相关术语,我们尽量以简明扼要的表述。', '',
      '(二)我们会出于以下目的,收集和使用您的个人信息:', '1 、帮助您完成注册', '在使用我们产品或服务前,您首先需要注册一个金凤凰账户成为金凤凰用户。当您注册时,您需要向我们提供您本人的手机号码。',
      '2 、向您提供商品或服务', '为便于向您提供商品或服务,我们会收集和使用必要的信息,包括您的设备信息和服务日志信息。', '',
    ].join('\n');
    const s = splitSections(text, null, [], true);
    expect(s.some((x) => x.heading === '我们如何保护您的个人信息' || x.heading === '我们如何处理儿童的个人信息')).toBe(false);
    expect(s.filter((x) => x.number === '1、' || x.number === '2、').map((x) => x.heading)).toEqual(['帮助您完成注册', '向您提供商品或服务']);
  });
});

describe('a markdown table of contents set apart by `<br>` lines', () => {
  it('佳麦 (round 29, fresh page): `第一章 定义` … `第三章` between `<br>`s is the contents, not chapters before the chapters', async () => {
    const chapters = ['第一章 定义', '第二章 我们如何收集和使用您的个人信息', '第三章 我们如何使用 Cookie 和同类技术'];
    const text = [
      '**本协议将帮助您了解以下内容**：', '<br>', '<br>', '', ...chapters.flatMap((c) => [c, '<br>', '<br>', '']),
      `#### ${chapters[0]}`, '1.**个人信息：个人信息是以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息。**', '<br>', '',
      `#### ${chapters[1]}`, '我们会出于本隐私协议所述的以下目的，收集和使用您的个人信息：您注册时需要提供手机号码。', '<br>', '',
      `#### ${chapters[2]}`, '为使您获得更轻松的访问体验，我们会在您的设备上存储名为Cookie的小数据文件。', '<br>', '',
    ].join('\n');
    const a = await analyzeText(text, 'jiamai.md');
    const titled = a.sections.filter((x) => x.heading.startsWith('我们如何') || x.heading === '定义');
    expect(titled.map((x) => x.heading)).toEqual(['定义', '我们如何收集和使用您的个人信息', '我们如何使用 Cookie 和同类技术']);
    expect(titled[2].topics).toContain('cookies');
  });
});

describe('unnumbered title lines with the templates\' `和/或`', () => {
  it('小红书 (round 29, fresh batch T): `向您提供产品和/或服务` over `2.1. 信息浏览、发布、点赞、收藏、分享功能。` is a title, as `账号注册及登录` is', () => {
    const s = splitSections([
      '一、我们如何收集和使用您的个人信息', '', '账号注册及登录', '', '1.1. 当您注册及登录时,如您使用一键登录的功能,我们会收集您的手机号码。', '',
      '1.2. 如您使用第三方账号进行登录,我们会收集您的第三方账号信息。', '', '向您提供产品和/或服务', '', '2.1. 信息浏览、发布、点赞、收藏、分享功能。', '',
      '2.1.1.为了向您提供我们最核心的信息展示服务并向您推荐可能感兴趣的笔记,我们会收集您的浏览记录。', '',
    ].join('\n'));
    expect(s.map((x) => x.heading)).toContain('向您提供产品和/或服务');
  });
});

run('numbering that runs through unnumbered title lines', () => {
  it('爱奇艺: `例外情形` between 二、 and 三、 is a label inside 二、, so 一、…十、 stay one level and 五、 is no child of (四)', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'www.iqiyi.com.html'));
    const real = analysis.sections.filter((s) => !s.synthetic);
    const chapters = real.filter((s) => /^[一二三四五六七八九十]+、$/.test(s.number ?? ''));
    expect(chapters.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、']);
    expect(new Set(chapters.map((s) => s.parent)).size).toBe(1);
    const labels = real.filter((s) => s.heading === '例外情形');
    expect(labels).toHaveLength(2);
    const byId = new Map(real.map((s) => [s.id, s]));
    // Each label sits inside the chapter it belongs to (collection, then sharing).
    const chapterOf = (s: typeof real[number]) => { let c = s; while (c.parent !== null && !/^[一二三四五六七八九十]+、$/.test(c.number ?? '')) c = byId.get(c.parent)!; return c.number; };
    expect(labels.map(chapterOf)).toEqual(['二、', '四、']);
    // `本《爱奇艺隐私政策》的更新` names a subject, not the document.
    expect(real.find((s) => s.heading === '本《爱奇艺隐私政策》的更新')!.topics).toContain('updates');
  });
});

run('lower-case letter numbering before Chinese titles', () => {
  it('CA4P 0721: a./b./c./d. are headings of one scheme (d.信息查阅 is no body line of c.个人信息的披露)', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0721_com_paic_yl_health.txt'));
    const lettered = analysis.sections.filter((s) => /^[a-h][.．、]$/.test(s.number ?? ''));
    expect(lettered.map((s) => s.number)).toEqual(['a.', 'b.', 'c.', 'd.']);
    expect(lettered.find((s) => s.number === 'd.')!.heading).toBe('信息查阅');
    expect(new Set(lettered.map((s) => s.parent)).size).toBe(1);
  });
});

run('wiki headings after an outline list', () => {
  it('河流遊戲: `==…==` lines are the chapters; the opening `1、2、3、` outline does not swallow them', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'witch.ltgamesglobal.com.html'));
    const top = topLevel(analysis.sections);
    for (const chapter of ['與我們聯絡', '我們收集的資料', '我們為何收集您的資料', '誰能看見您的數據', '國際資料轉移', '您的權利與選項', '年齡限制'])
      expect(top).toContain(chapter);
    const collected = byHeading(analysis.sections, '我們收集的資料')[0];
    const children = analysis.sections.filter((s) => s.parent === collected.id).map((s) => s.heading);
    expect(children).toEqual(['您提供給我們的資料', '我們自動收集的資料', '我們從合作夥伴收集的資料']);
    expect(byHeading(analysis.sections, '國際資料轉移')[0].topics).toContain('storage');
    // The contact chapter's postal address is whole, commas included.
    expect(analysis.facts.find((f) => f.kind === 'address')!.value).toBe('Rm. 1, 4F., No.21, Baoqing St., Songshan Dist., Taipei City 105, Taiwan (R.O.C.)');
  });

  it('浪Live: the privacy policy after the terms is a chapter of its own; `蒐集` headings are collection', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'web.langlive.com.html'));
    const policy = byHeading(analysis.sections, '隱私權政策')[0];
    expect(policy.parent).toBeNull();
    expect(byHeading(analysis.sections, '個人資料蒐集之類別與方式')[0].topics).toContain('collection');
  });
});

run('a second policy in the same file', () => {
  it('歡歌/開麥: the second policy title starts at the top and holds its own chapters (`1適用範圍` is numbered)', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', '17sing.tw.html'));
    const second = byHeading(analysis.sections, '開麥隱私權保護聲明')[0];
    expect(second.parent).toBeNull();
    const chapters = analysis.sections.filter((s) => s.parent === second.id && !s.synthetic);
    expect(chapters.map((s) => s.heading)).toEqual(['適用範圍', '用戶非個人化資訊', '個人資訊', '資訊使用', '資訊安全', '未成年人資訊保護', '特別事項', '修訂']);
    expect(chapters[0].number).toBe('1');
    // `4.4在如下情況下,歡歌可能會披露您的信息…(3)根據法律、法規…的要求`: disclosure, not only sharing.
    const use = byHeading(analysis.sections, '資訊使用')[0];
    expect(analysis.sections.some((s) => s.parent === use.id && s.topics.includes('disclosure'))).toBe(true);
  });

  it('CA4P 0739: `15日本地天气预报` is a title, not chapter 15', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0739_com_moyou_weather.txt'));
    expect(analysis.sections.some((s) => s.heading === '15日本地天气预报' && s.number === null)).toBe(true);
  });
});

run('appendices', () => {
  it('CA4P: `## 附件：定义` and `附件:第三方SDK收集用户信息情况` stand beside the chapters, not inside 联系我们', async () => {
    const definitions = (await analyzed(corpus('ca4p483', 'txt', '0536_com_browser2345_js.txt'))).analysis;
    const appendix = definitions.sections.find((s) => s.heading.startsWith('附件') && s.heading.endsWith('定义'))!;
    expect(appendix.parent).toBeNull();
    expect(appendix.topics).not.toContain('contact');
    const sdks = (await analyzed(corpus('ca4p483', 'txt', '0935_com_yitong_mbank_psbc.txt'))).analysis;
    const list = sdks.sections.find((s) => s.heading.startsWith('附件') && s.heading.includes('SDK'))!;
    expect(list.parent).toBeNull();
    expect(list.topics).toContain('sdk');
  });
});

run('closing version dates', () => {
  it('CA4P 0831: `版本更新日期…版本生效日期…` after 如何联系我们 is a unit of its own, no contact', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0831_com_wandafilm_app.txt'));
    const contact = byHeading(analysis.sections, '如何联系我们')[0];
    expect(contact.topics).toContain('contact');
    const trailer = analysis.sections[analysis.sections.length - 1];
    expect(trailer.parent).toBe(contact.id);
    expect(doc.text.slice(trailer.nstart, trailer.nend)).toMatch(/^版本更新日期[:：]2021年01月05日\s+版本生效日期[:：]2021年01月12日$/);
    expect(trailer.topics).toEqual(['other']);
    // The phone numbers before it stay in the contact chapter's own text.
    expect(doc.text.slice(contact.nbody, trailer.nstart)).toContain('400-009-5066');
  });

  it('a closing signature names who to reach (contact); a closing copyright line is about the document (other)', async () => {
    const last = async (name: string) => {
      const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', name));
      const s = analysis.sections[analysis.sections.length - 1];
      return { text: doc.text.slice(s.nstart, s.nend), topics: s.topics, synthetic: s.synthetic };
    };
    expect(await last('0946_com_yiban_app.txt')).toEqual({ text: '上海易班发展中心', topics: ['contact'], synthetic: 'paragraph' });
    const copyright = await last('0713_com_outfit7_jinke_talkingtomkarting_huawei.txt');
    expect(copyright.text).toMatch(/^Copyright © 2010-2018 zhexinit\.com All Rights Reserved\.$/);
    expect(copyright.topics).toEqual(['other']);
    // `**乐堂动漫游戏公司**` closing the text reads as a bold heading: still the signature.
    expect((await last('0591_com_joym_bearrestaurant_huawei.txt')).topics).toEqual(['contact']);
    // A last sentence that ends in a company's name stays in its chapter.
    const sentence = await last('0794_com_kamitu_drawsth_standalone_free_android.txt');
    expect(sentence.synthetic).toBeUndefined();
  });
});

run('a policy written as a bulleted outline', () => {
  it('CA4P 0856 湘行一卡通: `* 一、…` bullets are its chapters when nothing else is a heading', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0856_com_txmpay_csewallet.txt'));
    const top = analysis.sections.filter((s) => s.parent === null && s.number).map((s) => `${s.number}${s.heading}`);
    expect(top.slice(0, 4)).toEqual(['一、我们如何收集和使用您的个人信息', '二、我们如何使用 Cookie 和同类技术', '三、我们如何共享、转让、公开披露您的个人信息', '四、我们如何保存及保护您的个人信息']);
    expect(byHeading(analysis.sections, '您的权利')[0].topics).toContain('rights');
  });

  it('viodroid 奇蜜果: `(三)您应充分知晓,以下情形中,…无需征得您的授权同意:` carries on (一)(二) as a heading; its list is consent_exceptions', async () => {
    const { analysis } = await analyzed(corpus('viodroid_zh', 'policies', 'C107228073-1.0.0.txt'));
    const subs = analysis.sections.filter((s) => s.number?.startsWith('(') && s.parent === analysis.sections.find((c) => c.number === '二、')!.id);
    expect(subs.map((s) => s.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)']);
    expect(subs[2].heading).toMatch(/^您应充分知晓.*无需征得您的授权同意:$/);
    expect(subs[2].topics).toContain('consent_exceptions');
  });

  it('得到: `8.其他经过您同意后收集的个人信息(如有)` ends the list `1.…;` … `7.个人位置信息;` and is no heading', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'pic1cdn.luojilab.com.html'));
    expect(analysis.sections.some((s) => s.heading.startsWith('其他经过您同意后收集的个人信息'))).toBe(false);
    const info = byHeading(analysis.sections, '个人信息')[0];
    expect(analysis.sections.filter((s) => s.parent === info.id).every((s) => s.synthetic === 'paragraph')).toBe(true);
  });

  it('百胜中国 (round 29, fresh page): the bulleted chapter `• 我们如何对外提供信息` over `1. 业务共享` heads it, as its siblings head their paragraphs', async () => {
    const a = await analyzeText([
      '• 我们如何保护您的个人信息?', '1. 我们致力于使用各种安全技术及配套的管理体系来尽量降低您的个人信息被泄露、毁损、误用的风险。', '7. 重要提示',
      '如所有的企业都可能面临的问题一样,考虑到信息技术、网络空间本身的特点,我们无法保证信息的百分之百安全。', '',
      '• 我们如何对外提供信息', '1. 业务共享', '(1) 当您在使用由我们的关联公司和特许加盟商提供的服务时,我们会与其共享您的订单信息。',
      '2. 转让信息', '原则上我们不会将您的个人信息转让给百胜中国以外的任何公司、组织和个人,但事先获得您明确同意的情况除外。', '',
      '• 您如何管理您的个人信息', '1. 访问和更正您的个人信息', '您有权访问和更正您的个人信息,法律法规规定的例外情况除外。',
    ].join('\n'), 'kfc.txt');
    const chapter = a.sections.find((s) => s.heading === '我们如何对外提供信息')!;
    expect(a.sections.filter((s) => s.parent === chapter.id && s.number).map((s) => s.heading)).toEqual(['业务共享', '转让信息']);
    expect(chapter.topics).toContain('sharing');
  });

  it('Uplive: the bare line `我們如何保留、儲存和保護您的資訊：` is a heading, colon and all', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'm.upliveapps.com.html'));
    const keep = analysis.sections.find((s) => s.heading.startsWith('我們如何保留、儲存和保護您的資訊'));
    expect(keep?.topics).toContain('security');
  });
});


describe('a Word field error left in a chapter title', () => {
  it('金凤凰: `一、错误!未指定文件名。 我们如何收集和使用您的个人信息` is chapter 一, as the line reads', () => {
    const text = ['隐私政策', '一、错误!未指定文件名。 我们如何收集和使用您的个人信息', '(一)我们会遵循正当、合法、必要的原则,通过如下途径收集您的个人信息。',
      '1 、帮助您完成注册', '在使用我们产品或服务前,您首先需要注册一个金凤凰账户成为金凤凰用户。', '2 、向您提供商品或服务', '为便于向您提供商品或服务,我们会收集和使用必要的信息。', ''].join('\n');
    const s = splitSections(text, null, [], true);
    const chapter = s.find((x) => x.number === '一、')!;
    expect(chapter.heading).toBe('错误!未指定文件名。 我们如何收集和使用您的个人信息');
    expect(s.filter((x) => x.parent === chapter.id && x.number).map((x) => x.heading)).toEqual(['帮助您完成注册', '向您提供商品或服务']);
  });
});
