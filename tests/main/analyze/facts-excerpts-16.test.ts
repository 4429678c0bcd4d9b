// Facts on the words of round 44's fresh pages: the maker named once in the contact chapter, an app called `本应用` with
// spaces inside the quotes, a brand called `we` mid-sentence, a cross-border promise a conversion broke over two lines.
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('who runs it', () => {
  it('尼来: `尼来由X提供,如果您对…` in the contact chapter, its one mention, names the operator', async () => {
    const a = await analyzeText(['# 尼来个人信息保护政策', '', '> 更新时间:2024 年 12 月 20 日', '',
      '尼来(简称“我们”)深知个人信息对您的重要性,您的信任对我们非常重要。', '', '## 联系我们', '',
      '1. 尼来由中数碳本(深圳)科技有限公司提供,如果您对个人信息保护问题有投诉、建议、疑问,您可以将问题发送至:service@tansocc.com。', ''].join('\n'), 'nilai.md');
    expect(values(a, 'operator')).toEqual(['中数碳本(深圳)科技有限公司']);
  });

  it('a vendor providing one service (`2、由X提供推送技术服务`) is no operator', async () => {
    const a = await analyzeText(['隐私政策', '我们的产品集成了第三方服务。', '2、由浙江每日互动网络科技股份有限公司提供推送技术服务,我们可能会将您的设备信息提供给该公司。', ''].join('\n'), 'x.txt');
    expect(values(a, 'operator')).toEqual([]);
  });
});

describe('the app', () => {
  it('王者剪辑: `欢迎你使用王者剪辑应用程序(以下称“ 本应用 ”)`, spaces inside the quotes, names the app; a chapter on partners\' SDKs does not', async () => {
    const a = await analyzeText([' 隐私政策', '欢迎你使用王者剪辑应用程序(以下称“ 本应用 ”),本应用服务提供者(以下称“ 我们', '”)深知个人信息对你的重要性。',
      '本政策将帮助你了解以下内容:', '1、我们如何收集和使用你的个人信息', '5、合作第三方SDK及其隐私政策', '6、如何联系我们', '1.我们如何收集和使用你的个人信息',
      '本应用会收集你的设备信息用于剪辑服务。', '5\\. 合作第三方SDK及其隐私政策', '本应用接入了第三方SDK。', ''].join('\n'), 'wangzhe.txt');
    expect(a.app).toBe('王者剪辑');
    const unnamed = await analyzeText(['隐私政策', '本政策将帮助你了解以下内容:', '1、我们如何收集和使用你的个人信息', '5、合作第三方SDK及其隐私政策',
      '1.我们如何收集和使用你的个人信息', '本应用会收集你的设备信息用于剪辑服务。', '5. 合作第三方SDK及其隐私政策', '本应用接入了第三方SDK。', ''].join('\n'), 'wangzhe.txt');
    expect(unnamed.app ?? '').not.toMatch(/第三方/);
  });

  it('LittleSkin: `…,LittleSkin(以下简称“我们”)`; `这些服务的提供者` names no app', async () => {
    const a = await analyzeText(['# 隐私声明', '', '在使用 LittleSkin 的过程中,LittleSkin(以下简称“我们”)可能会收集用户(以下简称“你”)的一些隐私信息(以下简称“信息”)。', '',
      '除非另有规定,这份隐私声明适用于你与 LittleSkin 之间的一切活动。', '', '本声明的最终解释权归 LittleSkin 所有。', '', '## 我们使用的第三方服务', '',
      '为更好地提供服务,LittleSkin 大量引入了第三方提供的服务。这些服务的提供者可能会收集和使用更多信息,且不受 LittleSkin 的控制。', ''].join('\n'), 'littleskin.md');
    expect(a.app).toBe('LittleSkin');
  });
});

describe('the app, as an analyst would list it', () => {
  it('跳跳猫: `“跳跳猫 -  Jumping Cat”游戏(以下简称“本游戏”)`, the word for what it is after the quotes, names the game', async () => {
    const a = await analyzeText(['# 隐私政策', '', '尊敬的用户(以下简称“您”),为了便于您使用“跳跳猫 -  Jumping Cat”游戏(以下简称“本游戏”),本游戏会按照《隐私政策》的约定,收集、使用您的个人信息。', ''].join('\n'), 'jumpingcat.md');
    expect(a.app).toBe('Jumping Cat');
  });

  it('邵阳市第一中学: `(以下简称“我们”或“社团”)` calls the club, no app, by a common noun', async () => {
    const a = await analyzeText(['服务文档>政策文件>隐私政策', '隐私政策', '首版发布日期:【CST】2025 年 03 月 08 日', '',
      '本隐私政策(以下简称“本政策”)适用于邵阳市第一中学信息技术社团(以下简称“我们”或“社团”)提供的校园公共服务(以下简称“服务”)。',
      '我们致力于保护您的隐私,确保您的个人信息在使用我们服务时得到充分保护。', '一、信息的收集', '我们会收集您的学号和姓名,用于登录校园服务。', ''].join('\n'), 'sysyz.txt');
    expect(a.app).not.toBe('社团');
  });

  it('易方达, 浦发银行: a title for the company\'s customers (`…个人客户隐私政策`) names the company, not its customers', async () => {
    const efunds = await analyzeText(['易方达基金管理有限公司客户隐私政策', '版本生效日期/更新日期:2023年1月6日', '易方达基金管理有限公司深知个人信息对您的重要性。', ''].join('\n'), 'efunds.txt');
    expect(efunds.app).toBe('易方达基金管理有限公司');
    const spdb = await analyzeText(['上海浦东发展银行个人客户隐私政策', '上海浦东发展银行深知个人信息对您的重要性。', ''].join('\n'), 'spdb.txt');
    expect(spdb.app).toBe('上海浦东发展银行');
  });
});

describe('transfer abroad', () => {
  it('淘赢商城: `如需跨境…,我们会单独向您明确告知(…)` / `并再次征得您的授权同意。` on the next line promises consent', async () => {
    const a = await analyzeText(['六、我们如何存储您的个人信息', 'A 、存储地点',
      '我们依照法律法规的规定,将您的个人信息存储于中华人民共和国境内。目前我们暂时不存在跨境存储您的个人信息或向境外提供个人信息的场景。',
      '如需跨境存储或向境外提 供个人信息的,我们会单独向您明确告知 ( 包括出境的目的、接收方、使用方式与范围、使 用内容、安全保障措施、安全风险 )', '并再次征得您的授权同意。', ''].join('\n'), 'taoying.txt');
    expect(values(a, 'cross_border')).toEqual(['with_consent']);
  });
});

describe('dates', () => {
  it('免费字体: `本政策为《隐私政策》自2022年03月25日公布` dates its publication', async () => {
    const a = await analyzeText(['隐私政策', '    本政策为《隐私政策》自2022年03月25日公布', '    辽宁奇思科技有限公司(以下简称“我们”)深知个人信息对你的重要性。', ''].join('\n'), 'ziti.txt');
    expect(a.dates.published).toBe('2022-03-25');
  });
});

describe('where data is kept', () => {
  it('萌芽日記: `資料存放地**澳洲(AWS 雪梨區域 ap-southeast-2)**` in a table cell keeps it abroad', async () => {
    const a = await analyzeText(['# 萌芽日記 Little Sprout 隱私權政策', '', '## 5. 資料利用之期間、地區、對象與方式', '', '| 項目 | 說明 |', '|---|---|',
      '| **地區** | 中華民國(臺灣)及資料存放地**澳洲(AWS 雪梨區域 ap-southeast-2)**。您的資料會從您所在地傳輸至澳洲的伺服器。 |', ''].join('\n'), 'sprout.md');
    expect(values(a, 'storage_location')).toContain('overseas');
  });
});
