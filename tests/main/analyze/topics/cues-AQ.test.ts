// Topic cues of round 44's fresh blind batch AQ (the pages' own words).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';

describe('sentences of batch AQ', () => {
  const page = (body: string) => ['隐私政策', '四、信息的共享与披露', '4.1 服务提供商', '我们可能会与第三方服务提供商共享您的信息,以便他们为我们提供技术支持、数据分析等服务。',
    '4.4 第三方广告和分析服务', body, '五、联系我们', '如有疑问,请发送邮件至 admin@example.cn。', ''].join('\n');

  it('邵阳市第一中学: partners said to use cookies to collect (`…他们可能会使用Cookies、Web Beacon等技术来收集…`) is about cookies in a sharing chapter', async () => {
    const a = await analyzeText(page('我们可能会与第三方广告商、广告网络或分析服务提供商合作,他们可能会使用Cookies、Web Beacon等技术来收集关于您如何使用我们的服务的信息,以提供定制广告或分析报告。'), 'sysyz.txt');
    expect(a.sections.find((s) => s.heading === '第三方广告和分析服务')!.topics).toEqual(expect.arrayContaining(['sharing', 'cookies']));
  });

  it('a partner that may place its own cookies, nothing said of collecting, stays where the chapter puts it', async () => {
    const a = await analyzeText(page('我们可能会与第三方广告商合作,这些第三方可以放置自己的Cookie或像素标签,它们的使用不受本政策的约束。'), 'sysyz.txt');
    expect(a.sections.find((s) => s.heading === '第三方广告和分析服务')!.topics).not.toContain('cookies');
  });
});
