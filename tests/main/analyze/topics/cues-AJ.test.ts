// Topic cues on the words of round 37's fresh blind batch AJ (indie apps' markdown pages, CAPP-130's 学习通, Taiwan's nuva).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';

const within = (a: { sections: { heading: string; start: number; end: number; topics: string[] }[] }, heading: string) => {
  const top = a.sections.find((s) => s.heading === heading)!;
  return a.sections.filter((s) => s.start >= top.start && s.end <= top.end).flatMap((s) => s.topics);
};

describe('body cues of fresh batch AJ (round 37)', () => {
  it('学习通: a paragraph opening the statutory exceptions is one, even where the model reads the refused requests in it as rights', async () => {
    const text = ['第二条 信息的收集和使用', '2.1 账户注册', '您首先需要注册一个学习通账户成为学习通用户。当您注册时,您需要向我们提供您本人的手机号码,我们将通过发送短信验证码的方式来验证您的身份是否有效。', '', '2.6请您充分知悉,下列情况中,我们收集、使用个人信息无需征得您的授权同意且我们可能不会响应您提出的更正/修改、删除、注销、撤回同意、索取信息的请求:', '', 'a.与国家安全、国防安全有关的;', '', 'b.与公共安全、公共卫生、重大公共利益有关的;', '', 'c.与犯罪侦查、起诉、审判和判决执行等有关的;', '', '第三条Cookies的使用及同类技术', '为确保网站正常运转,我们会在您的计算机或移动设备上存储名为Cookie的小数据文件。', ''].join('\n');
    const a = await analyzeText(text, 'xuexitong.txt');
    const lead = a.sections.find((s) => text.slice(s.start, s.end).trimStart().startsWith('2.6请您充分知悉'))!;
    expect(lead.topics).toContain('consent_exceptions');
  });

  it('nuva (Taiwan): records kept `至法定期限屆滿`, under a rights heading, say how long data is kept', async () => {
    const a = await analyzeText(['# nuva 隱私權政策', '', '## 使用者的權利', '', '依據個人資料保護法,您可以向我們請求查詢、閱覽、製給複製本、補充或更正、停止蒐集、處理或利用,以及刪除您的個人資料。', '', '此外,您得隨時自行登入您的會員帳戶檢視或更新您的基本個人資料(例如聯絡電話、收件地址等)。若您不再使用nuva的服務,您可以申請註銷帳戶;在完成帳戶註銷後,我們將依相關法令規定刪除或匿名化處理您的個人資料,但有償服務之交易記錄可能因財務或稅務法規要求而需保存至法定期限屆滿。', ''].join('\n'), 'nuva.md');
    expect(within(a, '使用者的權利')).toEqual(expect.arrayContaining(['rights', 'retention']));
  });

  it('Linkn: a CCPA section naming the rights (`**知情权**`, `**删除权**`, `**选择退出权**`) is about the reader\'s rights', async () => {
    const a = await analyzeText(['# 隐私政策', '', '## 11. 加州居民特别说明(CCPA)', '', '如果您是加州居民,根据《加州消费者隐私法案》(CCPA),您拥有以下额外权利:', '', '- **知情权**:了解我们收集的个人信息类别和具体信息', '- **删除权**:要求删除您的个人信息', '- **选择退出权**:选择不出售您的个人信息(我们不出售用户数据)', '- **不歧视权**:行使隐私权利不会受到歧视性待遇', '', '要行使这些权利,请联系:**myang2984@gmail.com**', '', '## 12. 数据泄露通知', '', '如果发生数据泄露事件,我们将在 72 小时内通过邮件通知您。', ''].join('\n'), 'linkn.md');
    expect(within(a, '加州居民特别说明(CCPA)')).toContain('rights');
  });

  it('谈星: an AI feature sending what the reader writes to its vendor (`会发送至 DeepSeek 服务器进行处理`) shares it', async () => {
    const a = await analyzeText(['隐私政策', '三、AI 服务数据处理', '本应用的 AI 解读功能由 DeepSeek API 提供支持。当您使用 AI 解读时:', '• 您的占卜问题、排盘数据、梦境描述会发送至 DeepSeek 服务器进行处理', '• 发送的内容不包含您的出生日期等个人身份信息(出生信息仅用于本地排盘计算,结果以结构化数据形式发送)', '• DeepSeek 的数据处理遵循其隐私政策', '四、数据安全', '我们采用加密传输保护您的数据。', ''].join('\n'), 'tanxing.txt');
    expect(within(a, 'AI 服务数据处理')).toContain('sharing');
    const navo = await analyzeText(['隐私政策', '### 保存在哪里', '', '备份记录保存在设备上的应用加密安全存储中。', '', 'Navo 不会把这些备份记录上传至 Navo 服务器。', ''].join('\n'), 'navo.md');
    expect(navo.sections.flatMap((s) => s.topics)).not.toContain('sharing');
  });

  it('ComfyLink: `加州居民在 CCPA 下可能享有以下权利:知情…、访问、删除、更正` lists the reader\'s rights; the operator\'s (`兼客仍享有下列权利`) are none', async () => {
    const a = await analyzeText(['ComfyLink 隐私政策', '7. 数据安全', '我方采取合理的技术与组织措施保护你的数据,包括传输层 TLS 加密与访问控制。', '8. 加州隐私权(CCPA/CPRA)', '加州居民在 CCPA 下可能享有以下权利:知情(了解所收集个人信息的类别与具体项)、访问、删除、更正,以及不因行使权利而受歧视。如需行使加州权利,请发送邮件至 support@huijiutian.com。', '9. 儿童', 'ComfyLink 不面向儿童,我方不会在明知情况下收集儿童的个人数据。', ''].join('\n'), 'comfylink.txt');
    expect(within(a, '加州隐私权(CCPA/CPRA)')).toContain('rights');
    const b = await analyzeText(['用户协议', '十、协议终止', '3、您同意,您与兼客的协议关系终止后,兼客仍享有下列权利:', '1) 继续保存您未及时删除的注册信息及您使用兼客平台服务期间发布的所有信息。', ''].join('\n'), 'jianke.txt');
    expect(b.sections.flatMap((s) => s.topics)).not.toContain('rights');
  });
});

