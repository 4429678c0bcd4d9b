// Section trees from round 47: a plain title after a paragraph that lost its final stop.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';
import { isHeadingLike, isPlainTitle } from '../../../src/main/analyze/headings';

const headings = (a: Awaited<ReturnType<typeof analyzeText>>) => a.sections.filter((s) => s.heading).map((s) => s.heading);

describe('a plain title after a paragraph missing its final stop', () => {
  // Accupass (繁體): the paragraph before the first chapter ends `…E-Mail至服務信箱`, no stop; a blank line closes it.
  const accupass = ['隱私權政策 (Privacy Policy)', '更新日期:2012 年 1 月 3 日', '',
    'Accuvally Inc. (中文名為盈科泛利股份有限公司,以下皆簡稱 Accuvally),非常重視您的隱私權。本《隱私權政策》適用於由 Accuvally Inc. 及聯盟公司提供的所有產品、服務、網站和平台,統稱為 Accuvally 的「服務」。', '',
    '如果您對本《隱私權政策》有任何疑問,歡迎隨時透過 Accuvally Inc. 與我們聯絡或E-Mail至服務信箱', '',
    '我們收集的資訊類型和使用方式',
    '我們提供不需註冊帳戶或向我們提供任何個人資訊即可使用的服務,例如 Accuseats 訂位服務或 Accupass 電子票券服務。不過,為了提供更完善、更優質的服務,我們可能會收集下列類型的資訊:', '',
    '您提供的資訊 – 當您申請『 Accuseats 帳號』或其他需要註冊的 Accuvally 服務時,我們會要求您提供個人資訊 (例如姓名、聯繫電話、電子郵件地址以及帳戶密碼)。', '',
    'Cookie – 您造訪 Accuvally 提供之平台與服務時,我們會將一個或多個 Cookie (包含一串字元的小型檔案) 傳送到您的電腦或其他裝置。', '',
    '資訊分享', 'Accuvally 只會在以下少數情況下,與 Accuvally 以外的其他公司或個人分享個人資訊,其前提為:', ''].join('\n');

  it('Accupass: `…E-Mail至服務信箱` › blank › `我們收集的資訊類型和使用方式` › body: a chapter of its own', async () => {
    const a = await analyzeText(accupass, 'accupass.txt');
    expect(headings(a)).toEqual(expect.arrayContaining(['我們收集的資訊類型和使用方式', '資訊分享']));
    expect(a.sections.find((s) => s.heading === '我們收集的資訊類型和使用方式')!.topics).toContain('collection');
  });

  it('a short cell before the line, or a short line after it, keeps it a cell of a flattened table', async () => {
    const a = await analyzeText(['第三方SDK清单', '', 'SDK名称:高德定位SDK', '', '定位', '', '获取位置信息用于展示附近门店', '',
      '在线咨询(文字/语音/视频)', '', '用于客服沟通', ''].join('\n'), 'cells.txt');
    expect(headings(a)).not.toContain('在线咨询(文字/语音/视频)');
    expect(headings(a)).not.toContain('定位');
  });
});

describe('a bilingual numbered title', () => {
  // 可为工作室: each sub-title gives its number again before the English one.
  it('`2.1 你主动提供的信息2.1 Information you provide` is the title `你主动提供的信息`', async () => {
    const a = await analyzeText(['02我们收集哪些信息What we collect', '2.1 你主动提供的信息2.1 Information you provide',
      '这些信息在你使用应用功能时生成,例如:Information generated when you use app features', '• 账单条目、账户名称、分类标签与备注;Transactions, account names, categories, and notes;',
      '2.2 自动收集的信息2.2 Automatically collected', '为了维持应用稳定运行,我们可能在你授权后收集:To keep apps stable, with your consent we may collect:',
      '• 崩溃日志(不含你的具体业务数据,仅供调试);Crash logs (no business data, debug only);', ''].join('\n'), 'kewei.html');
    expect(headings(a)).toEqual(expect.arrayContaining(['你主动提供的信息', '自动收集的信息']));
  });
});

describe('plain titles of a markdown page read as plain text', () => {
  // 腾讯儿童隐私保护声明, its `###` marks gone: the paragraph before the title ends without its stop, a sentence follows it.
  it('`…并征得您的同意` › `共享、转移、披露儿童个人信息的情形` › `我们遵照法律法规的规定,严格限制…的情形。`', async () => {
    const a = await analyzeText(['儿童隐私保护声明', '', '我们会出于以下目的使用儿童个人信息:', '', '验证儿童和监护人身份', '',
      '如果我们需要超出上述用途使用您或您监护的儿童的个人信息,我们将再次告知您,并征得您的同意', '', '共享、转移、披露儿童个人信息的情形', '',
      '我们遵照法律法规的规定,严格限制共享、转移、披露儿童个人信息的情形。', '', '一般情况下,腾讯不会向第三方分享儿童的个人信息。我们仅在监护人事先同意的情况下,才可能与第三方分享儿童的个人信息。', ''].join('\n'), 'tencent-kids.txt');
    expect(headings(a)).toContain('共享、转移、披露儿童个人信息的情形');
  });

  it('a question asking `能否` (`第三方能否查看和/或访问本应用获取的信息?`) titles its paragraph, set apart from the list item above it that ends without a stop', async () => {
    const a = await analyzeText(['隐私政策', '', '本应用会收集哪些信息?', '', '本应用会收集设备的大致位置信息,用于提供个性化内容和相关推荐。', '',
      '* 地理位置服务:服务提供商利用位置数据提供个性化内容。', '* 第三方服务:服务提供商可能会定期将匿名化的位置数据传输给外部服务', '',
      '第三方能否查看和/或访问本应用获取的信息?', '', '只有汇总的、匿名化的数据会定期传输给外部服务,以帮助服务提供商改进本应用及相关服务。', ''].join('\n'), 'liang.txt');
    expect(headings(a)).toEqual(expect.arrayContaining(['本应用会收集哪些信息?', '第三方能否查看和/或访问本应用获取的信息?']));
  });

  it('纯月: `> 最后更新于 2025/03/18` › `前言` › body: a title under the date line', async () => {
    const a = await analyzeText(['纯月 Puremoon 隐私政策', '', '> 最后更新于 2025/03/18', '', '前言', '',
      '纯月 Puremoon 下载站是由 Puremoon Network 运营的网站。我们非常重视您的隐私,本政策说明我们如何收集、使用和保护您的信息。', ''].join('\n'), 'puremoon.txt');
    expect(headings(a)).toContain('前言');
  });

  it('Arc Sidebar: `2.1 工作區 Google Drive 同步(選用,預設關閉)`, commas inside its closing aside, is a numbered title; a datum explained, `(即 GPS,需徵得您同意)`, is not', async () => {
    // (Its markdown read as plain text: the `###` gone, bullets kept.)
    const a = await analyzeText(['隱私權政策 (Privacy Policy) for Arc 風格側邊欄', '', '1. 我們存取的資訊', '',
      '本擴充功能為了實現其核心功能,需要向 Chrome 瀏覽器請求特定資料的讀取權限。我們存取的資訊包括:', '',
      '* 分頁與分頁群組資訊 (Tabs and Tab Groups):包括您開啟的分頁網址、標題,以及分頁群組的標題。', '* 書籤資訊 (Bookmarks):包括您所有書籤的網址、標題與資料夾結構。', '',
      '2. 資料儲存與同步 (Data Storage and Sync)', '', '我們採用最小化資料收集原則,並根據資料類型採用不同的儲存方式:', '',
      '* 本機資料 (Local Data):您的分頁、書籤、Linked Tabs 關聯狀態等核心操作資料,僅儲存於您裝置的 `chrome.storage.local` 中。', '* 設定同步 (Settings Sync):您的擴充功能偏好設定會透過 `chrome.storage.sync` 同步。', '',
      '2.1 工作區 Google Drive 同步(選用,預設關閉)', '', '為了讓您能在多台裝置間同步與還原「工作區 (Workspace)」中的分頁,本擴充功能提供一項選用的同步功能。', '',
      '* 預設關閉、逐工作區授權:此功能預設為關閉。', '* 儲存位置:上述資料只會寫入您自己的 Google Drive。', '', '3. 我們傳輸的資訊', '',
      '一般情況下,本擴充功能不會將您的個人資訊對外傳輸。以下為涉及外部網路請求的功能:', ''].join('\n'), 'arc.txt');
    expect(headings(a)).toContain('工作區 Google Drive 同步(選用,預設關閉)');
    expect(isHeadingLike('精確地理位置資料(即 GPS,需徵得您同意)', true, 40)).toBe(false);
  });

  it('WebStation: the templates\' `我们会出于以下目的,收集和使用您以下类型的个人信息` is a plain title, comma and all; `…时,需要有读取位置信息的权限` is no title', async () => {
    const a = await analyzeText(['一、我们如何收集和使用您的个人信息', '', '我们收集您的个人信息主要是为了您和其他用户能够更容易和更满意地使用WebStation服务。', '',
      '我们会出于以下目的,收集和使用您以下类型的个人信息', '', '帮助您完成WebStation的注册及登录', '',
      '为便于我们为您提供服务,您需要提供基本注册或登录信息,包括手机号码、电子邮箱地址,并创建您的账号、用户名和密码。', ''].join('\n'), 'webstation.txt');
    expect(headings(a)).toContain('我们会出于以下目的,收集和使用您以下类型的个人信息');
    expect(isPlainTitle('通过蓝牙搜索设备时,需要有读取位置信息的权限', true)).toBe(false);
  });
});
