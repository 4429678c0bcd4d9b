// Facts on excerpts of real policies of round 35's fresh blind batch AH (pages from other repositories).
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batch AH (round 35)', () => {
  it('本我壁纸: the title quotes the app in square brackets (`[本我壁纸] 隐私协议`): its name, though it opens with 本 as `本应用` does', async () => {
    const a = await analyzeText(['[本我壁纸] 隐私协议', '生效日期:2026-08-19', '更新日期:2026-08-19', '一、主体信息', '欢迎使用 [本我壁纸](以下简称“本应用”)。本应用由舒丽(以下简称"我们")开发和运营。我们高度重视您的隐私与个人信息保护,并承诺严格遵守相关法律法规。本协议旨在说明我们如何收集、使用、存储、共享及保护您的个人信息。请在使用本应用前仔细阅读并充分理解本协议。如有疑问,请通过文末联系方式与我们联系。', '二、信息收集与使用', '2.1 注册信息', '若您选择注册账号,我们可能收集您的电子邮箱地址、第三方账号授权信息(如华为账号、微信账号标识),以便提供个性化服务、数据同步及账户管理。', ''].join('\n'), 'benwo.txt');
    expect(a.app).toBe('本我壁纸');
    // (Quoted or not, a pointer before a word for what it is still points at a product: `“本应用”隐私政策`,
    // `“第三方服务”隐私政策`, `“我们的服务”隐私政策` name none.)
    const rest = ['生效日期:2026-08-19', '更新日期:2026-08-19', '一、主体信息', '欢迎使用 [本我壁纸](以下简称“本应用”)。本应用由舒丽(以下简称"我们")开发和运营。我们高度重视您的隐私与个人信息保护,并承诺严格遵守相关法律法规。本协议旨在说明我们如何收集、使用、存储、共享及保护您的个人信息。请在使用本应用前仔细阅读并充分理解本协议。如有疑问,请通过文末联系方式与我们联系。', '二、信息收集与使用', '2.1 注册信息', '若您选择注册账号,我们可能收集您的电子邮箱地址、第三方账号授权信息(如华为账号、微信账号标识),以便提供个性化服务、数据同步及账户管理。'];
    expect((await analyzeText(['“本应用”隐私政策', ...rest, ''].join('\n'), 'app.txt')).app).not.toBe('本应用');
    for (const title of ['“第三方服务”隐私政策', '“我们的服务”隐私政策']) expect((await analyzeText([title, ...rest, ''].join('\n'), 'app.txt')).app).toBeNull();
  });
  it('游霄科技: a page titled by its company (`隐私条款 | 游霄科技`), its SDKs\' identifiers (`CAID`) and what they do (`减少App崩溃`) repeated, names no app', async () => {
    const vendors = ['深圳市腾讯计算机系统有限公司', '北京快手科技有限公司', '北京巨量引擎网络技术有限公司', '百度在线网络技术(北京)有限公司', '广州市动景计算机科技有限公司', '北京小米移动软件有限公司'];
    const sdk = '此SDK收集的个人信息包括但不限于粗略位置信息、设备信息(如设备制造商、品牌、型号、操作系统版本、Android ID、OAID、IMEI、IDFA、CAID、IMSI、IDFV、SSID、BSSID、GAID、IP地址、MAC地址、应用安装列表、设备传感器信息、设备硬件序列号、监听用户手机安装、卸载应用情况等)、广告信息(如对广告的展示、点击及转化等交互数据)以及位置信息。这些信息用于广告投放、广告监测归因、反作弊、减少App崩溃、提供稳定可靠的服务等目的。此SDK也可能请求获取应用安装列表权限以优化广告投放和监测归因。隐私政策网址 https://e.qq.com/dev/help_detail.html?cid=2005&pid=5983';
    const a = await analyzeText(['<html><head><title>隐私条款 | 游霄科技</title></head><body>', '<h1>隐私协议</h1>', '<p>更新日期:2026年2月4日</p>', `<p>${'游霄科技(海南)有限公司(以下简称“我们”)系本产品的运营者。我们非常重视保护用户(以下简称“您”)的个人信息和隐私。您在使用本产品时,我们会收集、使用、保存、共享您的相关个人信息。为呈现我们处理您个人信息的情况,我们特制定《隐私政策》(以下简称“隐私政策”),我们承诺严格按照本隐私政策处理您的个人信息。'}</p>`,
      '<h2>五、 第三方产品或服务如何获得您的个人信息</h2>', ...vendors.map((v) => `<p>- ${v}提供的SDK。${sdk}</p>`), '</body></html>'].join('\n'), 'youxiao.html');
    expect(a.app).toBeNull();
    expect(a.operator).toEqual(['游霄科技(海南)有限公司']);
  });
  it('Accupass: servers placed in Taiwan and the United States (`使用位於台灣、美國的伺服器處理個人資訊`) keep the data abroad', async () => {
    const a = await analyzeText(['隱私權政策 (Privacy Policy)', '', 'Accuvally 使用位於台灣、美國的伺服器處理個人資訊。在某些情況下,我們會使用位於您所在的國家/地區以外的伺服器來處理個人資訊。 Accuvally 可能會處理個人資訊以便提供我們的服務。在某些情況下,我們可能會根據第三方 (例如戰略合作夥伴或開放性平台) 的指示為其處理個人資訊。', ''].join('\n'), 'accupass.txt');
    expect(values(a, 'storage_location')).toEqual(['overseas']);
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });
});
