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
