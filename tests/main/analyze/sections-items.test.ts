// splitSections on real policies: which numbered items and plain lines head sections (found by blind batch 30).
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed, byHeading } from './helpers';
import { splitSections } from '../../../src/main/analyze/sections';

const run = hasShared ? describe : describe.skip;
const ca4p = (f: string) => corpus('ca4p483', 'txt', f);

run('a term defined in a list is no heading', () => {
  it('比记: `7、转让:指将个人信息控制权…的过程` (short, no full stop) does not hold the policy; `一、…` is a chapter', async () => {
    const { analysis } = await analyzed(ca4p('0793_com_kztech.txt'));
    const s = analysis.sections;
    expect(s.some((x) => x.heading.startsWith('转让:指'))).toBe(false);
    const [collect] = byHeading(s, '我们如何收集和使用你的个人信息');
    expect(collect.parent).toBeNull();
    expect(collect.topics).toEqual(expect.arrayContaining(['collection', 'use']));
  });
});

run('a question as a plain title', () => {
  it('小米运动: `我们与谁共享您的信息?` and `收集哪些信息以及如何使用信息?` after `===` rules are chapters', async () => {
    const { analysis } = await analyzed(ca4p('0837_com_xiaomi_hm_health.txt'));
    const s = analysis.sections;
    const [share] = byHeading(s, '我们与谁共享您的信息?');
    expect(share.topics).toContain('sharing');
    const [collect] = byHeading(s, '收集哪些信息以及如何使用信息?');
    expect(collect.topics).toEqual(expect.arrayContaining(['collection', 'use']));
    // (`您可以控制您的信息!` asks nothing: an exclamation stays body.)
    expect(byHeading(s, '您可以控制您的信息!')).toHaveLength(0);
  });
});

run('numbered bullets heading what follows them', () => {
  it('湘行一卡通: `  * 1、乘车码服务` after a lead-in, over its deeper `(1)` `(2)` items, is a heading beside `3、位置信息`', async () => {
    const { analysis } = await analyzed(ca4p('0856_com_txmpay_csewallet.txt'));
    const s = analysis.sections;
    const [ride] = s.filter((x) => x.number === '1、' && x.heading === '乘车码服务');
    const [location] = s.filter((x) => x.number === '3、' && x.heading === '位置信息');
    expect(ride.parent).toBe(location.parent);
    expect(ride.topics).toContain('collection');
  });

  it('湘行一卡通: `  * 1、共享` / `2、转让` / `3、公开披露`, each over a short lead-in sentence (`…但以下情况除外:`), are headings', async () => {
    const { analysis } = await analyzed(ca4p('0856_com_txmpay_csewallet.txt'));
    const s = analysis.sections;
    expect(byHeading(s, '共享')[0].topics).toContain('sharing');
    expect(byHeading(s, '转让')[0].topics).toContain('transfer');
    expect(byHeading(s, '公开披露')[0].topics).toContain('disclosure');
  });
});

run('a bulleted title over a short phrase opening its body', () => {
  it('直棋 (2021-02-13): `* 我们收集哪些您的个人信息` over `您理解并同意:` and its paragraphs is a heading (found by blind batch 31)', async () => {
    const { analysis } = await analyzed(corpus('zh_policy_versions', 'sanmill_privacy_zh', 'sanmill_privacy_zh__2021-02-13.md'));
    expect(byHeading(analysis.sections, '我们收集哪些您的个人信息')[0].topics).toContain('collection');
  });
});

describe('a table title over its first row of fields', () => {
  // 六界仙尊 (round 25's fresh batch G, a GitHub page): the SDK table after a rule of dashes.
  const table = (title: string) => [
    '三、我们如何共享、转让、公开披露您的个人信息', '我们会与第三方SDK共享必要的个人信息,具体见下表。', '--------------------', '',
    title, '注意,个人信息包括:基础信息(含姓名、性别、出生年月日、住址、个人电话号码、电子邮箱)。',
    'SDK名称:华为游戏SDK', '所属机构名称:华为软件技术有限公司', 'SDK用途、功能:华为登陆及使用', '收集的个人信息类型:个人信息;个人常用设备信息;需要获取存储权限、电话权限。',
  ].join('\n');
  it('`第三方SDK信息表(个人敏感信息标红显示):` heads the table, its aside and all; a colon line over no fields does not', () => {
    const s = splitSections(table('第三方SDK信息表(个人敏感信息标红显示):')).filter((x) => !x.synthetic);
    expect(s.map((x) => x.heading)).toEqual(['我们如何共享、转让、公开披露您的个人信息', '第三方SDK信息表(个人敏感信息标红显示)']);
    expect(s[1].parent).toBe(s[0].id);
    const noFields = splitSections(table('第三方SDK信息表(个人敏感信息标红显示):').replace(/\n(?:SDK名称|所属机构名称):[^\n]*/g, '')).filter((x) => !x.synthetic);
    expect(noFields.map((x) => x.heading)).toEqual(['我们如何共享、转让、公开披露您的个人信息']);
  });
});

describe('round 25\'s fresh batches H and I (GitHub pages)', () => {
  it('知途: `接入第三方SDK目录` over its table\'s header row (`产品/类型⇥第三方公司名称⇥使用目的…`) heads the table, no colon needed', () => {
    const s = splitSections([
      '3.1.3 第三方SDK', '为保障知途App相关功能的实现与应用的稳定运行,我们可能会接入由第三方提供的软件开发包(SDK)以实现相关目的。', '',
      '接入第三方SDK目录', '产品/类型\t第三方公司名称\t使用目的\t共享方式\tsdk链接', '腾讯地图SDK(Android、IOS)\t深圳市腾讯计算机系统有限公司\t使用地图展示相关位置相关信息\t由SDK自行采集处理',
    ].join('\n')).filter((x) => !x.synthetic);
    expect(s.map((x) => x.heading)).toEqual(['第三方SDK', '接入第三方SDK目录']);
  });

  it('聚美集: Word\'s bullet lost to `?` and a tab (`?\t提供个性化推荐、展示或推送服务`) is a bullet, and the title over its body a heading; so is Word\'s own symbol-font bullet (U+F0B7)', () => {
    for (const bullet of ['?\t', '\uf0b7 ']) {
      const s = splitSections([
        '一、我们如何收集和使用你的个人信息', '我们会出于本政策所述的以下目的,收集和使用你的个人信息:',
        bullet + '提供账号服务', '为了遵守法律法规的要求,以及向你提供更个性化、更便捷的服务,我们需要识别你的身份,当你注册我们的账号时,我们将收集你提供的账号昵称。',
        bullet + '提供个性化推荐、展示或推送服务', '当你使用聚美集时,我们会收集你的关注、搜索、浏览偏好等你的操作、使用行为信息,用于向你推荐相关程度更高的直播。',
        bullet + '为你提供安全保障', '为提高你使用我们提供服务的安全性,更准确地预防钓鱼网站欺诈和保护账户安全,我们可能会使用你的设备信息。',
      ].join('\n')).filter((x) => !x.synthetic);
      // (The first too, right under the lead-in's colon: the next bullet is a title over its body as well.)
      expect(s.map((x) => x.heading)).toEqual(['我们如何收集和使用你的个人信息', '提供账号服务', '提供个性化推荐、展示或推送服务', '为你提供安全保障']);
      expect(s.find((x) => x.heading === '为你提供安全保障')!.parent).toBe(s[0].id);
    }
  });

  it('闲读: `联系我们` over the fields `公司名称:…` and `客服QQ:…` heads them; a company\'s name over its fields does not', () => {
    const tail = ['公司名称:深圳市英威诺科技有限公司', '客服QQ:2050587620', '注册地址:深圳市南山区高新南四道18号创维半导体设计大厦西座6楼605-610单元'];
    const before = ['六、其他', '1.本协议签订地为中华人民共和国深圳市南山区。', '2.本协议条款无论因何种原因部分无效或不可执行,其余条款仍有效,对双方具有约束力。', '(正文完)'];
    const s = splitSections([...before, '联系我们', ...tail].join('\n')).filter((x) => !x.synthetic);
    expect(s.map((x) => x.heading)).toEqual(['其他', '联系我们']);
    const signed = splitSections([...before, '深圳市英威诺科技有限公司', ...tail.slice(1)].join('\n')).filter((x) => !x.synthetic);
    expect(signed.map((x) => x.heading)).toEqual(['其他']);
  });
});
