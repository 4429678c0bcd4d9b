// Section trees from round 45's misses (the pages' own lines): anchors after markdown titles, a Taiwanese consent notice
// set out as numbered paragraphs, `<h2>` chapters after bold sub-titles, a clause broken before its object.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

const headings = (a: Awaited<ReturnType<typeof analyzeText>>) => a.sections.filter((s) => s.heading).map((s) => s.heading);

describe('markdown titles with an anchor', () => {
  // Raptor: every title carries an attribute block, with `#` or without.
  const page = ['# 隐私政策 {privacy-policy}', '', '更新日期:2025年3月1日', '',
    '## 一、本《隐私政策》的适用范围 {#Scope-of-application}', '', '本《隐私政策》适用于 Raptor 软件及其相关服务,请您在使用前仔细阅读并充分理解本政策的全部内容。', '',
    '## 二、我们如何收集和使用您的信息 {#How-we-collect-and-use-user-information}', '', '我们会收集您在使用软件过程中主动提供的信息以及软件运行时产生的故障日志。', '',
    '## 三、我们如何使用machine id和同类追踪技术 {how-we-use-machine-id-and-class-tracking-techniques}', '',
    '当用户在使用 Raptor 时,我们可能会利用machine id或同类技术来收集用户的设备环境、网络环境,及时发现并防范安全风险。', '',
    '## 四、我们接入的第三方及我们如何共享、转让、公开披露个人信息 {third-party-integration-and-sharing}', '',
    '我们会在应用中嵌入第三方的SDK,并仅在实现功能所必需的范围内共享您的信息。', ''].join('\n');

  it('Raptor: `## 三、我们如何使用machine id和同类追踪技术 {how-we-use-…}` heads its chapter, the anchor left off', async () => {
    const a = await analyzeText(page, 'raptor.md');
    const chapters = a.sections.filter((s) => s.number && /^[一二三四]、$/.test(s.number));
    expect(chapters.map((s) => s.heading)).toEqual(['本《隐私政策》的适用范围', '我们如何收集和使用您的信息', '我们如何使用machine id和同类追踪技术',
      '我们接入的第三方及我们如何共享、转让、公开披露个人信息']);
    expect(new Set(chapters.map((s) => s.level)).size).toBe(1);
    expect(headings(a).some((h) => h.includes('{'))).toBe(false);
  });

  it('braces in a title\'s words stay: `## 二、变量{name}的说明`', async () => {
    const a = await analyzeText(['# 说明', '', '## 一、概述', '', '本文说明模板中的变量如何填写,请在使用前阅读。', '', '## 二、变量{name}的说明', '',
      '变量会在发送通知时替换为您的昵称,我们不会保存替换后的内容。', ''].join('\n'), 'vars.md');
    expect(headings(a)).toContain('变量{name}的说明');
  });
});

describe('a notice set out as numbered paragraphs', () => {
  // 快一點 (點點全球): a Taiwanese consent notice, every clause a numbered paragraph, the first ones titled before a colon.
  const clauses = ['服務條款', '【點點全球股份有限公司】(以下稱「本公司」)提供之「快一點」(以下稱「本服務」)非常重視並尊重您的隱私權。請詳細閱讀以下個人資料授權原則及使用同意書(以下稱「本同意書」)。',
    '1. 本同意書之範圍:本同意書適用於您使用本服務或向本服務透過電話、傳真、電子郵件或其他傳輸方式提出查詢、點餐或行銷活動時,所涉及之個人資料蒐集、處理與利用行為。',
    '2. 個人資料蒐集之目的: 提供您使用本服務,並協助本公司運營所必要之一切目的,包含但不限於本服務之運作、行銷、廣告、會員管理、數據統計。',
    '3. 個人資料蒐集類型:本公司可能會蒐集到包含但不限於您的姓名、出生年月日、聯絡方式及其他與本服務相關而得以直接或間接方式識別您之個人資料。',
    '4. 適當安全維護措施:本公司將依個人資料保護法施行細則提供符合相關法令規定之技術與安全維護措施,以妥善保護您的個人資料。',
    '5. 個人資料利用之期間: 自您開始使用本服務時,至您要求停止使用本服務之時,或本公司停止向您提供本服務為止(以時間較早者為準)。',
    '6. 您瞭解並同意不使用本服務提供之LINE官方帳號作為任何第三人之廣告媒體。',
    '7. 1Cookies之使用: Cookies是一種小型檔案,於您使用本服務時會儲存某些資訊在您的使用裝置中,您仍可以於您的裝置瀏覽器中取消或限制此功能。',
    '8. 若您對本同意書所列事項有疑問,請聯絡本公司。', ''];

  it('快一點: the titled clauses head sections, and the clauses numbered on after them stand beside them, not inside', async () => {
    const a = await analyzeText(clauses.join('\n'), 'qcard.txt');
    const numbered = a.sections.filter((s) => s.number);
    expect(numbered.map((s) => s.number)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.']);
    expect(numbered.map((s) => s.heading)).toEqual(['本同意書之範圍', '個人資料蒐集之目的', '個人資料蒐集類型', '適當安全維護措施', '個人資料利用之期間', '', '1Cookies之使用', '']);
    expect(new Set(numbered.map((s) => s.level)).size).toBe(1);
    expect(a.sections.find((s) => s.heading === '適當安全維護措施')!.topics).toContain('security');
  });

  it('two titled clauses are not enough: `1、咪咕公司:…` › `2、咪咕产品:…`, terms in a list, stay paragraphs', async () => {
    const a = await analyzeText([clauses[0], clauses[1], clauses[2], clauses[3], clauses[6], clauses[8], ''].join('\n'), 'qcard.txt');
    expect(a.sections.filter((s) => s.number)).toEqual([]);
  });

  it('under a numbered chapter such a run is the chapter\'s list, as before', async () => {
    const a = await analyzeText(['隐私政策', '一、我们如何收集和使用您的个人信息', '我们会按照如下方式收集您在使用服务时主动提供的和因为使用服务而产生的信息。',
      '1、普通用户:您注册时需要提供手机号码,用于创建账号和登录,如您拒绝提供将无法注册。', '2、实名用户:您进行实名认证时需要提供姓名和身份证号码,用于核验您的身份。',
      '3、游客用户:您可以不注册直接浏览部分公开内容,我们仅收集浏览所必需的设备信息。', '二、联系我们', '如有疑问,请发送邮件至 service@example.com 与我们联系。', ''].join('\n'), 'x.txt');
    expect(headings(a)).not.toContain('普通用户');
  });
});

describe('chapter headings after bold sub-titles', () => {
  // 米兔遥控小飞机 (a page exported from TextEdit): `<h2>` chapters, `<p><b>` sub-titles, the first bold line before any chapter.
  const page = (chapter: string) => ['<html><body>', '<p><b>我们向您承诺</b></p>', '<p>本隐私政策规定了飞米公司如何收集、使用、披露、处理和保护您在使用我们的产品和服务时提供给我们的信息。</p>',
    `<${chapter}><b>安全保障</b></${chapter}>`, '<p><b>飞米的安全措施</b></p>', '<p>我们承诺保证您的个人信息安全。为了防止未经授权的访问、披露或其他类似风险,我们落实了合理的物理、电子和管理措施流程。</p>',
    '<p><b>您能做什么！</b></p>', '<p>您可以通过不向任何人披露您的登录密码或账户信息,为保护您个人信息的安全发挥作用。</p>',
    `<${chapter}><b>保留政策</b></${chapter}>`, '<p>如有必要实现收集信息的目的,或者遵守适用法律的要求,我们将一直保留个人信息。</p>', '</body></html>'].join('\n');

  it('米兔遥控小飞机: `<h2>安全保障</h2>` after the bold `我们向您承诺` is a chapter beside it, its bold sub-titles under it', async () => {
    const a = await analyzeText(page('h2'), 'midrone.html');
    const byHeading = (h: string) => a.sections.find((s) => s.heading === h)!;
    expect(byHeading('安全保障').level).toBe(byHeading('我们向您承诺').level);
    expect(byHeading('您能做什么!').parent).toBe(byHeading('安全保障').id);
    expect(byHeading('保留政策').level).toBe(byHeading('安全保障').level);
  });

  it('an `<h3>` under a bold chapter stays its sub-section', async () => {
    const a = await analyzeText(page('h3'), 'midrone.html');
    const byHeading = (h: string) => a.sections.find((s) => s.heading === h)!;
    expect(byHeading('安全保障').parent).toBe(byHeading('我们向您承诺').id);
  });
});

describe('a clause broken before its object', () => {
  it('Raptor: `**(1)本《隐私政策》仅适用于 奈索星联 研发…。**` is no title `本《隐私政策》仅适用于` run in over a body', async () => {
    const a = await analyzeText(['## 一、本《隐私政策》的适用范围', '',
      '**(1)本《隐私政策》仅适用于 奈索星联 研发、设计、发布的 Raptor 软件 ,包括 奈索星联 委托或集成 由 关联方 合法拥有并运营的应用程序、软件。**', '',
      '此处所称的关联方是指因共同所有权或控制权而与公司相关的公司、组织或个人。', '', '## 二、联系我们', '', '如有疑问,请发送邮件至 support@example.com。', ''].join('\n'), 'raptor.md');
    expect(headings(a)).not.toContain('本《隐私政策》仅适用于');
  });
});
