// Facts on excerpts of real policies of round 34's fresh blind batch AE (pages from other repositories), and of the
// corpus pages the same changes touch.
import { describe, expect, it } from 'vitest';
import { analyzeText, values } from './helpers';

describe('facts of fresh batch AE (round 34)', () => {
  it('MangaRoll: `主要存储位于**中国大陆**` is storage at home: markdown\'s emphasis does not hide the words', async () => {
    const a = await analyzeText(['## 九、跨境数据传输', '', '主要存储位于**中国大陆**(腾讯云上海/广州区域)。出于以下目的,部分数据会被传输至中国大陆境外:', '',
      '- **照片内容分析**: 你上传的照片会经由我方服务器转发至 **Google Gemini API**(美国)。', ''].join('\n'), 'mangaroll.md');
    expect(values(a, 'storage_location')).toEqual(['domestic']);
    expect(values(a, 'cross_border')).toEqual(['yes']);
    const fact = a.facts.find((f) => f.kind === 'storage_location')!;
    expect(fact.end - fact.start).toBeGreaterThan(0);
  });

  it('CA4P 0500 (最右): a retention sentence set in bold reads without its `**`, and its span still covers the source', async () => {
    const text = '**上述保存期限为达成本政策所述目的所需的最短期限，除非您同意延长保留期或受到法律的允许。保存期限到期后，我们将对您的个人信息进行删除或匿名化处理。**\n';
    const a = await analyzeText(text, 'zuiyou.txt');
    const texts = values(a, 'retention').map((v) => (v as { text: string }).text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toContain('*');
    const fact = a.facts.find((f) => f.kind === 'retention')!;
    expect(text.slice(fact.start, fact.end).replace(/\*/g, '')).toContain('上述保存期限为达成本政策所述目的所需的最短期限');
  });

  it('棠雪: an app that names itself only in its About page\'s menu path (`「设置 → 关于棠雪」`) is that app, not the engine it names', async () => {
    const engine = '跟踪保护所使用的拦截名单由 Mozilla 官方远程设置服务提供。';
    const a = await analyzeText(['# 隐私政策 / Privacy Policy', '', '> 本文件与应用内「设置 → 关于棠雪」展示的法律文本一致,对应应用内 `POLICY_VERSION = 22`。', '',
      '本应用为纯本地浏览工具。', '', ...Array(5).fill(engine), ''].join('\n'), 'tangsnow.md');
    expect(a.app).toBe('棠雪');
  });

  it('桥架弯头计算器: `《桥架弯头计算器应用的隐私政策》` names the app without the word for what it is', async () => {
    const a = await analyzeText(['桥架弯头计算器应用是由 安阳正则网络科技有限公司(以下简称“正则网络科技公司”)为您提供的一款智能桥架计算器工具。',
      '请在使用桥架弯头计算器应用前,务必仔细阅读并了解和同意《桥架弯头计算器应用的隐私政策》。', ''].join('\n'), 'qiaojia.txt');
    expect(a.app).toBe('桥架弯头计算器');
  });

  it('小米 (fresh batch VB): an address written right after the company\'s name starts at the place name', async () => {
    const a = await analyzeText('**小米通讯技术有限公司**北京市海淀区西二旗中路 33 号院 6 号楼 9 层 019 号, 邮政编码 100085\n', 'xiaomi.md');
    expect(values(a, 'address')).toEqual(['北京市海淀区西二旗中路 33 号院 6 号']);
  });
});
