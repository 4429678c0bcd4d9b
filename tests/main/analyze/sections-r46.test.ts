// Section trees from round 46: plain titles in text extracted from a page whose blocks had no blank line between them, and in
// markdown pages read as plain text (their `#` marks gone): titles over bulleted lists and over pipe tables.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

const headings = (a: Awaited<ReturnType<typeof analyzeText>>) => a.sections.filter((s) => s.heading).map((s) => s.heading);

describe('a plain title right after a list', () => {
  // watchHR (繁體): its page's text, each block a line, a title straight after the last bullet of the list before it.
  const page = ['隱私政策', '最後更新:2025年7月', '概述',
    'watchHR 是一款專為 Apple Watch 設計的心率監測應用程式。我們非常重視您的隱私權,本政策說明我們如何處理您的個人資訊。',
    '資料儲存和安全', '您的所有健康資料都使用 Apple 的安全儲存機制儲存在您的裝置上:',
    '• 我們不會將您的健康資訊上傳到外部伺服器', '• 資料透過 Apple 的 HealthKit 框架安全管理', '• 我們遵循 Apple 的資料保護最佳實務',
    '資料安全', '我們實施以下安全措施:', '• 使用 Apple 的安全框架保護您的資料', '• 所有資料傳輸都經過加密', '• 定期安全更新和維護',
    '資料分享', '我們不會出售、交易或以其他方式將您的個人資訊轉移給第三方。但是,我們可能在以下有限情況下分享資訊:',
    '• 法律要求:如果法律要求或為保護我們的權利和安全', '• 同意:在您明確同意特定目的的情況下',
    'HealthKit 權限', 'watchHR 請求存取 HealthKit 資料以提供核心功能。您可以:', '• 授予或拒絕特定資料類型存取', '• 選擇要與應用程式分享的資料',
    'Cookie 和追蹤', 'watchHR 不使用 cookie 或追蹤技術。除了應用程式核心功能所需的資訊外,我們不收集、追蹤或儲存任何個人身份識別資訊。', ''].join('\n');

  it('watchHR: `• 我們遵循 Apple 的資料保護最佳實務` › `資料安全` › body: the line after the list is a title', async () => {
    const a = await analyzeText(page, 'watchhr.txt');
    expect(headings(a)).toEqual(expect.arrayContaining(['資料安全', '資料分享', 'HealthKit 權限', 'Cookie 和追蹤']));
    expect(a.sections.find((s) => s.heading === '資料安全')!.topics).toContain('security');
    expect(a.sections.find((s) => s.heading === 'Cookie 和追蹤')!.topics).toContain('cookies');
  });

  it('a Latin word after a list, a back-to-top link (`Top`), is no title', async () => {
    const a = await analyzeText(['隐私政策', '我们收集的信息', '我们会收集以下信息以提供服务:', '• 设备型号和系统版本', '• 应用版本和崩溃日志', 'Top',
      '我们不会将上述信息用于本政策所述目的以外的用途,也不会出售给任何第三方。', ''].join('\n'), 'top.txt');
    expect(headings(a)).not.toContain('Top');
  });
});

describe('plain titles over lists and tables', () => {
  // Folio (繁體), its markdown read as plain text: each title over its bulleted list, set apart by blank lines.
  const folio = ['Folio 隱私權政策', '', '本政策說明 Folio 收集、使用、儲存、分享您個人資料之方式、以及您之權利。', '', '06　資料保留期間', '',
    '帳戶存續期間', '', '- 保留全部資料以提供服務', '', '帳戶刪除後', '', '- 個人資料於您確認「離開 Folio」後即時自動清除', '- 法定義務需要部分（稅務、刑事調查）依法保留至期限屆滿', '',
    '特定資料之保留期間', '', '- IP / 登入日誌：6 個月 – 1 年', '- 付費紀錄（未來）：5–7 年（依商業會計法、稅捐稽徵法）', ''].join('\n');

  it('Folio: `帳戶刪除後` › `- 個人資料於…即時自動清除` titles its list, after the list before it', async () => {
    const a = await analyzeText(folio, 'folio.txt');
    expect(headings(a)).toEqual(expect.arrayContaining(['帳戶存續期間', '帳戶刪除後', '特定資料之保留期間']));
    expect(a.sections.find((s) => s.heading === '帳戶刪除後')!.topics).toContain('retention');
  });

  it('a lead-in over a list (`本政策将帮助您了解以下内容`) and a table of contents\' `目录` are no titles', async () => {
    const a = await analyzeText(['隐私政策', '', '本政策将帮助您了解以下内容', '', '- 我们如何收集信息', '- 我们如何使用信息', '', '目录', '', '- 一、收集', '- 二、使用', '',
      '一、我们如何收集信息', '', '我们仅收集提供服务所必需的信息,包括设备型号和系统版本。', ''].join('\n'), 'toc.txt');
    expect(headings(a)).not.toContain('本政策将帮助您了解以下内容');
    expect(headings(a)).not.toContain('目录');
  });

  it('ServerBox: `保存在本设备上的数据` over its pipe table titles it', async () => {
    const a = await analyzeText(['ServerBox 隐私政策', '', 'App 还会为诊断和你使用的功能发起独立的网络请求。下文会说明这些请求的目标和内容。', '', '保存在本设备上的数据', '',
      '| 数据 | 保存方式和行为 |', '|---|---|', '| 服务器名称、地址、端口、用户名和设置 | 加密的 SQLite 数据库 |', '| 备份密码、WebDAV 密码和 GitHub token | 系统安全存储 |', ''].join('\n'), 'serverbox.txt');
    expect(headings(a)).toContain('保存在本设备上的数据');
  });
});

describe('questions as titles', () => {
  it('小A阅读: `这些数据保留多长时间?` asks how long, as `多久` does, and titles the retention paragraph', async () => {
    const a = await analyzeText(['隐私协议', '这些数据向谁披露?', '• 我们需要会向第三方提供商(如Sentry.io,友盟等)以及法律要求的执法和监管机构披露您的个人数据。',
      '• 如果您使用共享功能在应用程序中共享任何内容,这些数据将被披露给相应的收件人。', '这些数据保留多长时间?', '不同的数据将被保留不同的时间,具体而言:',
      '• 登陆信息,App内购,将被保留至您关闭帐户之前。', '• 翻译/字典/朗读请求信息不会被保留。', '这些数据安全吗?', '收集的所有数据都存储在我们的阿里云安全服务器中,并考虑了所有安全功能。', ''].join('\n'), 'aareader.txt');
    expect(headings(a)).toContain('这些数据保留多长时间?');
    expect(a.sections.find((s) => s.heading === '这些数据保留多长时间?')!.topics).toContain('retention');
  });
});
