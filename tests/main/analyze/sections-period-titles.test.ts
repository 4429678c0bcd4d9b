// Titles that end in a full stop, alone on their line or with their paragraph run in after it (round 25's fresh blind
// batch G: policies from public GitHub repositories; excerpts of their words, the pages stay outside the repository).
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/main/analyze/sections';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzeText, analyzed } from './helpers';

const runShared = hasShared ? it : it.skip;
const headings = (text: string) => splitSections(text).filter((s) => !s.synthetic);

// 思必驰 (a Word page): the collection chapter's purposes, each a numbered title with a full stop over its paragraph.
const PURPOSES = [
  '我们如何收集和使用您的个人信息',
  '思必驰会出于本隐私政策所述的以下目的,收集和使用您的个人信息:',
  '1. 思必驰业务功能。', '思必驰业务功能包括指令控制、搜索信息和服务、日常聊天、智能提醒、地图导航等。',
  '2.为您提供我们的产品和服务。', '为了向您提供更好、更个性化的产品和服务,当您使用以下服务、功能或设置时,我们会收集以下信息:',
  'a) 设备信息。', '在您使用思必驰产品或服务,或使用相关功能时,思必驰会自动接收并记录您的终端设备信息。',
  'b) 日志信息。', '当您使用思必驰产品或服务时,我们的服务器会自动记录您的日志信息,例如您输入的搜索关键词。',
  'c) 位置信息。', '建议您进行初始设置时提供位置信息,以便为您设置正确的时区并向您提供与您位置相关的服务。',
  'd) 第三方产品或服务信息。', '思必驰接入了丰富的第三方技能。当您利用思必驰产品或服务使用或订购相关技能时,第三方将获取相关信息。',
  '3.为您展示和推送定制内容。', '通过使用收集的信息,我们会得以向您提供定制内容,例如向您展现或推荐相关程度更高的内容。',
  '4.为您提供安全保障。', '为提高您使用我们与思必驰关联方、合作方提供的产品和服务的安全性,我们可能使用您的信息用于身份验证。',
  '5.改善我们的产品和服务,开展内部审计、数据分析和研究。', '我们使用收集的信息来提供并改进我们及思必驰关联方、合作方提供的产品和服务。',
  '6.事先征得授权同意的例外。', '请注意:在以下情形中,收集、使用个人信息无需事先征得您的授权同意:', '•与国家安全、国防安全直接相关的;', '•与犯罪侦查、起诉、审判和判决执行等直接有关的;',
  '7.个人信息的匿名化处理。', '在收集到您的个人信息后,我们将通过技术手段及时对数据进行匿名化处理。',
  '8.设备权限调用。', '思必驰在提供服务过程中,经过您的授权会调用您的一些设备权限(包括但不限于定位、麦克风),您可以在设备设置中关闭。',
].join('\n');

describe('a run of full-stop titles', () => {
  it('思必驰: `5.改善我们的产品和服务,开展内部审计、数据分析和研究。` carries on `4.…。` commas and all, so `6.` to `8.` head sections too', () => {
    const s = headings(PURPOSES);
    const numbers = s.map((x) => x.number);
    expect(numbers).toEqual(expect.arrayContaining(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.']));
    expect(s.find((x) => x.number === '5.')!.heading).toBe('改善我们的产品和服务,开展内部审计、数据分析和研究');
    // (`6.` and `8.` are siblings of `1.`, not sections inside `5.`.)
    expect(new Set(s.filter((x) => /^[1-8]\.$/.test(x.number ?? '')).map((x) => x.level)).size).toBe(1);
  });

  it('思必驰: `a) 设备信息。` … `d) 第三方产品或服务信息。` (a letter and a bracket before Chinese) head sections under `2.`', () => {
    const s = headings(PURPOSES);
    const two = s.find((x) => x.number === '2.')!;
    const d = s.find((x) => x.number === 'd)')!;
    expect(d.heading).toBe('第三方产品或服务信息');
    expect(d.parent).toBe(two.id);
    expect(s.filter((x) => x.parent === two.id).map((x) => x.number)).toEqual(['a)', 'b)', 'c)', 'd)']);
  });

  runShared('中国人保 (CA4P 0567): a sentence to the reader with commas and a full stop, `(2)如果您需要修改手机号等相关信息,您可以…。`, stays an item', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0567_com_cloudpower_netsale_activity.txt'));
    expect(analysis.sections.some((x) => x.heading.startsWith('如果您需要'))).toBe(false);
  });
});

describe('titles run in before a full stop', () => {
  it('思必驰: `1.保存期限。您在使用…` and `2.保存地域。您的个人信息…` head sections, and `3.安全措施。` after them', () => {
    const s = headings([
      '我们如何保存及保护您的个人信息',
      '1.保存期限。您在使用思必驰产品或服务期间,我们将持续为您保存您的个人信息。如果您注销帐户,我们将删除您的个人信息。',
      '',
      '2.保存地域。您的个人信息均储存于中华人民共和国境内,如部分产品或服务涉及跨境,我们会严格按照法律法规的规定执行。',
      '',
      '3.安全措施。',
      '1) 我们会以“最小化”原则收集、使用、存储和传输用户信息,并通过用户协议和隐私政策告知您相关信息的使用目的和范围。',
      '2) 我们非常重视信息安全。我们成立了专责团队负责研发和应用多种安全技术和程序。',
    ].join('\n'));
    expect(s.map((x) => [x.number, x.heading]).slice(1, 4)).toEqual([['1.', '保存期限'], ['2.', '保存地域'], ['3.', '安全措施']]);
  });

  it('NanoLab: `1.2.5地理位置信息。…` after an item ending `;` still heads a section with its mate `1.2.6设备权限调用。…`', async () => {
    const a = await analyzeText([
      '一、NanoLab收集的信息:',
      '1.2为向您提供服务以及保护账户安全,我们会按照如下方式收集您在使用服务时主动提供或因为使用服务而产生的信息:',
      '1.2.4 当您在游戏中通过文字、图片、语音和视频方式与其他玩家进行互动,我们可能会收集并保存您发送的上述信息内容,以营造健康的上网环境;',
      '1.2.5地理位置信息。在您授权同意后,我们会收集的有关您位置的信息用于向您提供消息推送的功能。',
      '1.2.6设备权限调用。我们在提供服务的过程中,基于服务的具体场景和功能,可能需要您开启一些设备访问权限。您可以在设备的设置中关闭权限。',
    ].join('\n'), 'nanolab.txt');
    const six = a.sections.find((x) => x.number === '1.2.6')!;
    expect(six.heading).toBe('设备权限调用');
    expect(six.topics).toContain('permissions');
    expect(a.sections.find((x) => x.number === '1.2.5')?.heading).toBe('地理位置信息');
  });

  it('NanoLab: a longer title, `3.5.2我们为保护您的个人信息采取的其他安全措施。…`, pairs with a short one, `3.5.1数据安全技术措施。…`; two such alone do not', () => {
    const chapter = (one: string, two: string) => headings([
      '3.5我们如何保留、储存和保护您的信息', '我们仅在本《隐私政策》所述目的所必需期间和法律法规要求的时限内保留您的个人信息。我们将采取以下手段保护您的信息:',
      `3.5.1${one}。我们使用各种安全技术和程序,以防信息的丢失、不当使用、未经授权阅览或披露。`,
      `3.5.2${two}。我们通过建立数据分类分级制度、数据安全管理规范、数据安全开发规范来管理规范信息的存储和使用。`,
      '3.5.3请您理解,我们将尽力确保或担保您个人信息的安全,但互联网环境并非百分之百安全。',
    ].join('\n')).map((x) => x.heading);
    expect(chapter('数据安全技术措施', '我们为保护您的个人信息采取的其他安全措施')).toEqual(['我们如何保留、储存和保护您的信息', '数据安全技术措施', '我们为保护您的个人信息采取的其他安全措施']);
    expect(chapter('我们使用的数据安全技术措施', '我们为保护您的个人信息采取的其他安全措施')).toEqual(['我们如何保留、储存和保护您的信息']);
  });

  it('one such line alone among items stays an item: `(3)广告优化。COOKIES和WEB BEACON有助于…`', () => {
    const s = headings([
      '二、我们如何使用COOKIE和同类技术', '(1)COOKIES和WEB BEACON有助于我们辨认您作为我们的注册用户的身份,或保存您向我们提供的有关您的喜好或其他信息;',
      '(2)我们可利用COOKIES和WEB BEACON来了解您使用我们的服务进行什么活动;',
      '(3)广告优化。COOKIES和WEB BEACON有助于我们根据您的信息,向您提供与您相关的广告而非进行普遍的广告投放。',
    ].join('\n'));
    expect(s.map((x) => x.heading)).toEqual(['我们如何使用COOKIE和同类技术']);
  });

  it('aPlayer (round 27): `2.2.3我们从第三方获得的您的信息。` carries on `2.2.2设备或应用信息。当您…`, a run-in standing beside the heading `2.2.1日志信息`', () => {
    const s = headings([
      '2、个人信息可能收集的范围与方式', '2.2因您使用“aPlayer”软件及相关服务获取的信息。', '2.2.1日志信息',
      '(1)当您使用“aPlayer”产品或服务时,为使您获得更轻松的访问体验,公司可能会使用Cookie和同类技术。',
      '2.2.2设备或应用信息。当您使用“aPlayer”软件及相关服务时,我们会自动收集您的设备信息。', '为了提供更好的服务与改善用户体验,公司可能会记录硬件型号、操作系统版本号。',
      '2.2.3我们从第三方获得的您的信息。', '(1)在获得您的同意后,我们可能从第三方获取您授权共享的账户信息(如头像、昵称)。',
      '(2)当您使用“aPlayer”的搜索服务时,我们会收集您的搜索关键字信息、设备信息。', '3、个人信息可能的使用方式', '公司会严格遵守法律法规的规定。',
    ].join('\n'));
    expect(s.filter((x) => x.number?.startsWith('2.2.')).map((x) => x.heading)).toEqual(['日志信息', '设备或应用信息', '我们从第三方获得的您的信息']);
  });
  it('每日清单 (round 31, fresh batch Y) and CA4P 0619: the template title `(二)开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务。` carries on `(一)…`; a long sentence numbered so (`(三)本“隐私政策”的版权为我们所有,在法律允许的范围内,…`) stays none', () => {
    const s = headings([
      '一、我们如何收集和使用您的个人信息', '我们仅会出于本政策所述的以下目的,收集和使用您的个人信息:', '(一)为您提供“每日清单”应用程序中使用服务', '1、业务功能一:注册成为用户',
      '为完成创建账号,您需提供以下信息:您的姓名、手机号、创建的用户名和密码。', '2、业务功能二:商品展示、个性化推荐、发送促销营销信息。',
      '(二)开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务。', '我们收集数据是根据您与我们的互动和您所做出的选择,包括您的隐私设置以及您使用的产品和功能。',
      '(三)当我们要将信息用于本策略未载明的其它用途时,会事先征求您的同意。', '二、我们如何使用 Cookie 和同类技术', '(一)Cookie',
      '为确保网站正常运转,我们会在您的计算机或移动设备上存储名为 Cookie 的小数据文件。', '',
    ].join('\n'));
    expect(s.map((x) => x.heading)).toContain('开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务');
    const boilerplate = headings(['七、其他', '(一)本隐私政策的解释及争议解决,均应适用中华人民共和国法律。', '(二)如本隐私政策的任何条款被认定无效,不影响其他条款的效力。',
      '(三)本“隐私政策”的版权为我们所有,在法律允许的范围内,我们拥有解释和修改的权利。', ''].join('\n'));
    expect(boilerplate.map((x) => x.heading)).toEqual(['其他']);
  });

  runShared('CA4P 0619 华图在线: the same template title heads its section', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0619_com_huatu_handheld_huatu.txt'));
    expect(analysis.sections.map((x) => x.heading)).toContain('开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务');
  });

  it('GitHub\'s and Firefox\'s policies in Chinese (round 33, fresh batch AC): a markdown heading ending with a full stop is a heading; a sentence or list item so marked stays none', () => {
    const text = ['### 您在 CCPA 下的权利', 'CCPA 为加州居民提供关于其个人信息的某些权利。', '#### 知情权。', '您有权要求我们向您披露我们收集的有关您的个人信息。',
      '#### 请求删除的权利。', '您还有权在某些情况下要求我们删除个人信息,但有一些例外情况除外。', '### 為所有使用者增進效能及穩定性。', 'Firefox 會將您如何與 Firefox 互動的資料傳送給我們。',
      '### 您同意按本《隐私政策》所述的目的和方式来处理您的敏感个人信息。', '我们会严格保护。', '#### (k) 含有法律、行政法规禁止的其他内容或违反趣步行的其他规定的。', ''].join('\n');
    const found = headings(text).map((x) => x.heading);
    expect(found).toEqual(expect.arrayContaining(['您在 CCPA 下的权利', '知情权', '请求删除的权利', '為所有使用者增進效能及穩定性']));
    expect(found.some((h) => h.startsWith('您同意') || h.includes('趣步行'))).toBe(false);
  });
});

describe('a run of titles run in before a full stop', () => {
  runShared('takes in its first, though that one addresses the reader (CA4P 0954: `（1）记住您的身份。…` before `（2）…` › `（3）广告优化。…`)', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0954_yuanqiqishi_game_huawei.txt'));
    const uses = analysis.sections.filter((s) => /^\(\d\)$/.test(s.number ?? '') && s.topics.includes('cookies'));
    expect(uses.map((s) => `${s.number}${s.heading}`)).toEqual(['(1)记住您的身份', '(2)分析您使用我们服务的情况', '(3)广告优化']);
    expect(new Set(uses.map((s) => s.parent)).size).toBe(1);
  });

  runShared('…and its last (CA4P 0981: `11)从第三方合作伙伴获取的信息。…` after `9)其他相关信息。…` › `10) 其他用户分享的…`)', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0981_com_zmw_kuoliehuashu.txt'));
    const ninth = analysis.sections.find((s) => s.number === '9)')!;
    expect(analysis.sections.filter((s) => s.parent === ninth.parent && /^1[01]\)$/.test(s.number ?? '')).map((s) => s.heading))
      .toEqual(['其他用户分享的信息中含有您的信息', '从第三方合作伙伴获取的信息']);
  });
});
