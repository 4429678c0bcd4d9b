// Topic cues of round 49 (the fresh pages' own words): a section that opens on how the policy is revised, and one on the
// app's notifications.
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround } from '../helpers';
import type { DocumentAnalysis } from '../../../../src/shared/types';

/** Topics of the section under `heading` itself (what its heading is found by), not of the units carved out of it. */
const topicsOf = (a: DocumentAnalysis, heading: string): string[] => a.sections.find((s) => s.heading === heading)?.topics ?? [];

describe('a section that opens on how the policy is revised', () => {
  it('is about updates, a chapter of the disclaimers page', async () => {
    // 私密大师's last chapters: `11. 调整` › `私密大师会不定时更新本隐私声明…`.
    const simi = [
      "10. 免责声明",
      "私密大师对以下事项不承担任何法律责任:",
      "• 私密大师并不实质性介入您的解压、焦虑问题的治疗,本App的功能及服务仅作为辅助调节,对此,您充分理解并认可;",
      "• 私密大师基于法律法规、法律程序、诉讼或政府主管部门强制性要求提供您的个人信息;",
      "• 您将对您发布的信息及其他在私密大师上发生的任何行为承担责任,私密大师对此不负任何责任。",
      "• 私密大师是一个开放平台,用户将个人信息、文章或照片等个人资料上传到私密大师上,有可能会被其他组织或个人复制、转载、擅改或做其它非法用途,用户必须充分意识此类风险的存在。作为网络服务的提供者,私密大师对用户在任何论坛、个人主页或其它互动区域提供的任何陈述、声明或内容均不承担责任。您明确同意使用私密大师服务所存在的风险或产生的一切后果将完全由您自身承担,私密大师对上述风险或后果不承担任何责任。",
      "• 由于黑客攻击,手机病毒或因政府监管暂时关闭等不可抗力,或因您保管疏忽致使或因您保管疏忽致使帐号、密码被他人非法使用、盗用、篡改的或丢失,或由于与本网站链接的其它网站导致的个人数据泄露、丢失或篡改等;",
      "• 私密大师不保证服务一定能满足您的要求;不保证服务不会中断,也不保证服务的及时性、安全性、准确性;",
      "• 对您、其他用户或任何第三方发布、存储或上传的任何内容或由该等内容导致的任何损失或损害,私密大师不承担责任;",
      "• 您违反本协议、违反道德或法律的,侵犯他人权利(包括但不限于知识产权)的,私密大师不承担任何责任。同时,私密大师对任何第三方通过私密大师发送服务或包含在服务中的任何内容不承担责任;",
      "• 私密大师在各种服务和指定的声明中的条款,及使用豁免案件。",
      "11. 调整",
      "私密大师会不定时更新本隐私声明,我们将在网页上发布隐私声明发布内容的更改。私密大师将始终致力于全面保护用户信息,并为您提供更好的体验和服务。",
      "12. 问题",
      "有关隐私政策的任何问题,请联系:joneteam@163.com",
    ].join('\n');
    expect(topicsOf(await analyzeText(simi, 'simi.txt'), '调整')).toContain('updates');
  });

  it('is about updates, a sub-section on what is collected', async () => {
    // Cutora's `1.8 联系方式更新` (its first chapter's title, then its last three sub-sections) › `如您更改联系邮箱,我们将在本政策中及时更新"更新日期"…`.
    const cutora = [
      "一、我们收集的信息",
      "1.6 崩溃日志(可选)",
      "若您的设备开启了\"与App开发者共享\"分析功能(iOS设置 > 隐私与安全性 > 分析与改进),Apple可能向我们提供匿名化的崩溃日志。该日志不包含您的个人身份信息,仅用于修复程序错误、改善应用稳定性。您可在设备设置中随时关闭此选项。",
      "1.7 订阅状态数据的保留",
      "我们仅通过Apple Server-to-Server通知获取您的订阅状态信息(如订阅是否有效、是否过期、是否退款)。此类数据仅在验证会员权益所必要的期限内保留。当您取消订阅或订阅过期后,我们将在合理期限内删除相关订阅状态记录。由于我们不存储任何个人身份信息,此类订阅状态数据不会与您的个人身份关联。",
      "1.8 联系方式更新",
      "如您更改联系邮箱,我们将在本政策中及时更新\"更新日期\"并通过应用内弹窗通知您。",
      "二、信息的使用",
      "由于我们不收集您的个人信息,我们不会将您的数据用于以下任何目的:用户画像、精准营销、广告推送、数据交易、第三方共享。",
    ].join('\n');
    expect(topicsOf(await analyzeText(cutora, 'cutora.txt'), '联系方式更新')).toContain('updates');
  });

  it('is not one that mentions a revision in passing', async () => {
    // 星海启点: `### 5. 无广告和无内购说明` says what the game does not do, then `若未来新增相关功能,我们将依法更新本政策…`.
    const body = '当前版本不提供广告和应用内购买功能,不接入广告 SDK,也不会为广告投放、个性化推荐或交易结算收集个人信息。若未来新增相关功能,我们将依法更新本政策,并在相关处理开始前另行告知并取得必要授权。';
    expect(topicsOf(await analyzeText(policyAround('2. 无广告和无内购说明', body), 'xinghai.md'), '无广告和无内购说明')).not.toContain('updates');
  });
});

describe('a section on the app\'s notifications, turned off in the device\'s settings', () => {
  it.each([
    ['TapEgg: `推送通知` › `…您可以随时通过设置在设备级别将其关闭`', '推送通知', '我们有时可能会通过我们的移动应用程序向您发送推送通知,以向您发送游戏更新,高分以及其他对您可能很重要的服务相关通知。您可以随时通过设置在设备级别将其关闭,以选择不接收这些类型的通信。', 'tapegg.html'],
    ['iMoney: `9. 推播通知` › `你可以隨時在 iOS 設定 → 通知 → iMoney 關閉所有推播`', '推播通知', '我們透過 Apple 推播服務(APNs)發送好友的欠款提醒、付款確認通知, 以及新的共同帳目通知。你可以隨時在 iOS 設定 → 通知 → iMoney 關閉所有推播。 關掉之後 App 一樣完整可用。', 'imoney.html'],
  ])('%s asks for the notification permission', async (_name, heading, body, file) => {
    expect(topicsOf(await analyzeText(policyAround(`2. ${heading}`, body), file), heading)).toContain('permissions');
  });

  it('is not an opt-out of marketing messages', async () => {
    // (CA4P 0547's `2.拒绝接受推送及营销信息` › `你可以通过“手机系统设置”-“应用权限”-“关闭推送”退订…`: a choice, no permission asked.)
    const body = '你可以通过“手机系统设置”-“应用权限”-“关闭推送”退订我们对你的推送或发送给你的营销信息。';
    expect(topicsOf(await analyzeText(policyAround('2. 拒绝接受推送及营销信息', body), '0547.txt'), '拒绝接受推送及营销信息')).not.toContain('permissions');
  });
});

describe('a section on data a device grant guards, the grant taken back in the system settings', () => {
  // NightGuard's markdown policy: `### 2.3 经您授权的健康与位置信息` › `…可能请求“精确或大致定位”。您可随时在系统设置中更改授权。`;
  // its rights chapter says the same of the grants among the reader's rights.
  const nightguard = [
      "# NightGuard 隐私政策",
      "",
      "最后更新：2026-05-14",
      "开发者：Qin Fuyao (NightGuard Team)",
      "联系邮箱：NightGuard@vectrakode.com",
      "",
      "本隐私政策旨在说明 NightGuard（“本应用”）如何收集、使用、存储和共享您的信息。我们重视并尊重您的隐私，并致力于遵循适用法律（包括 GDPR 与 CCPA）。",
      "",
      "---",
      "",
      "## 1. 简介",
      "- App 名称：NightGuard — 睡眠分析与健康洞察",
      "- 目的：帮助用户理解睡眠趋势，优化作息与睡眠质量。",
      "- 承诺：我们不会出售个人数据，不展示第三方广告，不使用第三方广告或追踪 SDK。",
      "",
      "---",
      "",
      "## 2. 收集的信息",
      "我们仅在获得您授权或为提供服务所必需时收集数据。",
      "",
      "### 2.1 用户主动提供的数据",
      "- 账户相关：Sign in with Apple 提供的账户标识，以及 Apple 可能提供的姓名和邮箱地址（包括隐藏邮箱生成的中继邮箱）。",
      "- 反馈与支持：您通过邮件或支持页面提交的问题描述、截图或联系信息。",
      "- 订阅信息：与 App Store 订阅/购买相关的状态（通过系统接口获取）。",
      "",
      "### 2.2 自动收集的数据",
      "- 设备与应用信息：设备型号、系统版本、应用版本、崩溃日志（如适用，仅用于诊断和改进稳定性）。",
      "- 通知状态：是否授予通知权限、推送令牌（如使用）。",
      "- 本地缓存：用于提升性能的临时数据。",
      "",
      "### 2.3 经您授权的健康与位置信息",
      "- HealthKit：睡眠分析相关数据（如睡眠阶段、时长），以及与睡眠相关的健康指标（如心率/心率变异性/呼吸频率等，具体以您授权为准）。",
      "- 位置：为提供本地天气/环境信息，可能请求“精确或大致定位”。您可随时在系统设置中更改授权。",
      "",
      "---",
      "",
      "## 3. 数据用途",
      "- 提供与改进功能：睡眠趋势分析、个性化洞察、提醒与通知。",
      "- 本机处理：核心评分、图表、趋势和权限状态在设备本地处理。",
      "- 增强 AI：当您请求增强报告时，应用仅发送去标识化的睡眠时长、阶段与生理指标汇总，不发送原始 HealthKit 样本或 Apple ID 身份。",
      "- 客服与支持：处理您的咨询与问题。",
      "- 合规与安全：防止滥用、保障服务安全与完整性。",
      "- 不会用于：广告投放、出售数据、第三方画像或跨应用追踪。",
      "",
      "---",
      "",
      "## 4. 数据共享与披露",
      "- 第三方广告与分析：**无**。不与第三方广告商或分析提供商共享数据。",
      "- Apple 服务：我们使用 HealthKit、Sign in with Apple、WeatherKit、App Store 与 StoreKit 提供应用功能。",
      "- AI 处理：增强 AI 端点仅在您请求增强分析时接收去标识化汇总。",
      "- 法律合规：依法应对合法请求（如法院命令）时可能披露必要信息。",
      "",
      "- 我们不出售个人信息。",
      "",
      "我们不会将 HealthKit 数据用于广告、营销或数据挖掘；不会与第三方共享原始 HealthKit 样本。我们遵循 Apple HealthKit 与 App Store Review Guidelines 5.1.3 的相关要求。",
      "",
      "> 我们遵循 Apple HealthKit 与 App Store Review Guidelines 5.1.3 的相关要求。",
      "",
      "---",
      "",
      "## 5. 数据存储与安全",
      "- 存储位置：您授权的 HealthKit 数据仍保留在 Apple 健康中。NightGuard 会在本设备和与扩展共享的 App Group 中保存本地应用记录、派生睡眠汇总、设置与临时缓存。应用不会将源自 HealthKit 的睡眠和生理记录存入 iCloud/CloudKit。",
      "- 传输与存储安全：可选增强 AI 请求使用 HTTPS 传输；本地敏感数据受 Apple 平台保护机制保护。",
      "- 访问控制：最小化访问原则，仅在提供服务所需范围内访问数据。",
      "",
      "---",
      "",
      "## 6. 用户权利",
      "- 访问与更正：您可在应用内查看授权数据来源；可在 iOS 健康与系统设置中更正/撤销权限。",
      "- 数据导出：可联系我们导出与您账户关联的可用数据。",
      "- 删除数据：",
      "  - 使用应用内“删除账户”可从本设备移除本地账户记录、睡眠记录、分析缓存和设置；",
      "  - 可在 iOS “设置 > 健康 > 数据访问与设备”撤销授权并删除健康数据；",
      "  - 或邮件联系我们协助导出或删除。",
      "- 通知与定位：您可随时在系统设置中更改授权。",
      "",
      "我们将在通常不超过 30 天内响应您的请求。在响应前，我们可能需要通过与您账户或邮箱相关的信息进行合理的身份核验，以保护您的数据安全。",
      "",
      "---",
      "",
  ].join('\n');

  it('is about permissions', async () => {
    expect(topicsOf(await analyzeText(nightguard, 'nightguard.md'), '经您授权的健康与位置信息')).toContain('permissions');
  });

  it('leaves a rights chapter saying so to rights', async () => {
    expect(topicsOf(await analyzeText(nightguard, 'nightguard.md'), '用户权利')).not.toContain('permissions');
  });
});

describe('a section saying which analytics or ad tool the app uses', () => {
  it.each([
    ['TapEgg: `移动分析` › `我们使用移动分析软件来…`', '移动分析', '我们使用移动分析软件来使我们更好地了解您设备上的移动软件的功能。该软件可能会记录诸如您使用该应用程序的频率,该应用程序内发生的事件,汇总的使用情况,性能数据以及从何处下载该应用程序之类的信息。我们不会将存储在分析软件中的信息链接到您在移动应用程序中提交的任何个人信息。', 'tapegg.html'],
    ['微好游戏: `(四)分析与归因` › `我们使用分析与归因、崩溃上报工具来…`', '分析与归因', '我们使用分析与归因、崩溃上报工具来了解安装量、玩家行为、留存、错误及推广活动效果。这些工具可能收集设备与应用标识符、IP 地址、使用事件及诊断数据。我们使用这些信息运营和改进游戏、识别欺诈,并衡量营销效果。在法律要求的情况下,我们会在使用非必要的分析技术之前取得您的同意。', 'weihao.md'],
  ])('%s is about SDKs', async (_name, heading, body, file) => {
    expect(topicsOf(await analyzeText(policyAround(`2. ${heading}`, body), file), heading)).toContain('sdk');
  });

  it('is not said so by one item of a list under another topic (飞米\'s cookies chapter, the same words as a bold label\'s item)', async () => {
    const fimi = [
      "\t\t\t<h2>Cookie 和其他技术（只在浏览 www.fimi.com 时）</h2>",
      "\t\t\t<ul>",
      "\t\t\t\t<li><b>收集哪些信息以及如何使用这些信息：</b>飞米和第三方服务供应商使用 cookie、标签和脚本等技术。这些技术用于分析趋势、管理网站、追踪用户的网站活动并收集关于整个用户群的人口统计信息。我们会收到这些公司基于使用上述技术的单独和汇总报告。</li>",
      "\t\t\t\t<li><b>日志文件：</b>和大部分网站一样，我们收集特定信息并保存在日志文件中。此类信息可能包括互联网协议 (IP) 地址、浏览器类型、互联网服务供应商 (ISP)、引用/退出页面、操作系统、日期/时间戳和点击流数据。 我们不会将自动收集的数据链接到我们收集的关于您的其他信息之中。</li>",
      "\t\t\t\t<li><b>移动分析：</b>在某些移动应用中，我们使用移动分析软件，以更好地了解我们的移动软件在您的手机中的功能。此款软件可能记录以下信息，如您使用该应用程序的频率、该应用程序内发生的事件、累计使用、性能数据及应用程序崩溃发生的位置。我们不会将存储于分析软件内的信息链接到您在移动应用程序中提交的任何个人信息。</li>",
      "\t\t\t\t<li><b>本地存储 - HTML5/Flash：</b>我们使用本地存储对象 (LSO)，例如 HTML5 或 Flash 存储内容和偏好。根据您的网页浏览行为，与我们合作在网站上提供某些功能或投放广告的第三方也会通过 HTML5 或 Flash cookie 来收集和存储相关信息。各种浏览器提供了各自的管理工具来删除 HTML5 本地存储对象。</li>",
      "\t\t\t</ul>",
    ].join('\n');
    const a = await analyzeText(`<html><body>${fimi}</body></html>`, 'fimi.html');
    expect(a.sections.flatMap((s) => s.topics)).not.toContain('sdk');
  });
});
