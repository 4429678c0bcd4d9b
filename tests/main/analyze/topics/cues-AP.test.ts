// Topic cues of round 43's fresh blind batch AP (the pages' own words).
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround, topicsUnder } from '../helpers';
import { headingTopics } from '../../../../src/main/analyze/topics/rules';

describe('a titled section nothing gave a topic', () => {
  it('智联招聘: `人才洞察` over `我们将收集求职者用户…的求职动作数据…` is about what the model reads likeliest there, collection', async () => {
    const a = await analyzeText([
      '系统故障分析与处理',
      '当您的设备出现系统故障时,为便于我们分析处理,尽快恢复您的正常使用,我们可能会收集您的设备型号、IP 地址、运营商信息、网络类型、软件版本、日志信息、故障描述。',
      '服务运行保障',
      '关于智联招聘 App 中所需的重要系统权限(不包括所接入的第三方需要的权限),请点击本政策附件 《智联招聘权限功能列表》。',
      '关于智联卓聘 App 中所需的重要系统权限(不包括所接入的第三方需要的权限),请点击本政策附件 《智联卓聘权限功能列表》。',
      '人才洞察',
      '我们将收集求职者用户在智联招聘平台上的求职动作数据(包括求职者在特定时间段内浏览职位、沟通职位、更新简历情况、登录APP时长、发起聊天次数、被发起聊天及回复次数),并适当进行统计、分析。招聘者可以查看求职者在24小时内的最新求职动作、活跃时间段、求职意愿度以及受欢迎程度信息,以帮助招聘者更深入了解求职者,提升求职者的应聘成功率。求职者用户可以通过\'我的\'-\'隐私中心\'-\'个性化推荐设置\'-\'求职偏好展示\',关闭上述人才洞察功能。在关闭人才洞察功能后,招聘者将无法查看求职者的相关分析数据,可能会影响求职者的求职效率,但不会影响其他功能的使用。',
      ''].join('\n'), 'zhaopin.txt');
    expect(a.sections.find((s) => s.heading === '人才洞察')!.topics).toContain('collection');
  });
});

describe('headings of batch AP', () => {
  it('睡好: `12。国际加工` (a translation of International processing) is about where data goes, as `国际传输` is', () => {
    expect([...headingTopics('国际加工')]).toContain('storage');
    expect([...headingTopics('国际数据处理')]).toContain('storage');
  });

  it('RailGo: `三、数据本地化与 SM4 加密说明` (data localisation) says where data is kept as well as how it is secured', () => {
    expect([...headingTopics('数据本地化与 SM4 加密说明')]).toEqual(expect.arrayContaining(['storage', 'security']));
  });

  it('GoPlants: `第4条(向第三方提供及跨境传输)` names sharing beside the transfer abroad', () => {
    expect([...headingTopics('(向第三方提供及跨境传输)')]).toEqual(expect.arrayContaining(['sharing', 'storage']));
  });
});

describe('sentences of batch AP', () => {
  it('Clip to Markdown: `这些请求直接发送到用户选择的 AI 服务商` shares the text with the provider the reader picked', async () => {
    const a = await analyzeText(policyAround('2. 数据传输', ['Clip to Markdown 不运营用于接收或保存用户网页剪藏内容的服务器。',
      '这些请求直接发送到用户选择的 AI 服务商,不经过 Clip to Markdown 开发者服务器。'].join('\n\n')), 'clip.md');
    expect(topicsUnder(a, '2. 数据传输')).toContain('sharing');
  });
});
