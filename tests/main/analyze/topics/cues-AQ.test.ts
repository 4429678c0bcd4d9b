// Topic cues of round 44's fresh blind batch AQ (the pages' own words).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';
import { headingTopics } from '../../../../src/main/analyze/topics/rules';

describe('sentences of batch AQ', () => {
  const page = (body: string) => ['隐私政策', '四、信息的共享与披露', '4.1 服务提供商', '我们可能会与第三方服务提供商共享您的信息,以便他们为我们提供技术支持、数据分析等服务。',
    '4.4 第三方广告和分析服务', body, '五、联系我们', '如有疑问,请发送邮件至 admin@example.cn。', ''].join('\n');

  it('邵阳市第一中学: partners said to use cookies to collect (`…他们可能会使用Cookies、Web Beacon等技术来收集…`) is about cookies in a sharing chapter', async () => {
    const a = await analyzeText(page('我们可能会与第三方广告商、广告网络或分析服务提供商合作,他们可能会使用Cookies、Web Beacon等技术来收集关于您如何使用我们的服务的信息,以提供定制广告或分析报告。'), 'sysyz.txt');
    expect(a.sections.find((s) => s.heading === '第三方广告和分析服务')!.topics).toEqual(expect.arrayContaining(['sharing', 'cookies']));
  });

  it('a partner that may place its own cookies, nothing said of collecting, stays where the chapter puts it', async () => {
    const a = await analyzeText(page('我们可能会与第三方广告商合作,这些第三方可以放置自己的Cookie或像素标签,它们的使用不受本政策的约束。'), 'sysyz.txt');
    expect(a.sections.find((s) => s.heading === '第三方广告和分析服务')!.topics).not.toContain('cookies');
  });
});

describe('the law\'s definitions', () => {
  it('王者剪辑: `敏感个人信息是…包括…不满十四周岁未成年人的个人信息` defines a kind of data; a policy saying nothing else of minors has no minors topic', async () => {
    const a = await analyzeText(['隐私政策', '1.我们如何收集和使用你的个人信息', '1.1',
      '个人信息是以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息,不包括匿名化处理后的信息。敏感个人信息是一旦泄露或者非法使用,容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息,包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息,以及不满十四周岁未成年人的个人信息。',
      '1.2 你主动提供的信息', '当你使用剪辑功能时,我们会收集你选择的视频文件,用于生成剪辑结果。', '2.我们如何保护你的个人信息', '我们采用加密技术保护你的个人信息。', ''].join('\n'), 'wangzhe.txt');
    expect(a.sections.flatMap((s) => s.topics)).not.toContain('minors');
  });

  it('an age users must reach with their guardian (`不满十四周岁的未成年人应在监护人同意下使用`) is still about minors', async () => {
    const a = await analyzeText(['隐私政策', '1.我们如何收集和使用你的个人信息', '当你使用剪辑功能时,我们会收集你选择的视频文件,用于生成剪辑结果。',
      '2.其他', '不满十四周岁的未成年人应在监护人同意下使用本应用。', ''].join('\n'), 'wangzhe.txt');
    expect(a.sections.flatMap((s) => s.topics)).toContain('minors');
  });
});

describe('headings of batch AQ', () => {
  it('戏仔: `读取及写入存储器权限` is the device\'s storage a permission opens, not where data is kept', () => {
    expect([...headingTopics('读取及写入存储器权限')]).toEqual(['permissions']);
    expect([...headingTopics('信息存储地点')]).toContain('storage');
  });

  it('萌芽日記: Taiwan\'s statutory notice, `資料利用之期間、地區、對象與方式`, names to whom data is put to use: sharing', () => {
    expect([...headingTopics('个人资料利用之期间、地区、对象及方式')]).toEqual(expect.arrayContaining(['sharing', 'retention', 'storage']));
    expect([...headingTopics('利用对象')]).toEqual(['sharing']);
    expect([...headingTopics('服务对象')]).not.toContain('sharing');
  });
});

describe('said in passing', () => {
  it('LittleSkin: `我们可能会在不通知你的情况下变更这份声明` in the introduction is what the policy says of its updates', async () => {
    const a = await analyzeText(['# 隐私声明', '', '在使用 LittleSkin 的过程中,LittleSkin(以下简称“我们”)可能会收集用户的一些隐私信息。', '',
      '除非另有规定,这份隐私声明适用于你与 LittleSkin 之间的一切活动。我们可能会在不通知你的情况下变更这份声明,声明变更对所有用户都生效。', '',
      '## 我们主动收集的信息和理由', '', '我们将会主动收集你的用户名、邮箱地址,用于识别用户身份。', ''].join('\n'), 'littleskin.md');
    expect(a.sections.flatMap((s) => s.topics)).toContain('updates');
  });
});

describe('permissions by another name', () => {
  it('跳跳猫: `2. 基于相机(图片库)的相关功能/服务:您可以使用图片上传等服务。`, a feature built on a device function, is about permissions', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 一、我方如何收集与使用您的个人信息', '', '### (一)信息的收集', '',
      '为保障您使用本游戏过程的安全性,改善您的使用体验,我方会收集、使用和保存下列与您有关的信息:', '',
      '1. 当您注册本游戏时,您需要向我方授权获取或您主动输入您的账号和密码,用于登录本游戏。',
      '2. 为了更方便地使用本游戏服务,以下情形中,您可选择是否授权我方收集、使用您的个人信息:',
      '    1. 基于相机(图片库)的相关功能/服务:您可以使用图片上传等服务。', '    2. 基于存储的相关功能/服务:您可以保存本游戏中的图片。', ''].join('\n'), 'jumpingcat.md');
    expect(a.sections.flatMap((s) => s.topics)).toContain('permissions');
  });
});

describe('a service\'s own policy', () => {
  it('Tamers Union: `51LA网站统计的隐私政策为:[https://…]` under `站点监控` is about the third party the data goes to', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 我们如何共享信息', '', '### 站点监控', '',
      '我们为了对站点进行整体有效的监控,与51LA网站统计共享了我们收集的部分数据,该数据仅限用于进行站点统计分析。51LA网站统计的隐私政策为:[https://web.51.la/service/privacy](https://web.51.la/service/privacy)。', '',
      '### 评论服务', '', '您在发表评论时,我们会提供您发表的内容和匿名化处理后的个人邮件地址等给akismet反垃圾评论系统用于进行垃圾评论拦截。', ''].join('\n'), 'tamers.md');
    expect(a.sections.find((s) => s.heading === '站点监控')!.topics).toContain('third_party');
    expect(a.sections.find((s) => s.heading === '评论服务')!.topics).not.toContain('third_party');
  });
});
