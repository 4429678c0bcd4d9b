// Headings an HTML page marks the way markdown would (src/main/analyze/headingHints.ts, ingest/html.ts): chapter titles
// in bold run in before their body, and numbered list items over a deeper list of paragraphs.
import { describe, expect, it } from 'vitest';
import { hintLevels, markRunIn, runInTitles } from '../../../src/main/analyze/headingHints';
import { splitLines } from '../../../src/main/analyze/lines';
import { analyzeText } from './helpers';

const RUN_IN_PAGE = `<html><body><div class="content">
<h1>某某隐私政策</h1>
<p><strong>一、我们如何收集和使用您的个人信息</strong> 我们会遵循正当、合法、必要的原则，出于本政策所述的目的收集和使用您的个人信息。</p>
<p>在您注册账号时，我们会收集您的手机号码。</p>
<p><strong>二、我们如何共享、转让、公开披露您的个人信息</strong> 我们不会与其他公司、组织和个人共享您的个人信息，但以下情况除外。</p>
<p>获得您的明确同意后，我们会与其他方共享您的个人信息。</p>
<p><strong>三、您的权利</strong> 按照中国相关的法律、法规、标准，我们保障您对自己的个人信息行使以下权利。</p>
<ul><li><strong>（一）访问您的个人信息</strong> 您有权访问您的个人信息，法律法规规定的例外情况除外。</li>
<li><strong>（二）更正您的个人信息</strong> 当您发现我们处理的关于您的个人信息有错误时，您有权要求我们做出更正。</li></ul>
<p><strong>四、如何联系我们</strong> 如果您对本隐私政策有任何疑问，请发送邮件至privacy@example.com与我们联系。</p>
</div></body></html>`;

const NESTED_LIST_PAGE = `<html><body><div class="content"><h1>某某乘车码隐私政策</h1>
<h2>一、我们如何收集和使用您的个人信息</h2>
<p>我们会出于本政策所述的以下目的，收集和使用您的个人信息：</p>
<ul><li>1、乘车码服务<ul>
<li>(1) 注册信息：您使用乘车码服务前需要注册账号，注册时您需要向我们提供手机号码，我们将通过发送短信验证码的方式来验证您的身份是否有效。</li>
<li>(2) 开通电子公交卡：您注册成功账号后，需要开通电子公交卡服务才能使用乘车码服务，开通时您需要向我们提供身份证号、真实姓名。</li></ul></li>
<li>2、位置信息<ul>
<li>(1) 当您使用附近站点查询功能时，我们会在获得您的同意后申请获取您设备的位置权限，收集您的地理位置信息，用于向您推荐附近的公交站点。</li>
<li>(2) 您可以在设备的系统设置中关闭位置权限，关闭后我们将停止收集您的地理位置信息，但不影响您使用其他功能。</li></ul></li></ul>
<h2>二、如何联系我们</h2><p>如您对本政策有任何疑问，请发送邮件至service@example.com与我们联系。</p>
</div></body></html>`;

const outline = async (html: string) => {
  const { sections } = await analyzeText(html, 'policy.html');
  return sections.filter((s) => !s.synthetic).map((s) => ({ heading: `${s.number ?? ''}${s.heading}`, level: s.level, topics: s.topics }));
};

describe('bold titles run in before their body', () => {
  it('each chapter opened by a bold title is a section of its own, with its topics', async () => {
    const chapters = await outline(RUN_IN_PAGE);
    expect(chapters.map((c) => c.heading)).toEqual(['一、我们如何收集和使用您的个人信息', '二、我们如何共享、转让、公开披露您的个人信息', '三、您的权利', '四、如何联系我们']);
    expect(chapters.map((c) => c.level)).toEqual([1, 1, 1, 1]);
    expect(chapters[0].topics).not.toContain('sharing');
    expect(chapters[1].topics).toEqual(expect.arrayContaining(['sharing', 'transfer', 'disclosure']));
    expect(chapters[3].topics).toContain('contact');
  });

  it('a run-in hint marks only its title, which the line then reads in markdown bold; other hints give whole lines', () => {
    const text = '七、管理您的个人信息 我们保障您的权利。\n信息存储\n正文。';
    const lines = splitLines(text);
    const hints = [{ nstart: 0, nend: 20, level: 0, runIn: { nstart: 0, nend: 10 } }, { nstart: 21, nend: 25, level: 0 }];
    expect(Array.from(hintLevels(lines, hints))).toEqual([-1, 0, -1]);
    const runIns = runInTitles(lines, hints);
    expect([...runIns]).toEqual([[0, [0, 10]]]);
    expect(markRunIn(lines[0].text, runIns.get(0))).toBe('**七、管理您的个人信息** 我们保障您的权利。');
    expect(markRunIn(lines[1].text, runIns.get(1))).toBe('信息存储');
  });
});

describe('numbered list items over a deeper list of paragraphs', () => {
  it('head that list, under the chapter they number', async () => {
    const sections = await outline(NESTED_LIST_PAGE);
    expect(sections.map((s) => `${s.level} ${s.heading}`)).toEqual(['1 一、我们如何收集和使用您的个人信息', '2 1、乘车码服务', '2 2、位置信息', '1 二、如何联系我们']);
    expect(sections[2].topics).toContain('permissions');
  });
});
