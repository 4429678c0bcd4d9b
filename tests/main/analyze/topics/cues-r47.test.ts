// Topic cues of round 47 (the fresh pages' own words): another party's own policy, data kept on the device, SDKs by name, how
// secrets are kept, periods in figures, and headings naming third parties' services, local storage and updates.
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround } from '../helpers';
import { headingTopics } from '../../../../src/main/analyze/topics/rules';
import type { DocumentAnalysis } from '../../../../src/shared/types';

/** [what it shows, the section's heading, its body, the file name, its topics, whether they are absent instead]. */
type Case = [name: string, heading: string, body: string, file: string, topics: string[], absent: boolean];

/** Topics of the section under `heading` and of the units carved out of it. */
function topicsUnder(a: DocumentAnalysis, heading: string): string[] {
  const at = a.sections.findIndex((s) => s.heading === heading);
  const own = a.sections[at];
  return [...new Set(a.sections.filter((s) => s === own || (s.start >= own.start && s.end <= own.end && s.level > own.level)).flatMap((s) => s.topics))];
}

/** The section titled `heading` over `body`, in a policy around it, carries `topics` (or none of them, `absent`) itself or in its units. */
async function expectTopicsUnder(_name: string, heading: string, body: string, file: string, topics: string[], absent: boolean): Promise<void> {
  const found = topicsUnder(await analyzeText(policyAround(`2. ${heading}`, body), file), heading);
  for (const t of topics) (absent ? expect(found).not : expect(found)).toContain(t);
}

describe("another party's own policy, which this one does not replace", () => {
  it.each<Case>([
    ['233乐园内购SDK: `特别声明` › `本隐私政策不能替代第三方开发者的产品和/或服务的隐私政策。`', '特别声明', '本隐私政策不能替代第三方开发者的产品和/或服务的隐私政策。第三方开发者应就其产品和/或服务收集处理个人信息的情况向您披露隐私政策,以向您声明其如何处理和保护您的个人信息。', '233.md', ['third_party'], false],
    ['王者荣耀: `个人信息展示与分享` › `具体展示规则和公开范围设置方式请您关注该第三方平台规则。`', '个人信息展示与分享', '当您选择将游戏战绩分享至第三方社交平台时,您的昵称、头像和战绩将在该平台展示。具体展示规则和公开范围设置方式请您关注该第三方平台规则。', 'wzry.txt', ['third_party'], false],
    ['TabCtrl: `发送给第三方的数据` › `…由**该模型提供商**的隐私政策决定。`', '发送给第三方的数据', '当你启用 AI 整理功能时,标签页的标题和网址会发送到你配置的模型端点。这些数据到达端点之后的留存与处理,由**该模型提供商**的隐私政策决定。', 'tabctrl.md', ['third_party'], false],
    ['OvoHi: `免责条款` › `第三方页面及其数据处理由相应第三方负责;`', '免责条款', '本服务可能包含指向第三方页面的入口,第三方页面及其数据处理由相应第三方负责;对于非因我们原因直接造成的会员损失,我们不承担责任。', 'ovohi.html', ['third_party'], false],
    ['a buyer whose policy will govern the data (`…以及其受其他隐私政策约束之前通知您`) is no third party of this kind', '业务转让', '如果我们参与合并、收购或资产出售,您的个人信息可能会被转移。在这种情况下,我们会在转移您的个人信息以及其受其他隐私政策约束之前通知您。', 'airbnb.txt', ['third_party'], true],
  ])('%s', expectTopicsUnder);
});

describe("data kept on the reader's device", () => {
  it.each<Case>([
    ['星海起点: `本地游戏数据` › `这些数据默认仅保存在您的设备中,不会由我们上传至服务器。` says where data is kept', '本地游戏数据', '为了保存游戏进度和设置,本游戏会记录游戏进度、解锁状态及游戏设置。这些数据默认仅保存在您的设备中,不会由我们上传至服务器。卸载应用或清除应用数据可能导致这些数据丢失。', 'xinghai.md', ['storage'], false],
    ['睡好: `可选的私人 iCloud 同步` › `…会在 Apple CloudKit 中存储您的录音数据的私人副本`', '可选的私人 iCloud 同步', '如果您启用 iCloud 同步,睡好会在 Apple CloudKit 中存储您的录音数据的私人副本,以便在您的其他设备上使用。您可以在设置中随时停用。', 'shuihao.md', ['storage'], false],
    ['a search box\'s cache (`…会暂时存储在您的本地存储设备之中`) in the chapter on what is collected is no storage location', '搜索', '当您使用搜索服务时,我们会收集您的搜索关键字信息、日志记录。为了提供高效的搜索服务,部分前述信息会暂时存储在您的本地存储设备之中,并可向您展示搜索历史。', 'search.txt', ['storage'], true],
  ])('%s', expectTopicsUnder);
});

describe('a heading naming the data kept on the device', () => {
  it.each<Case>([
    ['TabCtrl: `3. 仅存储于本机的数据` says what is collected as well as where it stays', '仅存储于本机的数据', '分组规则、界面偏好和最近使用的标签页列表保存在浏览器的本地存储中,不会上传到任何服务器。卸载扩展后,这些数据随之清除。', 'tabctrl.md', ['storage', 'collection'], false],
  ])('%s', expectTopicsUnder);
});

describe('an SDK by its name', () => {
  it.each<Case>([
    ['星海起点: `实名认证和未成年人防沉迷` › `本游戏使用 TapSDK 合规认证服务进行实名认证` is about the SDK too', '实名认证和未成年人防沉迷', '为履行未成年人保护和网络游戏防沉迷相关法定义务,本游戏使用 TapSDK 合规认证服务进行实名认证、年龄段判断及可玩时段校验。', 'xinghai.md', ['minors', 'sdk'], false],
  ])('%s', expectTopicsUnder);
});

describe('how secrets are kept', () => {
  it.each<Case>([
    ['ServerBox: `Watch App 和桌面小组件` › `credential 保存在 Watch 自己的钥匙串中` is about security', 'Watch App 和桌面小组件', 'Watch App 只接收显示服务器状态所需的地址和凭据,credential 保存在 Watch 自己的钥匙串中;桌面小组件在 Android 上使用 AndroidKeyStore 密钥加密保存。', 'serverbox.md', ['security'], false],
    ['截图翻译: `二、API 密钥怎么存的` › `密钥是明文存在上面那个 providers.json 里的` is about security too', 'API 密钥怎么存的', '照实说:密钥是明文存在上面那个 providers.json 里的,不在系统钥匙串中。请不要把这种文件放进云同步目录或发给别人。', 'jietu.md', ['security'], false],
    ['a viewing history kept on the device `以明文的形式` is no safeguard', '播放记录', '我们提供了记录影片播放进度的功能,方便您继续观看。您的播放记录会以明文的形式存储在本地,这些数据不会上传到我们的服务器。', 'video.txt', ['security'], true],
  ])('%s', expectTopicsUnder);
});

describe('a period in figures', () => {
  it.each<Case>([
    ['模拟宗门: `1.6 崩溃日志` › `…最多保留 5 份,超过后自动清理最旧的记录` says how long data is kept', '崩溃日志', '当游戏异常退出时,我们自动收集设备型号、系统版本和错误堆栈并保存在设备本地。崩溃日志仅保存在设备本地,最多保留 5 份,超过后自动清理最旧的记录。', 'zongmen.md', ['retention'], false],
  ])('%s', expectTopicsUnder);
});

describe("a heading naming third parties' services", () => {
  it('`5. 第三方服务`, `第三方处理者` are about sharing too; `第三方SDK` alone is not', () => {
    expect([...headingTopics('5. 第三方服务')]).toEqual(expect.arrayContaining(['third_party', 'sharing']));
    expect([...headingTopics('4. 第三方处理者')]).toContain('sharing');
    expect([...headingTopics('第三方SDK')]).not.toContain('sharing');
  });
});

describe("the browser's local storage", () => {
  it('`本地存储(您的设备)`, `本地存储与会话信息`, `本機存放區` are cookies\' kin, as `本地存储` is', () => {
    for (const h of ['本地存储(您的设备)', '本地存储与会话信息', '本机存放区']) expect([...headingTopics(h)], h).toContain('cookies');
    expect([...headingTopics('本地存储在你设备上的数据')]).not.toContain('cookies');
  });
});

describe('updates beside questions', () => {
  it('`变更和问题`, `联系与文档更新` name the policy\'s updates', () => {
    expect([...headingTopics('变更和问题')]).toContain('updates');
    expect([...headingTopics('联系与文档更新')]).toEqual(expect.arrayContaining(['updates', 'contact']));
  });
});
