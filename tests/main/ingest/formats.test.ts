import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBuffer, ingestFile } from '../../../src/main/ingest';
import { corpus } from '../../helpers/paths';
import { blankPdf, buildDocx, buildPdf } from './fixtures';

const hintTexts = (doc: { text: string; headingHints: { nstart: number; nend: number; level: number }[] }): string[] =>
  doc.headingHints.map((h) => `${h.level}:${doc.text.slice(h.nstart, h.nend)}`);

describe('html', () => {
  it('gplay page: keeps the policy, drops script, style and the site navigation', async () => {
    const path = corpus('gplay_privacy_zh_html', 'news.jd.com.html');
    const raw = readFileSync(path, 'utf8');
    const doc = await ingestFile(path);
    expect(raw).toMatch(/<script/);
    expect(doc.text).not.toMatch(/function\s*\(|document\.write|\{\s*[\w-]+\s*:/);
    expect(doc.text).toContain('隐私政策');
    expect(doc.text.length).toBeGreaterThan(3000);
    expect(doc.text).not.toMatch(/送至|你好,请登录|手机五折起/);
    // the nav-2014 bar's entries are gone
    const nav = /<div id="navitems-2014"[\s\S]*?<\/div>/.exec(raw)![0];
    const navWords = [...nav.matchAll(/>([^<>\s]{2,})</g)].map((m) => m[1]);
    expect(navWords.length).toBeGreaterThan(2);
    for (const w of navWords) expect(doc.text.split('\n')).not.toContain(w);
  });

  it('gplay pages: policy text survives chrome removal on every privacy policy page', async () => {
    const index = readFileSync(corpus('gplay_privacy_zh_html', 'INDEX.csv'), 'utf8').trim().split('\n').slice(1);
    for (const row of index) {
      const [file, , kind] = row.split(',');
      if (!kind.startsWith('privacy_policy')) continue;
      const doc = await ingestFile(corpus('gplay_privacy_zh_html', file));
      expect(doc.text, file).toMatch(/隐私|隱私|個人資料|个人信息|個人信息|zzz/);
      expect(doc.text.length, file).toBeGreaterThan(1500);
    }
  });

  it('qq.com: a policy that lives inside a "menu-content" panel is kept', async () => {
    const doc = await ingestFile(corpus('gplay_privacy_zh_html', 'www.qq.com.html'));
    expect(doc.text.length).toBeGreaterThan(10000);
  });

  it('headings become hints with their level; li keeps a bullet; table rows become one line; entities decoded', async () => {
    const html = `<html><head><title>t</title><style>p{}</style></head><body><nav><a href="/">首页</a></nav>
      <h1>隐私政策</h1><p>我们&amp;您&nbsp;&lt;约定&gt;</p><h2>一、收集</h2><ul><li>姓名</li><li>手机号</li></ul>
      <table><tr><th>SDK</th><th>目的</th></tr><tr><td>微信</td><td><p>分享</p></td></tr></table>
      <p>第一行<br>第二行</p><script>alert(1)</script><footer>版权所有</footer></body></html>`;
    const doc = await ingestBuffer(Buffer.from(html), 'a.html');
    expect(doc.text.split('\n')).toEqual(['隐私政策', '我们&您 <约定>', '一、收集', '• 姓名', '• 手机号', 'SDK | 目的', '微信 | 分享', '第一行', '第二行']);
    expect(hintTexts(doc)).toEqual(['1:隐私政策', '2:一、收集']);
  });

  it('HTML saved as `.txt` (an Android app\'s `assets/privacy.txt`) reads as the page it is; a text mentioning a tag stays text', async () => {
    const html = '<h1><strong>隐私政策协议</strong></h1>\n<p><span>北京瑾禾晖映科技有限公司深知隐私对您的重要性。</span></p>\n<h2>1. 瑾禾晖映如何收集和使用您的个人数据</h2>\n<p>我们会收集您的设备信息。</p>\n<h2>8&nbsp;本政策如何更新</h2>\n<p>瑾禾晖映保留不时更新或修改本政策的权利。</p>';
    const doc = await ingestBuffer(Buffer.from(html), 'privacy.txt');
    expect(doc.format).toBe('txt');
    expect(doc.text.split('\n')).toEqual(['隐私政策协议', '北京瑾禾晖映科技有限公司深知隐私对您的重要性。', '1. 瑾禾晖映如何收集和使用您的个人数据', '我们会收集您的设备信息。', '8 本政策如何更新', '瑾禾晖映保留不时更新或修改本政策的权利。']);
    expect(hintTexts(doc)).toEqual(['1:隐私政策协议', '2:1. 瑾禾晖映如何收集和使用您的个人数据', '2:8 本政策如何更新']);
    const prose = await ingestBuffer(Buffer.from('<p> 标签在网页中表示段落。\n我们不会收集您的个人信息。\n'), 'notes.txt');
    expect(prose.text).toContain('<p>');
  });

  it('汉方舌诊 (round 38, batch AK): rich text saved as `.txt` (`一、<strong>个人信息的定义</strong>`, `<br/>`) reads without its markup, line breaks kept, and so does a `<br>`-broken page; a few tags stay text', async () => {
    const rich = ['<strong>汉方舌诊隐私政策</strong> <br/>', '', '欢迎您使用【<strong>汉方甄选科技有限公司</strong>】提供的产品和/或服务。', '', '一、<strong>个人信息的定义</strong>', '<br/>', '个人信息是指以电子或者其他方式记录的各种信息。', '<br/>', '', '二、<strong>法律依据</strong>', '<br/>', '我们根据《中华人民共和国个人信息保护法》收集和使用您的个人信息。', ''].join('\n');
    const doc = await ingestBuffer(Buffer.from(rich), 'privacy.txt');
    expect(doc.format).toBe('txt');
    expect(doc.text).not.toMatch(/<\/?(?:strong|br)/);
    expect(doc.text.split('\n').filter((l) => l.trim())).toEqual(['汉方舌诊隐私政策', '欢迎您使用【汉方甄选科技有限公司】提供的产品和/或服务。', '一、个人信息的定义', '个人信息是指以电子或者其他方式记录的各种信息。', '二、法律依据', '我们根据《中华人民共和国个人信息保护法》收集和使用您的个人信息。']);
    // (So is a whole page of `<br>`-broken lines with too few block elements to read as one, 吉游社's `assets` page: its head stays out.)
    const page = ['<!DOCTYPE html>', '<html>', '<head>', '    <meta charset="utf-8">', '    <meta name="description" content="">', '</head>', '<body>', '<div style="text-align:center;">', '<h3>吉游社用户隐私政策</h3>', '</div>', '<br>', '<font size="3">', '更新时间:2020年12月29日', '<br>', '<b>版本更新提示</b>', '<br>', '欢迎您选择由吉游社(厦门)信息技术有限公司提供的游戏服务。', '<br>', '<b>一、我们可能收集的个人信息</b>', '<br>', '我们会收集您的设备信息。', '</font>', '</body>', '</html>', ''].join('\n');
    const jiyoushe = await ingestBuffer(Buffer.from(page), 'privacy.txt');
    expect(jiyoushe.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['吉游社用户隐私政策', '更新时间:2020年12月29日', '版本更新提示', '欢迎您选择由吉游社(厦门)信息技术有限公司提供的游戏服务。', '一、我们可能收集的个人信息', '我们会收集您的设备信息。']);
    const notes = await ingestBuffer(Buffer.from('在富文本中,<b>加粗</b>与<br/>换行标签只是举例。\n我们不会收集您的个人信息。\n'), 'notes.txt');
    expect(notes.text).toContain('<b>加粗</b>');
  });

  it('撒吖 (round 32, batch AA): a Word export pasted as a whole HTML page into a Hexo post\'s `.md` reads as the page; markdown opening with a `<div>` stays markdown', async () => {
    const post = ['---', 'title: 撒吖隐私政策', 'date: 2022/8/28 9:09:00', '---', '<html>', '  <head>', '    <style type="text/css">', '      p { margin: 0pt; }', '    </style>', '  </head>', '  <body>',
      '    <p style="text-align: left"><span style="font-family: 宋体">发布时间：</span><span>2022</span><span>年6月6日</span></p>',
      '    <p><span>撒吖隐私政策</span></p>', '    <p><span>一、撒吖如何收集和使用您的个人信息</span></p>', '    <p><span>撒吖会收集您的手机号码。</span></p>', '  </body>', '</html>', ''].join('\n');
    const doc = await ingestBuffer(Buffer.from(post), 'privacyPolicy.md');
    expect(doc.text.split('\n')).toEqual(['发布时间:2022年6月6日', '撒吖隐私政策', '一、撒吖如何收集和使用您的个人信息', '撒吖会收集您的手机号码。']);
    expect(doc.pageTitle).toBe('撒吖隐私政策');
    const readme = await ingestBuffer(Buffer.from('<div align="center">\n<p>logo</p>\n</div>\n\n# 隐私政策\n\n第一行\n第二行\n'), 'README.md');
    expect(readme.text).toContain('# 隐私政策');
  });

  it('a `<footer>` under the title holding the policy\'s dates is content (极限大挑战); a site footer is still chrome', async () => {
    const body = '<p>欢迎您使用由厦门零典零一动漫有限公司研发和运营的《极限大挑战》。</p>'.repeat(3);
    const html = `<body><div class="container"><h1>隐私政策</h1><footer><p>更新日期：2025年04月09日</p><p>生效日期：2025年04月09日</p></footer>
      ${body}</div><footer class="site-footer">版权所有 © 2025 关于我们 | 联系我们</footer></body>`;
    const doc = await ingestBuffer(Buffer.from(html), 'amoy.html');
    expect(doc.text.split('\n').slice(0, 3)).toEqual(['隐私政策', '更新日期:2025年04月09日', '生效日期:2025年04月09日']);
    expect(doc.text).not.toContain('版权所有');
  });

  it('the page\'s `<title>` is kept beside the text, not in it (支付宝隐私权政策); a page without one has none', async () => {
    const alipay = await ingestFile(corpus('gplay_privacy_zh_html', 'docs.alipay.com.html'));
    expect(alipay.pageTitle).toBe('支付宝隐私权政策');
    const bare = await ingestBuffer(Buffer.from('<body><p>我们会收集您的设备信息。</p></body>'), 'bare.html');
    expect(bare.pageTitle).toBeUndefined();
    const spaced = await ingestBuffer(Buffer.from('<head><title>\n  Coaster Tool — 隐私政策 </title></head><body><p>适用于 Coaster Tool 1.1。</p></body>'), 'coaster.html');
    expect(spaced.pageTitle).toBe('Coaster Tool — 隐私政策');
    expect(spaced.text).not.toContain('隐私政策');
  });

  it('En Chat (round 31, fresh batch Z): a `<head>` that never closes holds the whole page as the parser reads it; its text is read, its `<title>` kept apart', async () => {
    const html = ['<!DOCTYPE html>', '<html lang="en">', '<script async src="https://www.googletagmanager.com/gtag/js?id=UA-1"></script>', '<head>', '<meta charset="UTF-8">',
      '<title>PRIVACY POLICY_Video Chat in English</title>', '<link rel="stylesheet" href="__HOME_CSS__/layout.css">', '<header><nav class="dif"></nav></header>',
      '<div class="main"><div class="p"><p><span style="color:#333333">隐私政策</span></p>', '<p><span>更新日期：2022年7月1日<br><br>生效日期：2022年7月1日<br><br>我们于近日更新了《隐私政策》。</span></p>',
      '<p><span>一、我们如何收集和使用您的个人信息<br>我们会收集您的手机号码。</span></p></div></div>', '</body>', '</html>'].join('\n');
    const doc = await ingestBuffer(Buffer.from(html), 'policy_cn.html');
    expect(doc.text).toContain('更新日期:2022年7月1日');
    expect(doc.text).toContain('我们会收集您的手机号码。');
    expect(doc.text).not.toContain('PRIVACY POLICY');
    expect(doc.pageTitle).toBe('PRIVACY POLICY_Video Chat in English');
  });

  it('a line whose every letter is bold becomes a level-0 hint; partly bold lines, table rows and bold inside headings do not', async () => {
    const html = `<body><p><strong>信息存储</strong></p><p>正文<b>加粗</b>部分。</p><p><span style="font-weight: 700">联系我们</span>：</p>
      <p><strong>一、</strong>我们如何收集</p><table><tr><th><b>SDK</b></th><th><b>目的</b></th></tr></table><h3><b>二、共享</b></h3>
      <ul><li><strong>Cookie的使用</strong></li></ul><p style="font-weight:normal">不是粗体</p></body>`;
    const doc = await ingestBuffer(Buffer.from(html), 'b.html');
    expect(hintTexts(doc)).toEqual(['0:信息存储', '0:联系我们:', '3:二、共享', '0:• Cookie的使用']);
  });

  it('a bold title run in before its body is a hint of its own range; a bare bold number or an English title is not', async () => {
    const html = `<body><p><strong>七、管理您的个人信息</strong> 我们保障您对个人信息所享有的访问、更正、删除等权利。</p>
      <ul><li><b>(一)访问您的个人信息</b>:您有权访问您的个人信息。</li></ul><p><strong>一、</strong>我们如何收集</p>
      <p><b>Cookies.</b> We use cookies.</p><p>正文<b>加粗</b>部分。</p></body>`;
    const doc = await ingestBuffer(Buffer.from(html), 'r.html');
    const runIns = doc.headingHints.filter((h) => h.runIn).map((h) => doc.text.slice(h.runIn!.nstart, h.runIn!.nend));
    expect(runIns).toEqual(['七、管理您的个人信息', '(一)访问您的个人信息']);
    // The hint still names the whole line, which is no bold-only line.
    expect(hintTexts(doc)).toEqual(['0:七、管理您的个人信息 我们保障您对个人信息所享有的访问、更正、删除等权利。', '0:• (一)访问您的个人信息:您有权访问您的个人信息。']);
  });

  it('a list item nested in another list is indented two spaces per level, as markdown writes it', async () => {
    const html = `<body><p>我们会以下列方式收集和使用您的个人信息:</p><ul><li>1、乘车码服务<ul><li>(1) 注册信息:您使用乘车码服务时需要注册账号,我们会收集您的手机号码。<ol>
      <li>手机号码</li></ol></li></ul></li><li>2、位置信息</li></ul></body>`;
    const doc = await ingestBuffer(Buffer.from(html), 'n.html');
    expect(doc.text.split('\n')).toEqual(['我们会以下列方式收集和使用您的个人信息:', '• 1、乘车码服务', '  • (1) 注册信息:您使用乘车码服务时需要注册账号,我们会收集您的手机号码。', '    1. 手机号码', '• 2、位置信息']);
  });

  // (Real pages from public GitHub repositories, round 21's fresh batch: a Word paste and a text file named `.html`.)
  it('a Word paste that runs every paragraph into one <p> still breaks at each `<o:p>`, Word\'s end of paragraph', async () => {
    const html = `<p class=MsoNormal ><span style="font-family:苹方-简;" ><font face="苹方-简" >鉴于：</font></span><span><o:p></o:p></span><span><font
      face="苹方-简" >麻花影视大全（以下简称本平台）非常重视用户的隐私和个人信息保护。</font></span><span><o:p></o:p></span><b><span><font face="苹方-简"
      >第一条</font></span></b><b><span>&#160;</span></b><b><span><font face="苹方-简" >定义</font></span></b><span><o:p></o:p></span><span
      >1</span><span><font face="苹方-简" >．您：本协议的“您”特指使用本平台产品或服务的用户。</font></span><span><o:p></o:p></span></p>`;
    const doc = await ingestBuffer(Buffer.from(html), 'w.html');
    expect(doc.text.split('\n')).toEqual(['鉴于:', '麻花影视大全(以下简称本平台)非常重视用户的隐私和个人信息保护。', '第一条 定义', '1.您:本协议的“您”特指使用本平台产品或服务的用户。']);
    expect(hintTexts(doc)).toEqual(['0:第一条 定义']);
  });

  it('an ordered list shows its numbers, from its `start` (EasyPill: each chapter title is an <ol> of its own)', async () => {
    const html = `<p><strong>EasyPill 行動應用程式 - 隱私權政策</strong></p>
<ol>
  <li><strong> 關於本通知</strong></li>
</ol>
<p><span style="font-weight: 400;">本隱私權政策以英文版本提供，此為具約束力和權威性的版本。</span></p>
<ol start="3">
  <li><strong> 資料匿名化</strong></li>
</ol>
<ul>
  <li style="font-weight: 400;" aria-level="1"><span style="font-weight: 400;">我們透過丟棄 IP 位址和個人資訊來匿名化錯誤報告資訊。</span></li>
</ul>
<ol start="4"><li><strong> 我們與誰分享您的個人資訊？</strong></li></ol><ol type="a"><li>字母</li></ol>`;
    const doc = await ingestBuffer(Buffer.from(html), 'easypill.html');
    expect(doc.text.split('\n')).toEqual(['EasyPill 行動應用程式 - 隱私權政策', '1. 關於本通知', '本隱私權政策以英文版本提供,此為具約束力和權威性的版本。',
      '3. 資料匿名化', '• 我們透過丟棄 IP 位址和個人資訊來匿名化錯誤報告資訊。', '4. 我們與誰分享您的個人資訊?', '• 字母']);
  });

  it('a policy pasted in lines into one <p> keeps its lines; a paragraph wrapped in the page\'s source does not', async () => {
    const pasted = `<h1>游戏隐私保护协议</h1><p>
      一、我们收集的信息
      我们提供服务时，坚持合法、正当、必要的原则，仅收集实现产品或服务的业务功能所必要的信息。如果您不提供相关信息，您可能无法注册成为我们的用户或无法享受我们提供的某些产品或服务，或者无法达到相关服务拟达到的效果。
      （一）我们获取的您的信息 在您使用服务时，我们可能会收集如下信息：
      1.实名身份信息，指为了落实法律法规对于实名认证的要求，您在注册账户或使用我们的服务时，可能需要提供的您的姓名、身份证件号码等个人信息，这些信息属于个人敏感信息。
      2.应用相关信息，是指为了预防恶意程序、保障运营质量及效率，我们会收集的安装的应用信息或正在运行的进程信息、应用安装列表、应用来源。
      3.日志信息，指您使用我们的服务时，系统自动采集的技术信息。这些日志信息包括：
      (2)在使用我们服务时搜索或浏览的信息，例如您使用的网页搜索词语、访问的社交媒体页面url地址;
      (3)您通过我们的服务进行通讯的信息，例如曾通讯的账号，以及通讯时间、数据和时长;
    </p>`;
    const doc = await ingestBuffer(Buffer.from(pasted), 'wzr.html');
    const lines = doc.text.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.slice(0, 2)).toEqual(['游戏隐私保护协议', '一、我们收集的信息']);
    expect(lines[3]).toBe('(一)我们获取的您的信息 在您使用服务时,我们可能会收集如下信息:');
    const wrapped = `<p>We collect information you provide directly to us, for example when you create an account,
      update your profile, use the interactive features of our services, participate in contests or
      promotions, request customer support or otherwise communicate with us. The types of information we
      may collect include your name, email address, postal address, phone number, and any other
      information you choose to provide. We also collect information automatically when you use the
      services, including log information, device information, location information and information
      collected by cookies and other tracking technologies. We may also obtain information from other
      sources and combine that with information we collect through our services.</p>`;
    expect((await ingestBuffer(Buffer.from(wrapped), 'en.html')).text.split('\n')).toHaveLength(1);
  });

  it('汇火文化 (round 28, fresh page): a <p> of <span>s one per source line, each a paragraph or a numbered title, breaks at each; runs of one sentence do not', async () => {
    const row = (t: string) => `<span class="wow fadeInLeft" data-wow-duration="1s">${t}</span>`;
    const spans = ['我们非常重视您的个人信息保护。', '1.个人信息的定义和范围', '1.1 个人信息', '指以电子或者其他方式记录的能够识别特定自然人身份的信息。', '1.2 个人敏感信息',
      '包括身份证件号码、个人生物识别信息、银行账号。', '2.\n\t\t我们如何收集和使用您的个人信息', '上海汇火仅会出于本政策所述的以下目的,收集和使用您的个人信息:', '2.1个人注册信息'];
    const doc = await ingestBuffer(Buffer.from(`<h3>用户协议界面</h3><p>\n\t${spans.map(row).join('\n\t')}\n</p>`), 'huihuo.html');
    expect(doc.text.split('\n')).toEqual(['用户协议界面', '我们非常重视您的个人信息保护。', '1.个人信息的定义和范围', '1.1 个人信息', '指以电子或者其他方式记录的能够识别特定自然人身份的信息。',
      '1.2 个人敏感信息', '包括身份证件号码、个人生物识别信息、银行账号。', '2. 我们如何收集和使用您的个人信息', '上海汇火仅会出于本政策所述的以下目的,收集和使用您的个人信息:', '2.1个人注册信息']);
    const runs = ['我们会', '<b>收集</b>', '您的', '手机号码', '和', '设备信息', ',用于', '账号', '安全', '。'].map((t) => `<span>${t}</span>`).join('\n');
    expect((await ingestBuffer(Buffer.from(`<p>${runs}</p>`), 'runs.html')).text.split('\n')).toHaveLength(1);
  });

  it('聯博 (round 28, fresh page): an accordion\'s header button titles its panel; a form\'s button is no text', async () => {
    const item = (title: string, body: string) => `<div class="cmp-accordion__item"><div class="cmp-accordion__header"><button class="cmp-accordion__button" aria-expanded="false">
      <span class="cmp-accordion__title">${title}</span><span class="cmp-accordion__icon"><i class="fa-chevron-down"></i></span></button></div>
      <div class="cmp-accordion__panel" role="region" aria-hidden="true"><p>${body}</p></div></div>`;
    const html = `<div class="cmp-accordion">${item('個人資料的安全性及保障措施', '我們業已制定相關政策及程序,用以合理的保護個人資料的機密性。')}${item('個人資料保存期間', '我們僅在必要期間保存您的個人資料。')}</div>
      <form><input name="q"><button type="submit">搜尋</button></form>`;
    const doc = await ingestBuffer(Buffer.from(html), 'ab.html');
    expect(doc.text.split('\n')).toEqual(['個人資料的安全性及保障措施', '我們業已制定相關政策及程序,用以合理的保護個人資料的機密性。', '個人資料保存期間', '我們僅在必要期間保存您的個人資料。']);
    // (…titles as a bold-only line is: level 0, the analyzer decides.)
    expect(hintTexts(doc)).toEqual(['0:個人資料的安全性及保障措施', '0:個人資料保存期間']);
  });

  it('a page with no markup at all is read as the plain text it is: its lines stay lines', async () => {
    const text = '沙雕世界(luagox+pro2.1)隐私政策\n\n更新日期：2023年 1月 1 日\n\n提示条款\n本隐私权政策适用于沙雕世界(luagox+pro2.1)开发团队提供的产品和服务。\n';
    const doc = await ingestBuffer(Buffer.from(text), 'plain.html');
    expect(doc.source).toBe(text);
    expect(doc.text.split('\n').filter(Boolean)).toEqual(['沙雕世界(luagox+pro2.1)隐私政策', '更新日期:2023年 1月 1 日', '提示条款', '本隐私权政策适用于沙雕世界(luagox+pro2.1)开发团队提供的产品和服务。']);
  });

  it('hostile html: scripts, onerror and javascript: links come out as inert plain text', async () => {
    const html = '<p>Click <a href="javascript:alert(1)">here</a><img src=x onerror="alert(2)">.</p><script>steal()</script>' +
      '<p>&lt;script&gt;alert(3)&lt;/script&gt;</p>' + '<div>'.repeat(20000) + 'deep' + '</div>'.repeat(20000) + '<p>' + '&amp;'.repeat(100000) + '</p>';
    const doc = await ingestBuffer(Buffer.from(html), 'x.htm');
    expect(doc.text).toContain('Click here.');
    expect(doc.text).not.toContain('alert(1)');
    expect(doc.text).not.toContain('alert(2)');
    expect(doc.text).not.toContain('steal');
    expect(doc.text).toContain('<script>alert(3)</script>'); // escaped text stays text
    expect(doc.text).toContain('deep');
    expect(doc.text).toContain('&'.repeat(100000));
  });

  it('honours http-equiv content-type charset', async () => {
    const iconv = (await import('iconv-lite')).default;
    const body = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body><p>隱私權政策與個人資料</p></body></html>';
    const doc = await ingestBuffer(iconv.encode(body, 'big5'), 'b.html');
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toBe('隱私權政策與個人資料');
  });
});

describe('html: a title on its own source line in its paragraph', () => {
  it('掌上LAPA (round 37): `<p>我们可能收集的信息⏎  我们提供服务时,…。</p>` keeps the title a line of its own; a sentence wrapped after a word (`您在使用homemaking⏎ 平台时`) runs on', async () => {
    const html = '<body><p>掌上LAPA重视用户的隐私。</p>\n<p class="margb15">我们可能收集的信息\n\t  我们提供服务时，可能会收集、储存和使用下列与您有关的信息。</p>\n<p class="margb15">信息安全 我们使用各种安全技术和程序，以防信息的丢失。</p>\n<p>您在使用homemaking\n    平台时，需要根据服务的内容，选择填写及/或提交服务所必须的信息。</p></body>';
    const doc = await ingestBuffer(Buffer.from(html), 'lapa.html');
    expect(doc.text.split('\n')).toEqual(['掌上LAPA重视用户的隐私。', '我们可能收集的信息', '我们提供服务时,可能会收集、储存和使用下列与您有关的信息。', '信息安全 我们使用各种安全技术和程序,以防信息的丢失。', '您在使用homemaking 平台时,需要根据服务的内容,选择填写及/或提交服务所必须的信息。']);
  });
});

describe('markdown', () => {
  it('emits hints for # headings and setext underlines (ca4p483 txt style)', async () => {
    const src = '# 隐私政策\n\n引言\n====\n\n正文内容。\n\n第一部分\n----\n\n## 二、我们如何使用\n- 列表项\n---\n';
    const doc = await ingestBuffer(Buffer.from(src), 'p.md');
    expect(hintTexts(doc)).toEqual(['1:# 隐私政策', '1:引言', '2:第一部分', '2:## 二、我们如何使用']);
  });
});

describe('docx', () => {
  it('extracts text and Word heading styles as hints from a docx built with jszip', async () => {
    const bytes = await buildDocx([
      { style: 'Heading1', text: '个人信息保护政策' },
      { text: '我们重视您的隐私。' },
      { style: 'Heading2', text: '一、我们如何收集' },
      { text: '手机号码用于登录。' },
    ]);
    const doc = await ingestBuffer(bytes, 'policy.docx');
    expect(doc.format).toBe('docx');
    expect(doc.encoding).toBe('binary');
    expect(doc.text.split('\n')).toEqual(['个人信息保护政策', '我们重视您的隐私。', '一、我们如何收集', '手机号码用于登录。']);
    expect(hintTexts(doc)).toEqual(['1:个人信息保护政策', '2:一、我们如何收集']);
  });

  it('a paragraph set all in bold (mammoth writes it as <strong>) is a level-0 hint', async () => {
    const bytes = await buildDocx([{ text: '隐私政策' }, { bold: true, text: '信息的存储' }, { text: '我们将信息存储在中国境内。' }]);
    const doc = await ingestBuffer(bytes, 'bold.docx');
    expect(hintTexts(doc)).toEqual(['0:信息的存储']);
  });
});

describe('pdf', () => {
  it('extracts the OPP-115 Kaleida Health PDF', async () => {
    const doc = await ingestFile(corpus('opp115', 'original_policies', '517_www.kaleidahealth.org.pdf'));
    expect(doc.format).toBe('pdf');
    expect(doc.text).toMatch(/NOTICE OF PRIVACY PRACTICES/);
    expect(doc.text).toMatch(/Kaleida Health/);
    expect(doc.text.length).toBeGreaterThan(10000);
  });

  it('a hand-built PDF with a text layer extracts its line', async () => {
    const content = 'BT /F1 12 Tf 20 100 Td (Privacy notice text) Tj ET';
    const bytes = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]);
    expect((await ingestBuffer(bytes, 'a.pdf')).text).toBe('Privacy notice text');
  });

  it('no text layer, encrypted, broken and non-PDF bytes give specific errors', async () => {
    await expect(ingestBuffer(blankPdf(), 'scan.pdf')).rejects.toThrow('pdf: no text layer (scanned image?)');
    const id = '<' + '11'.repeat(16) + '>';
    const encrypted = blankPdf(`/Encrypt 5 0 R /ID [${id} ${id}] `, [`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`]);
    await expect(ingestBuffer(encrypted, 'locked.pdf')).rejects.toThrow('pdf: encrypted');
    await expect(ingestBuffer(Buffer.from('%PDF-1.7\n1 0 obj << garbage'), 'broken.pdf')).rejects.toThrow(/^pdf: broken \(/);
    await expect(ingestBuffer(Buffer.from('just some text, not a pdf'), 'fake.pdf')).rejects.toThrow('not a PDF: no %PDF header');
  });
});
