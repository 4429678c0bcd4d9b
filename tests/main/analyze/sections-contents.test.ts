// Tables of contents that repeat the chapters' titles, on CA4P pages of ../shared: none of their entries is a section.
import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../../../src/shared/types';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed, analyzeText, topLevel } from './helpers';

const run = hasShared ? describe : describe.skip;
const ca4p = (name: string) => corpus('ca4p483', 'txt', name);
const headed = (a: DocumentAnalysis, h: string) => a.sections.filter((s) => s.heading === h);

run('a table of contents whose chapters repeat its entries', () => {
  it('under `## 目录`, entries that are questions among titles (IKEA: `定义` / `我们如何收集和使用您的个人信息？` / …)', async () => {
    const { analysis } = await analyzed(ca4p('0583_com_ingka_ikea_app_cn_prod.txt'));
    for (const title of ['定义', '我们如何使用Cookie和同类技术', '任何疑问']) expect(headed(analysis, title)).toHaveLength(1);
    // The chapters stand at the top, and `（一）线下购物服务及体验：` is one of the collection chapter's parts.
    const top = topLevel(analysis.sections);
    expect(top).toEqual(expect.arrayContaining(['目录', '定义', '我们如何收集和使用您的个人信息?', '任何疑问']));
    const collection = headed(analysis, '我们如何收集和使用您的个人信息?')[0];
    expect(analysis.sections.find((s) => s.heading.startsWith('线下购物服务及体验'))?.parent).toBe(collection.id);
  });

  it('entries closed by a colon under `本隐私政策目录如下:` (闪送: `2.个人信息的收集：` for `## 2.个人信息的收集`)', async () => {
    const { analysis } = await analyzed(ca4p('0524_cn_ishansong.txt'));
    expect(analysis.sections.filter((s) => s.heading.startsWith('个人信息的收集'))).toHaveLength(1);
    expect(topLevel(analysis.sections)).toEqual(expect.arrayContaining(['1.个人信息的定义与范围', '2.个人信息的收集', '3.设备权限调用']));
  });
});

describe('short lines under a contents title', () => {
  const chapters = ['定义', '我们如何收集和使用您的个人信息？', '我们如何使用Cookie和同类技术', '您的个人信息是否会被共享？', '您的权利', '任何疑问'];
  const chapter = (t: string) => `### ${t}\n本节说明与${t.replace('？', '')}有关的规则，请您仔细阅读。\n我们会按照本政策处理您的个人信息。`;

  it('are no sections when the chapters repeat them, questions among them, and the chapters stand side by side', async () => {
    const text = ['# 隐私政策', '最近更新日期：2020年9月24日', '==========', '## 目录', ...chapters, '==========', ...chapters.map(chapter)].join('\n');
    const a = await analyzeText(text, 'toc.md');
    // (Headings read NFKC: `？` is `?`.)
    for (const t of chapters) expect(a.sections.filter((s) => s.heading === t.normalize('NFKC'))).toHaveLength(1);
    expect(topLevel(a.sections)).toEqual(['隐私政策', '目录', ...chapters.map((t) => t.normalize('NFKC'))]);
  });
});
