// Facts on the words of round 42's fresh pages: a `最新日期` label, a title naming the app after `for`, a verb before a company.
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of batch AO', () => {
  it('思源笔记: `最新日期:2024 年 12 月 18 日` under `发布日期` is the latest revision', async () => {
    const a = await analyzeText(['## 隐私政策', '', '* 发布日期:2022 年 2 月 11 日', '* 最新日期:2024 年 12 月 18 日', '',
      '云南链滴科技有限公司(以下简称“我们”)深知个人信息对您的重要性。', ''].join('\n'), 'siyuan.md');
    expect(a.dates).toEqual({ published: '2022-02-11', effective: null, updated: '2024-12-18' });
  });

  it('Arc 風格側邊欄: `# 隱私權政策 (Privacy Policy) for Arc 風格側邊欄` names the app after `for`', async () => {
    const a = await analyzeText(['# 隱私權政策 (Privacy Policy) for Arc 風格側邊欄', '', '**生效日期:2026年2月10日**', '',
      '感謝您使用「Arc 風格側邊欄」Chrome 擴充功能(以下簡稱「本擴充功能」)。本擴充功能會存取 Google Drive 的資料。', '', '### 1. 我們存取的資訊', '',
      '本擴充功能需要存取您的分頁與書籤。Google Drive 同步為選用功能。', ''].join('\n'), 'arc.md');
    expect(a.app).toBe('Arc 風格側邊欄');
  });

  it('Hover Camera: `下载使用Hover Camera app(…)操控零零科技有限公司` starts the name after the verb', async () => {
    const a = await analyzeText(['Hover Camera App 隐私政策', '',
      '本政策规定了,当您下载使用Hover Camera app(“Hover Camera app”或“app”)操控杭州零零科技有限公司(以下简称“零零”或“我们”)提供的 Hover Camera 系列的无人机产品时,零零收集获取的您的相关信息内容。', ''].join('\n'), 'hover.txt');
    expect(values(a, 'operator')).toEqual(['杭州零零科技有限公司']);
  });
});

describe('a bilingual page (batch AO, wave 4)', () => {
  const page = ['<html><head><title>Mola相机 隐私政策 / Privacy Policy</title></head><body>', '<h1>Mola Cam / Mola相机</h1>', '<p>隐私政策 / Privacy Policy</p>',
    '<p>运营主体 / Operator:上海视界象限科技有限公司 Shanghai Vision Quadrant Technology Co., Ltd.</p>',
    '<p>欢迎使用 Mola相机。本应用由 上海视界象限科技有限公司(以下简称"我们")开发与运营。</p>',
    '<p>为实现登录、分享、支付等功能,本应用接入了以下第三方 SDK。</p>',
    '<h2>Privacy Policy</h2>', '<p>Welcome to Mola Cam. This app is developed and operated by Shanghai Vision Quadrant Technology Co., Ltd. ("we", "us", or "our").</p>',
    ...Array.from({ length: 5 }, () => '<p>The third-party SDKs we integrate may collect device identifiers; see the Third-Party SDKs list below.</p>'),
    '<p>Operator: Shanghai Vision Quadrant Technology Co., Ltd.</p>', '</body></html>'].join('\n');

  it('Mola相机: the page title `Mola相机 隐私政策 / Privacy Policy` names the app (not `SDKs`, repeated in the English copy)', async () => {
    expect((await analyzeText(page, 'mola.html')).app).toBe('Mola相机');
  });

  it('Mola相机: `上海视界象限科技有限公司 Shanghai Vision Quadrant Technology Co., Ltd.` is one operator, its English form no second', async () => {
    expect(values(await analyzeText(page, 'mola.html'), 'operator')).toEqual(['上海视界象限科技有限公司']);
  });
});

describe('a Latin word repeated in an English copy', () => {
  it('`SDKs`, said five times, is no app\'s name', async () => {
    const a = await analyzeText(['隐私政策', '', '欢迎使用本应用。为实现登录、分享、支付等功能,本应用接入了以下第三方 SDK。', '',
      ...Array.from({ length: 8 }, () => '这些 SDK 可能在其功能所需范围内收集、使用您的个人信息,具体信息处理规则以其官方公示为准。'), '', 'Privacy Policy', '',
      ...Array.from({ length: 5 }, () => 'The third-party SDKs we integrate may collect device identifiers; see the Third-Party SDKs list below.'), ''].join('\n'), 'plain.txt');
    expect(a.app).not.toBe('SDKs');
  });
});
