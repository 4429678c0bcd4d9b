// Section trees from round 43's misses (the pages' own lines).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

const titled = (a: Awaited<ReturnType<typeof analyzeText>>) => a.sections.filter((s) => s.heading).map((s) => `${s.level} ${s.heading}`);

describe('bold by a class, labels of bulleted items', () => {
  const page = ['<html><head><style>.bold { font-weight: bold; }</style></head><body>', '<h3>二、資訊之蒐集、處理及利用</h3>', '<ul>',
    '<li class="fXS bold">註冊帳號</li>', '<li class="fXS none">本府收集您用戶暱稱、所在地區、手機號碼及密碼。本府將牢固地保存和管理,使其無法被輕易解碼。</li>',
    '<li class="fXS bold">位置資訊</li>', '<li class="fXS none">本府將收集您所在的位置資訊,其取得包括但不限於行動裝置上之GPS系統與WiFi,這些資訊會在您同意位置被提供的狀態下取得。</li>',
    '</ul>', '<h3>三、資訊用途</h3>', '<p>本府收集的資訊將用做提供您更佳的服務品質,並改善服務內容。</p>', '</body></html>'].join('\n');

  it('TTPush: `<li class="bold">註冊帳號</li>` over a plain item is a sub-heading of its chapter', async () => {
    expect(titled(await analyzeText(page, 'ttpush.html'))).toEqual(['1 資訊之蒐集、處理及利用', '2 註冊帳號', '2 位置資訊', '1 資訊用途']);
  });
});

describe('a number closed by a full stop', () => {
  it('睡好: `2。麦克风音频、录音和报告`, a translation\'s numbering, heads its chapter', async () => {
    const a = await analyzeText(['<html><body>', '<h1>睡好 隐私政策</h1>', '<p>1。概述</p>', '<p>睡好是一款帮助您了解睡眠期间鼾声的 iPhone 应用。本政策说明我们如何处理信息。</p>',
      '<p>2。麦克风音频、录音和报告</p>', '<p>睡好会在睡眠期间使用 iPhone 麦克风检测鼾声,音频在设备上处理,不会上传到我们的服务器。</p>',
      '<p>3。联系方式</p>', '<p>如有任何问题,请发送邮件至 support@ajigu.com 与我们联系。</p>', '</body></html>'].join('\n'), 'snorz.html');
    expect(a.sections.filter((s) => s.number).map((s) => s.heading)).toEqual(['概述', '麦克风音频、录音和报告', '联系方式']);
  });

  it('a sentence after its number and full stop is no title: `1。我们会收集…,用于…。`', async () => {
    const a = await analyzeText(['隐私政策', '一、我们收集的信息', '1。我们会收集您的手机号码,用于注册账号。', '2。我们会收集设备信息,用于安全风控。', ''].join('\n'), 'x.txt');
    expect(a.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual(['我们收集的信息']);
  });
});

describe('what a policy sets in bold that heads nothing', () => {
  it('路卡世界: `本隐私政策将帮助您了解:` in bold over the contents holds none of the chapters after them', async () => {
    const a = await analyzeText(['<html><body>', '<h1>隐私政策及服务说明</h1>', '<p>我们非常重视您的个人信息保护。</p>', '<p><span class="bold">本隐私政策将帮助您了解：</span></p>',
      '<p>1. 我们如何收集和使用您的个人信息</p>', '<p>2. 我们如何共享您的个人信息</p>', '<hr>', '<h3>1. 我们如何收集和使用您的个人信息</h3>',
      '<p><span class="bold">1.1 产品的正常运行</span><br>当您使用本产品时,我们会收集您的设备型号、操作系统版本,用于保障软件与服务的正常运行。</p>',
      '<h3>2. 我们如何共享您的个人信息</h3>', '<p>我们不会与第三方共享您的个人信息,除非获得您的明确同意。</p>', '</body></html>'].join('\n'), 'luka.html');
    const intro = a.sections.find((s) => s.heading.startsWith('本隐私政策将帮助您了解'))!;
    expect(a.sections.filter((s) => s.parent === intro.id && s.heading)).toEqual([]);
    expect(a.sections.find((s) => s.heading === '我们如何共享您的个人信息')!.level).toBe(intro.level);
  });

  it('路卡世界: the company and the date in bold closing the page sign it, they head nothing', async () => {
    const a = await analyzeText(['<html><body>', '<h2>1. 我们如何收集和使用您的个人信息</h2>', '<p>我们会收集您的手机号码用于注册账号,收集设备信息用于安全风控。</p>',
      '<h2>2. 效力</h2>', '<p>本政策自发布之日起生效。</p>', '<p><strong>湖北呆马科技有限责任公司</strong></p>', '<p><strong>2025年12月28日</strong></p>', '</body></html>'].join('\n'), 'luka.html');
    expect(titled(a)).toEqual(['1 我们如何收集和使用您的个人信息', '1 效力']);
  });
});
