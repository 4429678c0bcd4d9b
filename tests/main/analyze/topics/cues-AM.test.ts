// Topic cues of round 40's fresh blind batch AM (the pages' own words): Hong Kong's words in headings.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';

const HKCMT = ['# 個人資料(私隱)條例——————私隱政策聲明', '', '## 個人資料的保安', '', '本團會採取適當步驟,保障個人資料不會在未經授權或意外的情況下被查閱、處理或刪除。', '',
  '## 第三者網站', '', '本團網站可能提供與第三者網站的連接。本私隱政策聲明不適用於任何這些連接網站。', '',
  '## 查閱及改正個人資料的權利', '', '閣下有權查閱及改正本團所持有關於閣下的個人資料。', ''].join('\n');

describe('Hong Kong\'s words in headings, read as the Mainland\'s', () => {
  it('香港兒童音樂劇團: `個人資料的保安` is about security and `第三者網站` about third parties', async () => {
    const a = await analyzeText(HKCMT, 'hkcmt.md');
    expect(a.sections.find((s) => s.heading === '個人資料的保安')!.topics).toContain('security');
    expect(a.sections.find((s) => s.heading === '第三者網站')!.topics).toContain('third_party');
  });
});

describe('headings and sentences of batch AM', () => {
  it('香港兒童音樂劇團: `個人資料的保存` (`个人信息的保存`) is about how long data is kept', async () => {
    const a = await analyzeText(['# 私隱政策聲明', '', '## 個人資料的保存', '', '我們將會根據內部的保存政策,銷毀所持有的個人資料。', '', '## 聯絡我們', '', '電郵:info@hkcmt.org', ''].join('\n'), 'hkcmt.md');
    expect(a.sections.find((s) => s.heading === '個人資料的保存')!.topics).toContain('retention');
  });

  it('TabCtrl: `卸载扩展会清除以上全部数据` says how long data is kept', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 3. 仅存储于本机的数据', '', '以下数据仅保存在你的浏览器本地:模型配置、任务历史。卸载扩展会清除以上全部数据。', '', '## 4. 联系方式', '', '邮箱:dyyxml@gmail.com', ''].join('\n'), 'tabctrl.md');
    const s = a.sections.find((x) => x.heading === '仅存储于本机的数据')!;
    expect(a.sections.filter((x) => x.id === s.id || x.parent === s.id).flatMap((x) => x.topics)).toContain('retention');
  });
});

describe('the policy\'s own revision said in its introduction', () => {
  it.each([
    ['格莱默时尚', '格莱默时尚网站保留随时对本隐私权保护声明中所公布的规则、指引、政策或条款进行补充、修正与更新的权利。'],
    ['香港兒童音樂劇團', '我们有权按需要随时修订或另行更改本声明,而无须事先通知。'],
  ])('%s: `%s` is about updates', async (_site, sentence) => {
    const a = await analyzeText(['隐私保护声明', '', `本网站非常重视用户的隐私。${sentence}请您务必仔细阅读。`, '', '一、信息收集', '', '我们会收集您的姓名与电子邮件地址。', '',
      '二、联系我们', '', '邮箱:info@example.com', ''].join('\n'), 'site.txt');
    expect(a.sections.flatMap((s) => s.topics)).toContain('updates');
  });
});

describe('where to send questions about the policy, in a policy with no contact section', () => {
  const policy = (closing: string) => ['图虫隐私政策', '', '一、个人信息可能收集的范围与方式', '', '我们会收集您的手机号与设备信息。', '', '十、其他', '',
    '1. 本政策的标题仅为方便及阅读而设,并不影响本政策中任何规定的含义或解释。', '', closing, ''].join('\n');

  it('图虫: `如果您对本隐私政策…存在意见或建议…您可以通过…向我们反馈意见` under `十、其他` is contact', async () => {
    const a = await analyzeText(policy('2.如果您对本隐私政策或其中有关您个人信息的收集、保存、使用等功能存在意见或建议时,您可以通过产品设置中“常见问题与反馈”中的“我要反馈”向我们反馈意见、建议或投诉。'), 'tuchong.txt');
    expect(a.sections.flatMap((s) => s.topics)).toContain('contact');
  });

  it('not a sentence that only asks the reader to read the policy', async () => {
    const a = await analyzeText(policy('2.请您在使用我们的服务前,仔细阅读并了解本隐私政策的全部内容。'), 'tuchong.txt');
    expect(a.sections.flatMap((s) => s.topics)).not.toContain('contact');
  });
});
