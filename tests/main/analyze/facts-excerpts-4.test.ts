// Facts on excerpts of real policies of round 30–32's fresh blind batches V, W, Y, Z and AA (public GitHub repositories: pages no corpus in
// ../shared holds, labelled blind before any change).
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batches V, W (round 30), Y, Z (round 31) and AA (round 32)', () => {
  it('爱彼迎中国: the policy\'s `旨在介绍X有限公司(「我们」…)` names X as the operator, without `介绍`', async () => {
    const a = await analyzeText(['爱彼迎中国隐私政策', '本隐私政策适用于居住地为中国(本政策下不包含香港、澳门和台湾地区)的用户(「您」或「会员」),旨在介绍安彼迎网络（北京）有限公司(「我们」或「爱彼迎中国」)如何处理您使用爱彼迎平台所涉及的个人信息。', ''].join('\n'), 'abnb.txt');
    expect(values(a, 'operator')).toEqual(['安彼迎网络（北京）有限公司']);
  });

  it('爱彼迎中国: `您理解我们会在我们全球范围内的关联公司…间传输、存储和处理您的信息` is a transfer abroad', async () => {
    const a = await analyzeText(['4. 我们如何存储您的个人信息', '为提供爱彼迎平台服务以及便于我们的全球运营,您理解我们会在我们全球范围内的关联公司、合作伙伴以及服务提供商间传输、存储和处理您的信息。在这些情况下,我们将遵守相关法律并采取适当措施确保您的个人信息得到充分保护。', ''].join('\n'), 'abnb.txt');
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('GigAlpha (Taiwan): `您的資料可能被傳輸至您所在國家或地區以外之伺服器` is a transfer abroad', async () => {
    const a = await analyzeText(['8. 國際資料傳輸 (International Data Transfers)', '由於本應用程式使用 Google 提供之跨國服務,您的資料可能被傳輸至您所在國家或地區以外之伺服器,並依該服務提供者之隱私權政策進行安全處理。', ''].join('\n'), 'ga.txt');
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('小米 (global policy): data centres in the US, Germany … are storage abroad beside the mainland\'s', async () => {
    const a = await analyzeText(['7 跨境传输', '小米通过全球运营及控制设施处理和备份个人信息。 目前,小米在中国、印度、美国、德国、俄罗斯和新加坡设有数据中心。',
      '• 我们将在中华人民共和国大陆境内运营中收集和产生的个人信息,均在中国大陆地区的数据中心存储,但根据适用法律的规定允许跨境传输的除外。', ''].join('\n'), 'mi.md');
    expect(new Set(values(a, 'storage_location'))).toEqual(new Set(['domestic', 'overseas']));
  });

  it('知乎 (batch W): two companies, each with its particulars in brackets, `作为共同处理者共同提供(以下简称「知乎」或「我们」)` are both operators', async () => {
    const a = await analyzeText(['知乎隐私保护指引', '知乎产品和/或服务是由北京智者天下科技有限公司(注册地址:北京市海淀区学院路甲 5 号 1 幢三层 1#厂房 3-010,联系地址:北京市海淀区学院路甲 5 号 1 幢三层 1#厂房 3-010)和智者四海（北京）技术有限公司(注册地址:北京市海淀区学院路甲 5 号 1 幢三层 1#厂房 3-011;联系地址:北京市海淀区学院路甲 5 号 1 幢三层 1#厂房 3-011)作为共同处理者共同提供(以下简称「知乎」或「我们」)。', ''].join('\n'), 'zh.txt');
    expect(values(a, 'operator')).toEqual(['北京智者天下科技有限公司', '智者四海（北京）技术有限公司']);
  });
  it('幻萌 (round 31, batch Y): `适用于X和/或其关联公司(统称“幻萌网络”或“药丸”)` names X, the `we` of the policy under its brand', async () => {
    const a = await analyzeText(['幻萌用户隐私权保护政策和个人信息利用政策', '《幻萌用户隐私权保护政策和个人信息利用政策》(“《隐私政策》”)适用于上海幻萌网络科技有限公司和/或其关联公司(统称“幻萌网络”或“药丸”)提供的产品和服务。',
      '幻萌网络深知个人信息对您的重要性,将尽全力保护您的个人信息安全。', ''].join('\n'), 'hm.txt');
    expect(values(a, 'operator')).toEqual(['上海幻萌网络科技有限公司']);
  });
  it('木材助手 (round 31, batch Y): `《木材助手网络服务协议》` over its privacy statement names the app 木材助手, not `木材助手网络`', async () => {
    const a = await analyzeText(['《木材助手网络服务协议》', '本协议是您与木材助手之间关于您使用木材助手网络服务所订立的协议。', '一、隐私权声明', '木材助手尊重并保护所有使用服务用户的个人隐私权。', ''].join('\n'), 'mc.txt');
    expect(a.app).toBe('木材助手');
  });
  it('口袋抓娃娃, 麦德龙 (round 31, batch Z): `《口袋抓娃娃》是由口袋工作室为您提供的一款娱乐产品` names the app, not the studio; `021- 22078888` (a space after the dash) is a phone', async () => {
    const a = await analyzeText(['《口袋抓娃娃》是由口袋工作室为您提供的一款娱乐产品。口袋工作室十分尊重您的个人信息和数据,并会尽全力保护您的个人信息和数据的安全可靠。',
      '请在使用 《口袋抓娃娃》前,务必仔细阅读并了解和同意《口袋抓娃娃》的隐私政策。', ''].join('\n'), 'kd.html');
    expect(a.app).toBe('口袋抓娃娃');
    const metro = await analyzeText(['11.联系我们', '如您对本政策有任何疑问,您可以通过以下方式与我们联系:', '电话:400-151-8518,或021- 22078888(转法务部)', ''].join('\n'), 'metro.txt');
    expect(values(metro, 'phone').map((p) => String(p).replace(/\D/g, ''))).toEqual(['4001518518', '02122078888']);
  });
  it('畅课 TronClass (round 32, batch AA): `开发者:X有限公司` closing the policy, the only company it names, is the operator', async () => {
    const a = await analyzeText(['畅课(TronClass)隐私政策', '我们非常重视您的隐私保护和个人信息保护。', '十一、未成年人保护', '若您是未满14周岁的未成年人,请在监护人的陪同下阅读本政策。',
      '联系方式:029-81118068', '联系地址:陕西省西安市长安区韦曲街道神舟大道秦创原航天新经济科技园3号楼10层', '开发者:西安智园软件开发管理有限公司', ''].join('\n'), 'tc.html');
    expect(values(a, 'operator')).toEqual(['西安智园软件开发管理有限公司']);
  });
  it('斗鱼 (round 32, batch AA): `客户服务热线:027-87750710/027-87057679` is two phones, the second after a slash as with mobiles', async () => {
    const a = await analyzeText(['5.如何联系我们', '您可以通过以下方式与我们联系:', '(2)拨打客户服务热线:027-87750710/027-87057679;', ''].join('\n'), 'douyu.txt');
    expect(values(a, 'phone')).toEqual(['027-87750710', '027-87057679']);
    // (Not a path's segments: `https://x.com/020-12345678/021-87654321`.)
    const url = await analyzeText(['联系电话见 https://x.com/020-12345678/021-87654321 页面。', ''].join('\n'), 'url.txt');
    expect(values(url, 'phone')).toEqual([]);
  });
  it('崩坏3 (round 32, batch AA): `未获得您的明示授权、法律法规的明确规定…,我们不会将您的个人信息转移出境` permits a transfer with consent', async () => {
    const a = await analyzeText(['3.5.4 信息存储的方式和期限。我们保证我们在中华人民共和国境内收集和产生的个人信息,将存储在中华人民共和国境内。未获得您的明示授权、法律法规的明确规定,及/或相关主管机构的要求,我们不会将您的个人信息转移出境。', ''].join('\n'), 'bh3.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });
  it('崩坏3 (round 32, batch AA): `《崩坏3用户个人信息及隐私保护政策》` names the app 崩坏3, not the 米游社APP it shares data with', async () => {
    const a = await analyzeText(['概要', '', '《崩坏3用户个人信息及隐私保护政策》(以下简称"《隐私政策》")由您与上海米哈游影铁科技有限公司(下文亦称"米哈游"或"我们")共同缔结。', '',
      '3.1.1为方便您在米游社APP查看崩坏3账号绑定信息、游玩数据、角色数据,我们可能向米游社APP分享您的前述信息;', ''].join('\n'), 'bh3.txt');
    expect(a.app).toBe('崩坏3');
  });
  it('耐克 (round 32, batch AA): `由X(注册地址:…)和及其关联公司Y(注册地址:…)…(以下统称为“耐克”…“我们”)运营` names X and Y', async () => {
    const a = await analyzeText(['本隐私政策和Cookie政策(简称“隐私政策”)明确了在您使用由耐克商业(中国)有限公司(注册地址:中国上海市杨浦区江湾城路99号)和及其关联公司耐克体育(中国)有限公司(注册地址:中国江苏省太仓经济开发区广州西路88号)、(以下统称为“耐克”、“我们的”或者“我们”)运营和为您提供的耐克产品/服务时,我们如何处理您的个人信息。', ''].join('\n'), 'nike.txt');
    expect(values(a, 'operator')).toEqual(['耐克商业(中国)有限公司', '耐克体育(中国)有限公司']);
    // (An affiliate given as an example keeps no `包括但不限于` in its name: CA4P 0969.)
    const b = await analyzeText(['1、本协议是您与上海网豆网络科技有限公司及其关联公司(包括但不限于上海掌门科技有限公司、上海连尚网络科技有限公司及其关联公司,以下简称"本公司")之间的协议。', ''].join('\n'), 'sktq.txt');
    expect(values(b, 'operator').some((o) => String(o).startsWith('包括'))).toBe(false);
  });
  it('即构 SDK (round 32, batch AA): `由深圳市即构科技有限公司…提供` names 深圳市即构科技有限公司, its `即` no sentence word', async () => {
    const a = await analyzeText(['感谢您使用由深圳市即构科技有限公司及其关联公司(以下简称”我们“)提供的SDK产品和/或服务(以下简称“SDK产品”)。', ''].join('\n'), 'zego.md');
    expect(values(a, 'operator')).toEqual(['深圳市即构科技有限公司']);
  });
});
