import { describe, expect, it } from 'vitest';
import { extractFacts, splitSections } from '../../../src/main/analyze';
import type { Fact } from '../../../src/shared/types';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { analyzeText, analyzed, ingest, values } from './helpers';

const run = hasShared ? describe : describe.skip;

run('extractFacts on the seed policies', () => {
  it('seed 000: the operator\'s phones (not its partners\' in their own parentheses), no postcode, the 15-workday reply, domestic storage', async () => {
    const { analysis } = await analyzed(seed(0));
    const phones = values(analysis, 'phone');
    for (const p of ['010-69630728', '400-100-3399']) expect(phones).toContain(p);
    for (const p of ['400-683-7888', '010-60606666', '0471-5161076']) expect(phones).not.toContain(p);
    expect(phones).not.toContain('100085');
    expect(phones.some((p) => /2022/.test(String(p)))).toBe(false);
    expect(values(analysis, 'response_time')).toContainEqual({ days: 15, workdays: true });
    // (`存储在中国大陆地区的数据中心` and the sentence before it both say so.)
    expect([...new Set(values(analysis, 'storage_location'))]).toEqual(['domestic']);
    expect(values(analysis, 'address')).toContain('北京市北京经济技术开发区科创十街 15 号院 5 号楼 8 层 803 室');
  });

  it('seed 000: `我们于 2022 年 10 月 14 日更新了` and `版本生效时间：2022 年 10 月 14 日`', async () => {
    const { analysis } = await analyzed(seed(0));
    expect(analysis.dates).toEqual({ published: null, effective: '2022-10-14', updated: '2022-10-14' });
  });

  it('seed 000: device permissions with their purposes', async () => {
    const { analysis } = await analyzed(seed(0));
    const perms = values(analysis, 'permission') as { name: string; purpose: string | null }[];
    const names = perms.map((p) => p.name);
    for (const n of ['相机', '麦克风', '通讯录', '日历', '位置', '存储', '电话']) expect(names).toContain(n);
    expect(perms.find((p) => p.name === '日历')!.purpose).toContain('还款');
  });

  it('seed 001: hotline 12329 and 0470 number, `2023年【06】月【05】日` dates, stored at home so no cross-border transfer, none from 出境定居提取', async () => {
    const { analysis, doc } = await analyzed(seed(1));
    const phones = values(analysis, 'phone');
    expect(phones).toContain('12329');
    expect(phones).toContain('0470-3995978');
    expect(analysis.dates.published).toBe('2023-06-05');
    expect(analysis.dates.effective).toBe('2023-06-05');
    // The stance comes from where the data is stored, not from the withdrawal reason `出境定居提取`.
    const [stance] = analysis.facts.filter((f) => f.kind === 'cross_border');
    expect(stance.value).toBe('none');
    expect(doc.source.slice(stance.start, stance.end)).toContain('境内');
    expect(doc.source.slice(stance.start, stance.end)).not.toContain('出境定居');
    expect(values(analysis, 'storage_location')).toContain('domestic');
    expect(values(analysis, 'address').some((a) => String(a).startsWith('呼伦贝尔市海拉尔区'))).toBe(true);
  });

  it('seed 001: the flattened SDK table gives one SDK per row with purpose and data', async () => {
    const { analysis } = await analyzed(seed(1));
    const sdks = values(analysis, 'sdk') as { name: string; purpose: string | null; data: string | null }[];
    const names = sdks.map((s) => s.name);
    for (const n of ['BaiduLBS_Android.jar 百度定位', 'Xutils', 'pushservice-5.6.0.30.jar', 'Glide', '高德开放平台定位SDK']) expect(names).toContain(n);
    expect(names).not.toContain('点击查看第三方隐私政策');
    const baidu = sdks.find((s) => s.name.startsWith('BaiduLBS'))!;
    expect(baidu.purpose).toBe('定位');
    expect(baidu.data).toBe('位置信息');
    expect(sdks.find((s) => s.name === 'Glide')!.purpose).toBe('媒体管理和图像加载');
  });

  it('seed 002: 15 workdays, domestic storage, no dates anywhere', async () => {
    const { analysis } = await analyzed(seed(2));
    expect(values(analysis, 'response_time')).toEqual([{ days: 15, workdays: true }]);
    expect(values(analysis, 'storage_location')).toContain('domestic');
    expect(analysis.dates).toEqual({ published: null, effective: null, updated: null });
  });

  it('seed 003: dates from `发布日期` and `更新/生效日期`, minors under 14 / 18 / 8, 12377 hotline not its URL', async () => {
    const { analysis } = await analyzed(seed(3));
    expect(analysis.dates).toEqual({ published: '2022-11-22', effective: '2022-11-25', updated: '2022-11-25' });
    const ages = values(analysis, 'minor_age');
    for (const a of [14, 18, 8]) expect(ages).toContain(a);
    const phones = values(analysis, 'phone');
    expect(phones).toContain('400-1082-666');
    expect(phones).toContain('12377');
    expect(values(analysis, 'response_time')).toContainEqual({ days: 15, workdays: true });
    expect(values(analysis, 'response_time')).toContainEqual({ days: 15, workdays: false });
    expect(values(analysis, 'storage_location')).toContain('domestic');
    expect(values(analysis, 'cross_border')).toContain('none');
  });

  it('seed 004: `{448237423@qq.com}`, tel and fax, `十五天`, storage and consent for cross-border transfer', async () => {
    const { analysis } = await analyzed(seed(4));
    expect(values(analysis, 'email')).toEqual(['448237423@qq.com']);
    expect(values(analysis, 'phone')).toContain('029-85513174');
    expect(values(analysis, 'response_time')).toEqual([{ days: 15, workdays: false }]);
    expect(values(analysis, 'storage_location')).toContain('domestic');
    const cross = values(analysis, 'cross_border');
    // Chapter 六 states `不涉及在国外转移` and `如需跨境传输,我们将会单独征得您的授权同意`: one stance, consent (the blind
    // labeller of the seeds read it so, as every blind labeller of such a promise has).
    expect(cross).toEqual(['with_consent']);
    expect(analysis.dates).toEqual({ published: '2020-08', effective: '2020-08', updated: null });
  });

  it('spans: source offsets are offsets[nstart]/offsets[nend] without the white space at either end; the section is the deepest one containing the fact', async () => {
    for (const n of [0, 1, 2, 3, 4] as const) {
      const { analysis, doc } = await analyzed(seed(n));
      for (const f of analysis.facts) {
        const span = doc.source.slice(f.start, f.end);
        expect(doc.source.slice(doc.offsets[f.nstart], doc.offsets[f.nend]).trim()).toBe(span);
        expect(span).toBe(span.trim());
        // A name reads as the source writes it.
        if (f.kind === 'operator' || f.kind === 'app_name') expect(span).toContain(String(f.value));
        expect(f.nstart).toBeLessThan(f.nend);
        const containing = analysis.sections.filter((s) => s.nstart <= f.nstart && f.nend <= s.nend);
        expect(f.section).toBe(containing.length ? containing[containing.length - 1].id : null);
        if (f.kind === 'phone' || f.kind === 'email') {
          expect(doc.text.slice(f.nstart, f.nend).toLowerCase().replace(/\s/g, '')).toContain(String(f.value).replace(/\s/g, ''));
        }
      }
    }
  });

  it('the contact phone of seed 004 lies in 如何联系我们 (in one of its paragraphs)', async () => {
    const { analysis } = await analyzed(seed(4));
    const phone = analysis.facts.find((f) => f.kind === 'phone')!;
    let at = analysis.sections[phone.section!];
    while (at.synthetic === 'paragraph' && at.parent !== null) at = analysis.sections[at.parent];
    expect(at.heading).toBe('如何联系我们');
  });
});

function factsOf(text: string): Fact[] {
  return extractFacts(text, splitSections(text));
}
const v = (facts: Fact[], kind: Fact['kind']) => facts.filter((f) => f.kind === kind).map((f) => f.value);

describe('extractFacts on written variants', () => {
  it('an HTML list item reads as a markdown bullet does: a bulleted brand pledge names the app; a menu entry does not', async () => {
    const html = `<ul><li>常見問題</li><li>用戶服務條款</li></ul><h1>隐私政策</h1><p>本网站由上海倩言网络科技有限公司运营。</p>
      <ul><li>欧路软件非常重视个人信息安全,并会采取一切合理可行的措施,持续保护您的个人信息。</li>
      <li>欧路软件仅允许有必要知晓的人员访问相关个人信息。</li></ul>`;
    const analysis = await analyzeText(html, 'policy.html');
    expect(analysis.app).toBe('欧路软件');
  });

  it('de-obfuscates e-mails', () => {
    const f = factsOf('如有问题请发送邮件至 Privacy[at]Example.com 或 help(at)foo.cn，或 service#bar.com。邮箱:{X.Y@QQ.COM}');
    expect(v(f, 'email')).toEqual(['privacy@example.com', 'help@foo.cn', 'service@bar.com', 'x.y@qq.com']);
  });

  it('de-obfuscates upper-case and bracketed stand-ins for `@` and `.`', () => {
    const f = factsOf('邮箱:Privacy[AT]Example.com;投诉:abc【at】foo.com;客服:kefu(@)bar.cn;法务:legal[at]baz[dot]com。');
    expect(v(f, 'email')).toEqual(['privacy@example.com', 'abc@foo.com', 'kefu@bar.cn', 'legal@baz.com']);
  });

  it('phones as written; ID, account, version and date numbers are not phones', () => {
    const f = factsOf(
      '客服热线:95588,传真:010-1234 5678,电话 +86 10 8888 6666,手机 13812345678。身份证号 110101199003071234,账号 4001234567,版本 5.6.0.30,日期 2022-10-14,邮编 100085。',
    );
    const phones = v(f, 'phone');
    expect(phones).toEqual(['95588', '010-1234 5678', '+86 10 8888 6666', '13812345678']);
  });

  it('response deadlines in Chinese numerals, months and days; retention periods are not deadlines', () => {
    const f = factsOf(
      '对于您的请求,我们将在十五个工作日内答复。如您投诉,我们将在一个月内回复您。我们将于15日内处理您的删除申请。您的个人信息保存期限为3年。',
    );
    expect(v(f, 'response_time')).toEqual([{ days: 15, workdays: true }, { days: 30, workdays: false }, { days: 15, workdays: false }]);
    expect(v(f, 'retention')).toContainEqual({ text: '您的个人信息保存期限为3年。', days: 1095 });
  });

  it('retention in months and until account deletion', () => {
    const f = factsOf('日志信息我们将保留6个月。您注销账户后,我们将删除或匿名化处理您的个人信息。');
    const r = v(f, 'retention') as { days: number | null }[];
    expect(r.map((x) => x.days)).toEqual([180, null]);
  });

  it('dates in every format', () => {
    expect(v(factsOf('生效日期：2022 年 10 月 14 日'), 'effective_date')).toEqual(['2022-10-14']);
    expect(v(factsOf('更新日期:2022.10.14'), 'updated_date')).toEqual(['2022-10-14']);
    expect(v(factsOf('发布时间：2022/10/14'), 'published_date')).toEqual(['2022-10-14']);
    expect(v(factsOf('最近更新：２０２１年３月５日'.normalize('NFKC')), 'updated_date')).toEqual(['2021-03-05']);
    expect(v(factsOf('Last updated: March 3, 2021'), 'updated_date')).toEqual(['2021-03-03']);
    expect(v(factsOf('Effective Date: 1 January 2020'), 'effective_date')).toEqual(['2020-01-01']);
    expect(v(factsOf('本政策于2020年8月生效。'), 'effective_date')).toEqual(['2020-08']);
  });

  it('cross-border: none, with consent, yes; 出境定居 is not cross-border', () => {
    expect(v(factsOf('我们不会向境外传输您的个人信息。'), 'cross_border')).toEqual(['none']);
    expect(v(factsOf('如需跨境传输,我们将单独征得您的同意。'), 'cross_border')).toEqual(['with_consent']);
    expect(v(factsOf('Your information will be transferred to servers in the United States.'), 'cross_border')).toEqual(['yes']);
    expect(v(factsOf('提取原因包括出境定居提取、离休退休提取。'), 'cross_border')).toEqual([]);
    // A global service saying where data may go states its practice; a condition on it does not.
    expect(v(factsOf('我们的服务具有全球性,因此您的资料可能会传输到世界任何地方。'), 'cross_border')).toEqual(['yes']);
    expect(v(factsOf('如需将您的信息传输到其他国家,我们将征得您的同意。'), 'cross_border')).toEqual(['with_consent']);
  });

  it('a hotline with its menu key (`联系客服95511-3`) is written as given', () => {
    expect(v(factsOf('您可以联系客服95511-3或通过在线客服进行咨询。'), 'phone')).toEqual(['95511-3']);
  });

  it('storage location: domestic and overseas', () => {
    expect(v(factsOf('我们会将你的个人信息上传、存储到中国大陆地区的数据中心。'), 'storage_location')).toEqual(['domestic']);
    expect(v(factsOf('您的个人信息将存储在中华人民共和国境内。'), 'storage_location')).toEqual(['domestic']);
    expect(v(factsOf('您的信息将存储于位于新加坡的境外服务器。'), 'storage_location')).toEqual(['overseas']);
  });

  it('minor ages from Chinese numerals; operators with their self-reference', () => {
    expect(v(factsOf('若您是不满十四周岁的未成年人,请在监护人陪同下阅读。'), 'minor_age')).toEqual([14]);
    expect(v(factsOf('We do not knowingly collect data from children under 13.'), 'minor_age')).toEqual([13]);
    expect(v(factsOf('本应用由北京某某科技有限公司(以下简称"我们")运营。'), 'operator')).toEqual(['北京某某科技有限公司']);
    expect(v(factsOf('This app is operated by Acme Widgets Inc. (hereinafter "we").'), 'operator')).toEqual(['Acme Widgets Inc.']);
    // 即刻天气: the name in its own brackets and emphasis, then `(本文简称“公司”)`.
    expect(v(factsOf('_【上海极客公社企业发展有限公司】_ (本文简称“公司”)一贯重视用户的个人隐私和数据安全。'), 'operator')).toEqual(['上海极客公社企业发展有限公司']);
  });
});

run('extractFacts on corpora', () => {
  it('耐克: `…个人信息将储存在美国和其他国家` is storage abroad and a transfer abroad; `耐克隐私政策和COOKIE政策` names the app, not a word of its links’ URLs (`?agreementType=…`)', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0719_com_nike_omega.txt'));
    expect(values(analysis, 'storage_location')).toContain('overseas');
    expect(values(analysis, 'cross_border')).toEqual(['yes']);
    expect(analysis.app).toBe('耐克');
  });

  it('e-mails broken after a hyphen, behind a mailto link\u2019s percent-encoded words, or in bold pieces come out whole', async () => {
    const emails = async (f: string) => [...new Set(values((await analyzed(corpus('ca4p483', 'txt', f))).analysis, 'email'))];
    // `发送至cn-` / `provision@service.cainiao.com`
    expect(await emails('0542_com_cainiao_wireless.txt')).toEqual(['cn-provision@service.cainiao.com']);
    // `(mailto:%E5%8F%91…%B01125671494@qq.com)`, and encoded twice (`%25E5…%259asupport_dograise@126.com`)
    expect(await emails('0669_com_jm_fxw.txt')).toEqual(['1125671494@qq.com']);
    const dialer = await emails('0551_com_colorphone_smooth_dialer_cn.txt');
    expect(dialer).toContain('support_dograise@126.com');
    expect(dialer.filter((e) => String(e).includes('%'))).toEqual([]);
    // `**i7play** **@** **qq** **.com**`
    expect(await emails('0852_com_tian_voicechangerpro.txt')).toEqual(['i7play@qq.com']);
  });

  it('发型屋, 配音: a minor age split from its unit by markdown emphasis (`_如果您是14_** ** _周岁以下儿童的`, `18** **周岁`)', async () => {
    expect(values((await analyzed(corpus('ca4p483', 'txt', '0669_com_jm_fxw.txt'))).analysis, 'minor_age')).toEqual([14]);
    expect(values((await analyzed(corpus('ca4p483', 'txt', '0743_com_my_peiyin.txt'))).analysis, 'minor_age')).toContain(18);
  });

  it('酷狗, 测测: terms of service name their operator as `本协议中的“酷狗”指广州酷狗计算机科技有限公司…` and `系确立您与北京力拓飞远科技有限公司之间…`', async () => {
    expect((await analyzed(corpus('ca4p483', 'txt', '0792_com_kugou_android_elder.txt'))).analysis.operator).toEqual(['广州酷狗计算机科技有限公司']);
    expect((await analyzed(corpus('ca4p483', 'txt', '0851_com_xxwolo_cc5.txt'))).analysis.operator).toEqual(['北京力拓飞远科技有限公司']);
  });

  it('隐私相册: `本隐私政策介绍南京未来鸿网络科技有限公司(以下简称:本公司)…` names the operator after the verb that introduces it', async () => {
    expect((await analyzed(corpus('ca4p483', 'txt', '0722_com_nianbo_picprivate.txt'))).analysis.operator).toEqual(['南京未来鸿网络科技有限公司']);
  });

  it('比酷, 变声器, 白日梦, 话本: a fact\u2019s span starts and ends on its text, not on the indent or blank around it', async () => {
    const files = ['0505_com_biku_diary.txt', '0497_cn_qiutinghe_voicechanger.txt', '0530_com_bairimeng_snake_huawei.txt', '0569_com_huabenapp.txt'];
    const kinds = new Set<string>();
    for (const f of files) {
      const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', f));
      for (const fact of analysis.facts) {
        kinds.add(fact.kind);
        expect(doc.text.slice(fact.nstart, fact.nend), `${f} ${fact.kind}`).toMatch(/^\S[\s\S]*\S$|^\S$/);
      }
    }
    expect([...kinds]).toEqual(expect.arrayContaining(['storage_location', 'retention', 'permission', 'minor_age']));
  });

  it('UCloud SDK list: `#### 支付宝支付 SDK` blocks with vendor and purpose', async () => {
    const doc = await ingest(corpus('zh_policy_versions', 'ucloud_app_sdk_list', 'ucloud_app_sdk_list__2025-10-24.md'));
    const facts = extractFacts(doc.text, splitSections(doc.text, doc.offsets, doc.headingHints), doc.offsets);
    const sdks = v(facts, 'sdk') as { name: string; vendor: string | null; purpose: string | null }[];
    const alipay = sdks.find((s) => s.name === '支付宝支付 SDK')!;
    expect(alipay.vendor).toBe('支付宝(中国)网络技术有限公司');
    expect(alipay.purpose).toBe('帮助用户使用支付宝提供的支付功能');
    expect(sdks.find((s) => s.name === '微信支付 SDK')!.vendor).toBe('财付通支付科技有限公司');
  });

  it('CA4P policy: e-mail, address, updated date and three-year retention', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0500_cn_xiaochuankeji_tieba.txt'));
    expect(values(analysis, 'email')).toContain('xcfeedback@xiaochuankeji.cn');
    expect(analysis.dates.updated).toBe('2020-05-25');
    expect(values(analysis, 'address')).toContain('北京市海淀区花园东路11号泰兴大厦4层');
    expect((values(analysis, 'retention') as { days: number | null }[]).map((r) => r.days)).toContain(1095);
    expect(analysis.operator).toEqual(['北京小川科技有限公司']);
  });

  it('QQ音乐 HTML: an `IP地址:` definition is no postal address; the legal department\'s is', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'y.qq.com.html'));
    expect(values(analysis, 'address')).toEqual(['中国广东省深圳市南山区科技中一路万利达科技大厦 17楼 腾讯音乐法务部']);
    expect(values(analysis, 'email')).toEqual(['qqmusic155@tencent.com']);
  });

  it('滴滴 (Traditional): the operator from 「我們」指…, its date and permission found on the fold, values in the original characters', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'dpubstatic.udache.com.html'));
    expect(analysis.operator).toEqual(['小桔科技香港有限公司']);
    expect(values(analysis, 'email')).toEqual(['hkcs@didiglobal.com']);
    expect(analysis.dates.updated).toBe('2018-12-12');
    const mic = (values(analysis, 'permission') as { name: string }[]).map((p) => p.name);
    expect(mic).toEqual(['麥克風']);
    const fact = analysis.facts.find((f) => f.kind === 'permission')!;
    const { doc } = await analyzed(corpus('gplay_privacy_zh_html', 'dpubstatic.udache.com.html'));
    expect(doc.text.slice(fact.nstart, fact.nend)).toContain('麥克風');
  });

  it('得到: the policy\'s own name defined as an entity (“得到”:得到(天津)文化传播有限公司) is the operator, written as the page writes it (full-width brackets)', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'pic1cdn.luojilab.com.html'));
    expect(analysis.operator).toEqual(['得到（天津）文化传播有限公司']);
  });

  it('Spotify (English): effective date, privacy e-mail, transfer abroad', async () => {
    const { analysis } = await analyzed(corpus('ota_pga_versions', 'Spotify', 'Spotify__2022-07-11.md'));
    expect(analysis.dates.effective).toBe('2022-06-08');
    expect(values(analysis, 'email')).toContain('privacy@spotify.com');
    expect(values(analysis, 'cross_border')).toContain('yes');
  });
});
