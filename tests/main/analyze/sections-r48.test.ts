// Section trees from round 48: plain titles whose layout alone shows which are chapters and which their items.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';
import type { DocumentAnalysis } from '../../../src/shared/types';

const byHeading = (a: DocumentAnalysis, h: string) => a.sections.find((s) => s.heading === h)!;
const parentHeading = (a: DocumentAnalysis, h: string) => a.sections.find((s) => s.id === byHeading(a, h).parent)?.heading;

describe('a chapter over the titles of its list, told by blank lines', () => {
  // Leaflow's markdown policy pasted as text (`## 信息使用` and `### 计费与收费` lost their marks): each chapter title stands
  // between blank lines over a lead-in (`…仅用于以下目的：`), each item's title has its body on the very next line.
  const leaflow = [
    "Leaflow 服务隐私政策",
    "",
    "生效日期： 2025年10月4日",
    "",
    "",
    "信息收集",
    "",
    "在您使用本服务的过程中，我们可能会收集以下类型的个人信息：",
    "",
    "注册及账户信息",
    "当您注册Leaflow账户时，我们可能收集您的姓名、电子邮件地址、电话号码、公司名称（如适用）、职位（如适用）以及您设置的账户密码。",
    "",
    "身份验证信息",
    "为保障账户安全或满足特定服务要求（如企业认证），我们可能需要您提供额外的身份信息（如营业执照扫描件、法定代表人信息等）。",
    "",
    "服务使用信息",
    "",
    "操作日志",
    "您使用本服务的记录，包括操作时间、操作类型、操作对象、使用的资源类型和数量等。",
    "",
    "设备与连接信息",
    "您访问本服务所使用的设备型号、操作系统、浏览器类型和版本、IP地址、网络接入方式、网络状态、访问时间、页面浏览记录等。",
    "",
    "资源监控数据",
    "您部署的应用或服务的运行状态数据（如CPU、内存、磁盘IO、网络流量等指标），用于平台监控、故障排查和资源优化。",
    "",
    "交易与支付信息",
    "当您购买或使用付费服务时，我们或我们的第三方支付处理机构会收集您的订单信息、账单地址以及支付账号相关信息（如银行卡号、有效期，但完整的银行卡号通常由支付机构处理，我们可能仅获取支付结果和部分脱敏信息）。",
    "",
    "您主动提交的信息",
    "- 您在使用客服支持时提供的联系方式、问题描述及沟通记录。",
    "- 您参与问卷调查、活动时提供的信息。",
    "- 您在使用过程中上传、存储、处理的数据和文件内容（\"用户内容\"）。请注意：我们处理用户内容是为了向您提供所请求的服务（如存储、计算、传输），其知识产权归您所有，我们不会主动扫描其具体内容用于其他目的，除非为履行法律义务或保障服务安全（如检测恶意软件、非法活动）。",
    "",
    "Cookies 及类似技术",
    "我们可能会使用 Cookies、网站信标（Web Beacons）等同类技术收集您访问和使用我们网站及服务的相关信息，用于记住您的偏好（如语言）、进行流量分析、理解服务使用情况、优化服务体验以及进行广告推广（经您同意的情况下）。您可以通过浏览器设置管理或拒绝Cookies，但这可能会影响您使用本服务的部分功能。",
    "",
    "信息使用",
    "",
    "我们收集您的个人信息将仅用于以下目的：",
    "",
    "提供、维护和改进服务",
    "向您提供您所请求的本服务功能（如资源创建、部署应用、监控管理、计费扣费等），进行必要的账户管理、身份验证、技术支持、故障排除、服务优化与升级。",
    "",
    "计费与收费",
    "计算服务费用、处理账单、扣款，并向您发送账单和支付通知。",
    "",
    "安全与合规",
    "保障您和我们系统的安全，检测和防止欺诈、滥用、安全事件和非法活动；遵守和履行适用的法律法规要求、行业标准或响应司法机关等有权机关的要求。",
    "",
    "沟通与通知",
    "就账户相关事项（如重要变更、安全通知、服务状态更新、账单信息、技术支持响应）与您进行必要的沟通；在获得您明确同意的情况下，向您发送产品更新、促销活动等营销信息（您可以随时退订）。",
    "",
    "分析与研究",
    "通过分析服务使用数据（通常是去标识化或聚合后的数据），了解用户如何使用我们的服务，以改进服务性能、开发新功能、提升用户体验。",
    "",
    "履行合同义务",
    "履行与您签订的《Leaflow服务服务协议》中的义务。",
    "",
    "信息披露",
    "",
    "我们承诺不会出售您的个人信息。我们仅在以下情形下，可能将您的个人信息披露给第三方：",
    "",
    "获得您的明确同意",
    "在征得您明确授权后。",
    "",
    "服务提供所必需",
    "- 向我们的关联公司披露，以便其在遵守本政策的前提下帮助我们提供服务。",
    "- 向授权的合作伙伴、服务提供商或代理人披露（例如：支付处理机构、云基础设施提供商、数据中心运营商、客户服务供应商、数据分析服务商、审计机构），他们代表我们提供服务或协助（如支付处理、技术运维、数据分析、客户支持、安全防护、审计），且这些第三方必须按照我们的要求及本政策严格处理您的信息，无权将信息用于其他目的。我们通过合同约束其履行保密和安全义务。",
    "",
    "法律法规要求或法律程序",
    "为遵守适用的法律法规、法院命令或其他具有法律效力的政府要求（如传票、搜查令）；为执行或应用我们的服务协议或其他协议；为保护利飞科技、用户或公众的财产、权利或安全免受损害而必要或适当地披露。",
    "",
    "企业重组",
    "如果我们涉及合并、收购、资产转让或破产重整等交易，您的个人信息可能会作为交易的一部分被转移。我们将要求新的持有您个人信息的公司、组织继续受本政策的约束，否则我们将要求该公司、组织重新向您征求授权同意。",
    "",
    "信息保护",
    "",
    "我们采用符合业界标准的、合理可行的物理、技术和组织安全措施来保护您的个人信息，防止其遭受未经授权的访问、泄露、使用、修改、损坏或丢失：",
    "",
    "技术措施",
    "使用加密传输协议（如HTTPS/TLS）、对敏感信息进行加密存储、部署访问控制机制、防火墙、入侵检测/防御系统等。",
    "",
    "",
    "用户权利",
    "",
    "根据中国相关法律法规，您对自己的个人信息享有以下权利（在符合法律法规要求的前提下）：",
    "",
    "访问与更正",
    "您有权访问我们持有的关于您的个人信息。如果您发现您的个人信息有误或不完整，您可以通过账户设置或联系我们进行更正或补充。",
    "",
  ].join('\n');

  it('the items nest under their chapter, and the next chapter stands beside it', async () => {
    const a = await analyzeText(leaflow, 'leaflow.txt');
    for (const item of ['提供、维护和改进服务', '计费与收费', '安全与合规', '分析与研究', '履行合同义务']) expect(parentHeading(a, item)).toBe('信息使用');
    for (const item of ['注册及账户信息', '交易与支付信息', 'Cookies 及类似技术']) expect(parentHeading(a, item)).toBe('信息收集');
    expect(parentHeading(a, '技术措施')).toBe('信息保护');
    for (const chapter of ['信息收集', '信息使用', '信息披露', '信息保护', '用户权利']) expect(byHeading(a, chapter).level).toBe(1);
    expect(byHeading(a, '信息使用').topics).toContain('use');
  });

  it('a bodiless title set apart inside the list (`服务使用信息` over `操作日志`) is one more item of the chapter', async () => {
    const a = await analyzeText(leaflow, 'leaflow.txt');
    expect(parentHeading(a, '服务使用信息')).toBe('信息收集');
    expect(a.sections.filter((s) => s.heading).map((s) => s.heading)).toContain('操作日志');
    expect(['信息收集', '服务使用信息']).toContain(parentHeading(a, '操作日志'));
  });

  it("a flattened table's cell on a line of its own (no blank line above) heads no list", async () => {
    // 淘影's SDK table: `用于购买商品支付` is the last cell of one row, `数字天堂 SDK` the first of the next.
    const a = await analyzeText(['十一、第三方 SDK 共享信息', 'SDK 产品名称', '获取权限', '使用目的', '隐私协议', '银联 SDK',
      '1. 本机设备信息（ IMEI 、 IMSI ）  2.MAC 地址  3. 读写存储  4. 查看网络连接权限', '用于购买商品支付', '', '数字天堂 SDK',
      '硬件型号、操作系统版本、设备配置、唯一设备 标识符、国际移动设备身份号 IMEI 、 SIM 卡信息 IMSI 、 安卓系统广告标识符 (OAID)', '分析改进性能和用户体验', '',
      'MSA 移动安全联盟 SDK', '1. 本机设备信息（ IMEI 、 IMSI ）  2.MAC 地址  3. 读写存储  4. 查看网络连接权限 5. 设备信息（ OAID ）', '生成设备标识信息', ''].join('\n'), 'taoying.txt');
    const cell = a.sections.find((s) => s.heading === '用于购买商品支付');
    expect(a.sections.filter((s) => cell && s.parent === cell.id).map((s) => s.heading)).toEqual([]);
    expect(a.sections.find((s) => s.heading === '数字天堂 SDK')?.topics).toContain('sdk');
  });
});

describe('a title over a sentence that opens on a likeness', () => {
  it('Supercell (CA4P 0900 as plain text): `Cookies 和类似技术` › `与大多数在线服务一样,…` is a title, not a sentence wrapped onto `与…`', async () => {
    const a = await analyzeText([
      "我们将在合理的时间内回复您的所有请求。如果我们未能妥善处理您未决的隐私或数据使用问题，请与我们[在美国的第三方争端解决机构](https://feedback-form.truste.com/watchdog/request)（免费）联系。在欧洲经济区、瑞士和英国境内，您还可以联系您当地的数据保护机构处理未决的投诉。",
      "如果您想要行使上述数据主体权利，请使用在上方的“联系我们”中所述的支持选项。我们将会根据适用法律来响应所有请求。为了保护您的隐私，在满足您的请求之前，我们可能还会采取额外的步骤来验证您的身份，例如：请您向我们提供购买收据或其他帐户信息、请您将您的电子邮件地址与您的游戏帐户（如通过Supercell ID）绑定、或是针对您使用我们的 Supercell 服务所进行的相关活动进行提问。身份验证通过之后，您还可以指定一个授权代理来代表您行使您的权利，根据适用法律要求，您需要将该授权代理的联系信息提供给我们的客服支持员工。",
      "您有权利不接受因为行使这些权利而遭受的歧视性待遇。",
      "Cookies 和类似技术",
      "与大多数在线服务一样，我们及我们的合作伙伴使用 Cookies 和类似技术来提供 Supercell 服务和进行个性化定制、分析使用情况、投放广告以及预防欺诈。Cookies 和类似技术使得我们及我们的合作伙伴能够在 Supercell 服务中存储他们的偏好设置并追踪您的活动。请注意，我们的合作伙伴会按照他们自己的隐私政策运营其业务。",
      "我们及我们的合作伙伴会收集并存储关于用户与使用我们的技术（包括：Cookies和类似的追踪技术）的独立网站及应用程序之间的交互信息。例如，这使得我们能推断出一位普通用户或家庭成员使用服务时所用的多个设备和浏览器，然后将这些设备和浏览器连接到一个设备图形中。这样一来，我们便能够检测和预防欺诈； 使用户能够在某一设备上使用 Supercell 服务后，在另一设备上无缝衔接继续使用 Supercell 服务； 分析、个性化和归因；",
      "在所有已知或已推断出的设备上，限制为一个用户显示同一广告的次数；或 根据所有设备的浏览规律，在每个推断出的设备上提供个性化广告。",
      "想要了解更多信息（包括如何禁用），请访问https://supercell.com/en/partner-opt-out/。您可以在浏览器设置中禁用Cookies，但是部分 Supercell 服务可能无法正常运行。",
    ].join('\n'), 'supercell.txt');
    const cookies = a.sections.find((s) => s.heading === 'Cookies 和类似技术');
    expect(cookies?.topics).toContain('cookies');
  });
});

describe('a title with an aside saying how', () => {
  it('2345 (CA4P 0536 as plain text): `您的权利（如何管理信息、改变授权范围、注销账户）` is a title, the rights chapter', async () => {
    const a = await analyzeText([
      "请您及时保存或备份您的文字、图片等其他信息，您需理解并接受，您接入我们的服务所用的系统和通讯网络，有可能因我们可控范围外的因素而出现问题。",
      "您的权利（如何管理信息、改变授权范围、注销账户）",
      "一、访问您的个人信息",
      "您有权访问您的个人信息，法律法规规定的例外情况除外，您可以通过登录账号在【个人中心】中访问您的个人信息。",
      "如果您无法通过上述路径访问该等个人信息，您可以随时与我们联系。我们将在收到访问信息后15天内回复您的访问请求。对于您在使用我们的产品或服务过程中产生的其他个人信息，我们将根据本条“六、响应您的上述请求”中的相关安排向您提供。",
      "二、更正或补充您的个人信息",
    ].join('\n'), '2345.txt');
    const rights = a.sections.find((s) => s.heading.startsWith('您的权利'));
    expect(rights?.topics).toContain('rights');
  });

  it('an aside listing data (`车辆信息（车牌号、车架号、发送机号、初登日期）`) leaves its line a list item', async () => {
    const a = await analyzeText(['2、保险购买', '当您在中国大地超级APP上选择保险及询价时，我们会收集您的以下信息：', '车辆信息（车牌号、车架号、发送机号、初登日期）',
      '身份信息（证件类型、证件号、手机号、姓名、邮箱、配送地址）', '支付信息（银行卡号、第三方支付账号）',
      '您提供的投保信息均属于您的“账户信息”，这将有助于我们为您提供高效、便捷的保险投保服务、保单管理和理赔服务。', ''].join('\n'), 'ccic.txt');
    expect(a.sections.map((s) => s.heading).filter((h) => h.startsWith('车辆信息') || h.startsWith('身份信息'))).toEqual([]);
  });
});

describe('the exceptions to consent named after a comma', () => {
  it('即构 SDK (markdown as plain text): `1.9 根据法律法规的规定，以下是征得用户同意的例外情形` is the exceptions section', async () => {
    const a = await analyzeText(['1.8 云端实时语音识别', '', '云端实时语音识别服务是依托于即构Express SDK实时音视频服务的一项附加服务，它本身不直接收集终端用户个人信息。', '',
      '1.9 根据法律法规的规定，以下是征得用户同意的例外情形', '',
      '请您理解，在下列情形中，根据法律法规及相关国家标准，我们收集和使用您的个人信息不必事先征得您的授权同意：', '',
      ' - 与我们履行法律法规规定的义务相关的；', '', ' - 与国家安全、国防安全直接相关的；', ''].join('\n'), 'zego.txt');
    const exceptions = a.sections.find((s) => s.heading === '根据法律法规的规定,以下是征得用户同意的例外情形');
    expect(exceptions?.topics).toContain('consent_exceptions');
  });
});

describe('a title after a list whose bullets a copy dropped', () => {
  it('watchHR (its page copied as text): `資料分享` after unmarked items, over a blank line and its paragraph', async () => {
    const a = await analyzeText([
      "您的所有健康資料都使用 Apple 的安全儲存機制儲存在您的裝置上：",
      "",
      "我們不會將您的健康資訊上傳到外部伺服器",
      "資料透過 Apple 的 HealthKit 框架安全管理",
      "所有資料傳輸都使用 Apple 的安全協議加密",
      "我們遵循 Apple 的資料保護最佳實務",
      "資料安全",
      "",
      "我們實施以下安全措施：",
      "",
      "使用 Apple 的安全框架保護您的資料",
      "所有資料傳輸都經過加密",
      "遵循 Apple 的資料保護最佳實務",
      "定期安全更新和維護",
      "資料分享",
      "",
      "我們不會出售、交易或以其他方式將您的個人資訊轉移給第三方。但是，我們可能在以下有限情況下分享資訊：",
      "",
    ].join('\n'), 'watchhr.txt');
    expect(a.sections.find((s) => s.heading === '資料分享')?.topics).toContain('sharing');
    expect(a.sections.map((s) => s.heading)).not.toContain('定期安全更新和維護');
  });

  it("ofPlayer: a list's long last item set apart from the paragraph after it (`反滥用、反作弊及基础风控措施`) stays an item", async () => {
    const a = await analyzeText([
      "我们会采取合理的技术与组织措施保护你的信息，包括但不限于：",
      "",
      "访问控制与权限隔离",
      "日志审计与异常监控",
      "数据脱敏、最小化和分离处理",
      "传输层安全与基础设施安全防护",
      "反滥用、反作弊及基础风控措施",
      "",
      "但请理解，任何互联网传输或电子存储方式都不可能保证绝对安全。",
      "",
    ].join('\n'), 'ofplayer.txt');
    expect(a.sections.map((s) => s.heading)).not.toContain('反滥用、反作弊及基础风控措施');
  });
});

describe('a text whose line breaks were lost', () => {
  // 沐星辰's plain text sits in one `<div>`: the browser runs it together, and a copy of the page is one line.
  const muxingchen = "下文将帮你详细了解我们如何收集、使用、存储、传输、公开与保护个人信息；帮你了解查询、更正、补充、删除、复制、转移个人信息的方式。其中，有关你个人信息权益的重要内容已用加粗形式提示，请特别关注。 1.我们如何收集和使用个人信息 2.数据使用过程中涉及的合作方以及转移、公开个人信息 3.管理你的个人信息 4.我们如何保护个人信息的安全 5.我们如何存储个人信息 6.隐私政策的查阅和修订 7.联系我们 1 我们如何收集和使用个人信息 1.1 帐号服务 1.1.1 注册、登录 当你注册、登录沐星辰及使用相关服务时，你可以通过手机号码创建帐号，并且你可以完善相关的网络身份识别信息（账号、头像、昵称、密码），我们收集这些信息是为了帮助你完成注册。收集手机号码是履行国家法律法规关于网络实名制（真实身份信息认证）要求的必要信息，如果你拒绝提供手机号码用于注册、登录，我们可能无法为你提供信息发布（包括发视频、评论等）功能。 你可以使用第三方帐号注册、登录沐星辰，但需要授权我们获取你在第三方平台的信息（头像、昵称等公开信息以及你授权的其他信息），用于生成与该第三方帐号绑定的沐星辰帐号，使你可以直接注册、登录并使用沐星辰和相关服务。部分情况下，我们需要重新验证并绑定你的手机号码，以确认该第三方帐号的真实性和关联性。 如果你忘记了你的沐星辰的登录方式，可以使用找回密码功能。为保障你帐号的安全，我们可能需要你填写相关信息以进行验证，必要时可能通过真实身份信息验证等方式验证你的身份。 1.1.2 实名认证 在你报名课程、购买商品、申请提现或使用其他需实名认证的功能或服务时，为符合法律法规相关要求，保障你或其他用户的安全，或维护功能/服务的安全稳定，需要你提供真实身份信息（真实姓名、身份证件号码或人脸信息，根据实际情况可能有所不同）以完成实名认证。 在实名认证的过程中，可能需要由提供认证服务的第三方认证机构核验你的真实身份信息。这些信息仅供完成实名认证的目的，或其他法律法规所规定的用途，未经你明示授权不会用作其他目的。你可以拒绝提供，但将可能无法使用必须实名认证才可使用的功能或相关服务。不能使用此类功能或服务，不影响你使用其他功能与服务。 基于法律法规的相关要求，你的实名认证信息还可能被我们用于青少年/儿童保护、防沉迷相关的产品或服务。 1.1.3 帐号公开信息 我们会在你注册沐星辰时为你的帐号生成沐星辰号，沐星辰号是你的帐号的公开识别符号。你可以根据自身需求选择设置沐星辰号（自主设置的次数有限制）。 你可以自主填写性别、生日、地区及个人介绍来完善你的信息。不填写信息不会影响你使用沐星辰帐号及服务。 你的获赞数，关注数和关注列表，粉丝数和粉丝列表，你公开发布的作品，将会在帐号的个人主页中公开展示。你可以选择不允许访客查看你的关注列表、粉丝列表、喜欢（点赞）的文章、学校、商品等。 你可以申请沐星辰官方认证，我们审核你提供的证明材料后，会为你完成兴趣认证、职业认证或其他你选择认证的身份。认证标记及认证信息将在你的帐号中公开展示。 我们发布违规处罚公告时，会公布违规帐号的昵称等信息。 1.1.4 沐星辰统一帐号和关联版本 如无特别说明，沐星辰的各关联版本均使用统一的沐星辰帐号服务，关联版本包括但不限于沐星辰学校/老师版、沐星辰商家版、沐星辰咨询师版、沐星辰销售版以及我们推出的其他沐星辰版本。 你可以使用沐星辰帐号便捷地登录、使用沐星辰关联版本，以及使用对应版本的服务或功能。为了在沐星辰的各关联版本中提供一致的服务体验，我们使用SDK或相关技术同步沐星辰和关联版本中的帐号和内容，其中可能包括：共享昵称、头像、地区、性别等你设置为公开的帐号信息；同步关注、粉丝等用户关系；同步你使用此帐号发布的内容；同步你授权的其他信息。 1.2 内容浏览和搜索 在你浏览沐星辰内容的过程中，我们会记录你的使用情况。如果你未登录帐号，我们会通过设备对应的标识符信息来记录你的【点击、浏览、分享信息】。如果你已登录帐号，我们会通过你的沐星辰帐号记录你的【点击、浏览、分享、关注、收藏、反馈、发布、点赞（喜欢）、评论等】。 在为你提供同城频道内容或者与设备所在位置相关的内容或服务时，经过你的授权，我们会使用与本服务相关的地理位置信息（如精确定位信息、WLAN接入点、蓝牙和基站），以保障内容或服务的质量，并向你推荐可能感兴趣的内容或服务。其中精确定位信息是个人敏感信息，若你拒绝授权位置权限会影响定位的准确性，但不会影响其他功能与服务的正常使用，我们也仅会基于网络信息（如IP）对应的城市及/或区县向你展示可能相关的内容或服务。在同城频道中，你也可以自行设置所在城市，我们会按照你的设置提供该地理位置相关的内容或服务。 当你使用搜索时，我们会收集你的搜索关键字信息、日志记录。搜索关键字信息会暂时存储在你的设备中，因此当你在同一设备上再次使用沐星辰搜索功能时，我们会向你展示你的搜索历史记录。";

  it('沐星辰 (its page copied as text, one line): the numbered titles run on in mid-line open sections', async () => {
    const a = await analyzeText(`“沐星辰”隐私政策 ${muxingchen}`, 'muxingchen.txt');
    const account = a.sections.find((s) => s.heading === '帐号服务');
    expect(account?.number).toBe('1.1');
    const registration = a.sections.find((s) => s.heading === '注册、登录');
    expect(registration?.parent).toBe(account?.id);
    expect(registration?.topics).toContain('collection');
    const realName = a.sections.find((s) => s.heading === '实名认证');
    expect(realName?.number).toBe('1.1.2');
    expect(realName?.parent).toBe(account?.id);
    expect(a.sections.find((s) => s.heading === '内容浏览和搜索')?.number).toBe('1.2');
    // (The section runs from its title to the next one, in the source's offsets.)
    const source = `“沐星辰”隐私政策 ${muxingchen}`;
    expect(source.slice(realName!.start, realName!.end)).toMatch(/^1\.1\.2 实名认证 在你报名课程.*相关的产品或服务。$/s);
  });

  it('a long paragraph listing a few numbered items inline stays one paragraph', async () => {
    const para = '我们会采取合理措施保护你的信息。'.repeat(60) + '我们收集以下信息： 1. 账号信息 我们收集你的手机号码和昵称，用于帮助你完成注册和登录。 2. 设备信息 我们收集你的设备型号和系统版本，用于保障帐号和服务的安全。';
    const a = await analyzeText(`隐私政策\n\n一、信息保护\n${para}\n`, 'inline.txt');
    expect(a.sections.map((s) => s.heading).filter((h) => /账号信息|设备信息/.test(h))).toEqual([]);
  });
});
