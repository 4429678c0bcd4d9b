import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBuffer, ingestFile, normalizeText } from '../../../src/main/ingest';
import { corpus, seed } from '../../helpers/paths';

/** Checks the offset-map contract on every character. */
function checkOffsets(source: string, text: string, offsets: Int32Array): void {
  expect(offsets.length).toBe(text.length + 1);
  expect(offsets[text.length]).toBe(source.length);
  for (let i = 1; i <= text.length; i++) if (offsets[i] < offsets[i - 1]) throw new Error(`offsets decrease at ${i}`);
}

describe('normalizeText', () => {
  it('applies NFKC: Kangxi radicals and full-width ASCII, with the offset map', () => {
    const source = '⼴告覆盖⾯\uFF21\uFF22\uFF23１２３';
    const { text, offsets } = normalizeText(source, 'txt');
    expect(text).toBe('广告覆盖面ABC123');
    checkOffsets(source, text, offsets);
    expect(offsets[5]).toBe(5);
  });

  it('removes controls and zero-width marks, maps NBSP/ideographic space, trims, and unifies line ends', () => {
    const source = 'a\u200Bb\u200Cc\u200Dd\u2060e\uFEFF\u0007f\u00A0g\u3000h   \r\nnext\rlast\t \n';
    const { text, offsets } = normalizeText(source, 'html');
    expect(text).toBe('abcdef g h\nnext\nlast\n');
    checkOffsets(source, text, offsets);
    // the LF of CRLF maps to the LF, the lone CR maps to itself
    expect(source[offsets[text.indexOf('\n')]]).toBe('\n');
    expect(source[offsets[text.indexOf('last') - 1]]).toBe('\r');
  });

  it('秒吧 (round 28, fresh page): `\\n` written out line after line is a line break, mapped to its backslash; a few stay text', () => {
    const lines = ['秒吧隐私政策', '\\n一、我们如何收集和使用您的个人信息', '\\n(一)您须授权我们收集和使用您个人信息的情形', '\\n我们会收集您的手机号码。'];
    const source = [...lines, ...lines.slice(1), ...lines.slice(1), ...lines.slice(1)].join('\n');
    const { text, offsets } = normalizeText(source, 'txt');
    expect(text.split('\n')).toContain('一、我们如何收集和使用您的个人信息');
    expect(text).not.toContain('\\n');
    checkOffsets(source, text, offsets);
    expect(source.slice(offsets[text.indexOf('一、')] - 2, offsets[text.indexOf('一、')])).toBe('\\n');
    const code = '换行写作 \\n 即可。\n第二行';
    expect(normalizeText(code, 'txt').text).toBe(code);
    expect(normalizeText(source, 'html').text).toContain('\\n');
  });

  it('到梦空间, 佳麦 (round 29, fresh pages): markdown loses its YAML front matter, and a `<br>` ending a line breaks it', () => {
    const source = [
      '---', 'title: 到梦空间隐私政策', 'published: true', 'date: 2022-03-10T14:28:44.514+08:00', 'tags:', '---', '',
      '**本协议将帮助您了解以下内容**：', '<br>', '<br>', '', '第一章 定义', '<br>', '第二章 我们如何收集和使用您的个人信息<br>',
      '| SDK名称 | 收集信息<br>设备信息 |',
    ].join('\n');
    const { text, offsets } = normalizeText(source, 'md');
    expect(text).not.toMatch(/title:|published:|---|^\n*<br>/);
    expect(text.split('\n').filter(Boolean)).toEqual(['**本协议将帮助您了解以下内容**:', '第一章 定义', '第二章 我们如何收集和使用您的个人信息', '| SDK名称 | 收集信息<br>设备信息 |']);
    checkOffsets(source, text, offsets);
    expect(source.slice(offsets[text.indexOf('第一章')], offsets[text.indexOf('第一章')] + 6)).toBe('第一章 定义');
    // (Not in plain text, and not a `---` rule over prose.)
    expect(normalizeText(source, 'txt').text).toContain('title: 到梦空间隐私政策');
    const ruled = '---\n本政策适用于佳麦。\n---\n正文';
    expect(normalizeText(ruled, 'md').text).toContain('本政策适用于佳麦。');
  });

  it('秋水游戏 (round 29, fresh batch U): an HTML comment in markdown is not text (its withdrawn section `<!-- (四)撤回您的授权 … -->`)', () => {
    const source = ['### (三)删除您的个人信息', '', '您可以联系客服删除您的个人信息。', '', '<!-- （四）撤回您的授权', '', '您可以进入游戏内客服-账号相关-撤回同意隐私政策。<br>', '-->', '', '### 五、未成年人保护', ''].join('\n');
    const { text, offsets } = normalizeText(source, 'md');
    expect(text).not.toMatch(/撤回|<!--|-->/);
    expect(text).toContain('### 五、未成年人保护');
    checkOffsets(source, text, offsets);
  });

  it('a markdown page\'s front matter `title:` is its page title, as an HTML `<title>` is', async () => {
    const doc = await ingestBuffer(Buffer.from('---\ntitle: "到梦空间隐私政策"\ndate: 2022-03-10\n---\n\n## 正文\n\n我们非常重视您的隐私。\n'), 'dm.md');
    expect(doc.pageTitle).toBe('到梦空间隐私政策');
    expect(doc.text.trim().startsWith('## 正文')).toBe(true);
  });

  it('composes combining marks with their base and maps both to the base', () => {
    const source = 'cafe\u0301 x';
    const { text, offsets } = normalizeText(source, 'txt');
    expect(text).toBe('café x');
    expect(offsets[3]).toBe(3);
    expect(offsets[4]).toBe(5);
  });

  it('turns PDF Wingdings `l` and private-use bullets into •', () => {
    const source = 'l  设备或软件信息\n\uF06C 位置信息\nl am not a bullet';
    const { text } = normalizeText(source, 'pdf');
    expect(text.split('\n')).toEqual(['•  设备或软件信息', '• 位置信息', 'l am not a bullet']);
  });

  it('剑侠世界3, 友盟+ (round 32, batch AA): Wingdings `Ø` (➢) and `§` (■) rendered as letters are bullets too; `Ø` in prose is not', () => {
    const source = '  Ø 支付服务提供商:为实现产品的支付功能,我们将向支付服务提供商提供订单信息。\n§ 个人信息类权限使用情况:\nØrsted A/S 是一家丹麦公司';
    const { text } = normalizeText(source, 'txt');
    expect(text.split('\n')).toEqual(['  • 支付服务提供商:为实现产品的支付功能,我们将向支付服务提供商提供订单信息。', '• 个人信息类权限使用情况:', 'Ørsted A/S 是一家丹麦公司']);
  });

  it('seed 003: Kangxi radicals fixed and `l` bullets converted', () => {
    const doc = normalizeText(readFileSync(seed(3), 'utf8'), 'txt');
    expect(readFileSync(seed(3), 'utf8')).toContain('⼴告覆盖⾯');
    expect(doc.text).toContain('广告覆盖面');
    expect(doc.text).not.toMatch(/[\u2F00-\u2FDF]/);
    expect(doc.text).toMatch(/^• +设备或软件信息/m);
    expect(doc.text).not.toMatch(/^l  /m);
  });

  it('seed 000: PDF hard wraps rejoined mid-sentence, headings and list items kept on their own lines', () => {
    const source = readFileSync(seed(0), 'utf8');
    const { text, offsets } = normalizeText(source, 'txt');
    checkOffsets(source, text, offsets);
    const lines = text.split('\n');
    // "…金融产品" + blank + "信息技术服务…" was one sentence cut by the PDF.
    expect(source).toMatch(/金融产品\n\n信息技术服务/);
    expect(text).toContain('金融产品信息技术服务');
    // the character doubled at the page join ("强烈建" / "建议") appears once
    expect(source).toMatch(/强烈建\n\n建议/);
    expect(text).toContain('强烈建议您');
    expect(text).not.toContain('建建议');
    // headings and list items stay whole lines
    for (const heading of ['一、 我们收集哪些信息以及如何使用信息', '6. 贷款服务', '引言', '目录', '- 五、您的权利']) {
      expect(lines).toContain(heading);
    }
    expect(lines.some((l) => l.startsWith('6.1 '))).toBe(true);
  });

  it('斗鱼 (fresh page), CA4P 0591, 0623: a line over a field\'s label or beside a pipe table\'s row is no wrap; one after a comma is', () => {
    const fields = '企业注册地址:湖北省武汉市东湖新技术开发区软件园东路1号软件产业4.1期B区B3栋12-19层01室\n\n常用办公地址:湖北省武汉市东湖新技术开发区光谷软件园F1栋8楼\n\n邮编:430000';
    expect(normalizeText(fields, 'txt').text.split('\n').filter(Boolean)).toHaveLength(3);
    const rows =
      '基于相机/摄像头的附加服务 | 开启相机/摄像头权限 | 部分平台可能用于扫码登录或客户端内相机图标或录制视频功能\n基于麦克风的语音技术相关附加服务 | 开启麦克风权限 |';
    expect(normalizeText(rows, 'txt').text).toBe(rows);
    const wrapped = '我们致力于维持您对我们的信任,恪守以下原则,我们致力于维持您对我们的信任,恪守以下原则,\n保护您的个人信息:权责一致原则、目的明确原则。';
    expect(normalizeText(wrapped, 'txt').text).toBe(wrapped.replace('\n', ''));
  });

  it('易创美讯 (CA4P 0859): a short title under a paragraph that ends on no stop, `投诉举报`, stays a line of its own', async () => {
    const { text } = await ingestFile(corpus('ca4p483', 'txt', '0859_com_time_man.txt'));
    expect(text.split('\n')).toContain('投诉举报');
  });

  it('WeChat (国际版): a question over its paragraph, `我们如何使用您的信息?`, after a paragraph that ends on no stop, stays a line of its own', async () => {
    const para = '在注册 WeChat 帐号时,我们将需要您的手机号码和昵称。您可以使用额外信息进一步优化和填写您的个人资料';
    const lines = normalizeText(`${para}\n\n我们如何使用您的信息?\n\n我们会使用您的信息向您提供 WeChat。`, 'txt').text.split('\n');
    expect(lines).toContain('我们如何使用您的信息?');
    // (A wrapped sentence's last piece ending on a question mark but asking nothing still joins.)
    expect(normalizeText(`${para}\n包括昵称和头像?\n我们会使用您的信息向您提供 WeChat。`, 'txt').text.split('\n')[0]).toBe(`${para}包括昵称和头像?`);
  });

  it('a wrapped sentence\'s last piece still joins: after `的`, before `、…`, or a word\'s end too short for a title', () => {
    const long = '请您注意,在支付的过程中,第三方支付服务可能会要求您提供您的';
    expect(normalizeText(`${long}\n生物识别信息\n用于付款验证,请您仔细阅读该第三方的隐私政策。`, 'txt').text.split('\n')[0]).toBe(`${long}生物识别信息`);
    const listed = '如您存在违反相关协议规则的情况,我们可能会使用或整合您的个人资料';
    expect(normalizeText(`${listed}\n账号信息\n、交易信息、设备信息等来综合判断。`, 'txt').text.split('\n')[0]).toBe(`${listed}账号信息`);
    const word = '如本政策发生重大变更,我们会通过推送通知、弹窗等方式在应用内发布公';
    expect(normalizeText(`${word}\n告\n请您及时查看。`, 'txt').text.split('\n')[0]).toBe(`${word}告`);
  });

  it('沙塔 MES (a web page read as text): a heading set in by a space, ` (二)开展…改善我们的产品或服务`, keeps its own line', () => {
    const title = '(二)开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务';
    const body = '我们收集数据是根据您与我们的互动和您所做出的选择,包括您的隐私设置以及您使用的产品和功能。';
    for (const indent of [' ', '\u3000\u3000', '\t']) {
      const lines = normalizeText(`2、业务功能二:设备展示、个性化推荐、发送促销营销信息。\n${indent}${title}\n${body}\n`, 'txt').text.split('\n');
      expect(lines.map((l) => l.trim())).toContain(title);
      expect(lines).toContain(body);
    }
    // (Indented prose broken off mid-sentence still joins the line below.)
    const prose = '  如您存在违反相关协议规则的情况,我们可能会使用或整合您的个人资料';
    expect(normalizeText(`${prose}\n账号信息\n、交易信息、设备信息等来综合判断。`, 'txt').text.split('\n')[0]).toBe(`${prose}账号信息`);
  });

  it('a markdown-escaped number (`4\\. 开展…`) heads its own line: the body paragraph is not joined onto it', () => {
    const src = '3\\. 优化产品、服务及用户使用安全\n为帮助我们更好的了解您的使用情况。\n4\\. 开展内部数据分析和研究，第三方SDK统计服务，改善我们的产品或服务\n我们收集数据是根据您与我们的互动和您所做出的选择。\n';
    const lines = normalizeText(src, 'md').text.split('\n');
    expect(lines).toContain('4\\. 开展内部数据分析和研究,第三方SDK统计服务,改善我们的产品或服务');
    expect(lines).toContain('我们收集数据是根据您与我们的互动和您所做出的选择。');
  });

  it('Firefox\'s notice (round 33, fresh batch AC): kramdown attribute lists, after a heading or alone on a line, are not text', () => {
    const source = '### Sync {: #sync }\n\nMozilla 會以加密過的形式接收您的同步資訊。\n{: #telemetry }\n\n*生效日期：2017 年 9 月 28 日*\n{: datetime="2017-09-28" }\n';
    const { text, offsets } = normalizeText(source, 'md');
    expect(text).not.toContain('{:');
    expect(text.split('\n')[0]).toBe('### Sync');
    expect(text).toContain('Mozilla 會以加密過的形式接收您的同步資訊。');
    checkOffsets(source, text, offsets);
    // (Text, not markdown, keeps them: a .txt says what it says.)
    expect(normalizeText(source, 'txt').text).toContain('{: #sync }');
  });

  it('seed 000: latin text joins with one space, CJK without', () => {
    const src = 'This policy explains how we collect and use the personal information of\nour users when they visit.\n';
    expect(normalizeText(src, 'pdf').text).toBe('This policy explains how we collect and use the personal information of our users when they visit.\n');
    expect(normalizeText(src, 'html').text).toBe(src);
  });

  it('offset spans map back to the same ASCII and CJK text in every seed', async () => {
    for (const n of [0, 1, 2, 3, 4] as const) {
      const doc = await ingestFile(seed(n));
      checkOffsets(doc.source, doc.text, doc.offsets);
      const probes = [/[\u4e00-\u9fff]{6,}/g, /[A-Za-z]{4,}/g];
      let checked = 0;
      for (const re of probes) {
        for (const m of doc.text.matchAll(re)) {
          const a = m.index;
          const b = a + m[0].length;
          // the span up to the next kept character covers it; up to its own last character it is exact
          const covering = doc.source.slice(doc.offsets[a], doc.offsets[b]);
          const back = doc.source.slice(doc.offsets[a], doc.offsets[b - 1] + 1);
          // changed by NFKC, rejoined over a line break or over the space a flattened PDF line break left (seed 002)
          if (/[\u2F00-\u2FDF\uFF00-\uFFEF]/.test(back) || /[\n ]/.test(back)) continue;
          expect(back).toBe(m[0]);
          expect(covering.startsWith(m[0])).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(20);
    }
  });

  it('seed 002 read as markdown: # headings of mixed levels become hints on whole lines', async () => {
    const { ingestBuffer } = await import('../../../src/main/ingest');
    const doc = await ingestBuffer(readFileSync(seed(2)), 'seed002.md');
    const levels = new Set(doc.headingHints.map((h) => h.level));
    expect(levels.size).toBeGreaterThan(1);
    for (const h of doc.headingHints) {
      const line = doc.text.slice(h.nstart, h.nend);
      expect(line).toMatch(new RegExp(`^#{${h.level}} `));
      expect(line).not.toContain('\n');
    }
  });
});
