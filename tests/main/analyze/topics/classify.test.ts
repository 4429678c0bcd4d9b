import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySections, findMentions } from '../../../../src/main/analyze/topics';
import { corpus, seed } from '../../../helpers/paths';
import { splitSections } from '../../../../src/main/analyze/sections';
import { sectionsAt } from './seed-sections';
import { analyzed, classifiedOpp } from '../helpers';

const read = (n: 0 | 1 | 2 | 3 | 4): string => readFileSync(seed(n), 'utf8');

describe('classifySections on seed policies', () => {
  it('a section heading sharing, transfer and disclosure carries all three (seed 000)', () => {
    const text = read(0);
    const from = text.indexOf('三、 我们如何共享、转让、公开披露您的个人信息', text.indexOf('一、 我们如何收集') + 10);
    const sections = sectionsAt(text, from, [['三、 我们如何共享、转让、公开披露您的个人信息', 1], ['(一) 共享：', 2]], '四、');
    const topics = classifySections(text, sections, 'zh');
    expect(topics[0]).toEqual(expect.arrayContaining(['sharing', 'transfer', 'disclosure']));
    expect(topics[1]).toContain('sharing');
    expect(topics[1]).not.toContain('security');
  });

  it('`7、用户请求的响应及处理` (how the user’s requests are answered) is about the user’s rights (seed 003)', async () => {
    const { analysis } = await analyzed(seed(3));
    const [answers] = analysis.sections.filter((s) => s.heading === '用户请求的响应及处理');
    expect(answers.topics).toContain('rights');
  });

  it('a heading giving an e-mail address (`(1)发送电子邮件至:307539566@qq.com`) is contact, not the use `发送` suggests (去哪充电)', async () => {
    const { analysis } = await analyzed(corpus('zh_policy_versions', 'qunachongdian_privacy_html', 'qunachongdian_privacy_html__2024-12-12.html'));
    const [mail] = analysis.sections.filter((s) => s.heading.startsWith('发送电子邮件至'));
    expect(mail.topics).toEqual(['contact']);
  });

  it('a cookie subsection inside the collection chapter carries cookies (seed 003)', () => {
    const text = read(3);
    const from = text.indexOf('二、我们如何收集您的信息', text.indexOf('第二部分 分则', 600));
    const sections = sectionsAt(
      text,
      from,
      [['二、我们如何收集您的信息', 1], ['(三)通过Cookie和相关技术收集和使用您的信息', 2]],
      '6、个人信息主体获取个人信息副本',
    );
    const topics = classifySections(text, sections, 'zh');
    expect(topics[0]).toContain('collection');
    expect(topics[1]).toContain('cookies');
    expect(topics[1]).not.toContain('rights');
  });

  it('a chapter with no body of its own takes its topics from a two-topic heading (seed 000 保存和保护)', () => {
    const text = read(0);
    const from = text.indexOf('四、 我们如何保存和保护您的个人信息', text.indexOf('一、 我们如何收集') + 10);
    const sections = sectionsAt(
      text,
      from,
      [['四、 我们如何保存和保护您的个人信息', 1], ['(一) 安全措施', 2], ['(三) 数据存储及保留政策', 2]],
      '五、 您的权利',
    );
    const topics = classifySections(text, sections, 'zh');
    expect(topics[0]).toEqual(expect.arrayContaining(['storage', 'security']));
    expect(topics[1]).toContain('security');
    expect(topics[2]).toEqual(expect.arrayContaining(['storage', 'retention']));
    expect(topics[2]).not.toContain('security');
  });

  it('an SDK subsection inside the cookie chapter keeps sdk although its parent is about cookies (seed 004)', () => {
    const text = read(4);
    const from = text.indexOf('二、我们如何使用 Cookie 和同类技术', text.indexOf('二、我们如何使用 Cookie 和同类技术') + 10);
    const sections = sectionsAt(text, from, [['二、我们如何使用 Cookie 和同类技术', 1], ['（一）Cookie', 2], ['（四）关于SDK服务', 2]], '三、');
    const topics = classifySections(text, sections, 'zh');
    expect(topics[0]).toEqual(['cookies']);
    expect(topics[1]).toContain('cookies');
    expect(topics[2]).toContain('sdk');
    expect(topics[2]).not.toContain('cookies');
  });

  it('consent exceptions under the sharing chapter are consent_exceptions, a 去标识化 measure is security (seed 003)', () => {
    const text = read(3);
    const from = text.indexOf('五、个人信息共享、转让、披露', text.indexOf('第二部分 分则', 600));
    const sections = sectionsAt(
      text,
      from,
      [['五、个人信息共享、转让、披露', 1], ['(一)共享', 2], ['(四)共享、转让、公开披露个人信息时事先征得授权同意的例外', 2], ['六、个人信息保护', 1], ['(一)去标识化处理', 2]],
      '(二)安全技术',
    );
    const topics = classifySections(text, sections, 'zh');
    expect(topics[0]).toEqual(expect.arrayContaining(['sharing', 'transfer', 'disclosure']));
    expect(topics[1]).toContain('sharing');
    expect(topics[2]).toContain('consent_exceptions');
    expect(topics[3]).toEqual(['security']);
    expect(topics[4]).toContain('security');
  });

  it('a third-party services chapter that names SDKs carries sdk as well (seed 000)', () => {
    const text = read(0);
    const from = text.indexOf('七、 第三方网站和服务', text.indexOf('一、 我们如何收集') + 10);
    const sections = sectionsAt(text, from, [['七、 第三方网站和服务', 1]], '八、');
    const topics = classifySections(text, sections, 'zh');
    expect(topics[0]).toEqual(expect.arrayContaining(['third_party', 'sdk']));
    expect(topics[0]).not.toContain('cookies');
  });

  it('a housing-fund withdrawal for emigration is not about storage or cross-border transfer (seed 001)', () => {
    const text = read(1);
    const sections = sectionsAt(text, text.indexOf('出境定居提取') - 1, [['出境定居提取', 2]], '公积金账号、姓名、证件号码、配偶姓名');
    const parentless = classifySections(text, sections, 'zh');
    expect(parentless[0]).not.toContain('storage');
    expect(parentless[0]).not.toContain('retention');
  });

  it('a child inherits nothing its own body does not discuss (seed 001 cookie chapter)', () => {
    const text = read(1);
    const from = text.indexOf('三、我方如何使用 Cookie 和同类技术', 1000);
    const sections = sectionsAt(text, from, [['三、我方如何使用 Cookie 和同类技术', 1]], '我方承诺');
    const topics = classifySections(text, sections, 'zh');
    expect(topics[0]).toEqual(['cookies']);
  });

  it('an empty table-of-contents entry carries no topic, its heading notwithstanding', () => {
    const text = read(3);
    const toc = text.indexOf('四、我们如何存储您的信息');
    const sections = sectionsAt(text, toc, [['四、我们如何存储您的信息', 1]], '五、个人信息共享');
    expect(classifySections(text, sections, 'zh')).toEqual([[]]);
  });

  it('uses the body when the heading says nothing: a numbered data-deletion clause is rights', () => {
    const text = read(3);
    const from = text.indexOf('6、个人信息主体获取个人信息副本');
    const sections = sectionsAt(text, from, [['6、个人信息主体获取个人信息副本', 2]], '您可以通过登录您的帐号');
    sections[0].nend = sections[0].end = text.indexOf('\n', text.indexOf('您可以通过登录您的帐号')) ;
    expect(classifySections(text, sections, 'zh')[0]).toContain('rights');
  });

  it('an English paragraph about nothing listed is other, not its heading\'s topic (OPP-115 1252)', () => {
    const { text, sections: s, topics } = classifiedOpp(1252);
    const at = text.indexOf('This document was last revised on');
    const unit = s.filter((x) => x.nstart <= at && at < x.nend).pop()!;
    expect(unit.synthetic).toBe('paragraph');
    expect(topics[unit.id]).toEqual(['other']);
    // The heading's own topic stays on the heading section.
    expect(topics[unit.parent!]).toContain('security');
  });

  it('an English paragraph the model reads as other before any practice carries none (OPP-115 58, 1468)', () => {
    const unitTopics = (needle: string): string[] => {
      const { text, sections: s, topics } = classifiedOpp((d) => d.segments.some((seg: { text: string }) => seg.text.includes(needle)));
      const at = text.indexOf(needle);
      return topics[s.indexOf(s.filter((x) => x.nstart <= at && at < x.nend).pop()!)];
    };
    // A revision stamp is no collection; a Safe Harbor compliance formula is no security practice.
    expect(unitTopics('Last revised on December 31, 2014')).not.toContain('collection');
    expect(unitTopics('complies with the U.S. - E.U. Safe Harbor framework')).not.toContain('security');
    // The rule leaves real practices alone.
    expect(unitTopics('will retain this information only to provide')).toContain('retention');
  });

  it('a table of contents entry `Changes to this Privacy Policy` neither titles nor dates the introduction it sits in (OPP-115 200)', () => {
    const { text, sections: s, topics } = classifiedOpp(200);
    const preamble = s.find((x) => x.synthetic === 'preamble')!;
    expect(preamble.heading).not.toBe('Changes to this Privacy Policy');
    for (const words of ['Published: January 1, 2015', 'recognizes the importance of protecting', 'We may collect personal information about our users']) {
      const at = text.indexOf(words);
      const holders = s.filter((x) => x.nstart <= at && at < x.nend);
      expect(holders.flatMap((x) => topics[x.id]), words).not.toContain('updates');
    }
  });

  it('English security advice the model reads at a lower probability is still security (MAPP 39 Quest, Spotify 2022; neither is training data)', async () => {
    const unitTopics = async (path: string, words: string): Promise<string[]> => {
      const { doc, analysis } = await analyzed(path);
      const at = doc.text.indexOf(words);
      return analysis.sections.filter((s) => s.nstart <= at && at < s.nend).pop()!.topics;
    };
    const quest = corpus('mapp_en', 'English_sanitized_policies', '39_com.myquest.txt');
    expect(await unitTopics(quest, 'unencrypted email is not a secure method')).toContain('security');
    const spotify = corpus('ota_pga_versions', 'Spotify', 'Spotify__2022-07-11.md');
    expect(await unitTopics(spotify, 'use a strong password which you only use')).toContain('security');
  });

  it('a terms-of-service privacy chapter saying it will not `公开或提供` data, save on the authorities\' demand, is disclosure and its exceptions (CA4P 0774)', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0774_com_liuguan_nstzd_huawei.txt'));
    const units = (words: string) => analysis.sections.filter((s) => doc.text.slice(s.nstart, s.nend).includes(words)).pop()!.topics;
    expect(units('不对外公开或向任何第三方提供')).toEqual(expect.arrayContaining(['sharing', 'disclosure']));
    expect(units('根据国家权力机关要求公开或提供')).toEqual(expect.arrayContaining(['disclosure', 'consent_exceptions']));
    const chapter = analysis.sections.find((s) => s.heading === '用户信息收集、使用及保护')!;
    expect(chapter.topics).toContain('sharing');
  });

  it('a Chinese paragraph the model reads as other is other, not its chapter\'s practice (支付宝 `本政策的适用及更新`), unless it reads the chapter\'s subject too (通知滤盒 `如何更新与修改本政策`)', async () => {
    const unitAt = async (path: string, words: string) => {
      const { doc, analysis } = await analyzed(path);
      const at = doc.text.indexOf(words);
      expect(at, words).toBeGreaterThanOrEqual(0);
      const unit = analysis.sections.filter((s) => s.start <= at && at < s.end).pop()!;
      return { unit, parent: analysis.sections.find((s) => s.id === unit.parent)! };
    };
    // Which services the policy covers is no statement on its revision.
    const scope = await unitAt(corpus('gplay_privacy_zh_html', 'docs.alipay.com.html'), '支付宝所有服务均适用本政策');
    expect(scope.parent.topics).toContain('updates');
    expect(scope.unit.synthetic).toBe('paragraph');
    expect(scope.unit.topics).toEqual(['other']);
    // A promise on the reader's rights under a revised policy stays within its chapter: no `other` of its own.
    const promise = await unitAt(corpus('zh_policy_versions', 'filterbox_privacy', 'filterbox_privacy__2025-01-17.md'), '我们不会削减您按照本政策所应享有的权利');
    expect(promise.parent.topics).toContain('updates');
    expect(promise.unit.topics).not.toContain('other');
  });

  it('a terms-of-service ban list naming 国家安全 is no data-security heading (CA4P 0531)', () => {
    const text = readFileSync(corpus('ca4p483', 'txt', '0531_com_all_video.txt'), 'utf8');
    const s = splitSections(text, null, [], true);
    const ban = s.find((x) => x.heading.startsWith('制作、上传、复制') && x.heading.includes('危害国家安全'))!;
    const topics = classifySections(text, s, 'zh');
    expect(topics[ban.id]).not.toContain('security');
    // Its lines are not security either, although its parent context would lower their bar.
    const lines = s.filter((x) => x.parent === ban.id);
    expect(lines.filter((x) => topics[x.id].includes('security')).length).toBeLessThan(lines.length / 4);
  });
});

describe('consent-exception headings of the common template', () => {
  it('`依法豁免征得同意收集和使用的个人信息` carries consent_exceptions under both chapters (开言英语 HTML)', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'm.openlanguage.com.html'));
    const exempt = analysis.sections.filter((s) => s.heading.includes('依法豁免征得同意'));
    expect(exempt.map((s) => s.heading)).toEqual(['依法豁免征得同意收集和使用的个人信息', '依法豁免征得同意共享、转让、公开披露的个人信息']);
    for (const s of exempt) expect(s.topics).toContain('consent_exceptions');
    // …and the chapters they sit in keep their own topics.
    const collection = analysis.sections.find((s) => s.heading === '我们如何收集和使用个人信息')!;
    expect(collection.topics).toEqual(expect.arrayContaining(['collection', 'use']));
  });
});

describe('terms-of-service rights are no data rights', () => {
  it('UCloud: 权利归属 (its legal notice\'s intellectual property) carries no rights; 您的权利 does', async () => {
    const { analysis } = await analyzed(corpus('zh_policy_versions', 'ucloud_app_privacy', 'ucloud_app_privacy__2025-11-27.md'));
    const ownership = analysis.sections.filter((s) => s.heading === '权利归属');
    expect(ownership.length).toBeGreaterThan(0);
    for (const s of ownership) expect(s.topics).not.toContain('rights');
    expect(analysis.sections.find((s) => s.heading === '您的权利')!.topics).toContain('rights');
  });
});

describe('security as a purpose of collection', () => {
  it('CA4P 0621: `(六) 为您提供安全保障` under the collection chapter is a business function (collection, use), not a security practice', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0621_com_cxzapp_yidianling.txt'));
    const purpose = analysis.sections.find((s) => s.heading === '为您提供安全保障')!;
    expect(purpose.topics).not.toContain('security');
    expect(purpose.topics).toContain('collection');
    expect(analysis.sections.some((s) => s.topics.includes('security') && /保护/.test(s.heading))).toBe(true);
  });
});

describe('headings of unseen HTML policies, read by hand', () => {
  const topicsOf = async (file: string) => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', file));
    return (heading: string) => analysis.sections.find((s) => s.heading === heading)!.topics;
  };

  it('京东: 分享 is sharing, 管理和使用 is use, information obtained or from third parties is collection', async () => {
    const topics = await topicsOf('news.jd.com.html');
    expect(topics('您个人信息的分享')).toContain('sharing');
    expect(topics('我们对您个人信息的管理和使用')).toContain('use');
    expect(topics('我们在您使用服务过程中获得的信息')).toContain('collection');
    expect(topics('来自第三方的信息')).toContain('collection');
  });

  it('有道: a heading no rule knows takes the topics most of its paragraphs carry (向您推送消息 collects and uses)', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'shared.youdao.com.html'));
    const service = analysis.sections.find((s) => s.heading === '向您推送消息')!;
    const units = analysis.sections.filter((s) => s.parent === service.id);
    expect(units.length).toBeGreaterThan(2);
    expect(units.every((u) => u.synthetic === 'paragraph')).toBe(true);
    expect(service.topics).toContain('collection');
    // Nothing a minority of its paragraphs says is lifted.
    const share = (t: string) => units.filter((u) => u.topics.includes(t as never)).reduce((n, u) => n + u.nend - u.nstart, 0) / (service.nend - units[0].nstart);
    for (const t of service.topics) expect(share(t)).toBeGreaterThanOrEqual(0.5);
  });

  it('嗶哩嗶哩: `請求您授權相機、照片、麥克風等敏感許可權` is permissions; Uplive: 法院命令 in its sharing chapter is consent_exceptions', async () => {
    const bili = await analyzed(corpus('gplay_privacy_zh_html', 'www.bilibili.com.html'));
    const got = bili.analysis.sections.find((s) => s.heading.includes('在您使用服務過程中獲得的資訊'))!;
    const units = bili.analysis.sections.filter((s) => s.parent === got.id);
    expect(units.some((u) => u.topics.includes('permissions'))).toBe(true);
    const topics = await topicsOf('m.upliveapps.com.html');
    expect(topics('我們如何分享您的資訊')).toEqual(expect.arrayContaining(['sharing', 'consent_exceptions']));
  });

  it('第七大道: `第三方的站点不由第七大道控制` makes 至第三方站点的链接 third_party', async () => {
    const topics = await topicsOf('www.wan.com.html');
    expect(topics('至第三方站点的链接')).toContain('third_party');
  });

  it('得到: a bare 例外情形 under the sharing chapter is consent_exceptions, 保护和保存 is security and storage', async () => {
    const topics = await topicsOf('pic1cdn.luojilab.com.html');
    expect(topics('例外情形')).toContain('consent_exceptions');
    expect(topics('我们如何保护和保存您的个人信息')).toEqual(expect.arrayContaining(['security', 'storage']));
  });

  it('QQ音乐: 存储信息的地点和期限 is storage and retention, 您如何管理自己的信息 is rights, 您分享的信息 is not sharing', async () => {
    const topics = await topicsOf('y.qq.com.html');
    expect(topics('存储信息的地点和期限')).toEqual(expect.arrayContaining(['storage', 'retention']));
    expect(topics('存储信息的期限')).not.toContain('storage');
    expect(topics('您如何管理自己的信息')).toContain('rights');
    expect(topics('您分享的信息')).not.toContain('sharing');
    expect(topics('我们分享的信息')).toContain('sharing');
  });

  it('Uplive, 浪Live, 4399, 支付宝: 共用資訊 is sharing, 合作廠商/廣告商 third parties, 個人資料保障 security, 关键词说明 scope', async () => {
    const uplive = await topicsOf('m.upliveapps.com.html');
    expect(uplive('有關共用資訊的提示')).toContain('sharing');
    expect(uplive('我們服務中的合作廠商服務')).toContain('third_party');
    expect((await topicsOf('web.langlive.com.html'))('廣告商及連結')).toContain('third_party');
    expect((await topicsOf('a.4399sy.com.hk.html'))('個人資料保障')).toContain('security');
    expect((await topicsOf('docs.alipay.com.html'))('本政策中关键词说明')).toContain('scope');
  });
});

describe('markdown policies with version histories, read by hand', () => {
  const topicsOf = async (...path: string[]) => {
    const { analysis } = await analyzed(corpus('zh_policy_versions', ...path));
    return { analysis, topics: (heading: string) => analysis.sections.find((s) => s.heading === heading)!.topics };
  };

  it('去哪充电: 一、引言 keeps 1.1–1.3 as children; 境外转移 under sharing is storage; 第三方为您提供的服务 is third_party', async () => {
    const { analysis, topics } = await topicsOf('qunachongdian_privacy', 'qunachongdian_privacy__2025-04-10.md');
    const intro = analysis.sections.find((s) => s.heading === '引言')!;
    expect(analysis.sections.filter((s) => s.parent === intro.id && !s.synthetic).map((s) => s.number)).toEqual(['1.1', '1.2', '1.3']);
    const chapters = analysis.sections.filter((s) => /^[一二三四五六七]、$/.test(s.number ?? ''));
    expect(chapters.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(new Set(chapters.map((s) => s.level))).toEqual(new Set([1]));
    // `3. **自主控制**：` carries on the list `1. **分层确认**：…；` `2. **最小化授权**：…；`: no heading.
    expect(analysis.sections.some((s) => s.heading.startsWith('自主控制'))).toBe(false);
    expect(topics('境外转移')).toContain('storage');
    expect(topics('第三方为您提供的服务')).toContain('third_party');
  });

  it('Sanmill: `关于我们`, which names the operator, is contact; its device-function text is permissions', async () => {
    const { analysis, topics } = await topicsOf('sanmill_privacy_zh', 'sanmill_privacy_zh__2022-02-02.md');
    expect(topics('关于我们')).toContain('contact');
    expect(topics('访问您的设备上的其他功能')).toContain('permissions');
    // `共享` lists the statutory exceptions: consent_exceptions beside sharing.
    expect(analysis.sections.some((s) => s.topics.includes('consent_exceptions'))).toBe(true);
  });

  it('FilterBox: 设备权限调用 under the rights chapter is permissions, 名词解释 is scope', async () => {
    const { topics } = await topicsOf('filterbox_privacy', 'filterbox_privacy__2025-02-06.md');
    expect(topics('设备权限调用')).toContain('permissions');
    expect(topics('名词解释')).toContain('scope');
  });
});

describe('English headings of the platform histories, read by hand', () => {
  const topicsOf = async (service: string, file: string) => {
    const { analysis } = await analyzed(corpus('ota_pga_versions', service, file));
    return (heading: string) => analysis.sections.find((s) => s.heading === heading)!.topics;
  };

  it('Spotify: disclosing is sharing, transfer to other countries is storage, keeping data safe is security', async () => {
    const topics = await topicsOf('Spotify', 'Spotify__2026-07-01.md');
    expect(topics('Disclosing your personal data')).toContain('sharing');
    expect(topics('Transfer to other countries')).toContain('storage');
    expect(topics('Keeping your personal data safe')).toContain('security');
  });

  it('WhatsApp: information you or third parties provide is collection, deleting your information is rights', async () => {
    const topics = await topicsOf('WhatsApp', 'WhatsApp__2026-07-03.md');
    expect(topics('Information You Provide')).toContain('collection');
    expect(topics('Information Third Parties Provide About You')).toContain('collection');
    expect(topics('Deleting Your Information')).toContain('rights');
  });
});

describe('bars scaled to how surely the model reads the document', () => {
  it('Supercell (translated from English) reads diffusely and its bars drop: `其他玩家和用户` is collection; seed 004, a template, keeps its bars', async () => {
    const { TopicModel } = await import('../../../../src/main/analyze/topics/model');
    const { confidenceScale } = await import('../../../../src/main/analyze/topics/confidence');
    const model = new TopicModel(JSON.parse(readFileSync(new URL('../../../../src/main/analyze/topics/model-weights.json', import.meta.url), 'utf8')));
    const scaleOf = async (path: string) => {
      const { doc, analysis } = await analyzed(path);
      return confidenceScale(analysis.sections, (i) => Float64Array.from(model.predict(doc.text, analysis.sections[i].nstart, analysis.sections[i].nend)));
    };
    const supercell = corpus('ca4p483', 'txt', '0900_com_supercell_boombeach_HUAWEI.txt');
    expect(await scaleOf(supercell)).toBeLessThan(0.7);
    expect(await scaleOf(seed(4))).toBe(1);
    const { analysis } = await analyzed(supercell);
    expect(analysis.sections.find((s) => s.heading === '其他玩家和用户')?.topics).toContain('collection');
  });
});

describe('SDK vendors named without the word SDK', () => {
  it('布丁相机, 不背听书: a sharing section naming 友盟/个推 (`umeng(友盟)`, `4.与授权合作伙伴共享`) carries sdk', async () => {
    const butter = await analyzed(corpus('ca4p483', 'txt', '0541_com_by_butter_camera.txt'));
    for (const heading of ['umeng(友盟)', '个推']) expect(butter.analysis.sections.find((s) => s.heading === heading)?.topics, heading).toContain('sdk');
    const bubei = await analyzed(corpus('ca4p483', 'txt', '0523_bubei_tingshu.txt'));
    expect(bubei.analysis.sections.find((s) => s.heading === '与授权合作伙伴共享')?.topics).toEqual(expect.arrayContaining(['sharing', 'sdk']));
  });
});

describe('findMentions', () => {
  it('finds a cookie sentence outside any cookie section, never inside one', () => {
    const text = read(1);
    const from = text.indexOf('三、我方如何使用 Cookie 和同类技术', 1000);
    const sections = sectionsAt(text, from, [['三、我方如何使用 Cookie 和同类技术', 1]], '我方承诺');
    expect(findMentions(text, sections, 'zh').filter((m) => m.topic === 'cookies')).toEqual([]);
    const outside =
      '一、我们如何保护您的个人信息安全\n我们已使用符合业界标准的安全防护措施保护您提供的个人信息，防止数据遭到未经授权访问、公开披露、使用、修改、损坏或丢失。' +
      '我们会采取一切合理可行的措施，保护您的个人信息。例如，在您的浏览器与服务器之间交换数据时受SSL加密保护；我们会使用加密技术确保数据的保密性；我们会使用受信赖的保护机制防止数据遭到恶意攻击。' +
      '我们建立专门的管理制度、流程和组织以保障信息的安全。您的个人信息存储在中华人民共和国境内。' +
      '如不幸发生个人信息安全事件，我们将按照法律法规的要求及时向您告知安全事件的基本情况和可能的影响。';
    const sec = [{ id: 0, parent: null, level: 1, number: null, heading: '一、我们如何保护您的个人信息安全', start: 0, end: outside.length, nstart: 0, nend: outside.length, nbody: 17, topics: [] }];
    const mentions = findMentions(outside, sec, 'zh');
    const storage = mentions.filter((m) => m.topic === 'storage');
    expect(storage).toHaveLength(1);
    expect(outside.slice(storage[0].nstart, storage[0].nend)).toContain('存储在中华人民共和国境内');
    expect(mentions.some((m) => m.topic === 'security')).toBe(false);
  });
});
