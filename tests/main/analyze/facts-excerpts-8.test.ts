// Facts on the words of round 36's fresh blind batch AI (pages from other repositories).
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

const filler = '我们可能适时会对本隐私权政策进行调整或变更,本隐私权政策的任何更新将以标注更新时间的方式公布在我们网站上。';

describe('facts of fresh batch AI (round 36)', () => {
  it('单元化MES系统: the developer\'s details closing the policy name the app on the next line, per platform (`应用名称:` / `安卓:单元化MES系统`)', async () => {
    const lines = [' 本应用(以下简称“我们”)深知个人信息对您的重要性,并会尽全力保护您的个人信息安全可靠。', '一、权限介绍和使用场景说明', ...Array(140).fill(filler),
      '十一、开发者名称以及应用名称', '开发者名称:', '宁波沙塔信息技术有限公司', '应用名称:', '安卓:单元化MES系统', 'IOS:单元化MES系统'];
    const a = await analyzeText(lines.join('\n'), 'shata.txt');
    expect(a.app).toBe('单元化MES系统');
    // (Not an SDK list's field near the end, `SDK名称:…` / `产品名称:游戏服务` / `运营方:北京…`.)
    const sdk = await analyzeText([...lines.slice(0, -6), 'SDK名称:合作游戏SDK', '产品名称:游戏服务', '使用目的:为用户提供登录游戏以及支付订单功能', '运营方:北京瓦力网络科技有限公司', ''].join('\n'), 'sdk.txt');
    expect(sdk.app).not.toBe('游戏服务');
  });

  it('合合信息: `您的使用行为即视为您的同意` names no app (`行为`)', async () => {
    const a = await analyzeText(['隐私政策', '隐私政策的版本及生效日期', '《隐私政策》于2021年1月1日生效,并取代在此之前的版本。', '二、条款适用的范围', '感谢您选择使用我们的产品和服务,您可以通过多种不同的方式使用我们的服务。当您使用我们的产品或服务时,您同意本政策适用于您。如果您不同意我们的《隐私政策》,请勿使用我们的产品和服务,如果您已经开始使用了我们的产品和服务,请您立即终止使用,您的使用行为即视为您的同意。', '十四、泄密行为的救济', '我们将依法处理。', ''].join('\n'), 'hehe.txt');
    expect(a.app).toBeNull();
  });

  it('UniBooks (Taiwan): data that `可能因此被傳輸至境外處理`, the providers\' servers being abroad, goes abroad', async () => {
    const a = await analyzeText(['# UniBooks 隱私權政策', '', '### 跨境傳輸', '', '上述服務供應商的伺服器可能位於台灣境外(例如美國或其他地區)。你的資料可能因此被傳輸至境外處理;我們會選擇具備適當資料保護措施的供應商,並依個資法規定辦理。', ''].join('\n'), 'unibooks.md');
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('音嗅: `音嗅产品服务提供方:是指深圳文飞数动科技有限公司` names the operator', async () => {
    const a = await analyzeText(['发布时间:2021年2月5日', '前言', '本《音嗅隐私政策》(以下称为“本隐私政策”或“本政策”)是您与音嗅之间的协议。', '需要特别说明的是:', '1.音嗅产品:是指标注名称为音嗅的移动客户端应用程序及其对应网站(域名:iyinxiu.com)。', '2.音嗅产品服务提供方:是指深圳文飞数动科技有限公司,但就本协议涉及、及音嗅产品将来可能涉及的某些服务项目,音嗅运营方的关联企业也可能向您提供服务。', ''].join('\n'), 'yinxiu.txt');
    expect(a.operator).toEqual(['深圳文飞数动科技有限公司']);
  });

  it('乐淘快递: a template\'s brackets filled in (`【乐淘快递 】深知个人信息对您的重要性`) name the app', async () => {
    const a = await analyzeText(['【乐淘快递 】深知个人信息对您的重要性,并会尽全力保护您的个人信息安全可靠。我们致力于维持您对我们的信任,恪守以下原则,保护您的个人信息:权责一致原则、目的明确原则、选择同意原则、最少够用原则、确保安全原则、主体参与原则、公开透明原则等。', '请在使用我们的产品(或服务)前,仔细阅读并了解本《隐私权政策》。', '一、我们如何收集和使用您的个人信息', '9、在您需要结束乐淘快递推送等后台进程时,我们需要获取结束后台进程的权限;', ''].join('\n'), 'letao.txt');
    expect(a.app).toBe('乐淘快递');
  });

  it('传翠宝库: data that `可能会跨国界而传输到您使用我们服务所在国家或地区之外的国家和地区` goes abroad', async () => {
    const a = await analyzeText(['隐私政策', '5.您的个人信息在全球范围的转移', '传翠宝库产品与服务可能会由位于世界不同国家或地区的资源与服务器提供。因此,您的个人信息可能会跨国界而传输到您使用我们服务所在国家或地区之外的国家和地区,那些国家或地区可能没有对个人数据提供具体保护的法律。', ''].join('\n'), 'chuancui.txt');
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('LingJi: a page titled `LingJi 應用程式|隱私權政策` names the app without the word for what it is', async () => {
    const a = await analyzeText(['<html><head><title>LingJi 應用程式|隱私權政策</title></head><body>', '<h1>LingJi 應用程式|隱私權政策</h1>', '<p>本隱私權政策適用於 LingJi 品牌旗下的語言學習應用程式(以下統稱「本服務」), 包括但不限於 LingJi Thai 以及未來推出的 LingJi 語言學習 App。</p>', '<p>本隱私權政策說明當您使用 LingJi App 時,我們如何蒐集、使用、儲存與處理您的資料。</p>', '<p>當您使用任何 LingJi App,即表示您同意本隱私權政策所載內容。</p>', '</body></html>'].join('\n'), 'lingji.html');
    expect(a.app).toBe('LingJi');
  });

  it('小胶囊 MemoPill: `我们的服务器位于中国境内` says where data is kept', async () => {
    const a = await analyzeText(['小胶囊 隐私政策', '4.2 服务器端', '• 我们的服务器仅存储设备标识符及对应的配额计数,用于管理每日免费使用次数。', '5. 数据保护', '• 我们采用行业标准的安全措施保护数据传输。', '• 我们的服务器位于中国境内,符合相关法律法规要求。', ''].join('\n'), 'memopill.txt');
    expect(values(a, 'storage_location')).toEqual(['domestic']);
  });
});

