// Preamble and paragraph sections (src/main/analyze/units.ts) on real policies.
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze';
import { isDateStampBlock } from '../../../src/main/analyze/units';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { analyzed, classifiedOpp, ingest } from './helpers';
import { readCa4p, readOpp } from '../../../bench/score-corpora.mjs';

const run = hasShared ? describe : describe.skip;

run('preamble section', () => {
  it('seed 004: `我们深知个人信息对您的重要性…` before the TOC is a preamble, not a chapter', async () => {
    const { analysis, doc } = await analyzed(seed(4));
    const pre = analysis.sections[0];
    expect(pre.synthetic).toBe('preamble');
    expect(pre.parent).toBeNull();
    const intro = doc.text.indexOf('我们深知个人信息对您的重要性');
    expect(pre.nstart <= intro && intro < pre.nend).toBe(true);
    // It stops before the first chapter and holds no numbered heading.
    const first = analysis.sections.find((s) => s.number === '一、')!;
    expect(pre.nend).toBeLessThanOrEqual(first.nstart);
    expect(analysis.sections.filter((s) => s.synthetic === 'preamble')).toHaveLength(1);
    // Its lines (intro, dates, the TOC entries) are paragraph children, none a numbered chapter.
    const kids = analysis.sections.filter((s) => s.parent === pre.id);
    expect(kids.length).toBeGreaterThan(1);
    expect(kids.every((s) => s.synthetic === 'paragraph' && s.number === null)).toBe(true);
  });

  it('seed 000: the title line heads the preamble', async () => {
    const { analysis } = await analyzed(seed(0));
    const pre = analysis.sections[0];
    expect(pre.synthetic).toBe('preamble');
    expect(pre.heading).toContain('隐私政策');
  });

  it('CA4P: the title under the `Apkid:` field line heads the preamble, and `引言` under the title is a heading', async () => {
    // `Apkid:cn.quicktv.androidpro` / `===` / `“今日影视大全”隐私政策` / `欢迎您使用…`
    const quick = (await analyzed(corpus('ca4p483/txt/0515_cn_quicktv_androidpro.txt'))).analysis.sections[0];
    expect(quick.synthetic).toBe('preamble');
    expect(quick.heading).toBe('“今日影视大全”隐私政策');
    // `Apkid:com.ultralisk.game24.huawei` / `隐私政策` / `引言` / body: three lines, none joined to another.
    const { analysis, doc } = await analyzed(corpus('ca4p483/txt/0805_com_ultralisk_game24_huawei.txt'));
    expect(doc.text).toMatch(/^Apkid:com\.ultralisk\.game24\.huawei\n隐私政策\n引言\n/);
    const intro = analysis.sections.find((s) => s.heading === '引言' && !s.synthetic)!;
    expect(intro.parent).toBeNull();
    expect(intro.nstart).toBe(doc.text.indexOf('引言'));
    expect(doc.text.slice(intro.nbody, intro.nend)).toContain('本单位重视您的隐私');
  });

  it('哲信: the title under a site menu (`* [首页](/)` … `哲信用户服务协议 __ __`) heads the preamble; a lead-in (`本隐私政策将帮助您了解:`) does not', async () => {
    const zhexin = (await analyzed(corpus('ca4p483/txt/0735_com_outfit7_mytalkingtomfree_HUAWEI.txt'))).analysis.sections[0];
    expect(zhexin.synthetic).toBe('preamble');
    expect(zhexin.heading).toBe('哲信用户服务协议');
    const kaiyan = (await analyzed(corpus('gplay_privacy_zh_html/m.openlanguage.com.html'))).analysis.sections[0];
    expect(kaiyan.synthetic).toBe('preamble');
    expect(kaiyan.heading).toBe('引言');
  });

  it('a short sentence naming the policy (`请您仔细阅读本隐私政策`) does not head the preamble; 水印相机\u2019s `本产品隐私政策` does', async () => {
    const text = ['欢迎使用某某应用!我们非常重视您的个人信息和隐私保护。', '请您仔细阅读本隐私政策', '在使用我们的产品前,请您务必仔细阅读并透彻理解本政策,在确认充分理解并同意后使用相关产品或服务。', '', '一、我们如何收集和使用您的个人信息', '', '我们会收集您的手机号码用于注册账号以及提供服务,请您知悉并同意本条款内容。'].join('\n');
    expect(splitSections(text, null, [], true)[0].heading).toBe('引言');
    const water = (await analyzed(corpus('ca4p483/txt/0845_com_water_mcrk_cpp.txt'))).analysis.sections;
    expect(water.some((s) => s.heading === '本隐私政策将帮助你了解')).toBe(true);
    expect(water.some((s) => s.synthetic === 'preamble' && s.heading.startsWith('本隐私政策将'))).toBe(false);
  });

  it('a document opening with its first chapter has no preamble', () => {
    const text = ['一、我们收集的信息', '', '我们会收集您的手机号码用于注册账号以及提供服务，请您知悉并同意本条款内容。'].join('\n');
    const s = splitSections(text, null, [], true);
    expect(s.some((x) => x.synthetic)).toBe(false);
    // A title and a date line alone are no preamble either.
    const titled = splitSections(['某某隐私政策', '更新日期：2021年1月1日', '', text].join('\n'), null, [], true);
    expect(titled.some((x) => x.synthetic === 'preamble')).toBe(false);
  });

  it('CA4P: labelled segments before the first heading now land in a section', () => {
    let before = 0, covered = 0;
    for (const d of readCa4p().slice(0, 60)) {
      const s = splitSections(d.text, null, [], true);
      const firstReal = s.find((x) => !x.synthetic)?.nstart ?? d.text.length;
      for (const seg of d.segments) {
        const mid = Math.floor((seg.start + seg.end) / 2);
        if (mid >= firstReal) continue;
        before++;
        if (s.some((x) => x.nstart <= mid && mid < x.nend)) covered++;
      }
    }
    expect(before).toBeGreaterThan(20);
    expect(covered / before).toBeGreaterThan(0.9);
  });
});

run('paragraph sections', () => {
  it('OPP-115 plain text: inline headings are sections, their paragraphs children of them', () => {
    const d = readOpp().find((x) => x.uid === 1099)!;
    const text = d.segments.map((s) => s.text).join('\n\n');
    const s = splitSections(text, null, [], false);
    const share = s.find((x) => x.heading === 'HOW DO WE SHARE PERSONAL INFORMATION?')!;
    const paras = s.filter((x) => x.parent === share.id);
    expect(paras.length).toBeGreaterThan(2);
    expect(paras.every((x) => x.synthetic === 'paragraph' && x.heading === '' && x.level === share.level + 1)).toBe(true);
    // Paragraphs follow each other inside the section's body.
    for (let i = 1; i < paras.length; i++) expect(paras[i].nstart).toBeGreaterThanOrEqual(paras[i - 1].nend);
    expect(paras[0].nstart).toBeGreaterThanOrEqual(share.nbody);
    // The introduction before the first heading is the preamble, headed by the title line.
    expect(s[0].synthetic).toBe('preamble');
    expect(s[0].heading).toContain('Privacy Policy');
  });

  it('OPP-115 962: an English chapter\'s paragraphs before a nested title are units; only the one that deletes is retention', () => {
    const { text, sections: s, topics } = classifiedOpp(962);
    const uses = s.find((x) => x.heading === 'HOW WE USE YOUR INFORMATION')!;
    const kids = s.filter((x) => x.parent === uses.id);
    // The list of uses, then `DISCLOSURE OF YOUR INFORMATION`, which lost its number and nests under the chapter.
    expect(kids.some((x) => x.heading === 'DISCLOSURE OF YOUR INFORMATION')).toBe(true);
    const units = kids.filter((x) => x.synthetic === 'paragraph');
    expect(units.length).toBeGreaterThanOrEqual(8);
    const unitAt = (words: string) => units.find((x) => text.slice(x.nstart, x.nend).includes(words))!;
    expect(topics[unitAt('delete the information provided after your request').id]).toContain('retention');
    expect(topics[unitAt('To notify you about changes to our Services').id]).not.toContain('retention');
    expect(topics[uses.id]).not.toContain('retention');
  });

  it('a short body or a single paragraph gets no paragraph children', async () => {
    const doc = await ingest(corpus('ota_pga_versions', 'Spotify', 'Spotify__2022-07-11.md'));
    const s = splitSections(doc.text, doc.offsets, doc.headingHints, false);
    const byId = new Map(s.map((x) => [x.id, x]));
    for (const p of s.filter((x) => x.synthetic === 'paragraph')) {
      const parent = byId.get(p.parent!)!;
      expect(parent.nend - parent.nbody).toBeGreaterThanOrEqual(100);
      expect(s.filter((x) => x.parent === parent.id).length).toBeGreaterThan(1);
    }
  });

  it('博古万年历: a bold line ending its sentence (`**如您未满18周岁,…向我们提供信息。**`) is a paragraph of its own, not joined to the next', async () => {
    const { doc } = await analyzed(corpus('ca4p483', 'txt', '0752_com_maishu_calendar.txt'));
    const s = splitSections(doc.text, doc.offsets, doc.headingHints, true);
    const unitOf = (words: string) => s.filter((x) => x.synthetic === 'paragraph').find((x) => doc.text.slice(x.nstart, x.nend).includes(words))!;
    const minors = unitOf('如您未满18周岁');
    expect(doc.text.slice(minors.nstart, minors.nend)).toMatch(/。\*\*$/);
    expect(unitOf('请与wnl@021.com联系').id).not.toBe(minors.id);
  });

  it('歡歌: a body of 100–300 characters is split into paragraph units too, and the section is still read whole (`3個人資訊` is collection)', async () => {
    const { doc, analysis } = await analyzed(corpus('gplay_privacy_zh_html', '17sing.tw.html'));
    const chapter = analysis.sections.find((x) => x.heading.endsWith('個人資訊'))!;
    expect(chapter.nend - chapter.nbody).toBeLessThan(300);
    const units = analysis.sections.filter((x) => x.parent === chapter.id);
    expect(units.length).toBeGreaterThan(1);
    expect(units.every((x) => x.synthetic === 'paragraph')).toBe(true);
    expect(chapter.topics).toContain('collection');
    expect(units.some((x) => x.topics.includes('collection') && doc.text.slice(x.nstart, x.nend).includes('要求您提供一些個人資訊'))).toBe(true);
  });

  it('悦跑圈, 房贷计算器: the terms\' `六、数据储存` and its paragraphs are retention, not storage; its closing rule `==========` carries nothing', async () => {
    for (const file of ['0522_co_runner_app.txt', '0656_com_finance_mortgagecal.txt']) {
      const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', file));
      const chapter = analysis.sections.find((x) => x.heading === '数据储存')!;
      const below = analysis.sections.filter((x) => x.parent === chapter.id);
      expect(below.length, file).toBeGreaterThan(1);
      for (const x of [chapter, ...below]) expect(x.topics, file).not.toContain('storage');
      expect(chapter.topics, file).toContain('retention');
      const rules = below.filter((u) => /^[=\s]+$/.test(doc.text.slice(u.nstart, u.nend)));
      expect(rules.length, file).toBe(1);
      expect(rules[0].topics, file).toEqual([]);
    }
  });

  it('数字填色: a Chinese chapter\'s opening paragraphs before its first sub-section are units of their own (the third paragraph shares); the chapter is still read through its opening', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0592_com_color_by_number_paint_ly_pixel_art_cn.txt'));
    const chapter = analysis.sections.find((x) => x.number?.startsWith('1') && x.heading === '我们收集的个人信息')!;
    const children = analysis.sections.filter((x) => x.parent === chapter.id);
    const firstReal = children.findIndex((x) => !x.synthetic);
    expect(children[firstReal].heading).toBe('征得授权同意的例外');
    const opening = children.slice(0, firstReal);
    expect(opening.length).toBeGreaterThanOrEqual(2);
    expect(opening.every((x) => x.synthetic === 'paragraph')).toBe(true);
    expect(opening.some((x) => x.topics.includes('sharing') && /第三方/.test(doc.text.slice(x.nstart, x.nend)))).toBe(true);
    expect(chapter.topics).toEqual(expect.arrayContaining(['collection', 'use']));
  });

  it('seeds: Chinese bodies split by line, a hard-wrapped line joined to the rest of its sentence', async () => {
    let units = 0;
    for (const n of [0, 1, 2, 3, 4] as const) {
      // The splitter's units (analyzeDocument then carves the operator's name out as a unit of its own).
      const { doc } = await analyzed(seed(n));
      const s = splitSections(doc.text, doc.offsets, doc.headingHints, true);
      for (const parent of s) {
        const kids = s.filter((x) => x.parent === parent.id && x.synthetic === 'paragraph');
        units += kids.length;
        kids.slice(0, -1).forEach((k) => {
          const t = doc.text.slice(k.nstart, k.nend);
          expect(t, `seed ${n}`).toMatch(/[。；;！!？?：:]$/);
          expect(t.length).toBeGreaterThanOrEqual(40);
        });
        // Paragraph units come before any headed sub-section: they split the section's own opening body.
        const all = s.filter((x) => x.parent === parent.id);
        const firstReal = all.findIndex((x) => x.synthetic !== 'paragraph');
        if (kids.length && firstReal >= 0) {
          expect(all.slice(firstReal).every((x) => x.synthetic !== 'paragraph')).toBe(true);
          expect(kids.at(-1)!.nend).toBeLessThanOrEqual(all[firstReal].nstart);
        }
      }
    }
    expect(units).toBeGreaterThan(50);
  });
});

run('page footer after the last chapter', () => {
  it('`(正文完)`, `历史版本:` and its version list are a unit of their own about the document (other), not contact', async () => {
    for (const [file, words] of [['0544_com_androidhealth_steps_money.txt', '正文完'], ['0653_com_chaozh_iReaderFree.txt', '历史版本']]) {
      const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', file));
      const last = analysis.sections[analysis.sections.length - 1];
      expect(doc.text.slice(last.nstart, last.nend), file).toContain(words);
      expect(last.topics, file).toEqual(['other']);
      expect(analysis.sections[last.parent!].topics, file).toContain('contact');
    }
  });
});

run('list items lettered (c)', () => {
  it('珍婚: the item `(c) 根据法律的有关规定,或者行政或司法机构的要求,…披露;` is no copyright line: a disclosure on a legal demand', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0894_com_shouxiu_xiangqin.txt'));
    const item = analysis.sections.find((s) => s.synthetic === 'paragraph' && doc.text.slice(s.nstart, s.nend).startsWith('(c) 根据法律'))!;
    expect(item.topics).toEqual(expect.arrayContaining(['disclosure', 'consent_exceptions']));
    expect(item.topics).not.toContain('other');
  });

  it('a copyright line still closes a policy: `(C) 2019 …` / `©` / `Copyright …` after the last chapter are about the document', () => {
    for (const line of ['(C) 2019 www.szshht.com, all rights reserved', '© 2020 某某科技', 'Copyright 2010-2018 zhexinit.com All Rights Reserved.']) {
      expect(isDateStampBlock(line), line).toBe(true);
    }
    expect(isDateStampBlock('(c) 根据法律的有关规定,或者行政或司法机构的要求,向第三方或者行政、司法机构披露;')).toBe(false);
  });
});

describe('the title over a preamble', () => {
  it('LuckyCook: a game engine\'s `<size=120%><b>隐私政策</b>` names the text; the contents entry `7. 未成年人使用条款` does not', () => {
    const text = [
      '<size=120%><b>隐私政策</b>', '', '欢迎您使用该游戏,该游戏由杭州鑫熠网络科技有限公司(以下简称“我们”)提供。我们非常重视您的个人信息保护并充分尊重您的用户权利,请您仔细阅读本隐私政策。',
      '本隐私政策主要从以下几个方面帮您详细了解我们如何收集、使用、存储、传输、共享与保护个人信息;', '1.\t如何收集和使用您的个人信息', '2.\t如何使用cookie或同类技术',
      '3.\t如何共享、转让、披露您的个人信息', '4.\t未成年人使用条款', '5.\t如何联系我们', '', '一、如何收集和使用您的个人信息', '我们会收集您的设备信息,用于向您提供服务。',
      '二、如何使用cookie或同类技术', '我们会使用cookie。', '三、如何共享、转让、披露您的个人信息', '我们不会共享您的个人信息。', '四、未成年人使用条款', '未满18周岁的未成年人应在监护人同意下使用。',
      '五、如何联系我们', '邮箱:kefu@example.com', '',
    ].join('\n');
    const s = splitSections(text, null, [], true);
    expect(s[0].heading).toBe('隐私政策');
    expect(s.filter((x) => x.heading === '未成年人使用条款').map((x) => x.number)).toEqual(['四、']);
  });
});
