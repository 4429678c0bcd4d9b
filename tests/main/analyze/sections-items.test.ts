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

describe('a page whose every line is a list item', () => {
  it('臻品配 (round 27, fresh page; each paragraph an `<li>`): its numbered bullets `• (一) 共享` … `• (四) …` head sections, not items carrying on the last chapter\'s list', () => {
    const s = splitSections([
      '臻品配隐私政策',
      '  • 7. 根据个人信息主体要求签订和履行合同所必需的;',
      '  • 8. 用于维护所提供的产品或服务的安全稳定运行所必需的,例如发现、处置产品或服务的故障;',
      '  • 9. 为合法的新闻报道所必需的;',
      '  • 10. 为学术研究机构,出于公共利益开展统计或学术研究所必要,且对外提供学术研究或描述的结果时,对结果中所包含的个人信息进行去标识化处理的;',
      '  • 11. 法律法规规定的其他情形。',
      '第三部分 我们如何使用Cookie和同类技术',
      '  • 1. Cookies的使用',
      '  • 1.1 为实现您联机体验的个性化需求,使您获得更轻松的访问体验。',
      '  • 1.2 我们不会将 Cookies 用于本隐私政策所述目的之外的任何用途。',
      '  • 2. 网络Beacon和同类技术的使用',
      '  • 除 Cookie 外,我们还会在网站上使用网络Beacon等其他同类技术。',
      '  • 2.1 通过在臻品配平台或网站上使用网络beacon,计算用户访问数量,并通过访问 cookie 辨认注册的臻品配用户。',
      '  • 2.2 通过得到的cookies信息,为您提供个性化服务。',
      '第四部分 我们如何共享、转让、公开披露您的个人信息',
      '  • (一) 共享',
      '  • 我们不会与臻品配以外的任何公司、组织和个人共享您的个人信息,但以下情况除外:',
      '  • 1. 事先获得您明确的同意或授权;',
      '  • 2. 现行法律、法律程序的要求、或者行政机关/司法依法提出的共享;',
      '  • 3. 我们可能会将您的个人信息与我们的关联方共享。',
      '  • 4. 我们可能会向合作伙伴共享您的账户信息以及位置信息,车辆车牌信息,以提供更好的用户服务和用户体验。',
      '  • 4.1 技术服务的供应商。',
      '  • 4.2 服务平台或服务提供商。',
      '  • 4.3 广告服务类的合作方。',
      '  • 5. 我们可能会将所收集到的信息用于大数据分析。',
      '  • (二) 转让',
      '  • 我们不会将您的个人信息转让给任何公司、组织和个人,但以下情况除外:',
      '  • 1. 事先获得您明确的同意或授权;',
      '  • 2. 在涉及合并、收购、资产转让或类似的交易时,如涉及到个人信息转让,我们会要求新的持有您个人信息的公司、组织继续受本隐私政策的约束,否则,我们将要求该公司、组织重新向您征求授权同意。',
      '  • (三) 公开披露',
      '  • 我们仅会在以下情况下,且采取符合业界标准的安全防护措施的前提下,才会公开披露您的个人信息:',
      '  • 1. 获得您明确同意;',
      '  • 2. 基于法律、法律程序、诉讼或政府主管部门强制性要求的情况下,我们可能会向有权机关披露您的个人信息。',
      '  • (四) 共享、转让、公开披露个人信息授权同意的例外',
      '  • 根据相关法律法规的规定,在以下情形中,我们可以在不征得您的授权同意的情况下共享、转让、公开披露您的个人信息:',
      '  • 1. 与国家安全、国防安全有关的;',
      '  • 2. 与公共安全、公共卫生、重大公共利益有关的;',
      '  • 3. 与犯罪侦查、起诉、审判和判决执行等有关的;',
    ].join('\n'), null, [], true);
    expect(s.filter((x) => x.number?.startsWith('(')).map((x) => `${x.number}${x.heading}`)).toEqual(['(一)共享', '(二)转让', '(三)公开披露', '(四)共享、转让、公开披露个人信息授权同意的例外']);
  });
});
