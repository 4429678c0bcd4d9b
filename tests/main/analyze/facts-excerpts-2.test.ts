// Facts on excerpts of real policies published in public GitHub repositories (round 25's fresh blind batches G, H and I: pages no
// corpus in ../shared holds, labelled blind before any change), plus the corpus pages the same changes reach.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzeText, analyzed, values } from './helpers';

const runShared = hasShared ? it : it.skip;

describe('facts on excerpts of batch G', () => {
  it('虽远科技: `十五个工作内` (the 日 left out) is a deadline of 15 working days', async () => {
    const a = await analyzeText('十、如何联系我们\n一般情况下,我们将在收到您的问题、意见或建议,并验证您的用户身份后的十五个工作内予以回复。\n', 'suiyuan.txt');
    expect(values(a, 'response_time')).toEqual([{ days: 15, workdays: true }]);
  });

  it('照片智能修复: a policy naming its app only in `使用照片智能修复及相关服务时` has that app, not `优化` (`为了优化APP各项服务功能`)', async () => {
    const a = await analyzeText([
      '更新日期:2022年02月16日', '开发者:深圳精禧网络科技有限公司', '《隐私协议》',
      '我们非常重视用户个人信息的保护,并且将以勤勉和审慎的义务对待这些信息。你在下载、安装、开启、浏览、使用(以下统称“使用”) 照片智能修复及相关服务时,我们将按照本隐私政策收集、保存、使用、共享、披露及保护你的个人信息。',
      '一、我们如何收集和使用个人信息', '1.保障照片智能修复及相关服务的正常运行',
      '当你使用照片智能修复及相关服务时,为了保障软件与服务的正常运行,我们会收集你的硬件型号、操作系统版本号。',
      '(1)腾讯bugly SDK : 为了优化APP各项服务功能,我们使用了腾讯Bugly SDK以统计APP的报错信息(如APP闪退日志、卡顿日志等)。',
      '(2)为了优化APP的性能,我们会统计APP的启动时间。', '(3)为了优化APP的体验,我们会收集APP的使用时长。',
    ].join('\n'), 'piceasy.html');
    expect(a.app).toBe('照片智能修复');
  });

  runShared('皇冠交友 (CA4P 0632): `登录皇冠交友及相关服务` names the app where nothing else does; 花椒 (0545) keeps `花椒直播`, the platform its operator runs', async () => {
    expect((await analyzed(corpus('ca4p483', 'txt', '0632_com_huangguanjiaoyou_ei.txt'))).analysis.app).toBe('皇冠交友');
    expect((await analyzed(corpus('ca4p483', 'txt', '0545_com_huajiao.txt'))).analysis.app).toBe('花椒直播');
  });

  it('六界仙尊: `运营方:北京瓦力网络科技有限公司` among an SDK list\'s fields runs that SDK\'s product, not the game', async () => {
    const a = await analyzeText([
      '用户隐私协议', '更新日期:【2025】年【4】月【 1 】日 广州熊动科技有限公司',
      '【广州熊动科技有限公司】(以下简称“我们”)系移动应用程序“【六界仙尊】”(以下简称“【六界仙尊】”)的运营者。我们非常重视保护用户的个人信息和隐私。',
      '第三方SDK信息表:', 'SDK名称:腾讯浏览服务 X5 网页引擎', 'SDK 开发者:深圳市腾讯计算机系统有限公司',
      '收集的个人信息类型:个人信息;个人身份信息;个人常用设备信息;', '', '产品名称:游戏服务', '', '使用目的:为用户提供登录游戏以及支付订单功能', '',
      '运营方:北京瓦力网络科技有限公司', '', '收集个人信息类型:设备信息(Android ID、OAID)、网络信息', '', '隐私权政策链接:https://privacy.mi.com/xiaomigame-sdk/zh_CN/',
    ].join('\n'), 'liujie.txt');
    expect(values(a, 'operator')).toEqual(['广州熊动科技有限公司']);
  });
});

describe('facts on excerpts of batch H', () => {
  it('金天合纵: `咨询热线95239989`, an eight-digit 95 line, is a phone beside the landline; eight digits without a word for calling are not', async () => {
    const a = await analyzeText('联系电话:招商热线0527-80609760;咨询热线95239989 地址:【江苏省宿迁市湖滨新区环湖大道21号】。\n', 'jintian.html');
    expect(values(a, 'phone')).toEqual(['0527-80609760', '95239989']);
    const b = await analyzeText('本次活动编号为95239989,请妥善保存。\n', 'jintian.html');
    expect(values(b, 'phone')).toEqual([]);
  });

  it('一统同济: `本政策仅适用于本应用(一统同济)` names the app', async () => {
    const a = await analyzeText('# 隐私政策\n本政策仅适用于本应用(一统同济)。最近更新日期:2025.12.25本政策将帮助您了解以下内容:\n1. 我们如何收集和使用您的用户信息\n一统同济数据库采用加密存储。\n', 'onetj.md');
    expect(a.app).toBe('一统同济');
  });

  it('走路多多: a policy naming nothing else names its app in `您在使用走路多多服务时`; not a generic `您在使用相关服务时`', async () => {
    const body = (name: string) => `隐私政策\n发布日期:2020年7月6日\n您在使用${name}服务时,${name}将按照法律法规的规定,保护您的个人信息及隐私安全。\n希望您在使用${name}服务前仔细阅读并理解本隐私政策,在阅读完本政策之后,\n您使用或继续使用${name},都表示您同意我们按照本《隐私政策》收集、使用、储存和分享您的信息。\n`;
    expect((await analyzeText(body('走路多多'), 'zoulu.html')).app).toBe('走路多多');
    expect((await analyzeText(body('相关'), 'zoulu.html')).app).toBeNull();
  });
});

describe('facts on excerpts of batch I', () => {
  it('融云: the company called `we` in brackets, `北京云中融信网络科技有限公司(“融云”或“我们”)`, is the operator; `400- 919 - 9066` (spaced hyphens) is its phone', async () => {
    const a = await analyzeText([
      '融云 RTC 隐私政策',
      '融云 RTC 互联网通信云服务(以下简称:“融云服务/本服务”)是北京云中融信网络科技有限公司(“融云”或“我们”)向融云客户提供的“互联网通信云服务”。',
      '八、如何联系我们', '您可通过创建工单或客服电话 400- 919 - 9066 联系我们。一般情况下,我们将在三十天内回复。',
    ].join('\n'), 'rongcloud.html');
    expect(values(a, 'operator')).toEqual(['北京云中融信网络科技有限公司']);
    expect(values(a, 'phone')).toEqual(['400- 919 - 9066']);
  });

  it('知途: a doubled at-sign, `390017268@@qq.com`, is one address', async () => {
    const a = await analyzeText('9.联系我们\n如果您对个人信息保护问题有投诉、建议、疑问,您可以将问题发送至(390017268@@qq.com)作者将尽快审核所涉问题。\n', 'zhitu.txt');
    expect(values(a, 'email')).toEqual(['390017268@qq.com']);
  });

  it('吉游社: `个人信息出境情况变更` among the reasons to revise the policy is no stance on going abroad: kept at home, none', async () => {
    const a = await analyzeText([
      '六、我们如何存储个人信息', '我们会按照法律法规规定,将您的个人信息存储于中国境内。',
      '八、本政策如何更新', '如发生业务功能变更、个人信息出境情况变更、使用目的变更、个人信息保护联络方式变更等情形,我们将对本《隐私政策》进行相应的修订,并通过弹窗、推送通知等方式及时向您告知,并重新获得您的同意。',
    ].join('\n'), 'jiyoushe.txt');
    expect(values(a, 'cross_border')).toEqual(['none']);
  });

  runShared('CA4P 0813 (小猪, a PDF\'s text with its line breaks turned to spaces): `是由北京 快跑信息科技有限公司(注册地址:…)所有、运营及维护` names the operator whole', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0813_com_xiaozhu_xzdz.txt'));
    expect(analysis.operator).toEqual(['北京快跑信息科技有限公司']);
    // (Its words, too: the retention clause reads `所有信息将被清空`.)
    expect(analysis.facts.filter((f) => f.kind === 'retention').map((f) => (f.value as { text: string }).text).join('')).toContain('所有信息将被清空');
  });
});
