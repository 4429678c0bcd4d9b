// Facts on the words of round 40's fresh blind batch AM (an old Xiaomi template, a company site, a Taiwanese team's page, an
// AI gateway).
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batch AM (round 40)', () => {
  it('小米无人机: a brand that `将严格遵守` the policy is the brand, not `小米将`', async () => {
    const a = await analyzeText(['隐私政策', '', '您可以通过多种不同的方式使用我们的服务,例如登录小米官网购买小米无人机硬件产品。', '',
      '个人信息的使用', '', '小米将严格遵守本隐私政策及其更新所载明的内容来使用您的个人信息。如您明确拒绝,小米将会停止向您发送任何商业性信息。', ''].join('\n'), 'drone.txt');
    expect(a.app).toBe('小米');
  });

  it('华清游戏 (CA4P 0980): the company\'s short name (`北京华清飞扬网络股份有限公司(以下简称“华清飞扬”)`) that `将严格遵守` is no product', async () => {
    const a = await analyzeText(['隐私政策', '', '欢迎您选择由北京华清飞扬网络股份有限公司（以下简称“华清飞扬”）提供的华清游戏。', '华清飞扬将严格遵守相关法律法规保护您的个人信息。', '',
      '一、信息收集', '', '您在使用华清游戏时,华清飞扬会收集您的设备信息。华清游戏的账号由华清飞扬负责管理。', ''].join('\n'), 'hqfy.txt');
    expect(a.app).not.toBe('华清飞扬');
  });

  it('格莱默时尚: the page\'s `<title>格莱默时尚隐私保护</title>` names the site, and whoever holds the right to amend the policy operates it', async () => {
    const a = await analyzeText(['<html><head><title>格莱默时尚隐私保护</title></head><body>',
      '<p>格莱默时尚(Glamour Fashion)网站(http://www.glamourvogues.com,以下称"本网站")隐私权保护声明系本网站保护用户个人隐私的承诺。</p>',
      '<p>1.使用者非个人化信息</p><p>我们将通过您的IP地址来收集非个人化的信息。</p>',
      '<p>本网站之隐私权保护声明的修改及更新权均属于【格莱默时尚(北京)科技有限公司】</p><p>联络方式为:glamourfashion2016@126.com</p>', '</body></html>'].join('\n'), 'glamour.html');
    expect(a.app).toBe('格莱默时尚');
    expect(a.operator).toEqual(['格莱默时尚(北京)科技有限公司']);
  });

  it('bva-web: a date with Taiwan\'s own year count in brackets that the policy `開始實施` is its effective date', async () => {
    const a = await analyzeText(['# 隱私權政策', '', '**最後更新:2025年10月26日**', '', '本隱私權政策於 **西元2025年(中華民國114年)11 月 28 日** 開始實施,於實施之前之任何隱私權糾紛,不適用本條款。', ''].join('\n'), 'bva.md');
    expect(a.dates.effective).toBe('2025-11-28');
    expect(a.dates.updated).toBe('2025-10-26');
  });

  it('bva-web: the system the policy calls `本系統`, its edition between (`農產品交易資料分析系統(網頁版)(以下簡稱「本系統」)`), is the app', async () => {
    const a = await analyzeText(['# 隱私權政策', '', '## 1. 適用範圍', '', '農產品交易資料分析系統(網頁版)(以下簡稱「本系統」)由 VNAos 團隊開發與維護。本系統透過 GitHub Pages 提供網站託管服務,GitHub Pages 可能記錄網站存取記錄。', ''].join('\n'), 'bva.md');
    expect(a.app).toBe('農產品交易資料分析');
  });

  it('瀛光AI: requests forwarded to upstream services abroad as a practice (`转发至用户选择的境内或境外上游模型服务商`) go abroad', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 一、服务说明', '', '平台本身不保存用户提交的请求正文,但为完成用户发起的调用,平台会将请求转发至用户选择的境内或境外上游模型服务商。', ''].join('\n'), 'ai.txt');
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('小米无人机: data `转移、处理和存储在中国` is kept at home; not `存储在中国境外` nor `存储在中国香港`', async () => {
    const policy = (where: string) => ['隐私政策', '', '个人信息的存储', '', `对于国际用户,不论您居住在哪里,您同意我们将您的个人资料转移、处理和存储在${where},并允许我们根据本隐私政策使用个人信息。`, ''].join('\n');
    expect(values(await analyzeText(policy('中国'), 'drone.txt'), 'storage_location')).toEqual(['domestic']);
    expect(values(await analyzeText(policy('中国境外'), 'drone.txt'), 'storage_location')).not.toContain('domestic');
    expect(values(await analyzeText(policy('中国香港'), 'drone.txt'), 'storage_location')).not.toContain('domestic');
  });

  it('同城短视频: a title naming another document beside the policy (`法律条款与隐私政策`) names no app; the platform the policy applies to does, and the holder of the service\'s copyright operates it', async () => {
    const a = await analyzeText(['法律条款与隐私政策', '为使用同城短视频的服务,您应当阅读并遵守《同城短视频使用协议》。',
      '本隐私政策适用于同城短视频平台提供的所有服务,您访问同城短视频平台使用的服务,均适用本隐私政策。', '一、知识产权',
      '1.同城短视频平台各项服务的所有权和著作权归福建省快快加油网络科技有限公司所有。', ''].join('\n'), 'tongcheng.txt');
    expect(a.app).toBe('同城短视频');
    expect(a.operator).toEqual(['福建省快快加油网络科技有限公司']);
  });

  it('Hippy SDK: `更新日期:24-04-10` is a date after its label; the release date of a software version (`该版本已于2024年4月10日发布`) is not the policy\'s', async () => {
    const a = await analyzeText(['# Hippy SDK个人信息保护规则', '', '*更新日期:24-04-10*', '', '*生效日期:24-04-10*', '', '## 更新说明', '',
      '我们移除了剪切板module及相关功能访问接口,升级后的Hippy SDK 版本为 Android v3.2.0,iOS v3.2.0,该版本已于2024年4月10日发布。', '',
      '版本号 24-04-10 的构建不在此列。', ''].join('\n'), 'hippy.md');
    expect(a.dates).toEqual({ published: null, effective: '2024-04-10', updated: '2024-04-10' });
  });
});
