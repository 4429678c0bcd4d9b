// Headings of round 36's fresh blind batch AI (the pages' own words): bold run-in titles whose bodies carry bold words,
// Taiwan's formal numerals over `一、`, and a long lead-in to the permissions asked for.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

const headings = (sections: { heading: string; synthetic?: string }[]) => sections.filter((s) => !s.synthetic).map((s) => s.heading);

describe('a bold title run in before a body with bold words of its own', () => {
  it('天府未来教育: `**3.2 不共享的对象** 广告…;**其他服务机构**…` and `**3.3 转让与公开披露** **不转让…**,…` are sections', async () => {
    const a = await analyzeText(['## 三、我们如何共享', '', '**3.2 不共享的对象** 广告、营销、数据分析类第三方;**其他服务机构**(机构之间信息相互隔离,A 机构无法查看 B 机构班级的学生)。', '', '**3.3 转让与公开披露** **不转让您的个人信息**,发生合并、分立、收购或资产转让时将告知接收方并要求其继续受本政策约束;接收方变更处理目的或方式的,重新征得您的同意。**不公开披露您与学生的个人信息**,法律法规要求或取得您单独同意的除外。', '', '**3.4 无需另行同意的法定情形** 依《个人信息保护法》:为订立、履行您作为一方当事人的合同所必需;履行法定职责或义务所必需;应对突发公共卫生事件或紧急情况下保护生命健康财产安全所必需;在合理范围内处理您已自行公开的信息;法律法规规定的其他情形。', '', '## 四、儿童个人信息专章', '', '**4.8 删除权** **出现以下情形,您可要求删除儿童个人信息,将及时处理:** 处理目的已实现或不再必要;您撤回同意;违法违规处理。', ''].join('\n'), 'tianfu.md');
    const h = headings(a.sections);
    expect(h).toEqual(expect.arrayContaining(['不共享的对象', '转让与公开披露', '无需另行同意的法定情形', '删除权']));
    const transfer = a.sections.find((s) => s.heading === '转让与公开披露')!;
    expect(transfer.topics).toEqual(expect.arrayContaining(['transfer', 'disclosure']));
    expect(a.sections.find((s) => s.heading === '删除权')!.topics).toContain('rights');
  });

  it('bold words opening inside a sentence (`第三方开发者已经**遵守并将持续遵守**…`) or a title split over two bold runs stay one line', async () => {
    const a = await analyzeText(['## 三、第三方开发者的义务', '', '1. 第三方开发者已经**遵守并将持续遵守**适用的法律、法规和监管要求收集、使用和处理第三方终端用户的个人信息。', '2. 第三方开发者已经**告知**第三方终端用户并且**已经获得终端用户充分、必要且明确的授权、同意和许可**。', '', '**二、 我们如何使用** **Cookie** **和同类技术**', '', '我们使用Cookie保存您的登录状态。', ''].join('\n'), 'tpns.md');
    const h = headings(a.sections);
    expect(h.some((x) => x.startsWith('第三方开发者已经'))).toBe(false);
    expect(h).toContain('我们如何使用Cookie和同类技术');
  });
});

describe('Taiwan\'s formal numerals (`壹、`) head the `一、` items under them', () => {
  it('牙易通: `四、個人資料利用之期間…` is an item of `參、個資告知事項`, not a chapter after it; `肆、` is the next chapter', async () => {
    const a = await analyzeText(['隱私權聲明', '參、個資告知事項', '為確保您的權益,請詳閱以下個人資料保護法告知事項:', '一、', '非公務機關名稱:台灣牙易通股份有限公司。', '二、', '蒐集之目的:進行行銷業務、消費者、客戶管理與服務、網路購物及其他電子商務服務及與調查、統計與研究分析。', '四、個人資料利用之期間、地區、對象及方式:', '  • 期間:會員當事人要求停止使用或台灣牙易通停止提供服務之日為止。地區:中華民國境內。', '五、', '客戶得行使個人資料保護法第三條規定之請求查詢、製給複製本、補充或更正、停止蒐集、處理及利用、刪除等權利,其行使方式及收費方式依法令及台灣牙易通相關規定。', '肆、與第三人共用個人資料', '一、', '本公司絕不會提供、交換、出租或出售任何您的個人資料給其他個人、團體、私人企業或公務機關,但有法律依據或合約義務者,不在此限。', '二、前項但書之情形包括不限於', '  • 配合司法單位合法的調查。', '  • 配合主管機關依職權或職務需要之調查或使用。', ''].join('\n'), 'dentall.txt');
    const chapter = a.sections.find((s) => s.heading === '個資告知事項')!;
    const item = a.sections.find((s) => s.heading === '個人資料利用之期間、地區、對象及方式:')!;
    expect(item.parent).toBe(chapter.id);
    const sharing = a.sections.find((s) => s.heading === '與第三人共用個人資料')!;
    expect(sharing.parent).toBe(chapter.parent);
    expect(a.sections.find((s) => s.heading === '前項但書之情形包括不限於')!.parent).toBe(sharing.id);
  });
});

describe('a numbered lead-in to the permissions asked for heads its list', () => {
  it('乐淘快递: `(二)对于使用IOS系统的用户,…本软件可能获取您终端设备的如下权限:` after `(一)…以下目的…:` heads the permissions below it', async () => {
    const a = await analyzeText(['一、我们如何收集和使用您的个人信息', '个人信息是指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份或者反映特定自然人活动情况的各种信息。', '(一)我们仅会出于本政策所述的以下目的,收集和使用您的个人信息:', '1、提供、处理、维护、改善、开发我们的商品和提供给您的服务,包括售后服务和客户支持,以及通过设备提供的服务;', '2、分析和开发与我们产品及服务的使用相关的统计信息,以更好地改进我们的产品和服务;', '(二)对于使用IOS系统的用户,您在使用本软件时,为提供、处理、维护、改善、开发我们的商品和/或提供给您的服务之目的,本软件可能获取您终端设备的如下权限:', '1、为了访问网络的最基本权限以便您更好地使用本软件,我们需要访问网络;', '2、为了根据当前网络状态做相关操作(如提示您是否继续下载等),我们需要查看您的网络状态;', '3、为获取当前Wifi连接状态及热点相关信息,我们需要查看您的WiFi状态;', '二、我们如何共享、转让、公开披露您的个人信息', '我们不会向其他任何公司、组织和个人分享您的个人信息。', ''].join('\n'), 'letao.txt');
    const lead = a.sections.find((s) => s.heading.startsWith('对于使用IOS系统的用户'));
    expect(lead?.topics).toContain('permissions');
    expect(a.sections.find((s) => s.heading.startsWith('我们仅会出于本政策所述的以下目的'))).toBeDefined();
  });
});
