// Headings of round 37's fresh blind batch AJ (the pages' own words): markdown chapters over plain numbered lists of the
// same numbering, and bold titles run in before a colon.
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

  it('Linkn: `1. **即时删除**:Firebase…` is the title `即时删除` with its body run in (blanks in the title too, not a definition)', async () => {
    const a = await analyzeText(POLICY, 'linkn.md');
    const h = a.sections.map((s) => s.heading);
    expect(h).toEqual(expect.arrayContaining(['即时删除', '30 天缓冲期', '永久删除']));
    expect(h.some((x) => /\*\*\s*[:：]/.test(x))).toBe(false);
    const defs = await analyzeText(['## 定义', '', '1. **团购**:团购是指通过本平台,一定数量的用户组团或者参团,以较低折扣价格购买同一种服务或商品的行为。', '2. **商户**:是指在本平台上发布信息为用户提供各项商品或服务的第三方商家。', ''].join('\n'), 'defs.md');
    expect(defs.sections.map((s) => s.heading)).not.toContain('团购');
  });
});
