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
