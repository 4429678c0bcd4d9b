// splitSections on policies without headings of their own (paragraphs, under the document's title when it has one), and on
// headings said as an exclamation.
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze/sections';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzeText, analyzed } from './helpers';

const run = hasShared ? describe : describe.skip;

run('a policy without headings', () => {
  it('云南政务服务平台: `隐私保护政策` over numbered paragraphs holds them all, as an analyst names the text', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0984_llbt_ccb_ynga.txt'));
    const [root, ...rest] = analysis.sections;
    expect(root).toMatchObject({ heading: '隐私保护政策', parent: null, level: 1, synthetic: 'preamble' });
    const paragraphs = rest.filter((s) => s.level === 2);
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(paragraphs.every((s) => s.parent === root.id && s.heading === '')).toBe(true);
    // (A long paragraph is read sentence group by sentence group below it, as anywhere else.)
    expect(rest.every((s) => s.level === 2 || s.synthetic === 'paragraph')).toBe(true);
    // The paragraphs keep their own topics: collection where they say what is collected.
    expect(rest.some((s) => s.topics.includes('collection'))).toBe(true);
  });
});

describe('a question said with `!`', () => {
  it('精灵鸟 (an Evernote export of the Huami template): the bold `您能做什么！` heads its bullets like a question would', async () => {
    const bold = (t: string) => `<div><span style="font-weight: bold;">${t}</span></div>`;
    const para = (t: string) => `<div><span>${t}</span></div>`;
    const html = bold('安全措施') + para('我们承诺保证您的个人信息安全。为了防止未经授权的访问、披露或其他类似风险，我们落实了所有法律规定的物理、电子和管理措施流程。')
      + para('我们将采取所有可行的措施保护您的个人信息。但是，您应当意识到互联网的使用并不总是安全的，因此，我们不能保证在通过互联网双向传输时任何个人信息的安全性或完整性。')
      + bold('您能做什么！') + para('· 您可以通过不向任何人（除非此人经您正式授权）披露您的登录密码或账户信息，为保护您个人信息的安全发挥作用。')
      + para('· 您的协助将有助于我们保护您个人信息的私密性。') + bold('保留政策') + para('如有必要实现收集信息的目的，或者遵守适用法律要求或允许，我们将一直保留个人信息。');
    const { sections } = await analyzeText(html, 'fairycup.html');
    expect(sections.filter((s) => !s.synthetic).map((s) => s.heading)).toEqual(['安全措施', '您能做什么!', '保留政策']);
  });
});

describe('a chapter title run into its body', () => {
  it('星澜: `五、我们如何处理未成年人信息我们的产品…` is chapter 五 when the table of contents lists `五、我们如何处理未成年人信息` alone', () => {
    const toc = ['一、我们如何收集和使用您的个人信息', '二、我们如何转让、公开披露、共享信息', '三、您如何管理您的信息', '四、我们如何保护您的信息', '五、我们如何处理未成年人信息', '六、本隐私权政策如何更新'];
    const text = ['星澜', '本隐私权政策部分将帮助您了解以下内容:', ...toc, '',
      toc[0], '1、注册账号您注册平台账号时,需要向我们提供你准备使用的手机号码和密码。', toc[1], '摘珏铭科技不会将您的个人信息转让给任何公司、组织和个人。',
      toc[2], '您可以通过App-商家信息-更改你的个人信息。', toc[3], '为保障您的信息安全,我们已采取符合业界标准的安全措施来保护您的信息。',
      '五、我们如何处理未成年人信息我们的产品、网站和服务主要面向成人。若您不满14周岁,您不得创建自己的用户账户。',
      '六、本隐私权政策如何更新我们的隐私权政策可能变更。我们会通过站内信或弹窗推送通知等合理方式告知您。'].join('\n');
    const sections = splitSections(text).filter((s) => s.number);
    expect(sections.map((s) => `${s.number ?? ''}${s.heading}`)).toEqual(toc);
    const minors = sections[4];
    expect(text.slice(minors.nbody, minors.nend)).toBe('我们的产品、网站和服务主要面向成人。若您不满14周岁,您不得创建自己的用户账户。');
    // Without the table, the run-in line stays a paragraph of chapter 四.
    const untitled = splitSections(text.replace(/本隐私权政策部分[^]*?六、本隐私权政策如何更新\n\n/, ''))
    expect(untitled.map((s) => s.heading)).not.toContain('我们如何处理未成年人信息');
  });
});

run('a chapter heading pasted onto the end of the paragraph before it', () => {
  it('233乐园 (CA4P 0701): `…与我们联系。 八、隐私政策的修订和通知` starts chapter 八 after 七, at the `八`', async () => {
    const { analysis, doc } = await analyzed(corpus('ca4p483', 'txt', '0701_com_meta_box.txt'));
    const { source } = doc;
    const [updates] = analysis.sections.filter((s) => s.heading === '隐私政策的修订和通知');
    expect(updates).toMatchObject({ number: '八、', parent: null, level: 1 });
    expect(updates.topics).toContain('updates');
    expect(source.slice(updates.start, updates.start + 12)).toBe('八、隐私政策的修订和通知');
    // The paragraph it was pasted onto stays with the minors' chapter.
    const minors = analysis.sections.find((s) => s.number === '七、')!;
    expect(source.slice(minors.start, minors.end)).toMatch(/请通过本隐私政策公示的联系方式与我们联系。$/);
  });

  it('a numbered tail is no chapter where its number does not carry on the sequence', () => {
    const body = '我们会采取加密等安全措施保护您的个人信息,防止数据遭到未经授权的访问。';
    const text = ['一、我们如何收集信息', body, '二、我们如何使用信息', `${body}三、您的权利`, '三、您的权利', body, '四、联系我们', body].join('\n');
    expect(splitSections(text).filter((s) => s.number).map((s) => s.number + s.heading)).toEqual(['一、我们如何收集信息', '二、我们如何使用信息', '三、您的权利', '四、联系我们']);
  });
});

describe('a title a contents list names', () => {
  const contents = ['◼ 个人信息收集使用规则', '◼ 我们如何保护您的个人信息', '◼ 第三方SDK信息公示', '◼ 您的权利', '◼ 未成年人保护'];
  const body = '我们会按照法律法规的规定收集和使用您的个人信息,并采取加密等安全措施保护您的信息。';
  const chapters = ['个人信息收集使用规则', body, '我们如何保护您的个人信息', body, '第三方SDK信息公示', '(一)友盟移动统计SDK',
    '隐私政策链接:https://opendocs.alipay.com/common/02kiq3', '您的权利', '按照中国相关的法律、法规、标准,我们保障您对自己的个人信息行使以下权利:', '未成年人保护', body];
  it('文萱: `您的权利` right under a link line is a chapter, as the contents list `◼ 您的权利` says', () => {
    const text = ['引言', body, ...contents, ...chapters, ...Array(20).fill(body)].join('\n');
    const top = splitSections(text).filter((s) => s.parent === null).map((s) => s.heading);
    expect(top).toContain('您的权利');
    // Without the contents list, the line under the link stays in the SDK chapter's text.
    const bare = splitSections(['引言', body, ...chapters, ...Array(20).fill(body)].join('\n')).filter((s) => s.parent === null).map((s) => s.heading);
    expect(bare).not.toContain('您的权利');
  });
});
