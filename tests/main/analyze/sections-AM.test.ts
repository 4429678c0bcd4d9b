// Headings of round 40's pages (the pages' own words): a page's own heading element naming a topic and its parts
// after a colon.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

const YUANHAI = (rights: string) => ['<html><body><h1>隐私政策</h1>', '<h2>第三方网站和服务</h2>',
  '<p>远海网络科技网站、产品、应用程序和服务可能会包含第三方网站、产品和服务的链接。我们鼓励您了解该等第三方的隐私实务。</p>',
  `<h2>${rights}</h2>`, '<p>您可随时通过登录您的用户账户、访问您的用户资料或者直接联系我们来访问、查看和编辑您的个人信息。</p>',
  '<h2>隐私问题</h2>', '<p>如果您有任何问题,请发送邮件至 h544842989h@sina.com。</p>', '</body></html>'].join('\n');

describe('a heading element with a colon', () => {
  it('远海: `<h2>您的权利：访问、编辑、封锁</h2>` is a section of its own, about rights', async () => {
    const a = await analyzeText(YUANHAI('您的权利：访问、编辑、封锁'), 'yuanhai.html');
    const rights = a.sections.find((s) => s.heading === '您的权利:访问、编辑、封锁');
    expect(rights?.topics).toContain('rights');
    expect(a.sections.find((s) => s.heading === '第三方网站和服务')!.topics).not.toContain('rights');
  });

  it('not a field in a heading element (`<h2>更新日期：2016年4月11日</h2>`)', async () => {
    const a = await analyzeText(YUANHAI('更新日期：2016年4月11日'), 'yuanhai.html');
    expect(a.sections.map((s) => s.heading)).not.toContain('更新日期:2016年4月11日');
  });
});

describe('a short exclamation set apart as a heading', () => {
  const FIMI = (title: string) => ['<html><body>', '<h2>访问您的设备上的其他功能</h2>', '<p>我们的应用程序可能会访问您设备上的某些功能,例如蓝牙状态,以及其他功能。</p>',
    `<h2>${title}</h2>`, '<p>飞米承认每个人对隐私权的关注各不相同。因此,我们提供了一些示例,说明您可以如何控制您的信息:</p>',
    '<p>• 打开或者关闭地理位置;</p><p>• 打开或者关闭相机、麦克风权限。</p>', '<h2>撤销同意</h2>', '<p>您可以通过提交请求撤销之前授予我们的同意。</p>', '</body></html>'].join('\n');

  it('米家云台: `<h2>您可以控制您的信息！</h2>` is a section of its own', async () => {
    const a = await analyzeText(FIMI('您可以控制您的信息！'), 'fimi.html');
    expect(a.sections.map((s) => s.heading)).toContain('您可以控制您的信息!');
  });

  it('not a greeting (`**欢迎使用苏e行客户端软件及服务!**`)', async () => {
    const a = await analyzeText(['# 隐私政策', '', '**欢迎使用苏e行客户端软件及服务!**', '', '本政策将帮助您了解我们如何收集和使用您的个人信息。', '', '## 一、我们如何收集您的信息', '', '我们会收集您的设备信息。', ''].join('\n'), 'szfreego.md');
    expect(a.sections.map((s) => s.heading)).not.toContain('欢迎使用苏e行客户端软件及服务!');
  });
});

describe('a question a plain line asks as its title', () => {
  it('微力同步 (earlier fresh page): `微力同步是否将其从访客收集的信息披露给外部各方？`, 24 characters, is a title', async () => {
    const a = await analyzeText(['隐私政策', '', '收集和使用个人身份信息', '', '我们可能会收集您的电子邮件地址,用于管理您的帐户。', '',
      '微力同步是否将其从访客收集的信息披露给外部各方？', '', '微力同步不会出售,交易或以其他方式在公司外部转移访客的个人身份信息,除非我们提前通知您。', '',
      '变更通知', '', '我们可能会不时更新本隐私政策。', ''].join('\n'), 'verysync.md');
    expect(a.sections.map((s) => s.heading)).toContain('微力同步是否将其从访客收集的信息披露给外部各方?');
  });
});

describe('the exceptions to consent a template names on a line of its own', () => {
  it('小红书 (earlier fresh page): `共享、转让、公开披露个人信息授权同意的例外情形`, 23 characters, heads the exceptions', async () => {
    const a = await analyzeText(['二、我们如何共享、转让、公开披露您的个人信息', '', '公开披露:', '', '公开披露是指向社会或不特定人群发布信息的行为。原则上,我们不会对您的个人信息进行公开披露。', '',
      '共享、转让、公开披露个人信息授权同意的例外情形', '', '根据相关法律法规的规定,在以下情形中,我们可能在未事先征得您的授权同意的情况下共享、转让、公开披露您的个人信息:', '',
      '(1) 与国家安全、国防安全有关的;', '', '(2) 与公共安全、公共卫生、重大公共利益有关的;', ''].join('\n'), 'xhs.txt');
    expect(a.sections.find((s) => s.heading === '共享、转让、公开披露个人信息授权同意的例外情形')?.topics).toContain('consent_exceptions');
  });

  it('影视大全 (earlier fresh page): `例外情形：` over the cases, its colon left off', async () => {
    const a = await analyzeText(['(十二)其他', '', '如果某一需要收集您的个人信息的功能未能在本隐私政策中予以说明,我们会通过更新本隐私政策的方式说明。', '', '例外情形：', '',
      '另外,您充分理解并同意,我方在以下情况下收集、使用您的个人信息无需您的授权同意:', '', '(1) 与国家安全、国防安全直接相关的;', ''].join('\n'), 'yingshi.txt');
    expect(a.sections.find((s) => s.heading === '例外情形')?.topics).toContain('consent_exceptions');
  });
});
