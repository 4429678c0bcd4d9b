// Facts on the words of round 43's fresh pages: products named by a company's or a developer's words, a label before a
// cross-border denial, another document's publication date, a local government running its app.
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('the app batch AP names', () => {
  it('牛蛙呐: `适用于X公司(以下简称我公司)提供的牛蛙呐的软件及服务` names the product the company provides', async () => {
    const a = await analyzeText(['隐私政策', '更新日期:2021年09月28日', '提示',
      '本隐私政策适用于乖乖帮信息科技有限公司(以下简称我公司)提供的牛蛙呐的软件及服务。本隐私政策中牛蛙呐的客户端软件可能会涉及不同应用版本。',
      '我公司深知个人信息对您的重要性,并会尽全力保护您的个人信息安全可靠。', ''].join('\n'), 'niuwana.txt');
    expect(a.app).toBe('牛蛙呐');
  });

  it('寻找他: a template filled in on lines of their own, `寻找他` / `APP` / `(以下简称本APP)`, names the app', async () => {
    const a = await analyzeText(['重要提示', '本产品重视用户的隐私协议。', '深圳市奇蜜果科技有限公司', '(以下简称本公司)与用户之间关于', '寻找他', 'APP',
      '(以下简称本APP)软件服务(以下简称“服务”)的权利义务。', '您在使用我们的产品与/或服务时,我们可能会收集和使用您的相关信息。', ''].join('\n'), 'xunzhaota.txt');
    expect(a.app).toBe('寻找他');
  });

  it('ViewSieve: `ViewSieve 由个人开发者 AbnerWater 提供` names the product, not `Chrome` the page repeats', async () => {
    const a = await analyzeText(['<html><head><title>隐私与数据 — ViewSieve</title></head><body>', '<p>ViewSieve · 2026-10-10</p>', '<h1>隐私与数据</h1>',
      '<h2>范围与负责人</h2>', '<p>ViewSieve 由个人开发者 AbnerWater 提供。本文适用于扩展、官网及支持渠道,自 2026 年 9 月 28 日更新。</p>',
      ...Array.from({ length: 9 }, (_, k) => `<p>扩展在 Chrome 中运行第 ${k + 1} 项规则,数据保存在 Chrome 本地存储中。</p>`), '</body></html>'].join('\n'), 'viewsieve.html');
    expect(a.app).toBe('ViewSieve');
  });

  it('AstrBot-Bubble-Android-App: `本应用(AstrBot-Bubble-Android-App)是…` names the app, not the framework it is built on', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 重要告知', '', '- 本应用(AstrBot-Bubble-Android-App)是完全免费的开源项目', '',
      ...Array.from({ length: 6 }, () => '本应用基于AstrBot聊天机器人框架运行,AstrBot 的数据保存在您的设备上。'), ''].join('\n'), 'astrbot.md');
    expect(a.app).toBe('AstrBot-Bubble-Android-App');
  });
});

describe('a scraped page', () => {
  it('智联招聘: a menu of documents over the text (`职Q板块直播协议` / `职Q板块直播隐私保护声明`) names no app; the policy does', async () => {
    const a = await analyzeText(['职Q社区规范', '职Q板块直播协议', '职Q板块直播隐私保护声明', '二、如何使用Cookie及其他同类追踪技术', '更新日期:2023年09月26日',
      '智联招聘产品与/或服务(详情请查阅《智联招聘隐私政策》第11条: 关键词定义 )是由北京网聘信息技术有限公司(以下简称“我们”)提供的产品和服务。',
      ...Array.from({ length: 4 }, () => '当您使用智联招聘的求职服务时,我们会收集您的简历信息。'), ''].join('\n'), 'zhaopin.txt');
    expect(a.app).toBe('智联招聘');
  });
});

describe('a name every mention of which follows a verb', () => {
  it('`您可以通过智联招聘APP端…`, said again and again: `通过` is how the reader reaches the app, no part of its name', async () => {
    const a = await analyzeText(['隐私政策', '更新日期:2023年09月26日', ...Array.from({ length: 4 }, () => '您可以通过智联招聘APP端"我的-隐私中心"管理您的个人信息。'), ''].join('\n'), 'zhaopin.txt');
    expect(a.app).toBe('智联招聘');
  });
});

describe('other facts of batch AP', () => {
  it('AstrBot: `- **跨境传输**:本应用不进行任何个人信息的跨境传输。` denies transfer after its label', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 7. 信息的存储与跨境传输', '', '- **存储位置**:您的数据一直保存在您的设备上。',
      '- **跨境传输**:本应用不进行任何个人信息的跨境传输。唯一的网络请求是检查更新。', ''].join('\n'), 'astrbot.md');
    expect(values(a, 'cross_border')).toEqual(['none']);
  });

  it('默言默语: `我们还于2020年12月25日发布了《儿童个人信息保护规则》` dates another document, not this policy', async () => {
    const a = await analyzeText(['隐私政策', '7、未成年人保护',
      '特别地,若您是不满14周岁的未成年人,为保护儿童个人信息,我们还于2020年12月25日发布了《儿童个人信息保护规则》。儿童及其监护人在使用我们产品服务前,还应仔细阅读。', ''].join('\n'), 'moyan.txt');
    expect(a.dates.published).toBeNull();
  });

  it('TTPush: `「TTPush」APP為臺東縣政府(以下簡稱「本府」)` is run by the county government', async () => {
    const a = await analyzeText(['<html><body>', '<p>「TTPush」APP為臺東縣政府(以下簡稱「本府」)致力開發的通訊軟體,本府相當重視您的隱私權,因此制訂了隱私權保護政策。</p>',
      '<h3>一、適用範圍</h3>', '<p>本隱私權保護政策內容,包括本府如何處理在您使用網站服務時收集到的個人識別資料。</p>', '</body></html>'].join('\n'), 'ttpush.html');
    expect(values(a, 'operator')).toEqual(['臺東縣政府']);
  });
});
