// A chapter the numbering says is there, though its line reads as a sentence or lost its title (round 34, batch AE's 账无忧).
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze/sections';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed } from './helpers';

const chapters = (text: string) => splitSections(text).filter((s) => s.level === 1 && !s.synthetic).map((s) => `${s.number ?? ''}${s.heading}`);
const body = '我们会采取合理可行的措施保护您的个人信息,并在法律法规要求的范围内处理这些信息,以保障您的合法权益。';

describe('numbering gaps', () => {
  it('账无忧: `9、…(包括网站)。例如:` between `8、` and `10、`, and a bare `7、` over its body, are chapters', () => {
    const text = [
      '5、信息安全保护', body, '6、您分享的敏感个人信息', body, '7、',
      '您同意并授权我们或我们的第三方合作伙伴,通过cookies和数据统计工具在内的以下方式收集信息。', body,
      '8、我们可能向您发送的邮件和信息', body, '9、我们的服务可能包括或链接至第三方提供的社交媒体或其他服务(包括网站)。例如:',
      '•     您利用 “分享”键将某些内容分享到我们的服务。', '10、隐私政策的适用范围', body, '11、变更', body, '',
    ].join('\n');
    expect(chapters(text)).toEqual([
      '5、信息安全保护', '6、您分享的敏感个人信息', '7、', '8、我们可能向您发送的邮件和信息',
      '9、我们的服务可能包括或链接至第三方提供的社交媒体或其他服务(包括网站)。例如:', '10、隐私政策的适用范围', '11、变更',
    ]);
  });

  it('a paragraph numbered among the titles (`2. 为便于我们为您提供服务,…。`) stays body, the titles either side stay chapters', () => {
    const text = [
      '1. 帮助您完成注册', body, '2. 为便于我们为您提供服务,您需要提供基本注册信息,包括手机号码、电子邮箱地址、QQ、微博或微信的唯一标识,并创建您的用户名和密码。',
      '3. 向您推送消息', body, '4. 保障安全', body, '5. 联系我们', body, '',
    ].join('\n');
    expect(chapters(text)).toEqual(['1.帮助您完成注册', '3.向您推送消息', '4.保障安全', '5.联系我们']);
  });

  it.runIf(hasShared)('CA4P 0599 (中国银行): `二、我行如何使用Cookie和同类技术 (一)Cookie 为确保…` is the second chapter, about cookies', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0599_com_chinamworld_bocmbci.txt'));
    const second = analysis.sections.find((s) => s.number === '二、');
    expect(second?.heading).toBe('我行如何使用Cookie和同类技术');
    expect(second?.topics).toContain('cookies');
    expect(analysis.sections.find((s) => s.heading === '日志与位置信息')?.parent).toBe(second?.id);
  });
});
