// Topic cues of round 42's fresh blind batch AO (the pages' own words).
import { describe, expect, it } from 'vitest';
import { analyzeText, policyAround, topicsUnder } from '../helpers';

describe('headings of batch AO', () => {
  it('维流 Token: `四、第三方供应商及处理地区` names those the data is passed to', async () => {
    const a = await analyzeText(policyAround('2. 第三方供应商及处理地区', ['以下为平台可能接入的代表性模型供应商。实际接收方以您调用时页面、模型目录、接口文档或单独告知中展示的供应商为准。', '',
      '| 模型或服务 | 代表性接收方 | 主要运营地/可能处理地区 | 处理目的 |', '| --- | --- | --- | --- |',
      '| GPT、OpenAI API | OpenAI OpCo, LLC及其关联方、受托服务商 | 美国，以及其公开披露的其他处理地区 | 模型推理、安全防护及相关技术支持 |',
      '| DeepSeek | DeepSeek实际提供服务的运营主体及其服务商 | 中国境内；以实际产品说明为准 | 模型推理、安全防护及相关技术支持 |', '',
      '平台还可能接入其他模型。新增接收方前，我们将更新实时供应商披露；涉及向境外提供个人信息时，我们将依法告知接收方名称、联系方式、处理目的，并在适用时取得单独同意。'].join('\n')), 'weiliu.md');
    expect(a.sections.find((s) => s.heading === '第三方供应商及处理地区')!.topics).toContain('sharing');
  });
});

describe('sentences of batch AO', () => {
  it('维流 Token: request bodies `实时传输给对应供应商` are shared with the supplier the reader picked', async () => {
    const a = await analyzeText(policyAround('2. 请求内容的实时转发',
      '当您选择某个模型并发起调用时,我们仅为完成该次服务,将请求正文、上传内容及必要技术参数实时传输给对应供应商,并将响应返回给您。'), 'weiliu.md');
    expect(topicsUnder(a, '2. 请求内容的实时转发')).toContain('sharing');
  });

  it('芙惠商城: `我们需要将您的…订单号与交易金额信息与这些支付机构共享` under a payment function shares the order', async () => {
    const a = await analyzeText(['芙惠商城隐私权政策', '一、我们如何收集和使用您的个人信息', '(三)下单', '当您准备对您购物车内的商品进行结算时,芙惠商城系统会生成您购买该商品的订单。',
      '(四)支付功能', '在您下单后,您可以选择与芙惠商城合作的第三方支付机构(包括微信支付及支付宝等支付通道,以下称“支付机构”)所提供的支付服务。支付功能本身并不收集您的个人信息,但我们需要将您的芙惠商城订单号与交易金额信息与这些支付机构共享以实现其确认您的支付指令并完成支付。“关联方”指一方现在或将来控制、受控制或与其处于共同控制下的任何公司、机构以及上述公司或机构的法定代表人。',
      '(五)客服与售后功能', '我们的电话客服和售后功能会使用您的账号信息和订单信息。', '二、联系我们', '如有疑问,请发送邮件至 support@example.com。', ''].join('\n'), 'fuhui.txt');
    expect(a.sections.find((s) => s.heading === '支付功能')!.topics).toContain('sharing');
  });

  it('not the reader passing on a password (`由于您将您的用户密码告知他人、与他人共享注册账户`)', async () => {
    const a = await analyzeText(policyAround('2. 免责条款', '因下列状况导致的任何损害,我们无需承担任何责任:由于您将您的用户密码告知他人、与他人共享注册账户。'), 'terms.md');
    expect(topicsUnder(a, '2. 免责条款')).not.toContain('sharing');
  });

  it('Robin Fin: handing data to regulators `在法律要求需要向监管机构…提供相关信息的情况下` is an exception to consent', async () => {
    const a = await analyzeText(policyAround('2. 与合作方分享个人信息',
      '在法律要求需要向监管机构、执法机构或其他政府机关提供相关信息的情况下,Robin Fin保留将您的个人信息提供给第三方的权利。'), 'robin.md');
    expect(topicsUnder(a, '2. 与合作方分享个人信息')).toContain('consent_exceptions');
  });

  it('Robin Fin: `我们不对所链接的网站的隐私政策或内容负责` is about third parties', async () => {
    const a = await analyzeText(policyAround('2. 与合作方分享个人信息',
      '任何时候如果您选择购买另外一个公司的产品或服务,则您与该公司之间共享的个人信息将不再受到我们的隐私声明的约束。我们不对所链接的网站的隐私政策或内容负责。'), 'robin.md');
    expect(topicsUnder(a, '2. 与合作方分享个人信息')).toContain('third_party');
  });

  it('Arc 風格側邊欄: a provider the reader sets up, `受該供應商的隱私政策約束`, answers for its own handling', async () => {
    const a = await analyzeText(policyAround('2. 使用者自行設定的 AI 供應商',
      '您輸入的內容會直接傳送至您設定的端點,其後的處理、保存與使用受該供應商的隱私政策約束,與開發者無關。'), 'arc.md');
    expect(topicsUnder(a, '2. 使用者自行設定的 AI 供應商')).toContain('third_party');
  });

  it('Robin Fin: `如果您销户,RobinFin仍将保留您的信息` says how long data is kept', async () => {
    const a = await analyzeText(policyAround('2. 个人信息的收集', '如果您销户,RobinFin仍将保留您的信息,但仅在遵守监管部门规定的情况下才会使用。'), 'robin.md');
    expect(topicsUnder(a, '2. 个人信息的收集')).toContain('retention');
  });

  it('Lifer: `我们会根据相关的法律法规不定时更新该协议` in the introduction is the policy\'s only word on its updates', async () => {
    const a = await analyzeText(['# 隐私政策', '', '引言', '1、《Lifer隐私政策》(以下简称“该协议”)适用于Lifer网页版、安卓端应用程序。',
      '2、我们会根据相关的法律法规不定时更新该协议,该协议在更新变动后,新增内容会以黑体显著标注来展现在您的面前。',
      '二、我们收集的信息', '您在注册Lifer账号时所填写的邮箱、生日、用户名。', '三、联系我们', '您可以写邮件至:ruixue@lifer.site', ''].join('\n'), 'lifer.md');
    expect(a.sections.some((s) => s.topics.includes('updates'))).toBe(true);
  });
});
