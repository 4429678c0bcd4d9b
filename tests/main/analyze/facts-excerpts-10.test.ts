// Facts on the words of round 38's fresh blind batch AK (CAPP-130's hidden games, indie apps' and tools' pages).
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batch AK (round 38)', () => {
  it('阿瓦隆: a company\'s former name in brackets inside its address (`…平房(原北京护苗食品加工有限公司)128号`) is no operator', async () => {
    const a = await analyzeText(['阿瓦隆隐私政策', '更新日期:2022年5月30日', '阿瓦隆是一款由我司【公司名称:北京星河时代信息技术有限公司 注册地址:北京市海淀区温泉镇中央档案馆西侧平房(原北京护苗食品加工有限公司)128号】(以下简称“我们”或“阿瓦隆”)提供的产品。', '一、我们如何收集和使用您的个人信息', ''].join('\n'), 'awalong.txt');
    expect(a.operator).toEqual(['北京星河时代信息技术有限公司']);
    // (…nor one given as such, `(原名:…)`, `(曾用名:…)`, `(前身为…)`.)
    for (const former of ['原名:', '曾用名:', '前身为']) {
      const b = await analyzeText(['隐私政策', `北京星河时代信息技术有限公司(${former}北京护苗食品加工有限公司,以下简称“我们”)提供本服务。`, ''].join('\n'), 'former.txt');
      expect(b.operator).toEqual(['北京星河时代信息技术有限公司']);
    }
  });

  it('途游: `公司名称 为:在线途游(北京)科技有限公司` keeps `在线`, the name\'s first word', async () => {
    const a = await analyzeText(['隐私政策', '生效日期:2022年8月1日', '', '途游游戏及旗下各关联公司(以下统称“途游”或“我们”)(公司名称 为:在线途游(北京)科技有限公司,注册地址为:北京市石景山区实兴大街30号院3号楼2层)深知个人信息对您的重要性。', ''].join('\n'), 'tuyou.txt');
    expect(a.operator).toEqual(['在线途游(北京)科技有限公司']);
  });

  it('DSH Desktop: `生效及最近更新日期:` labels one date as both effective and updated', async () => {
    const a = await analyzeText(['# DSH Desktop 隐私政策', '', '- **版本:** 1.0', '- **生效及最近更新日期:** 2026 年 8 月 26 日', '', 'DSH Desktop 是一个本地优先的开源桌面应用。', ''].join('\n'), 'dsh.md');
    expect(a.dates).toMatchObject({ effective: '2026-08-26', updated: '2026-08-26' });
  });

  it('Server Box: a Latin brand of two words the policy repeats is named whole, not by its first word', async () => {
    const a = await analyzeText([
      '---', 'title: 隐私政策', 'description: Server Box 保存、发送哪些数据,以及如何控制这些行为', '---', '', '最后更新:2026-09-02。', '',
      'Server Box 是连接你所配置服务器的客户端。它没有用户账号,也没有由开发者运营、用于中转 SSH、SFTP 或 Monitor 流量的服务。', '',
      '## 自动诊断数据', '', '自动诊断是 Server Box 发送到开发者诊断服务的唯一 telemetry。', '',
      '平台提供 native crash、ANR 或 hang 记录时,Server Box 会在下次启动时读取它。', '',
      '发生崩溃后,Server Box 可以显示上一次运行的日志。Server Box 不包含广告,不使用广告标识符。', '',
    ].join('\n'), 'serverbox.md');
    expect(a.app).toBe('Server Box');
  });

  it('願行: `# 願行．隱私政策` names the app without the full-width stop; servers `(Supabase)位於 AWS 大洋洲區` are abroad', async () => {
    const a = await analyzeText(['# 願行．隱私政策', '', '> 版本 1.2 / 生效日 2026-04-19', '', '## 八、資料跨境', '', '- 伺服器(Supabase)位於 **AWS 大洋洲區(ap-southeast-2,雪梨)**', '- 僅限本專案開發者(願行開發團隊)存取', '- 不主動對第三方國家傳輸', ''].join('\n'), 'yuanxing.md');
    expect(a.app).toBe('願行');
    expect(values(a, 'storage_location')).toEqual(['overseas']);
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('伟浩贸易\'s games: `(13 至 15 周岁需其本人选择同意…)` beside `未满 16 周岁` states no age of 15; `GPC`, a signal the policy cites, names no app', async () => {
    const a = await analyzeText([
      '隐私政策', '生效日期:2026年10月1日', '',
      '我们认可全球隐私控制(GPC)等退出偏好信号。我们将 GPC 信号作为退出个人信息出售或共享的有效请求。若您的浏览器发出"全球隐私控制(GPC)"信号,我们将予以处理。', '',
      '未经肯定性授权,我们不会出售或共享我们已知未满 16 周岁的消费者的个人信息(13 至 15 周岁需其本人选择同意,未满 13 周岁需其父母或监护人选择同意)。', '',
      '十二、我们如何处理儿童的个人信息', '我们的游戏并非面向未满 13 周岁的儿童。我们处理全球隐私控制(GPC)信号,也处理 GPC)信号的变体。', '',
    ].join('\n'), 'weihao.txt');
    expect(values(a, 'minor_age').sort()).toEqual([13, 16]);
    expect(a.app).toBeNull();
  });

  it('OS NEO SMART: `…确需向境外提供个人信息,我们将…判断是否属于豁免情形,…取得单独同意` promises consent; its `是否` weighs the exemptions, it asks nothing', async () => {
    const a = await analyzeText([
      '8. 个人信息跨境提供', '',
      'OS NEO SMART 具有国际业务属性,但国际业务本身不等于用户个人信息必然出境。我们将优先根据业务必要性控制跨境传输范围。', '',
      '如因境外云服务、国际采购平台接口、境外合作方、跨境客服、AI与API服务或履行用户主动发起的跨境业务确需向境外提供个人信息,我们将依据《中华人民共和国个人信息保护法》《促进和规范数据跨境流动规定》等适用规则,判断是否属于豁免情形,或履行安全评估、个人信息出境标准合同或备案、个人信息保护认证等适用程序,并依法进行告知、取得单独同意和开展影响评估。', '',
    ].join('\n'), 'osneo.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });

  it('LoliAuth: `本隐私政策解释了 LoliAuth 平台(运营方:…)将如何收集…` names the platform it explains', async () => {
    const a = await analyzeText(['# 隐私政策', '', '> **版本号**:1.1', '> **生效日期**:2026-03-03', '', '本隐私政策解释了 LoliAuth 平台(运营方:**西山区奈索星联网络科技工作室(个体工商户)**,以下简称“我们”或“本工作室”)将如何收集、使用、存储、共享和保护您的个人信息。', '', '## 1. 我们如何收集和使用您的个人信息', '', '为了帮您完成注册及登录,我们需要收集您的电子邮箱。', ''].join('\n'), 'loliauth.md');
    expect(a.app).toBe('LoliAuth');
  });

  it('ModelWay: `后端基础设施部署在 AWS us-east-1(美国弗吉尼亚北部)` keeps the data abroad', async () => {
    const a = await analyzeText(['隐私政策', '最后更新日期:2026-04-20 · 适用于 ModelWay(modelway.dev)及所有子域名', '1. 服务提供方', '本隐私政策由 ModelWay 团队(以下简称"我们")发布。ModelWay 是一个 AI API 网关服务,后端基础设施部署在 AWS us-east-1(美国弗吉尼亚北部)。你访问 modelway.dev 及其子域名即表示接受本政策。', '2. 我们收集什么', '邮箱地址:用于注册、登录、找回密码、发送账单与服务通知', ''].join('\n'), 'modelway.txt');
    expect(values(a, 'storage_location')).toEqual(['overseas']);
    expect(values(a, 'cross_border')).toEqual(['yes']);
  });

  it('吉游社 (read as rich text now), 雷霆, 腾讯: `…邮寄至如下地址:` over `地址:中国福建省…` gives the address after its own label', async () => {
    const a = await analyzeText(['九、联系方式', '如您对本政策或对我们的隐私措施有任何疑问的,您可发送邮件至gmservice@jysyx.net或写信邮寄至如下地址:', '地址:中国福建省厦门市思明区软件园二期望海路4号楼', '邮编:361000', ''].join('\n'), 'jiyoushe.txt');
    expect(values(a, 'address')).toEqual(['中国福建省厦门市思明区软件园二期望海路4号楼']);
  });
});
