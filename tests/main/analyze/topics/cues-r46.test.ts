// Topic cues of round 46 (the fresh pages' own words).
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround } from '../helpers';
import type { DocumentAnalysis } from '../../../../src/shared/types';

const topicsOf = (a: DocumentAnalysis, heading: string) => a.sections.find((s) => s.heading === heading)!.topics;

describe('a rights chapter that gives the address to write to', () => {
  it('维流 Token: `十、您的权利` › `您可通过平台功能或发送邮件至 <2261665821@qq.com> 提交请求` is where the reader finds the contact too', async () => {
    const a = await analyzeText(policyAround('2. 您的权利', [
      '您依法享有知情、决定、限制或拒绝处理，以及查阅、复制、更正、补充、删除个人信息、撤回同意和注销账号等权利。', '',
      '您可通过平台功能或发送邮件至 <2261665821@qq.com> 提交请求。为保障安全，我们可能核验账号归属。我们将在材料完整后十五个工作日内或法律规定的期限内答复；请求复杂需要延期时会说明原因。撤回同意不影响撤回前处理活动的效力，也不影响基于合同履行或法定义务继续进行的必要处理。', '',
      '注销账号前，您可申请导出依法可提供的信息并处理钱包剩余余额。注销后，我们将按本政策删除或匿名化信息，但法律要求保留的记录除外。',
    ].join('\n')), 'weiliu.md');
    expect(topicsOf(a, '您的权利')).toEqual(expect.arrayContaining(['rights', 'contact']));
  });

  it('LinkN: `5.6 如何行使这些权利` › `请通过以下邮箱联系我们：**myang2984@gmail.com**`', async () => {
    const a = await analyzeText(policyAround('2. 如何行使这些权利', '您可以随时要求访问、更正或删除您的个人信息。请通过以下邮箱联系我们：**myang2984@gmail.com**'), 'linkn.md');
    expect(topicsOf(a, '如何行使这些权利')).toEqual(expect.arrayContaining(['rights', 'contact']));
  });

  it('one right by name with the hotline to call (`注销账户` › `…拨打客服电话 400-…`) stays a right alone, as CA4P files it', async () => {
    const a = await analyzeText(policyAround('2. 注销账户', '您可以通过拨打客服电话 400-800-1234 申请注销您的账户,我们将在验证您的身份后于十五个工作日内完成注销。注销后,我们将删除您的个人信息或进行匿名化处理,法律法规另有规定的除外。'), 'cancel.md');
    expect(topicsOf(a, '注销账户')).toEqual(['rights']);
  });
});
