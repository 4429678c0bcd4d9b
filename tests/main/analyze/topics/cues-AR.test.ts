// Topic cues of round 45's fresh blind batch AR (the pages' own words).
import { describe, expect, it } from 'vitest';
import { headingTopics } from '../../../../src/main/analyze/topics/rules';

describe('headings of batch AR', () => {
  it('米兔遥控小飞机: `与我们集团的生态系统公司分享` names sharing with other companies', () => {
    expect([...headingTopics('与我们集团的生态系统公司分享')]).toContain('sharing');
    expect([...headingTopics('与授权合作伙伴分享信息')]).toContain('sharing');
  });

  it('sharing content with one\'s friends in the app is no sharing by the operator: `与好友分享`, `您与他人分享的内容`', () => {
    expect([...headingTopics('与好友分享')]).not.toContain('sharing');
    expect([...headingTopics('您与他人分享的内容')]).not.toContain('sharing');
  });
});
