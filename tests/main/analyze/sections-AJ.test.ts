// Headings of round 37's fresh blind batch AJ (the pages' own words): markdown chapters over plain numbered lists of the
// same numbering, and a bracketed number with a stop after it.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

const POLICY = ['# 隐私政策 (Privacy Policy)', '', '## 6. 数据保留与删除', '', '### 6.1 账户删除流程', '如果您选择删除 Linkn App 账户:', '',
  '1. **即时删除**:Firebase 认证账户信息和 Firestore 用户数据立即标记为删除', '2. **30 天缓冲期**:数据将在 30 天内完全清除(防止误操作)', '3. **永久删除**:30 天后所有数据不可恢复', '',
  '## 10. 隐私政策变更', '', '我们可能会不定期更新本隐私政策。变更时:', '', '1. **通知方式**:', '   - 应用内弹窗提醒', '   - 通过注册邮箱发送通知', '', '2. **重大变更**:', '   - 对于重大变更,我们将提前 30 天通知您', '',
  '## 11. 加州居民特别说明(CCPA)', '', '如果您是加州居民,您拥有以下额外权利:知情权、删除权。', '', '## 13. 数据泄露通知', '', '如果发生可能影响您个人信息安全的数据泄露事件,我们将:', '', '1. 在发现泄露后 **72 小时内**通过邮件通知您', '2. 说明泄露的数据类型和范围', ''].join('\n');

describe('a markdown chapter over a plain list of its own numbering', () => {
  it('Linkn: `## 10. 隐私政策变更` › `1. **通知方式**:` nests, and `## 11.` stands beside `## 10.`', async () => {
    const a = await analyzeText(POLICY, 'linkn.md');
    const byHeading = (h: string) => a.sections.find((s) => s.heading.startsWith(h))!;
    const chapter = byHeading('隐私政策变更');
    expect(byHeading('通知方式').parent).toBe(chapter.id);
    expect(byHeading('加州居民特别说明').parent).toBe(chapter.parent);
    expect(byHeading('数据泄露通知').parent).toBe(chapter.parent);
    expect(byHeading('在发现泄露后').parent).toBe(byHeading('数据泄露通知').id);
  });

  it('Note: `1. **未满18周岁的用户**:…` under `## 特别提示` stay its items, and `## 一、` a chapter of its own', async () => {
    const a = await analyzeText(['# Note 隐私政策', '', '## 特别提示', '', '1. **未满18周岁的用户**:请在监护人的陪同下阅读本政策,并在监护人明确同意后方可使用本应用。', '2. **未满14周岁的儿童**:我们承诺不会故意收集未满14周岁儿童的个人信息。如您的孩子未满14周岁,请勿使用本应用。', '3. **主动更新**:随着产品和服务的变化,我们可能会更新本政策。更新后的政策将在应用内显著位置公告。', '', '---', '', '## 一、我们如何收集和使用您的个人信息', '', '我们会收集您主动提供的昵称与笔记内容,用于为您提供记录服务。', ''].join('\n'), 'note.md');
    const chapter = a.sections.find((s) => s.heading === '我们如何收集和使用您的个人信息')!;
    const tip = a.sections.find((s) => s.heading === '特别提示')!;
    expect(chapter.parent).toBe(tip.parent);
    expect(tip.topics).toContain('minors');
  });
});

describe('a bracketed number with a stop after it', () => {
  it('学习通: `(23).设备标识生成库SDK  获取…` is numbered `(23)`, its title without the stop', async () => {
    const a = await analyzeText(['隐私政策', '一、我们使用的SDK', '(1).友盟SDK 通过获取IMEI,MAC地址,用于统计学习通的新增用户数', '', '(2).信鸽SDK 通过获取IMEI和读取手机状态和身份,用于推送学习通的消息', '', '二、我们如何共享', '我们不会共享您的信息。', ''].join('\n'), 'xuexitong.txt');
    const sdk = a.sections.filter((s) => s.number?.startsWith('('));
    expect(sdk.map((s) => `${s.number}${s.heading}`)).toEqual(['(1)友盟SDK', '(2)信鸽SDK']);
  });
});

describe('plain question titles', () => {
  it('炉石传说 (战网): `我们是谁?` after a paragraph ending on a link is a title (contact), and so is `Cookie是什么?我们会怎样使用Cookie?`', async () => {
    const a = await analyzeText(['隐私政策', '本隐私政策于2022年1月19日更新', '', '', '', '上海网之易网络科技发展有限公司(以下简称为“网之易”或“我们”)重视您的隐私。在使用我们提供的产品或服务之前,请您仔细阅读本隐私政策。', '', '', '', '有关隐私保护的声明或政策的问题,申诉或意见,请通过以下网站联系我们: https://www.battlenet.com.cn/support/zh/', '', '', '', '我们是谁?', '就本隐私政策,个人信息处理者是位于中国上海市浦东新区碧波路690号5号楼301-A室的上海网之易网络科技发展有限公司。', '', '', '', '我们会收集哪些个人信息?', '在您使用我们提供的游戏服务过程中,我们会按照如下方式收集您在使用服务时主动提供或因使用服务而产生的个人信息。', '', '', '', 'Cookie是什么?我们会怎样使用Cookie?', 'Cookie是一种小型数据文件,当您访问我们的网站时,我们会使用Cookie记住您的登录状态。', ''].join('\n'), 'battlenet.txt');
    const who = a.sections.find((s) => s.heading.startsWith('我们是谁'))!;
    expect(who.topics).toContain('contact');
    expect(a.sections.find((s) => s.heading.startsWith('Cookie是什么'))!.topics).toContain('cookies');
  });
});

describe('a lead-in to the exceptions after an item left a paragraph', () => {
  it('JJ斗地主: `(三)…以下情形中收集和使用您的个人信息无需征得您的授权同意:` heads its list after `(一)` and a sentence item `(二)`', async () => {
    const a = await analyzeText(['隐私政策', '一、我们收集、使用信息的方式、范围和目的', '', '(一)我们将通过以下途径收集和获得您的信息:', '', '1、您提供的信息。 例如:', '', '(1)您在注册竞技世界服务的账号或使用竞技世界服务时,主动向我们提供的信息;', '', '2、其他方分享的您的信息。亦即其他方使用竞技世界服务时所提供有关您的共享信息。', '', '(二)为了给您提供更好的服务体验,我们会申请获取您设备的相应权限【链接:https://acts.jj.cn/html/activity_topic/static/22030166d78a.html】,或收集您的个人信息【链接:https://acts.jj.cn/html/activity_topic/static/2203018eb630.html】。', '', '(三)根据相关法律、行政法规规定,以下情形中收集和使用您的个人信息无需征得您的授权同意:', '', '1、根据您的要求签订合同或履行合同所必需的。', '', '2、与国家安全、国防安全有关的。', '', '3、与刑事侦查、起诉、审判和判决执行等有关的。', '', '二、我们可能分享、转让或披露的信息', '', '我们不会向第三方分享您的个人信息。', ''].join('\n'), 'jj.txt');
    const lead = a.sections.find((s) => s.heading.startsWith('根据相关法律'))!;
    expect(lead.number).toBe('(三)');
    expect(lead.topics).toContain('consent_exceptions');
    expect(a.sections.filter((s) => s.heading.startsWith('根据相关法律'))).toHaveLength(1);
  });
});
