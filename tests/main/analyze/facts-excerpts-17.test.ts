// Facts on the words of round 45's fresh pages: a Taiwanese notice naming the service a company provides.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

describe('the app', () => {
  const notice = ['服務條款', '【點點全球股份有限公司】(以下稱「本公司」)提供之「快一點」(以下稱「本服務」)非常重視並尊重您的隱私權。',
    '1. 本同意書之範圍:本同意書適用於您使用本服務或向本服務透過電話、傳真、電子郵件或其他傳輸方式提出查詢、點餐或行銷活動時,所涉及之個人資料蒐集、處理與利用行為。' +
      '您瞭解並同意,若您使用本服務時有點擊或瀏覽本公司或本服務以外之第三方連結或網站,您的個人資料將適用該第三方之個人資料保護政策,本同意書並不適用。', ''];

  it('快一點: `本公司」)提供之「快一點」(以下稱「本服務」)` names the service, as written', async () => {
    expect((await analyzeText(notice.join('\n'), 'qcard.txt')).app).toBe('快一點');
  });

  it('`本同意書適用於您使用本服務` is the reader\'s use, no product: without the name above, the notice names none', async () => {
    const a = await analyzeText([notice[0], '本公司非常重視並尊重您的隱私權。', notice[2], ''].join('\n'), 'qcard.txt');
    expect(a.app ?? '').not.toMatch(/您|使用/);
  });
});

describe('the policy\'s dates', () => {
  it('米兔遥控小飞机: `我们的隐私政策于 2018 年 8 月 15 日上线`, the policy going online, dates its publication', async () => {
    const a = await analyzeText(['隐私政策', '我们的隐私政策于 2018 年 8 月 15 日上线。从该日期开始,这一隐私政策能够提供有关我们如何管理您的个人信息的隐私详情。', ''].join('\n'), 'midrone.txt');
    expect(a.dates.published).toBe('2018-08-15');
  });

  it('an app going online is not the policy\'s date: `本App于2018年8月15日上线`', async () => {
    const a = await analyzeText(['隐私政策', '本App于2018年8月15日上线,为用户提供遥控飞行服务。我们重视您的个人信息保护。', ''].join('\n'), 'midrone.txt');
    expect(a.dates.published).toBeNull();
  });
});
