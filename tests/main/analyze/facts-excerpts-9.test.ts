// Facts on the words of round 37's fresh blind batch AJ (indie apps' markdown pages, CAPP-130's 12306 and 学习通,
// an old template filled in).
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batch AJ (round 37)', () => {
  it('Linkn, AI 发型: a name field in emphasis (`**应用名称:** Linkn App`, `**应用名称**:AI 发型(AI Hairstyle)`) names the app, not `**`', async () => {
    const linkn = await analyzeText(['# 隐私政策 (Privacy Policy)', '', '**应用名称:** Linkn App', '**开发者:** Miya.Yang', '**生效日期:** 2025 年 11 月 11 日', '', '## 前言', '', '感谢您使用 Linkn App。我们致力于保护您的个人隐私和数据安全。', ''].join('\n'), 'linkn.md');
    expect(linkn.app).toBe('Linkn');
    const hair = await analyzeText(['# 隐私政策', '', '**应用名称**:AI 发型(AI Hairstyle)', '**开发者**:BoboBru', '', '欢迎使用 AI 发型。本政策说明我们如何处理您的信息。AI 发型不会收集您的姓名。', ''].join('\n'), 'hair.md');
    expect(hair.app).toBe('AI 发型');
  });

  it('魔女泡泡: `…提供的 魔女泡泡(「遊戲」)` names the game', async () => {
    const a = await analyzeText(['隱私權政策', '本隱私權政策(「政策」)適用於由 杭州平塔科技有限公司(「我們」、「本公司」)提供的 魔女泡泡(「遊戲」)。本政策旨在向平塔遊戲服務之用戶詳細說明我們如何收集、使用、存儲、保護和共享您的個人信息。', '一、我們收集的信息', ''].join('\n'), 'monv.txt');
    expect(a.app).toBe('魔女泡泡');
  });

  it('愿安: `愿安 是一款由 **Harvey Wan**…提供的端侧安全监护产品` names the app', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 导言', '', '愿安 是一款由 **Harvey Wan**(以下简称"我们")提供的端侧安全监护产品。您在使用我们的服务时,我们可能处理与您相关的信息。', '', '本《隐私政策》与您所使用的愿安服务息息相关,请您仔细阅读。', ''].join('\n'), 'yuan.md');
    expect(a.app).toBe('愿安');
  });

  it('Nervos基金会, 北京谈星信息咨询部: a foundation and a sole trader\'s registered name are operators', async () => {
    const nervos = await analyzeText(['Neuron隐私政策', 'Nervos基金会(以下简称“基金会”或“我们”)尊重并保护用户的隐私,您使用Neuron时,基金会将按照本隐私政策收集、使用您的个人信息。', ''].join('\n'), 'neuron.txt');
    expect(nervos.operator).toEqual(['Nervos基金会']);
    const tanxing = await analyzeText(['隐私政策', '「谈星」(以下简称"本应用")由北京谈星信息咨询部开发并运营。我们深知个人信息对您的重要性。', '运营主体:北京谈星信息咨询部', ''].join('\n'), 'tanxing.txt');
    expect(tanxing.operator).toEqual(['北京谈星信息咨询部']);
  });

  it('易方科技: `11.关于我们` / `(1)桂林易方科技有限公司,注册地址/常用办公地址:…` names the operator', async () => {
    const a = await analyzeText(['隐私政策', '本应用尊重并保护所有使用服务用户的个人隐私权。', '10.本隐私政策的更改', '(a)如果决定更改隐私政策,我们会在本政策中发布这些更改。', '11.关于我们', '(1)桂林易方科技有限公司,注册地址/常用办公地址:桂林市七星区七星路26号,联系邮箱:service@glyifangkeji.com', '(2)如您想更详细的了解我们的公司、平台,您可以通过本政策提供的联系方式与我们联系'].join('\n'), 'yifang.html.txt');
    expect(a.operator).toEqual(['桂林易方科技有限公司']);
  });

  it('AI 发型: `**16 周岁及以上**用户(位于欧盟…)` states an age threshold', async () => {
    const a = await analyzeText(['## 10. 儿童隐私', '', '本应用可供以下用户使用:', '- **16 周岁及以上**用户(位于欧盟、英国、瑞士及其他适用 GDPR 的地区);', '- **13 周岁及以上**用户(位于美国、加拿大及其他地区)。', '', '不满 18 周岁的未成年人应在监护人同意与指导下使用本应用。', ''].join('\n'), 'hair.md');
    expect(values(a, 'minor_age').sort()).toEqual([13, 16, 18]);
  });

  it('Neuron: `若基金会确需向境外传输您的个人信息,将在事前获得您的授权` transfers abroad with consent', async () => {
    const a = await analyzeText(['六、 您的个人信息如何在全球范围转移', '1. 基金会在中华人民共和国境内收集和产生的用户个人信息将存储在中华人民共和国境内的服务器上。若基金会确需向境外传输您的个人信息,将在事前获得您的授权,且按照有关法律法规政策的要求进行跨境数据传输,并对您的个人信息履行保密义务。', ''].join('\n'), 'neuron.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });

  it('Linkn: `Firebase 服务器位于美国` keeps the data abroad', async () => {
    const a = await analyzeText(['## 8. 国际数据传输', '', 'Linkn App 使用的 Firebase 服务器位于美国。如果您位于欧洲经济区(EEA)、英国或其他地区,您的数据可能会被传输到您所在司法管辖区之外的地区。', ''].join('\n'), 'linkn.md');
    expect(values(a, 'storage_location')).toEqual(['overseas']);
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('易方科技: the old template\'s `可能传送至您所在国家、地区或本应用收集信息和资料所在地的境外并在境外被访问、存储和展示` goes abroad', async () => {
    const a = await analyzeText(['7.信息存储和交换', '本应用收集的有关您的信息和资料将保存在本应用及(或)其关联公司的服务器上,这些信息和资料可能传送至您所在国家、地区或本应用收集信息和资料所在地的境外并在境外被访问、存储和展示。', ''].join('\n'), 'yifang.txt');
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('微博: `可能需要将您的个人信息传输至其他国家或地区。` / one sentence / `在这种情况下,我们将…征求您的单独同意` goes abroad with consent', async () => {
    const a = await analyzeText(['五、我们如何存储您的个人信息', '1     存储地点', '我们依照适用的数据保护法律的规定,将境内收集的您的个人信息存储于中华人民共和国境内。目前,我们不会将您的个人信息在跨境业务中使用、储存、共享和披露,或将您的个人信息传输至境外。', '', '2     如果今后的业务发生变更,我们可能需要将您的个人信息传输至其他国家或地区。这些国家或地区可能设有不同的数据保护法,甚至未设立相关法律。', '', '在这种情况下,我们将会依据相关适用的数据保护法律的规定,确保您的个人信息得到与境内同等水平的保护,向您告知必要事项,依法落实相应的合规手续,并征求您的单独同意(适用的数据保护法律另有规定的除外)。', ''].join('\n'), 'weibo.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });

  it('王者荣耀: `在本指引中深圳市腾讯计算机系统有限公司和…合称为腾讯公司` names the company from its place on', async () => {
    const a = await analyzeText(['王者荣耀隐私保护指引', '如无特别说明,在本指引中深圳市腾讯计算机系统有限公司和深圳市腾讯天游科技有限公司合称为腾讯公司(或我们)。', ''].join('\n'), 'wzry.txt');
    expect(a.operator).toEqual(['深圳市腾讯计算机系统有限公司', '深圳市腾讯天游科技有限公司']);
  });

  it('掌上LAPA: `所有收集到的信息将存储到本国境内,受本国法律保护` keeps the data at home, and sends none abroad', async () => {
    const a = await analyzeText(['掌上LAPA私隐政策', '您如何访问和控制自己的个人信息 我们将尽一切可能采取适当的技术手段,保证您可以访问、更新、更正和删除自己的注册信息。', '我们不会分享您的任何信息。所有收集到的信息将存储到本国境内,受本国法律保护。', ''].join('\n'), 'lapa.txt');
    expect(values(a, 'storage_location')).toEqual(['domestic']);
    expect(values(a, 'cross_border')).toEqual(['none']);
  });

  it('美团: the second number of a list (`客服电话进行反馈(美团网:10107888;大众点评网:10100011)`) is a phone too', async () => {
    const a = await analyzeText(['九、如何联系我们', '2、您可以联系美团的客服电话进行反馈(美团网:10107888;大众点评网:10100011)。', ''].join('\n'), 'meituan.txt');
    expect(values(a, 'phone').sort()).toEqual(['10100011', '10107888']);
  });

  it('网易游戏: `服务的提供者包括X(注册地址:…)、Y(注册地址:…)以及Z` names three operators', async () => {
    const a = await analyzeText(['网易游戏隐私政策', '网易游戏服务的提供者包括杭州网易雷火科技有限公司(注册地址:杭州市滨江区长河街道网商路599号4幢702室)、广州网易计算机系统有限公司(注册地址:广州市天河区思蕴路5号自编A2栋2楼01单元)以及上海网之易吾世界网络科技有限公司,(注册地址:上海市徐汇区丰谷路315弄24号1-3层),每款游戏的具体服务提供者请以该游戏的说明为准。', ''].join('\n'), 'netease.txt');
    expect(a.operator).toEqual(['杭州网易雷火科技有限公司', '广州网易计算机系统有限公司', '上海网之易吾世界网络科技有限公司']);
  });
});

