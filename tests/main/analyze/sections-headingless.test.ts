// splitSections on policies without headings of their own (paragraphs, under the document's title when it has one), and on
// headings said as an exclamation.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/main/analyze';
import { ingestBuffer } from '../../../src/main/ingest';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed } from './helpers';

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
    const { sections } = analyzeDocument(await ingestBuffer(Buffer.from(html), 'fairycup.html'));
    expect(sections.filter((s) => !s.synthetic).map((s) => s.heading)).toEqual(['安全措施', '您能做什么!', '保留政策']);
  });
});
