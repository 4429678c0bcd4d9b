// Topic cues found on the earlier fresh pages in round 39: how long data is kept, said in words the older cues missed.
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround, topicsUnder } from '../helpers';

describe('how long data is kept, in the words of developer pages (round 39)', () => {
  it.each([
    ['Let\'s Encrypt', '2. 依赖方', '我们的服务器可能会自动在临时日志文件中记录您的 IP 地址。临时日志仅用于维持服务正常运作,通常会在七天内删除。'],
    ['GitHub', '2. 您的选择', '我们按照本隐私声明中所述保留和使用您的信息,但除非法律要求,否则我们将在您提出请求后的 90 天内删除您的完整个人资料。'],
    ['ISRG', '2. 数据分析工具', '出于流量分析的目的,我们可能根据需要无限期保留 Google Analytics 收集的数据。'],
    ['小胶囊', '2. 用户输入数据', '您输入的文本将被发送到我们的服务器进行处理。这些数据仅用于实时解析待办事项信息,处理完成后不会在服务器端留存。'],
    ['Cloak', '2. 订阅数据清除', '卸载 App 后本地存储的订阅凭证全部永久清除,无法恢复。'],
    ['Navo', '2. 账号会话备份', '当前实现没有固定的自动过期时间。备份会保留至被新备份替换、由您删除或因关闭备份而清除。'],
    ['Switshot', '2. Beta 测试', '这些数据仅用于开发者联系阁下询问更详细的调试信息;当测试期满或阁下额外请求,开发者会主动将与阁下相关的信息进行销毁。'],
  ])('%s: `%s` says how long data is kept', async (_app, heading, body) => {
    expect(topicsUnder(await analyzeText(policyAround(heading, body), 'app.md'), heading)).toContain('retention');
  });

  it('not content taken down within a day (`将于24小时内删除内容`), which is moderation', async () => {
    const body = '您可以对违法违规内容进行举报。一旦发现发布违反本平台规定的内容,我们将于24小时内删除内容并对违规用户进行处理。';
    expect(topicsUnder(await analyzeText(policyAround('2. 内容举报', body), 'app.md'), '2. 内容举报')).not.toContain('retention');
  });
});

describe('headings that name how long data is kept or the policy\'s revisions (round 39)', () => {
  it.each([
    ['桃園結義', '2. 保存期間', 'retention'],
    ['gtree', '2. 数据保存多久', 'retention'],
    ['桃園結義', '2. 修訂紀錄', 'updates'],
  ])('%s: `%s` is about %s', async (_app, heading, topic) => {
    const a = await analyzeText(policyAround(heading, '本節內容詳見下文說明,如有疑問請與我們聯繫。'), 'app.md');
    expect(a.sections.find((s) => s.heading === heading.replace(/^\d+\. /, ''))!.topics).toContain(topic);
  });
});

