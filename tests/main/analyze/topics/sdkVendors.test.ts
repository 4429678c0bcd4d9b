// SDKs named by their vendors, without the word SDK (found by blind batch 30).
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../../helpers/paths';
import { analyzeText, analyzed, byHeading } from '../helpers';
import type { Section } from '../../../../src/shared/types';

const run = hasShared ? describe : describe.skip;
const ca4p = (f: string) => corpus('ca4p483', 'txt', f);
/** Whether the section or a section under it carries `sdk`. */
const sdkIn = (sections: Section[], s: Section): boolean => sections.some((x) => x.nstart >= s.nstart && x.nend <= s.nend && x.topics.includes('sdk'));

run('SDK vendors by name', () => {
  it('洋葱学院: `我们的第三方合作伙伴极光、友盟会收集您的软件安装列表` makes `(三) 其他信息` about SDKs', async () => {
    const { analysis } = await analyzed(ca4p('0828_com_yangcong345_android_phone.txt'));
    const s = analysis.sections;
    expect(sdkIn(s, byHeading(s, '其他信息')[0])).toBe(true);
  });

  it('来电秀: `由浙江每日互动网络科技股份有限公司提供推送技术服务` under `1、共享` is an SDK (个推)', async () => {
    const { analysis } = await analyzed(ca4p('0814_com_xmiles_crazycallshow.txt'));
    const s = analysis.sections;
    expect(sdkIn(s, s.find((x) => x.number === '1、' && x.heading === '共享')!)).toBe(true);
  });

  it('15日天气: `我们产品使用第三方统计` (Umeng Analytics) is an SDK, no third-party service', async () => {
    const { analysis } = await analyzed(ca4p('0739_com_moyou_weather.txt'));
    expect(sdkIn(analysis.sections, byHeading(analysis.sections, '统计分析')[0])).toBe(true);
  });

  it('漂流瓶: a third-party chapter listing `腾讯 | 腾讯Bugly | 发现应用崩溃及异常` is about SDKs', async () => {
    const { analysis } = await analyzed(ca4p('0876_com_xm_bottle.txt'));
    expect(analysis.sections.find((x) => x.heading === '从第三方获取您的信息')!.topics).toContain('sdk');
  });

  it('通知滤盒: `使用微软公司出品的第三方 Bug 分析平台 Microsoft AppCenter` is an SDK (found by blind batch 31)', async () => {
    const { analysis } = await analyzed(corpus('zh_policy_versions', 'filterbox_privacy', 'filterbox_privacy__2025-02-06.md'));
    const extra = analysis.sections.find((x) => x.heading.startsWith('向您提供通知滤盒产品和/或服务的附加业务功能'))!;
    expect(sdkIn(analysis.sections, extra)).toBe(true);
  });
});

describe('SDKs integrated by name (a fresh page from a public GitHub repository, round 21)', () => {
  it('拼字集: `我们集成了以下第三方服务` over `6.1 Firebase Analytics` and `6.2 Firebase Crashlytics` is about SDKs', async () => {
    const html = `<h2>6. 第三方服务</h2>
        <p>为了提供更好的服务体验，我们集成了以下第三方服务。所有第三方服务都经过了严格的安全审查。</p>
        <h3>6.1 Firebase Analytics（Google）</h3>
        <div class="third-party"><ul><li><strong>目的</strong>：统计应用使用情况，优化产品体验</li>
          <li><strong>数据类型</strong>：设备信息、应用使用统计（匿名化）</li></ul></div>
        <h3>6.2 Firebase Crashlytics（Google）</h3>
        <div class="third-party"><ul><li><strong>目的</strong>：收集应用崩溃信息，帮助开发者修复问题</li>
          <li><strong>数据类型</strong>：崩溃日志、设备信息、应用版本信息</li></ul></div>`;
    const { sections } = await analyzeText(html, 'pinziji.html');
    expect(sdkIn(sections, sections.find((x) => x.heading === '第三方服务')!)).toBe(true);
  });

  it('PetMinder: `本应用不集成任何第三方合作伙伴、广告服务或云服务` integrates none', async () => {
    const html = `<h2>1.7 第三方服务说明</h2><p>重要说明：本应用不集成任何第三方合作伙伴、广告服务或云服务，所有功能均在您的设备本地完成。我们不会与任何第三方共享您的个人信息。</p>`;
    const { sections } = await analyzeText(html, 'petminder.html');
    expect(sections.some((x) => x.topics.includes('sdk'))).toBe(false);
  });
});
