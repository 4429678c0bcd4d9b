// Facts on the words of round 41's fresh pages: deadlines in retention schedules, a data export's deadline.
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('response deadlines beside retention schedules (round 41)', () => {
  it('Author: `注销处理完成后 30 日内删除` in a table of `保存期限` is how long data lives, not a deadline for a request', async () => {
    const a = await analyzeText(['## 七、我们如何存储您的个人信息及保存期限', '', '| 信息类别 | 保存期限 |', '|---|---|',
      '| 账户信息 | 账户存续期间；注销处理完成后 30 日内删除或匿名化 |', '', '## 八、联系我们', '',
      '如您对本政策有任何疑问、意见或建议,我们将在 15 个工作日内回复。', ''].join('\n'), 'author.md');
    expect(values(a, 'response_time')).toEqual([{ days: 15, workdays: true }]);
  });

  it('天工平台: a list entry that keeps data `在您的账号有效期间持续保存，账号注销后30天内删除` states its lifetime', async () => {
    const a = await analyzeText(['### 4.2 存储期限', '', '我们仅在为实现本政策所述目的所必需的期限内保留您的个人信息：', '',
      '- **账号信息**：在您的账号有效期间持续保存，账号注销后30天内删除', ''].join('\n'), 'tiangong.md');
    expect(values(a, 'response_time')).toEqual([]);
  });

  it('GitHub: `保留和使用您的信息，但…我们将在您提出请求后的 90 天内删除` answers the request', async () => {
    const a = await analyzeText(['## 保留', '', '我们按照本隐私声明中所述保留和使用您的信息，但除非法律要求，否则我们将在您提出请求后的 90 天内删除您的完整个人资料。', ''].join('\n'), 'gh.md');
    expect(values(a, 'response_time')).toEqual([{ days: 90, workdays: false }]);
  });

  it('Mangaroll: a portability request is answered by an export (`我们将在 30 日内向你提供个人数据导出`)', async () => {
    const a = await analyzeText(['## 你的权利', '', '- **数据可携权**: 通过本文末邮箱联系我们,我们将在 30 日内向你提供个人数据导出', ''].join('\n'), 'manga.md');
    expect(values(a, 'response_time')).toEqual([{ days: 30, workdays: false }]);
  });
});
