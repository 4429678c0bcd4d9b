// Facts on the words of round 38's fresh blind batch AK (CAPP-130's hidden games, indie apps' and tools' pages).
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batch AK (round 38)', () => {
  it('阿瓦隆: a company\'s former name in brackets inside its address (`…平房(原北京护苗食品加工有限公司)128号`) is no operator', async () => {
    const a = await analyzeText(['阿瓦隆隐私政策', '更新日期:2022年5月30日', '阿瓦隆是一款由我司【公司名称:北京星河时代信息技术有限公司 注册地址:北京市海淀区温泉镇中央档案馆西侧平房(原北京护苗食品加工有限公司)128号】(以下简称“我们”或“阿瓦隆”)提供的产品。', '一、我们如何收集和使用您的个人信息', ''].join('\n'), 'awalong.txt');
    expect(a.operator).toEqual(['北京星河时代信息技术有限公司']);
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
});
