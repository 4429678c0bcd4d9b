// Topic cues on the words of round 38's fresh blind batch AK (即构's digital-human service, CAPP-130's games).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';

describe('body cues of fresh batch AK (round 38)', () => {
  it('即构数字人: a table of contents left in the body (`二、我们如何使用Cookie和同类技术`) carves no cookie unit where no chapter is on cookies', async () => {
    const text = [
      '# 即构数字人服务隐私政策', '', '**版本更新日期:2024年9月10日**', '',
      '深圳市即构科技有限公司及其关联方(以下简称“我们”或“即构”)作为【即构数字人服务】的提供者,深知个人信息对您的重要性。', '',
      '特别声明', '', '本隐私政策不能代替开发者应用程序的隐私政策,请开发者认真阅读本隐私政策。', '',
      '本隐私政策将帮助您了解以下内容:', '', '一、我们收集和使用哪些个人信息', '', '二、我们如何使用Cookie和同类技术', '', '三、我们如何存储这些信息', '', '四、我们如何保护这些信息', '', '五、您的权利', '',
      '1. 我们收集和使用哪些个人信息', '', '为实现数字人产品功能,我们会收集开发者上传的形象素材和声音素材,并用于生成数字人文件。', '',
      '2. 我们如何存储这些信息', '', '我们在中华人民共和国境内收集和产生的个人信息,将存储在中华人民共和国境内。', '',
      '3. 我们如何保护这些信息', '', '我们采用加密技术保护您的个人信息,防止数据遭到未经授权的访问。', '',
      '4. 您的权利', '', '您可以通过本政策提供的联系方式查询、更正或删除您的个人信息。', '',
    ].join('\n');
    const a = await analyzeText(text, 'zego.md');
    expect(a.sections.flatMap((s) => s.topics)).not.toContain('cookies');
  });
});
