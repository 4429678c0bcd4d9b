// Topic cues on the words of round 36's fresh blind batch AI (pages from other repositories).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';

const within = (a: { sections: { heading: string; start: number; end: number; topics: string[] }[] }, heading: string) => {
  const top = a.sections.find((s) => s.heading === heading)!;
  return a.sections.filter((s) => s.start >= top.start && s.end <= top.end).flatMap((s) => s.topics);
};

describe('body cues of fresh batch AI (round 36)', () => {
  it('牙易通 (Taiwan): the rights the personal data act lists (`請求查詢、製給複製本、補充或更正、停止蒐集…刪除等權利`) are the reader\'s rights', async () => {
    const a = await analyzeText(['隱私權聲明', '參、個資告知事項', '為確保您的權益,請詳閱以下個人資料保護法告知事項:', '一、', '非公務機關名稱:台灣牙易通股份有限公司。', '二、', '蒐集之目的:進行行銷業務、消費者、客戶管理與服務、網路購物及其他電子商務服務及與調查、統計與研究分析。', '三、', '個人資料之類別:姓名、電話、地址、電子郵件信箱、身分證統一編號等資料。', '四、', '客戶得行使個人資料保護法第三條規定之請求查詢、製給複製本、補充或更正、停止蒐集、處理及利用、刪除等權利,其行使方式及收費方式依法令及台灣牙易通相關規定。台灣牙易通得依個人資料保護法第10條、第11條規定,執行業務所必須及法定保存期間等考量,決定是否接受申請。', '肆、與第三人共用個人資料', '本公司絕不會提供、交換、出租或出售任何您的個人資料給其他個人、團體、私人企業或公務機關,但有法律依據或合約義務者,不在此限。', ''].join('\n'), 'dentall.txt');
    expect(within(a, '個資告知事項')).toContain('rights');
  });

  it('合合信息: servers that `可能分布在中国或其他任何国家/地区`, under `八、个人信息的使用`, say where data is kept', async () => {
    const a = await analyzeText(['隐私政策', '八、个人信息的使用', '一旦您使用我们的产品和服务,意味着您同意授权我们收集和处理您的信息。', '我们收集和使用您的信息来运行或改进我们的服务。例如,为您提供用户信息服务,为您使用我们的产品和服务时能够避免多次重复输入相同信息,为您提供符合您个性的内容等。对您的信息进行使用,该使用结果可能不准确,请您在使用相关服务时谨慎独立判断,您同意我们对于使用结果的准确性不承担任何责任。', '我们可能会使用您的个人信息与您联系,如向您注册时提交的电子邮箱或手机号码发送关于我们的产品更新信息或服务信息。您可以选择不接收这些信息。但即使您做出上述选择,我们仍将向您发送与您相关的特定服务邮件(例如服务条款变更的通知等)。', '我们收集的信息可能由合合信息或其关联公司或服务提供商的服务器进行存储和处理,这些服务器根据服务的需要可能分布在中国或其他任何国家/地区。如果我们要在本政策说明的情况之外使用您的信息,我们会事先征求您的同意。', '九、未经请求的通信或垃圾邮件', '我们不会发送垃圾邮件。', ''].join('\n'), 'hehe.txt');
    expect(within(a, '个人信息的使用')).toEqual(expect.arrayContaining(['use', 'storage']));
  });

  it('海琳兴盛: a sharing chapter\'s paragraph disclosing because the law or a court requires it is an exception to consent too', async () => {
    const a = await analyzeText(['三、分享及披露', '1.分享', '我们可能向合作伙伴及其他第三方分享您的信息,以便其为您提供服务。', '3.披露', '我们仅会在以下情况披露您的信息:', 'a. 符合业界标准的安全防护措施的前提;', 'b. 在您明确同意下,根据您的需求披露您所指定的信息;', 'c. 根据法律、法规的要求、强制性的行政执法或司法要求所必须提供您信息的情况下,我们可能会依据所要求的信息类型和披露方式披露您的信息。在符合法律法规的前提下,当我们收到上述披露信息的请求时,我们会要求接收方必须出具与之相应的法律文件,如传票或调查函。', '四、我们对您的信息的保护和处理', '1.信息的存储', '我们将境内收集的用户个人信息存储于中国境内。', ''].join('\n'), 'hailin.txt');
    expect(within(a, '披露')).toEqual(expect.arrayContaining(['disclosure', 'consent_exceptions']));
  });
});
