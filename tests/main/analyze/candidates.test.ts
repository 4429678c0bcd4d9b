// Heading candidates (src/main/analyze/candidates.ts) the splitter used to miss or misread, on real pages:
// bilingual titles, stacked titles, run-in titles, lead-ins, markdown without a space after the #.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed } from './helpers';

const run = hasShared ? describe : describe.skip;
const find = async (path: string) => {
  const { analysis } = await analyzed(path);
  return { sections: analysis.sections, named: (heading: string) => analysis.sections.find((s) => s.heading === heading) };
};

run('title lines', () => {
  it('腾讯: a bilingual title is a section when its Chinese half is a title, under the chapter title above it', async () => {
    const { sections, named } = await find(corpus('gplay_privacy_zh_html', 'www.qq.com.html'));
    const chapter = named('存储信息的地点和期限 Place and Period of Information Retention')!;
    const place = named('存储信息的地点 Where we store information')!;
    expect(place.parent).toBe(chapter.id);
    expect(place.topics).toContain('storage');
    expect(named('什么是Cookie? What is a Cookie?')!.topics).toContain('cookies');
    expect(named('如何管理Cookie How to manage Cookies?')).toBeDefined();
    // Two titles stacked over the body: `管理信息` › `查询与修改` › `微信登陆后的主界面…`.
    const at = sections.findIndex((s) => s.heading === '管理信息 Information Management');
    expect(sections[at + 1].heading).toBe('查询与修改 Review and Edit');
  });

  it('携程: a chapter on access from outside mainland China (`从中国大陆地区以外访问我们的网站`) is storage', async () => {
    const { named } = await find(corpus('gplay_privacy_zh_html', 'm.ctrip.com.html'));
    expect(named('从中国大陆地区以外访问我们的网站')!.topics).toContain('storage');
  });

  it('滴滴 (Hong Kong): `個人資料的用途` over a short lead-in sentence is a section, about use', async () => {
    const { named } = await find(corpus('gplay_privacy_zh_html', 'dpubstatic.udache.com.html'));
    expect(named('個人資料的用途')!.topics).toContain('use');
  });

  it('白日梦游戏: a lead-in marked as a markdown heading (`### 3.1 …用作下列用途:`) is a heading, first of its numbering', async () => {
    const { sections } = await find(corpus('ca4p483', 'txt', '0530_com_bairimeng_snake_huawei.txt'));
    const lead = sections.find((s) => s.number === '3.1' && s.heading.endsWith('用作下列用途:'))!;
    expect(lead.topics).toContain('use');
    expect(sections.filter((s) => s.parent === lead.id).length).toBeGreaterThan(0);
  });

  it('本产品: `1.在下列情况下,我们可能会共享的个人信息`, comma and all, is a heading since `2.` carries on its numbering', async () => {
    const { named } = await find(corpus('ca4p483', 'txt', '0845_com_water_mcrk_cpp.txt'));
    const first = named('在下列情况下,我们可能会共享的个人信息')!;
    expect(first.topics).toContain('sharing');
    expect(named('对共享个人信息第三方主体的谨慎评估及责任约束')!.parent).toBe(first.parent);
  });

  it('腾讯资讯: `###1\\. 我们收集的信息`, `####2.1 …` (no space after the #) are markdown headings, numbered and nested', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0875_com_tencent_reading.txt'));
    const chapter = named('我们收集的信息')!;
    expect(chapter.number).toBe('1.');
    expect(chapter.topics).toContain('collection');
    const storage = named('信息的存储')!;
    expect(sections.filter((s) => s.parent === storage.id).map((s) => s.number)).toEqual(['2.1', '2.2', '2.3']);
  });

  it('恒创: a title with its body run in after a space (`9\\. 联系我们 如果你对…`, `2.1⏎信息存储的方式和期限 我们会…`) is split there', async () => {
    const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', '0650_com_hcyh_chat.txt'));
    const contact = analysis.sections.find((s) => s.heading === '联系我们')!;
    expect(contact.topics).toContain('contact');
    expect(doc.text.slice(contact.nbody, contact.nbody + 6)).toBe('如果你对本隐');
    const kept = analysis.sections.find((s) => s.number === '2.1')!;
    expect(kept.heading).toBe('信息存储的方式和期限');
    expect(kept.topics).toContain('retention');
  });

  it('小睡眠: a plain title over the first item of a numbered list is a chapter (`安卓版本集成SDK服务及权限使用说明` › `(1)友盟+SDK`)', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0985_com_psyone_brainmusic.txt'));
    const chapter = named('安卓版本集成SDK服务及权限使用说明')!;
    expect(chapter.topics).toContain('sdk');
    expect(sections.find((s) => s.heading === '友盟+SDK')!.parent).toBe(chapter.id);
  });

  it('乐堂动漫: a bulleted line all in bold (`  * **2.2 信息存储的地域**`) is a heading; a bold bare number (`* **1、**`) is not', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0635_com_joym_armorbear2018_huawei.txt'));
    const place = named('信息存储的地域')!;
    expect(place.number).toBe('2.2');
    expect(place.topics).toContain('storage');
    expect(sections[place.parent!].heading).toBe('信息的存储');
    const { sections: wod } = await find(corpus('ca4p483', 'txt', '0843_com_tencent_wod.txt'));
    expect(wod.find((s) => s.heading === '我们收集的信息')!.level).toBe(1);
  });

  it('搜狗: a bulleted `(一)信息的共享` before the heading `(二)信息的转让` opens that run of headings', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0975_com_tencent_qqpinyin.txt'));
    const first = named('信息的共享')!;
    expect(first.topics).toContain('sharing');
    expect(named('信息的转让')!.parent).toBe(first.parent);
    expect(sections.some((s) => s.number === '1.' && s.heading === '')).toBe(false);
  });

  it('私密相册: a chapter title with a stray `;` (`三、我们如何收集您的个人信息;`) between two chapters is one', async () => {
    const { named } = await find(corpus('ca4p483', 'txt', '0895_ps_rio_privacysafe.txt'));
    const chapter = named('我们如何收集您的个人信息')!;
    expect(chapter.number).toBe('三、');
    expect(chapter.topics).toContain('collection');
  });

  it('终极游戏: `COOKIES、日志档案和WEB BEACON` is a short title, its Latin words counted as one character each', async () => {
    const { named } = await find(corpus('ca4p483', 'txt', '0805_com_ultralisk_game24_huawei.txt'));
    expect(named('COOKIES、日志档案和WEB BEACON')!.topics).toContain('cookies');
  });

  it('房贷计算器: `5、用户同意…在以下事项中使用…:` among numbered paragraphs is an item; 6、 and 7、 stay in 三、', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0656_com_finance_mortgagecal.txt'));
    expect(sections.some((s) => s.heading.startsWith('用户同意本公司可在以下事项中使用'))).toBe(false);
    const chapter = named('用户个人隐私信息保护')!;
    const units = sections.filter((s) => s.parent === chapter.id);
    expect(units.every((s) => s.synthetic === 'paragraph')).toBe(true);
    expect(units.find((s) => s.topics.includes('minors'))).toBeDefined();
  });
  it('篮球大师: `(1)您利用` broken off mid-sentence before `(2)…;` is an item of 七、, not a heading', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0570_com_galasports_basketball_huawei.txt'));
    expect(sections.some((s) => s.heading.startsWith('您利用'))).toBe(false);
    const chapter = named('第三方服务')!;
    expect(sections.filter((s) => s.parent === chapter.id).every((s) => s.synthetic === 'paragraph')).toBe(true);
  });
  it('欧路: a bold title with its body run in (`**七、管理、查看或删除您的个人信息** 我们非常尊重…`) is a chapter; its bulleted titles over body text are its sections', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0615_com_eusoft_ting_en.txt'));
    const chapter = named('管理、查看或删除您的个人信息')!;
    expect(chapter.number).toBe('七、');
    expect(chapter.topics).toContain('rights');
    for (const title of ['访问和更正您的个人信息', '删除您的个人信息及撤回已同意的授权']) {
      expect(named(title)?.parent, title).toBe(chapter.id);
    }
    // Nothing of 七、 is left inside 六、如何保存您的个人信息.
    expect(named('如何保存您的个人信息')!.end).toBeLessThanOrEqual(chapter.start);
    expect(sections.some((s) => s.heading.startsWith('我们非常尊重'))).toBe(false);
  });

  it('宝宝巴士: `  * 一 、我们如何收集…` (a bulleted chapter, a space before its 、) over its body is a chapter with its `1.` sections', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0908_com_sinyee_babybus_art.txt'));
    const chapter = named('我们如何收集和使用的您的个人信息')!;
    expect(chapter.number).toBe('一、');
    expect(chapter.level).toBe(1);
    expect(named('注册、登录宝宝巴士账号')!.parent).toBe(chapter.id);
    const sharing = named('我们如何共享、转让、公开披露您的个人信息')!;
    expect(sharing.level).toBe(1);
    expect(named('公开披露个人信息')!.parent).toBe(sharing.id);
    expect(sections.filter((s) => s.level === 1 && s.number).map((s) => s.number)).toEqual(expect.arrayContaining(['一、', '二、', '三、', '四、', '五、']));
  });

  it('bulleted lines that end a list or are the one item a lead-in opens stay items (你我贷, openEuler)', async () => {
    const loan = await find(corpus('ca4p483', 'txt', '0723_com_niwodai_universityloan.txt'));
    expect(loan.sections.some((s) => s.heading === '基于符合法律法规的社会公共利益而使用')).toBe(false);
    const euler = await find(corpus('zh_policy_versions', 'openeuler_website_privacy_zh', 'openeuler_website_privacy_zh__2020-08-22.md'));
    expect(euler.sections.some((s) => s.heading === '您的电子邮件地址')).toBe(false);
  });
  it('今日影视大全: `2.2因您使用…获取的信息。` after the heading `2.1您向我们提供的信息` is a heading, full stop and all; an item over the next item is not', async () => {
    const { sections, named } = await find(corpus('ca4p483', 'txt', '0515_cn_quicktv_androidpro.txt'));
    const s22 = named('因您使用“今日影视大全”软件及相关服务获取的信息')!;
    expect(s22.number).toBe('2.2');
    expect(s22.topics).toContain('collection');
    expect(named('您向我们提供的信息')!.level).toBe(s22.level);
    const eudic = await find(corpus('ca4p483', 'txt', '0615_com_eusoft_ting_en.txt'));
    expect(eudic.sections.some((x) => x.heading.startsWith('您的个人信息将全部被存储于'))).toBe(false);
    expect(sections.length).toBeGreaterThan(10);
  });
  it('天猫精灵, 疯读小说: bold runs split by a space (`**(** **一) 共享**`, `**6.您** **的权利**`) are one heading; flattened table header cells are none', async () => {
    const tmall = await find(corpus('ca4p483', 'txt', '0510_com_alibaba_ailabs_tg.txt'));
    const chapter = tmall.named('我们如何共享、转让、公开披露您的信息')!;
    for (const [title, topic] of [['共享', 'sharing'], ['转让', 'transfer'], ['公开披露', 'disclosure']] as const) {
      const s = tmall.named(title)!;
      expect(s.parent, title).toBe(chapter.id);
      expect(s.topics, title).toContain(topic);
    }
    const reader = await find(corpus('ca4p483', 'txt', '0557_com_cootek_crazyreader.txt'));
    expect(reader.named('您的权利')?.number).toBe('6.');
    expect(reader.sections.some((s) => s.heading.includes('**'))).toBe(false);
    expect(reader.sections.some((s) => s.heading === 'SDK名称')).toBe(false);
  });
});
