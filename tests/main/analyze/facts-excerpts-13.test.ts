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

describe('facts of fresh batch AN (round 41)', () => {
  it('COCO AI: a section of its own on international transfer (`## 6. 国际数据传输`) says what happens: data goes abroad', async () => {
    const a = await analyzeText(['# COCO AI 隐私政策', '', '本隐私政策描述了 **COCO Labs Limited**(以下简称"COCO"、"我们"或"本公司")在您使用 COCO AI 数字员工平台时,如何收集个人信息。COCO 重视隐私。COCO 不出售数据。COCO 加密数据。COCO 团队。', '',
      '## 6. 国际数据传输', '', 'COCO 的基础设施托管在 **Google Cloud Platform** 上。您的数据可能在 GCP 运营的地区存储和处理。', ''].join('\n'), 'coco.md');
    expect(values(a, 'cross_border')).toEqual(['yes']);
    expect(a.app).toBe('COCO AI');
  });

  it('a section on international transfer that keeps data at home (`我们不会进行国际传输`) states no transfer abroad', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 6. 国际数据传输', '', '我们不会进行国际传输,您的个人信息仅存储于中华人民共和国境内。', ''].join('\n'), 'home.md');
    expect(values(a, 'cross_border')).toEqual(['none']);
  });

  it('Folio: Google LLC, named three times as the maker of tools (`Firebase Cloud Messaging (FCM) by Google LLC(推播通知)`), runs no app', async () => {
    const a = await analyzeText(['# Folio 隱私權政策', '', '## 服務提供者', '', '- **Firebase Cloud Messaging (FCM) by Google LLC**(推播通知)— 全球節點', '- **Google LLC(OAuth)**(Google 登入)',
      '- **Google Analytics for Firebase by Google LLC**(用量分析)— 全球節點', ''].join('\n'), 'folio.md');
    expect(values(a, 'operator')).toEqual([]);
  });

  it('联机大厅: servers `在欧盟境内` keep data abroad; an explanation promised `在十五个工作日内` is a response deadline', async () => {
    const a = await analyzeText(['# 联机大厅个人信息处理规则', '', '#### 4.1 存储的地域', '', '联机大厅在**欧盟境内的服务器以及您的计算机**上存储您的非敏感个人信息。', '',
      '### 12. 您如何反馈、投诉', '', '如您对本文的内容有所疑问,或需要进行反馈、投诉,您可以联系我们。我们将在十五个工作日内给予您清晰、明确的解释说明。', ''].join('\n'), 'pcl.md');
    expect(values(a, 'storage_location')).toEqual(['overseas']);
    expect(values(a, 'cross_border')).toEqual(['yes']);
    expect(values(a, 'response_time')).toEqual([{ days: 15, workdays: true }]);
  });

  it('Pexelgen: a greeting that says what the name is (`欢迎您使用Pexelgen,该APP由…提供`) names the app, said once', async () => {
    const a = await analyzeText(['隐私政策', '欢迎您使用Pexelgen,该APP由深圳市鹏晨星科技有限公司(以下简称“我们”)提供。我们将通过《隐私政策》向您说明个人信息的情况。', '一、如何收集和使用您的个人信息', '我们收集设备信息。', ''].join('\n'), 'pexel.html');
    expect(a.app).toBe('Pexelgen');
  });
});

describe('storage said of a recipient (round 41, batch AN)', () => {
  it('星阙 Horosa: where a recipient\'s servers stand (`其服务器可能位于中国境外`, `其服务器位于中国境内`) is not where data is kept', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 5.2 AI 分析', '', '- **接收方:** **你自行配置的第三方模型服务**——可能是相关模型厂商的官方接口(其服务器可能位于**中国境外**)。', '',
      '## 5.3 地图', '', '- **可控性:** 首次使用前,应用会先行提示(将向高德发送你的 IP 与地图请求、其服务器位于中国境内)。', ''].join('\n'), 'horosa.md');
    expect(values(a, 'storage_location')).toEqual([]);
  });

  it('ComfyLink: data that processors store, `其服务器位于美国`, is kept abroad', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 数据存储', '', '你的数据由第 4 节所列服务提供商存储与处理,其服务器位于美国。', ''].join('\n'), 'comfy.md');
    expect(values(a, 'storage_location')).toEqual(['overseas']);
  });
});

describe('a period longer than any answer (round 41)', () => {
  it('微浩游戏: `广告数据:保存期限有限,通常不超过 18 个月` is how long data lives, not a deadline for a request', async () => {
    const a = await analyzeText(['## 保存期限', '', '  • 广告标识符及相关广告数据:保存期限有限,通常不超过 18 个月,超期后将予以删除或汇总处理。', '',
      '## 联系我们', '', '如您希望行使您的权利,请联系我们。一般情况下,我们将在15个工作日内进行答复。', ''].join('\n'), 'wh.html');
    expect(values(a, 'response_time')).toEqual([{ days: 15, workdays: true }]);
  });
});
