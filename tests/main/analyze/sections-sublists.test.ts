// Numbered lists set in under an item of the same numbering (markdown sub-lists), numbers that carry their chapter's
// (`3.b.ii.`), and English bold titles run in before their sentence, on pages of ../shared.
import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis, Section } from '../../../src/shared/types';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed, analyzeText } from './helpers';

const run = hasShared ? describe : describe.skip;
const ca4p = (prefix: string) => corpus('ca4p483', 'txt', prefix);
const byHeading = (a: DocumentAnalysis, h: string): Section => {
  const s = a.sections.find((x) => x.heading === h);
  if (!s) throw new Error(`no section headed ${h}`);
  return s;
};
const parentOf = (a: DocumentAnalysis, h: string): string | null => {
  const p = byHeading(a, h).parent;
  return p === null ? null : a.sections[p].heading;
};

run('a sub-list numbered from 1 again, set in under an item', () => {
  it('nests under that item, and the list it came from goes on beside the item (Bluesky, markdown)', async () => {
    const { analysis } = await analyzed(corpus('ota_pga_versions', 'Bluesky', 'Bluesky__2025-09-16.md'));
    // `1. **Personal Data you provide**` / `    1. **Account Creation.** We collect information like email address…`
    expect(parentOf(analysis, 'Account Creation.')).toBe('Personal Data you provide');
    expect(parentOf(analysis, 'Account Recovery.')).toBe('Personal Data you provide');
    // `2. **Personal Data We Collect Automatically**`, back at the outer list's indent
    expect(parentOf(analysis, 'Personal Data We Collect Automatically')).toBe('Personal Data We Collect');
    expect(parentOf(analysis, 'Usage Information.')).toBe('Personal Data We Collect Automatically');
  });

  it('nests in Chinese markdown too (butter camera: `1. 共享` › `1. 在获取明确同意的情况下共享`; Weibo)', async () => {
    const butter = (await analyzed(ca4p('0541_com_by_butter_camera.txt'))).analysis;
    expect(parentOf(butter, '在获取明确同意的情况下共享')).toBe('共享');
    expect(parentOf(butter, '与商业合作伙伴的必要共享')).toBe('共享');
    expect(parentOf(butter, '存储期限')).toBe('存储');
    const weibo = (await analyzed(ca4p('0881_com_sina_weibo.txt'))).analysis;
    expect(parentOf(weibo, '您自愿向我们提供的个人信息')).toBe('我们如何收集和使用您的个人信息');
  });

  it('a single space before a chapter is no sub-list (a contents line glued into one heading stays beside the chapters)', async () => {
    const { analysis } = await analyzed(ca4p('0832_com_txtqbmf_zjqy.txt'));
    expect(parentOf(analysis, '我们如何收集和使用个人信息')).toBeNull();
    expect(parentOf(analysis, '您如何管理您的个人信息')).toBeNull();
  });
});

run('an English title in bold run in before its sentence', () => {
  it('is the heading, and the sentence its body (`1.  **To Provide Our Services.** We use personal information…`)', async () => {
    const { doc, analysis } = await analyzed(corpus('ota_pga_versions', 'Bluesky', 'Bluesky__2025-09-16.md'));
    const s = byHeading(analysis, 'To Provide Our Services.');
    expect(s.number).toBe('1.');
    expect(doc.source.slice(s.start, s.end)).toContain('We use personal information to fulfill our contract with you');
    expect(analysis.sections.some((x) => x.heading.includes('**'))).toBe(false);
    expect(parentOf(analysis, 'CALIFORNIA SPECIFIC DISCLOSURES')).toBe('U.S. States');
  });
});

run('a number carrying its chapter\'s and its item\'s (`2.a.Target scope`, `3.b.ii.Location information`: LINE)', () => {
  it('nests under the chapter and the item, its title without the number', async () => {
    const { analysis } = await analyzed(corpus('ota_pga_versions', 'LINE', 'LINE__2026-07-31.md'));
    const target = byHeading(analysis, 'Target scope');
    expect(target.number).toBe('2.a.');
    expect(parentOf(analysis, 'Target scope')).toBe('Applicable scope of this Policy');
    expect(byHeading(analysis, 'Location information').number).toBe('3.b.ii.');
    expect(parentOf(analysis, 'Location information')).toBe('Examples of Personal Data related to your use of our Services');
    expect(parentOf(analysis, 'Examples of Personal Data related to your use of our Services')).toBe('Personal Data to be collected');
  });
});

describe('a title over a sub-list whose items end as list items do', () => {
  it('is a title, not the first line of an item wrapped onto the next (`1. 共享原则` over `    1. 经您事先同意,向第三方披露;`)', async () => {
    const text = ['# 隐私政策', '', '## 我们如何分享和披露您的信息', '', '在如下情况下,本应用将依据您的个人意愿或法律的规定披露您的个人信息:', '',
      '1. 共享原则', '', '    1. 经您事先同意,向第三方披露;', '', '    2. 为提供您所要求的产品和服务,而必须和第三方分享您的个人信息;', '',
      '    3. 根据法律的有关规定,或者行政或司法机构的要求,向第三方或者行政、司法机构披露;', '',
      '2. 实现广告相关的共享信息', '', '    1. 广告推送:我们可能与委托我们进行推广的合作伙伴共享信息;', '', '    2. 广告统计:我们可能与业务的服务商共享您的设备信息;', '',
      '## 联系我们', '', '如有疑问,请发送邮件至 support@example.com。', ''].join('\n');
    const a = await analyzeText(text, 'sublist.md');
    const chapter = a.sections.find((s) => s.heading === '我们如何分享和披露您的信息')!;
    expect(a.sections.filter((s) => s.parent === chapter.id && s.number).map((s) => s.heading)).toEqual(['共享原则', '实现广告相关的共享信息']);
  });
});
