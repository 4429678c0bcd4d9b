import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION, analyzeDocument, detectLanguage, extractAppName } from '../../../src/main/analyze';
import { ingestBuffer } from '../../../src/main/ingest';
import { TOPIC_IDS } from '../../../src/shared/taxonomy';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { analyzed, analyzeText, ingest } from './helpers';

const run = hasShared ? describe : describe.skip;

run('analyzeDocument on the seeds', () => {
  it('app names as the policies name them', async () => {
    const apps = await Promise.all([0, 1, 2, 3, 4].map(async (n) => (await analyzed(seed(n as 0))).analysis.app));
    expect(apps[0]).toBe('小米贷款');
    expect(apps[1]).toBe('呼伦贝尔市公积金');
    expect(apps[2]).toBe('小禾企服网');
    expect(apps[3]).toBe('天府市民云');
    expect(apps[4]).toMatch(/^陕西养老保险(APP)?$/);
  });

  it('operators: the legal entities that run the app, not SDK vendors', async () => {
    const ops = await Promise.all([0, 1, 2, 3, 4].map(async (n) => (await analyzed(seed(n as 0))).analysis.operator));
    expect(ops[0][0]).toBe('天星数科科技有限公司');
    expect(ops[1]).toEqual(['呼伦贝尔市住房公积金中心']);
    expect(ops[2]).toEqual(['青海小禾科技服务有限公司']);
    expect(ops[3]).toEqual(['成都天府市民云服务有限公司']);
    expect(ops[4]).toEqual(['陕西省社会保障局']);
  });

  it('language, version, topics on sections, an app_name fact pointing at the name', async () => {
    for (const n of [0, 1, 2, 3, 4] as const) {
      const { analysis, doc } = await analyzed(seed(n));
      expect(analysis.language).toBe('zh');
      expect(analysis.analyzerVersion).toBe(ANALYZER_VERSION);
      const app = analysis.facts.find((f) => f.kind === 'app_name')!;
      expect(doc.text.slice(app.nstart, app.nend)).toBe(analysis.app);
      for (const s of analysis.sections) for (const t of s.topics) expect(TOPIC_IDS).toContain(t);
      for (const m of analysis.mentions) {
        expect(m.start).toBe(doc.offsets[m.nstart]);
        expect(TOPIC_IDS).toContain(m.topic);
      }
    }
    const { analysis } = await analyzed(seed(4));
    const contact = analysis.sections.find((s) => s.heading === '如何联系我们')!;
    expect(contact.topics).toContain('contact');
  });

  it('启信宝: each topic mention is one sentence — normalised text writes `；！？` as `;!?` (NFKC), and a sentence ends there too', async () => {
    const { analysis, doc } = await analyzed(corpus('ca4p483', 'txt', '0501_com_bertadata_qxb.txt'));
    expect(analysis.mentions.length).toBeGreaterThan(3);
    for (const m of analysis.mentions) expect(doc.text.slice(m.nstart, m.nend - 1)).not.toMatch(/[。;!?]/);
    expect(analysis.mentions.some((m) => m.topic === 'disclosure' && doc.text.slice(m.nstart, m.nend).includes('公开披露您的个人信息'))).toBe(true);
  });

  it('dates come from the date facts', async () => {
    const { analysis } = await analyzed(seed(3));
    const eff = analysis.facts.find((f) => f.kind === 'effective_date')!;
    expect(analysis.dates.effective).toBe(eff.value);
  });

  it('a 50 KB policy is analysed (speed is measured in the bench, not here)', async () => {
    const doc = await ingest(seed(3));
    expect(doc.source.length).toBeGreaterThan(18000);
    const a = analyzeDocument(doc);
    expect(a.sections.length).toBeGreaterThan(40);
    const b = analyzeDocument(doc);
    expect(b).toEqual(a);
  });
});

run('analyzeDocument on other sources', () => {
  it('English Spotify markdown: language en, app Spotify', async () => {
    const { analysis } = await analyzed(corpus('ota_pga_versions', 'Spotify', 'Spotify__2022-07-11.md'));
    expect(analysis.language).toBe('en');
    expect(analysis.app).toBe('Spotify');
  });

  it('UCloud markdown: app UCloud, operator 优刻得科技股份有限公司, effective date', async () => {
    const { analysis } = await analyzed(corpus('zh_policy_versions', 'ucloud_app_privacy', 'ucloud_app_privacy__2024-09-20.md'));
    expect(analysis.app).toBe('UCloud');
    expect(analysis.operator).toContain('优刻得科技股份有限公司');
    expect(analysis.dates.effective).toBe('2024-09-20');
  });

  it('HTML page: hints give the chapters; app from the page, e-mail found', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', '47.97.186.48.html'));
    expect(analysis.sections.filter((s) => s.parent === null && s.number).length).toBeGreaterThanOrEqual(9);
    expect(analysis.facts.some((f) => f.kind === 'email' && f.value === 'info@mooodou.com')).toBe(true);
  });

  it('every CA4P policy in a sample analyses without error and with a sane tree', async () => {
    const dir = corpus('ca4p483', 'txt');
    const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).filter((_, i) => i % 20 === 0);
    for (const name of names) {
      const { analysis } = await analyzed(`${dir}/${name}`);
      expect(analysis.language, name).toBe('zh');
      // The app as the policy names it, or none (never the operator or the file name).
      if (analysis.app !== null) expect(analysis.app.trim(), name).toBe(analysis.app);
      expect(analysis.app === null || !/^\d{4}_/.test(analysis.app), name).toBe(true);
      expect(analysis.sections.length, name).toBeGreaterThan(0);
      // Headings are titles, not paragraphs.
      const long = analysis.sections.filter((s) => s.heading.length > 64);
      expect(long, name).toEqual([]);
    }
  });

  it('in-memory documents and empty input', async () => {
    const doc = await ingestBuffer(new TextEncoder().encode('Acme Privacy Policy\n\nWe collect your e-mail address.\n\nContact privacy@acme.com.'), 'acme.txt');
    const a = analyzeDocument(doc);
    expect(a.language).toBe('en');
    expect(a.app).toBe('Acme');
    expect(a.sections.map((s) => s.heading)).toEqual(['', '']);
    const empty = analyzeDocument({ ...doc, source: '', text: '', offsets: new Int32Array([0]), headingHints: [] });
    expect(empty.sections).toEqual([]);
    expect(empty.facts).toEqual([]);
  });
});

describe('detectLanguage and extractAppName', () => {
  it('language by CJK share', () => {
    expect(detectLanguage('我们如何收集和使用您的个人信息')).toBe('zh');
    expect(detectLanguage('We collect your personal information when you use the app.')).toBe('en');
    expect(detectLanguage('本政策适用于 UCloud APP 及 UCloud 云服务。')).toBe('zh');
  });

  it('app names from titles, book titles, quoted products, XAPP; fallbacks', () => {
    expect(extractAppName('《天府市民云隐私政策》\n正文')).toBe('天府市民云');
    expect(extractAppName('小米贷款隐私政策\n\n正文')).toBe('小米贷款');
    expect(extractAppName('欢迎使用“天府市民云”产品。我们重视隐私。“天府市民云”产品由我们提供。')).toBe('天府市民云');
    expect(extractAppName('本政策适用于陕西养老保险APP。陕西养老保险APP用户须知。')).toBe('陕西养老保险');
    expect(extractAppName('Spotify Privacy Policy\n\nEffective as of 8 June 2022')).toBe('Spotify');
    // A Chinese policy naming no product has no app (its operator is no product name); English falls back to
    // the operator's brand, then the file name.
    expect(extractAppName('我们重视隐私。', ['某某科技有限公司'])).toBeNull();
    expect(extractAppName('我们重视隐私。', [], '/x/ucloud_app_privacy__2024-09-20.md')).toBeNull();
    expect(extractAppName('We respect your privacy.', ['Acme Widgets Inc.'])).toBe('Acme Widgets Inc.');
    expect(extractAppName('We respect your privacy.', [], '/x/acme_privacy__2024-09-20.md')).toBe('acme_privacy');
  });

  it('a word for what a product is names none (`本公司的網站/應用程式 (以下簡稱「APP」)`, Traditional, read folded)', async () => {
    const text = ['隱私權政策', '一、適用範圍', '本政策適用範圍包括:', '1. 本公司為整體營運蒐集、處理及利用您因使用本公司的網站/應用程式 (以下簡稱「APP」)、服務、參與活動所提供的個人資料。',
      '二、資料之蒐集', '本公司會蒐集您的姓名與電話。'].join('\n');
    expect((await analyzeText(text, 'bobibobi.txt')).app).toBeNull();
  });
});
