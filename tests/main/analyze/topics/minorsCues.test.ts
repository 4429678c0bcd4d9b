// Who a service is not for, said in a body under any heading (round 33's fresh batch AD: excerpts of a page's words).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';

describe('a service closed to minors', () => {
  it('云豹直播: `未成年禁止注册` under the registration purpose makes that section about minors', async () => {
    const a = await analyzeText(['二、我们如何收集和使用您的个人信息', '(1)用于注册登录',
      '当您注册云豹直播账号时,我们会收集您的手机号码,用于创建账号和登录。未成年禁止注册。', '(2)用于直播服务', '当您观看直播时,我们会收集您的观看记录。', ''].join('\n'), 'yunbao.txt');
    expect(a.sections.find((s) => s.heading === '用于注册登录')!.topics).toContain('minors');
    expect(a.sections.find((s) => s.heading === '用于直播服务')!.topics).not.toContain('minors');
  });
});
