// Privacy clauses of terms of service, scope chapters naming third parties, complaint chapters with
// an address to write to: topics an analyst files them under, on real pages.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared, seed } from '../../../helpers/paths';
import { clauseTopics, isPrivacyClause, isTermsOfService } from '../../../../src/main/analyze/topics/clauseCues';
import { analyzed } from '../helpers';

const run = hasShared ? describe : describe.skip;
const topicsOf = async (path: string) => {
  const { analysis } = await analyzed(path);
  return (heading: string) => analysis.sections.find((s) => s.heading === heading)!.topics;
};
const ca4p = (f: string) => corpus('ca4p483', 'txt', f);

describe('privacy chapters of terms of service', () => {
  // (Headings come folded to Simplified characters: `拾、隱私保護` is read as `拾、隐私保护`.)
  it('are read under any numbering a chapter takes (`拾、`, `第一百零二条`, `(二十)`, `5.`); the policy\'s own title is not one', () => {
    for (const heading of ['拾、隐私保护', '陆、用户个人信息保护', '第一百零二条 用户隐私权制度', '(二十)个人资料保护', '5. 用户隐私权制度']) expect(isPrivacyClause(heading), heading).toBe(true);
    for (const heading of ['隐私政策', '贰、隐私政策', '三、知识产权']) expect(isPrivacyClause(heading), heading).toBe(false);
  });
});

run('clauses the model reads as other', () => {
  it('莱特背单词: a risk of the service (`第三方服务瑕疵、第三方网站等原因可能导致的服务中断`) is no third-party clause; one about the user\'s data is', async () => {
    expect(clauseTopics('公司不能随时遇见和防范技术以及其他风险,包括但不限于不可抗力、网络原因、第三方服务瑕疵、第三方网站等原因可能导致的服务中断。')).not.toContain('third_party');
    expect(clauseTopics('您在第三方网站上提供的个人信息,适用该第三方的规则。')).toContain('third_party');
    const { analysis } = await analyzed(ca4p('0555_com_jiaming_ar.txt'));
    expect(analysis.sections.some((x) => x.topics.includes('third_party'))).toBe(false);
  });

  it('4399SY: `二十四、個人資料保障`, named security by its heading, is still a privacy chapter whose clauses count (`不得任意出售、交換、出租或公開甲方的姓名、地址…`)', async () => {
    const topics = await topicsOf(corpus('gplay_privacy_zh_html', 'a.4399sy.com.hk.html'));
    expect(topics('個人資料保障')).toEqual(expect.arrayContaining(['security', 'sharing', 'disclosure', 'consent_exceptions']));
  });

  it('虾米: the terms of service chapter 用户隐私权制度 collects, discloses and names the legal exceptions', async () => {
    const topics = await topicsOf(corpus('gplay_privacy_zh_html', 'emumo.xiami.com.html'));
    expect(topics('用户隐私权制度')).toEqual(expect.arrayContaining(['collection', 'disclosure', 'consent_exceptions']));
    expect(topics('知识产权')).toEqual([]);
  });

  it('莱特背单词 (de, fr), 房贷计算器: a ToS privacy chapter the model reads as security only also collects and uses what it says', async () => {
    for (const [file, heading] of [['0589_com_jiaming_de.txt', '用户个人信息保护'], ['0562_com_jiaming_fr.txt', '用户个人信息保护'], ['0656_com_finance_mortgagecal.txt', '用户个人隐私信息保护']]) {
      const { analysis } = await analyzed(ca4p(file));
      const chapter = analysis.sections.find((s) => s.heading === heading)!;
      const topics = [...chapter.topics, ...analysis.sections.filter((s) => s.parent === chapter.id).flatMap((s) => s.topics)];
      expect(topics, file).toEqual(expect.arrayContaining(['security', 'collection']));
    }
    // `…提供您的个人信息(包括但不限于电话号码…),以便公司向您提供更好的服务`: what the data is for.
    expect(clauseTopics('您可能需要提供您的个人信息(包括但不限于电话号码、性别、微信昵称等),以便公司向您提供更好的服务和相应的技术支持。')).toContain('use');
    expect((await topicsOf(ca4p('0555_com_jiaming_ar.txt')))('用户个人信息保护')).toContain('use');
  });

  it('香哈: the paragraphs of a ToS privacy chapter are read sentence by sentence', async () => {
    const { analysis } = await analyzed(ca4p('0865_com_xiangha.txt'));
    const chapter = analysis.sections.find((s) => s.heading === '用户隐私权')!;
    const units = analysis.sections.filter((s) => s.parent === chapter.id);
    expect(units.flatMap((s) => s.topics)).toEqual(expect.arrayContaining(['use', 'disclosure', 'consent_exceptions', 'sharing']));
  });

  it('扎堆小说, 本产品: a scope chapter saying third parties’ terms govern their services is third_party', async () => {
    expect((await topicsOf(ca4p('0825_com_wenflex_qbnoveldq.txt')))('本隐私声明不适用于:')).toContain('third_party');
    const water = await topicsOf(ca4p('0845_com_water_mcrk_cpp.txt'));
    expect(water('适用范围')).toEqual(expect.arrayContaining(['scope', 'third_party']));
  });

  it('途牛, 搜狗: the same in a chapter on exceptions to the policy scope, or in a paragraph of the scope chapter', async () => {
    expect((await topicsOf(ca4p('0855_com_tuniu_app_ui.txt')))('特定服务隐私政策的例外适用')).toContain('third_party');
    const { doc, analysis } = await analyzed(ca4p('0975_com_tencent_qqpinyin.txt'));
    const scope = analysis.sections.find((s) => s.heading === '本政策的适用范围')!;
    const unit = analysis.sections.find((s) => s.parent === scope.id && doc.text.slice(s.nstart, s.nend).includes('不适用于任何第三方'))!;
    expect(unit.topics).toContain('third_party');
  });

  it('成语: a complaints chapter with the e-mail to write to is contact as well as rights', async () => {
    expect((await topicsOf(ca4p('0590_com_guess_idioms.txt')))('投诉及建议')).toEqual(expect.arrayContaining(['rights', 'contact']));
  });
  it('大众点评用户服务条款: privacy sentences of a terms chapter the model reads as other (`二、用户管理`) become units with their topics; privacy policies are no terms', async () => {
    const { doc, analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'h5.dianping.com.html'));
    expect(isTermsOfService(doc.text)).toBe(true);
    const chapter = analysis.sections.find((s) => s.heading === '用户管理')!;
    expect(chapter.topics).toEqual([]);
    const units = analysis.sections.filter((s) => s.parent === chapter.id);
    expect(units.every((s) => s.synthetic === 'paragraph')).toBe(true);
    expect(units.flatMap((s) => s.topics)).toEqual(expect.arrayContaining(['collection', 'use']));
    for (const path of [seed(0), seed(3), corpus('gplay_privacy_zh_html', 'web.langlive.com.html')]) {
      expect(isTermsOfService((await analyzed(path)).doc.text), path).toBe(false);
    }
    expect(isTermsOfService((await analyzed(ca4p('0535_com_alibaba_android_rimet.txt'))).doc.text)).toBe(true);
  });

  it('保卫萝卜: the user agreement titled under a site menu of links is terms of service; `5 账号注册` has its collection and rights clauses as units', async () => {
    const { doc, analysis } = await analyzed(ca4p('0518_com_carrot_iceworld.txt'));
    expect(isTermsOfService(doc.text)).toBe(true);
    const chapter = analysis.sections.find((s) => s.heading === '账号注册')!;
    const units = analysis.sections.filter((s) => s.parent === chapter.id);
    expect(units.flatMap((s) => s.topics)).toEqual(expect.arrayContaining(['collection', 'rights']));
  });

  it('我的汤姆猫2: a contract between 甲方 and 乙方 opening `欢迎使用…` is terms of service; `1.账号注册` has its rights clause (`需要修改所提供的个人身份资料信息的`) as a unit', async () => {
    const { doc, analysis } = await analyzed(ca4p('0714_com_outfit7_mytalkingtom2_huawei.txt'));
    expect(isTermsOfService(doc.text)).toBe(true);
    const chapter = analysis.sections.find((s) => s.number === '1.' && s.heading === '账号注册')!;
    const units = analysis.sections.filter((s) => s.parent === chapter.id);
    expect(units.flatMap((s) => s.topics)).toContain('rights');
  });

  it('香哈, 虾米, 高德: the notices chapter of terms of service (`服务条款的修改…将会以上述形式进行通知`, `通知,包括对本“许可协议”的修改`, `本条款内容变化…的通知`) is about updates', async () => {
    for (const [path, heading] of [[ca4p('0865_com_xiangha.txt'), '通知'], [corpus('gplay_privacy_zh_html', 'emumo.xiami.com.html'), '通知'], [corpus('gplay_privacy_zh_html', 'wap.amap.com.html'), '通知和送达']]) {
      const { analysis } = await analyzed(path);
      const chapter = analysis.sections.find((s) => s.heading === heading)!;
      const below = analysis.sections.filter((s) => s.parent === chapter.id);
      expect([...chapter.topics, ...below.flatMap((s) => s.topics)], path).toContain('updates');
    }
    // 香哈 is terms (`Apkid:…` / `===` / `# 重要声明` / `## 1、香哈服务条款的接受`); 携程's menu `•服务协议` / `•隐私政策` over its policy is not.
    expect(isTermsOfService((await analyzed(ca4p('0865_com_xiangha.txt'))).doc.text)).toBe(true);
    expect(isTermsOfService((await analyzed(corpus('gplay_privacy_zh_html', 'm.ctrip.com.html'))).doc.text)).toBe(false);
  });

  it('聊天话术神器, 亘然: in terms of service `需要输入个人信息进行登录` is collection, `有权在必要时修改本协议条款` updates, `读取麦克风和相机权限` permissions', async () => {
    for (const [file, words, topic] of [
      ['0670_com_mei_fish.txt', '可能需要输入个人信息进行登录', 'collection'],
      ['0670_com_mei_fish.txt', '技术开发方有权在必要时修改本协议条款', 'updates'],
      ['0538_com_boss7_project.txt', '允许亘然读取麦克风和相机权限', 'permissions'],
    ] as const) {
      const { doc, analysis } = await analyzed(ca4p(file));
      const unit = analysis.sections.findLast((s) => doc.text.slice(s.nstart, s.nend).includes(words))!;
      expect(unit.synthetic, words).toBe('paragraph');
      expect(unit.topics, words).toContain(topic);
    }
  });

  it('大众点评, 终极狼人杀: `除法律另有规定外` in an account clause is no exception to consent; before giving data out it is', async () => {
    for (const path of [corpus('gplay_privacy_zh_html', 'h5.dianping.com.html'), corpus('gplay_privacy_zh_html', 'werewolf.xiaobanhui.com.html')]) {
      expect((await analyzed(path)).analysis.sections.some((s) => s.topics.includes('consent_exceptions')), path).toBe(false);
    }
    // (钉钉's and 4399SY's own sentences, the latter folded.)
    expect(clauseTopics('除非有法律规定或司法裁定,且征得钉钉公司的同意,否则,您的账户、密码不得以任何方式转让、赠与或继承')).not.toContain('consent_exceptions');
    expect(clauseTopics('除依法律规定或相关主管机关要求外,乙方不得任意出售、交换、出租或公开甲方的姓名')).toContain('consent_exceptions');
  });

  it('a clause stops at a semicolon, which the normalised text writes as `;` (NFKC)', async () => {
    const { doc } = await analyzed(ca4p('0830_com_wimetro_iafc.txt'));
    expect(doc.text).toContain('与国家安全、国防安全有关的;');
    expect(clauseTopics('相关资料仅用于改善服务;您的个人信息由您自行保管')).not.toContain('use');
    expect(clauseTopics('相关资料仅用于改善服务,您的个人信息由您自行保管')).toContain('use');
  });

  it('虾米, 哔哩哔哩: a conduct rule (`以任何方式危害未成年人`) is no clause on minors; an age limit in the same terms is', async () => {
    for (const path of [corpus('gplay_privacy_zh_html', 'emumo.xiami.com.html'), corpus('gplay_privacy_zh_html', 'www.bilibili.com.html')]) {
      const { doc, analysis } = await analyzed(path);
      const rule = analysis.sections.findLast((s) => doc.text.slice(s.nstart, s.nend).includes('以任何方式危害未成年人'))!;
      expect(rule.topics, path).not.toContain('minors');
    }
    const { doc, analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'www.bilibili.com.html'));
    expect(analysis.sections.some((s) => s.topics.includes('minors') && /未成年|周岁/.test(doc.text.slice(s.nstart, s.nend)))).toBe(true);
  });

  it('哲信, 天逸之夏 (the game-service agreement template): `需要修改所提供的个人身份资料信息的,…提供该项服务` under `1.账号注册` is a rights unit', async () => {
    for (const file of ['0735_com_outfit7_mytalkingtomfree_HUAWEI.txt', '0910_com_tcyhx_games_huawei.txt']) {
      const { doc, analysis } = await analyzed(ca4p(file));
      const account = analysis.sections.find((s) => s.heading === '账号注册')!;
      const unit = analysis.sections.find((s) => s.parent === account.id && doc.text.slice(s.nstart, s.nend).includes('需要修改所提供的个人身份资料信息'));
      expect(unit?.topics, file).toContain('rights');
    }
  });

  it('the same template: `采取技术与管理等合理措施保障用户账号的安全` (or `通过…措施保障…`) under `2.用户账号使用与保管` is a security unit', async () => {
    for (const [file, words] of [['0735_com_outfit7_mytalkingtomfree_HUAWEI.txt', '合理措施保障用户账号的安全'], ['0681_com_feiyu_carrot3_huawei.txt', '合理措施保障用户账号的安全'], ['0773_com_lywx_hddts_huawei.txt', '通过技术或是管理等合理措施保障乙方账号的安全']]) {
      const { doc, analysis } = await analyzed(ca4p(file));
      const unit = analysis.sections.find((s) => s.synthetic && doc.text.slice(s.nstart, s.nend).includes(words));
      expect(unit?.topics, file).toContain('security');
      expect(analysis.sections[unit!.parent!].heading, file).toMatch(/[账帐]号/);
    }
  });
});
