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
