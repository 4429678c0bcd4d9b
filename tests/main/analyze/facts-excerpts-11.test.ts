// Facts on the words of round 39's fresh blind batch AL (Android apps' bundled pages, Taiwanese apps, a generator's page).
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batch AL (round 39)', () => {
  it('围棋宝典: the quoted name the policy calls `本产品` from then on (`“围棋宝典”(以下统称“本产品”)`) is the app', async () => {
    const a = await analyzeText(['隐私政策', '', '欢迎使用“深圳市前海未阳信通科技有限公司”(或简称“我们”)提供的产品和服务!“围棋宝典”(以下统称“本产品”)深知个人信息对您的重要性,我们一向庄严承诺保护本产品服务之用户的个人信息及隐私安全。', '', '一、我们如何收集和使用您的个人信息', '', '本产品会收集您的设备信息。', ''].join('\n'), 'weiqi.html');
    expect(a.app).toBe('围棋宝典');
  });

  it('地遥宝: the product to be read about before using it (`在使用地遥宝前,请您仔细阅读地遥宝服务条款`) is the app', async () => {
    const a = await analyzeText(['隐私政策', '本网站/软件的所有者,长沙牛感科技集团有限公司,承诺保护您的在线隐私权。', '在使用地遥宝前,请您仔细阅读地遥宝服务条款。如您不同意本服务条款,请不要注册或使用地遥宝。', '个人信息的收集', '当您在本网站/软件进行用户注册登记时,我们将收集您的个人信息。', ''].join('\n'), 'diyaobao.html');
    expect(a.app).toBe('地遥宝');
  });

  it('Stylify: a generator\'s translated definition (`由公司提供的名为Stylify的软件程序`) names the app', async () => {
    const a = await analyzeText(['# 隐私政策', '', '最后更新:2023年7月20日', '', '## 定义', '', '- __应用程序__ 是指您在任何电子设备上下载的由公司提供的名为Stylify的软件程序。', '- __公司__(在本协议中被称为 "公司"、"我们 "或 "我们的")是指Stylify。', ''].join('\n'), 'stylify.md');
    expect(a.app).toBe('Stylify');
  });

  it('早餐圖, 願行: Taiwan\'s `工作天` is a working day (`我們將在 **30 個工作天**內處理`)', async () => {
    const a = await analyzeText(['# 隱私權政策', '', '## 5. 您的權利', '', '5. **刪除帳號**:請寄信至 **support@example.com** 提出刪除請求;我們將在 **30 個工作天**內處理,並刪除或匿名化您的個人資料。', ''].join('\n'), 'breakfast.md');
    expect(values(a, 'response_time')).toEqual([{ days: 30, workdays: true }]);
  });

  it('SilverSole: a Taiwanese mobile grouped four-three-three (`電話:0967-030-336`) is a phone', async () => {
    const a = await analyzeText(['# 隱私權政策', '', '## 13. 聯絡我們', '', '電話:0967-030-336', '', '統一編號:12345678', ''].join('\n'), 'silversole.md');
    expect(values(a, 'phone')).toEqual(['0967-030-336']);
  });

  it('桃園結義: the service the policy calls `本遊戲` (`手機遊戲服務「桃園結義」(以下稱「本遊戲」…)`) is the app, not the `LLC` of the providers it lists', async () => {
    const a = await analyzeText(['# 隱私權政策', '', 'CodeTiger Co., Ltd.(以下稱「本公司」)重視使用者的個人資料與隱私保護。本公司提供之手機遊戲服務「桃園結義」(以下稱「本遊戲」或「本服務」)將依據臺灣《個人資料保護法》蒐集、處理及利用使用者之個人資料。', '',
      '## 7. 個人資料處理之委託', '', ...['Firebase', 'Google Play Games Services', 'Google Play Billing', 'Google Analytics', 'Google AdMob'].map((x) => `* Google LLC(${x})`), '* Apple Inc.(Sign in with Apple)', ''].join('\n'), 'taoyuan.md');
    expect(a.app).toBe('桃園結義');
  });

  it('桃園結義: data that may be sent, kept or processed outside Taiwan (`…傳輸、儲存或處理於臺灣以外地區`) goes abroad', async () => {
    const a = await analyzeText(['# 隱私權政策', '', '## 8. 個人資料之國際傳輸', '', '由於本公司位於韓國,且本服務使用 Google、Apple 等國際服務供應商,您的個人資料可能會被傳輸、儲存或處理於臺灣以外地區。', ''].join('\n'), 'taoyuan.md');
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('a company form repeated in a providers\' list (`Google LLC`, `Apple Inc.`) names no app', async () => {
    const rows = ['Firebase', 'Google Play Games Services', 'Google Play Billing'].map((x) => `| Google LLC(${x}) | 帳號驗證、遊戲資料儲存 |`);
    const a = await analyzeText(['# 隱私權政策', '', 'CodeTiger Co., Ltd.(以下稱「本公司」)重視使用者的個人資料與隱私保護。', '', '### 5.3 利用對象', '', '* 本公司委託之服務供應商', '* Google LLC', '* Apple Inc.', '',
      '## 7. 個人資料處理之委託', '', '| 受託者 | 委託處理事項 |', '| --- | --- |', ...rows, '| Apple Inc.(Sign in with Apple) | iOS 登入與帳號識別 |', '',
      '## 8. 個人資料之國際傳輸', '', '### 8.1 接收者', '', '* CodeTiger Co., Ltd.(韓國)', '* Google LLC', '* Apple Inc.', ''].join('\n'), 'providers.md');
    expect(a.app).toBeNull();
  });

  it('Stylify: a generator\'s `可能被转移到您所在的州、省、国家或其他政府管辖区以外的计算机上` goes abroad', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 转移您的个人数据', '', '您的信息,包括个人数据,将在本公司的运营办公室和参与处理的各方所在的任何其他地方进行处理。这意味着这些信息可能被转移到您所在的州、省、国家或其他政府管辖区以外的计算机上,并在这些计算机上进行维护。', ''].join('\n'), 'stylify.md');
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });
});

