// The model reads a section with its enclosing heading as separate features (features.ts,
// contextHeadings in classify.ts), and English retention sentences are store by rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeatureVector } from '../../../../src/main/analyze/topics/features';
import { contextHeadings } from '../../../../src/main/analyze/topics/sectionContext';
import { splitSections } from '../../../../src/main/analyze/sections';
import { corpus } from '../../../helpers/paths';
import { analyzed, classifiedOpp } from '../helpers';
import { readOpp } from '../../../../bench/score-corpora.mjs';

const buckets = (text: string, context = ''): Set<number> => {
  const v = new FeatureVector();
  v.fill(text, 0, text.length, context);
  return new Set(v.touched.subarray(0, v.size));
};

describe('context features', () => {
  it('a heading as context adds buckets of its own and keeps every body bucket', () => {
    const body = '我们可能会向合作伙伴提供您的设备信息，用于广告投放。';
    const plain = buckets(body);
    const withContext = buckets(body, '三、我们如何共享您的个人信息');
    for (const b of plain) expect(withContext.has(b)).toBe(true);
    expect(withContext.size).toBeGreaterThan(plain.size + 10);
    // The same n-grams as body text land elsewhere than as context.
    const asBody = buckets('三、我们如何共享您的个人信息');
    const asContext = [...buckets('x', '三、我们如何共享您的个人信息')].filter((b) => !buckets('x').has(b));
    expect(asContext.filter((b) => asBody.has(b)).length).toBeLessThan(asContext.length / 4);
  });

  it('paragraph units of a real policy get their parent heading as context (CA4P 0531)', () => {
    const text = readFileSync(corpus('ca4p483', 'txt', '0531_com_all_video.txt'), 'utf8');
    const s = splitSections(text, null, [], true);
    const ctx = contextHeadings(s);
    const units = s.filter((x) => x.synthetic === 'paragraph');
    expect(units.length).toBeGreaterThan(3);
    for (const u of units) {
      const parent = s.find((x) => x.id === u.parent)!;
      if (parent.heading.trim()) expect(ctx[s.indexOf(u)]).toBe(parent.heading);
    }
    const roots = s.filter((x) => x.parent === null);
    for (const r of roots) expect(ctx[s.indexOf(r)]).toBe('');
  });

  it('a second policy\'s title over its chapters is no context: 绵阳智如 `《…儿童隐私政策》` › `5.儿童个人信息的更正` is rights and minors', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0940_org_islq_move2048.txt'));
    const title = analysis.sections.find((x) => x.heading === '《绵阳智如科技游戏儿童隐私政策》' && x.parent === null)!;
    // (A children's policy's title names its subject, though titles name no topic.)
    expect(title.topics).toEqual(['minors']);
    const correction = analysis.sections.find((x) => x.heading === '儿童个人信息的更正')!;
    expect(correction.parent).toBe(title.id);
    expect(correction.topics).toEqual(expect.arrayContaining(['rights', 'minors']));
  });
});

describe('the language feature', () => {
  const english = (text: string): Set<number> => {
    const v = new FeatureVector();
    v.fill(text, 0, text.length, '', true);
    return new Set(v.touched.subarray(0, v.size));
  };

  it('an English document’s text has every n-gram bucket plus one, the same one for any text', () => {
    const a = 'We may share your information with service providers who help us operate the site.';
    const plain = buckets(a);
    const withLanguage = english(a);
    for (const b of plain) expect(withLanguage.has(b)).toBe(true);
    const added = [...withLanguage].filter((b) => !plain.has(b));
    expect(added).toHaveLength(1);
    const other = 'You can opt out of marketing e-mails at any time.';
    expect([...english(other)].filter((b) => !buckets(other).has(b))).toEqual(added);
  });

  it('the shipped model has learnt a weight for it: OPP segments read as English are scored otherwise than as Chinese text', async () => {
    const { TopicModel } = await import('../../../../src/main/analyze/topics/model');
    const model = new TopicModel((await import('../../../../src/main/analyze/topics/model-weights.json')).default as never);
    const text = readOpp().find((x) => x.uid === 1306)!.segments.map((x) => x.text).join('\n\n').slice(0, 2000);
    const asChinese = Array.from(model.predict(text, 0, text.length, '', false));
    const asEnglish = Array.from(model.predict(text, 0, text.length, '', true));
    expect(asEnglish.some((p, c) => Math.abs(p - asChinese[c]) > 0.01)).toBe(true);
  });
});

describe('English retention rule', () => {
  const unitTopics = (uid: number, needle: string): string[] => {
    const { text, sections: s, topics } = classifiedOpp(uid);
    const at = text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    const unit = s.filter((x) => x.nstart <= at && at < x.nend).pop()!;
    return topics[s.indexOf(unit)];
  };

  it('a paragraph saying how long data is kept carries retention', () => {
    const d = readOpp().find((x) => x.segments.some((s) => /will retain this information only to provide/.test(s.text)))!;
    expect(unitTopics(d.uid, 'will retain this information only to provide')).toContain('retention');
  });

  it('service providers "retained to perform services" are no retention', () => {
    const d = readOpp().find((x) => x.segments.some((s) => /service providers we have retained to perform/.test(s.text)))!;
    const topics = unitTopics(d.uid, 'service providers we have retained to perform');
    expect(topics).not.toContain('retention');
    expect(topics).toContain('sharing');
  });

  it('a paragraph offering the reader choices (`… you may opt out …`) is a right', () => {
    const needle = 'We believe that choice in how and when you are contacted is key to customer satisfaction';
    const d = readOpp().find((x) => x.segments.some((seg) => seg.text.includes(needle)))!;
    expect(unitTopics(d.uid, needle)).toContain('rights');
  });

  it('what a recipient may not retain, hiring "the services of", and one verb in a list are no retention', () => {
    const find = (re: RegExp) => readOpp().find((x) => x.segments.some((seg) => re.test(seg.text)))!.uid;
    const recipients = unitTopics(find(/they will not retain the information/), 'they will not retain the information');
    expect(recipients).not.toContain('retention');
    expect(recipients).toContain('sharing');
    expect(unitTopics(find(/We retain the services of outside contractors/), 'We retain the services of outside contractors')).not.toContain('retention');
    expect(unitTopics(find(/may use, retain and disclose/), 'may use, retain and disclose')).not.toContain('retention');
  });

  it('`Retention` capitalised in a run-in title and what others may have retained are no retention (OPP-115 70, 856)', () => {
    expect(unitTopics(70, 'Security, Retention and Storage of Information')).not.toContain('retention');
    expect(unitTopics(856, 'may have retained a copy of your resume')).not.toContain('retention');
  });

  it('the items of an English list take the topics of their lead-in: LINE\'s postal address after `…please contact us … by writing to:` is contact', async () => {
    const { doc, analysis } = await analyzed(corpus('ota_pga_versions', 'LINE', 'LINE__2024-08-21.md'));
    const at = doc.text.indexOf('LY Corporation\nAttn: Privacy Policy');
    expect(at).toBeGreaterThanOrEqual(0);
    const units = analysis.sections.filter((s) => s.synthetic === 'paragraph');
    const address = units.find((s) => s.nstart <= at && at < s.nend)!;
    const lead = units[units.indexOf(address) - 1];
    expect(doc.text.slice(lead.nstart, lead.nend).trim().endsWith('by writing to:')).toBe(true);
    expect(address.topics).toEqual(lead.topics);
    expect(address.topics).toContain('contact');
  });

  it('a short paragraph opening an English chapter that the model reads as nothing takes the heading\'s topics: LinkedIn\'s `4.1 Data Retention` / `We keep most of your personal data for as long as your account is open.`', async () => {
    const { doc, analysis } = await analyzed(corpus('ota_pga_versions', 'LinkedIn', 'LinkedIn__2022-07-11.md'));
    const at = doc.text.indexOf('We keep most of your personal data for as long as your account is open.');
    expect(at).toBeGreaterThanOrEqual(0);
    const unit = analysis.sections.filter((s) => s.nstart <= at && at < s.nend).pop()!;
    const chapter = analysis.sections[unit.id - 1];
    expect(unit.synthetic).toBe('paragraph');
    expect(unit.parent).toBe(chapter.id);
    expect(chapter.heading).toBe('Data Retention');
    expect(unit.topics).toContain('retention');
  });

  it('companies that `do not retain, share, store or use` the data, a verb in a list, are no retention (OPP-115 1028)', () => {
    const topics = unitTopics(1028, 'These companies do not retain, share, store or use');
    expect(topics).not.toContain('retention');
    expect(topics).toContain('sharing');
  });

  it('saying data is not kept at all is retention (MAPP: Budge Studios `does not store or share any photos`)', async () => {
    const { doc, analysis } = await analyzed(corpus('mapp_en', 'English_sanitized_policies', '1_com.budgestudios.BarbieMagicalFashion.txt'));
    const at = doc.text.indexOf('does not store or share any photos');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(analysis.sections.filter((s) => s.start <= at && at < s.end).pop()!.topics).toContain('retention');
  });

  it('`we will not collect or store … location information` says it is not collected, no retention (OPP-115 26, 1666)', () => {
    const notCollected = unitTopics(26, 'the app will not transmit to us, and we will not collect or store, location information');
    expect(notCollected).not.toContain('retention');
    expect(notCollected).toContain('collection');
    expect(unitTopics(1666, 'we will not collect or store your location information')).not.toContain('retention');
    // Saying it is not kept, with no other verb before, stays retention.
    expect(unitTopics(652, 'We do not store the friend\'s email address')).toContain('retention');
  });
});

describe('English third parties collecting on the service', () => {
  const unitTopics = (uid: number, needle: string): string[] => {
    const { text, sections: s, topics } = classifiedOpp(uid);
    const at = text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    return topics[s.indexOf(s.filter((x) => x.nstart <= at && at < x.nend).pop()!)];
  };
  const SHARE_GROUP = ['sharing', 'transfer', 'disclosure', 'sdk', 'third_party'];

  it('third-party advertisers collecting location data on the service are third-party sharing/collection (MAPP 35 SEGA, not training data)', async () => {
    const { doc, analysis } = await analyzed(corpus('mapp_en', 'English_sanitized_policies', '35_com.sega.sonicdash.txt'));
    const at = doc.text.indexOf('Certain Third Party Advertisers in Products may collect precise location data');
    expect(at).toBeGreaterThanOrEqual(0);
    const unit = analysis.sections.filter((s) => s.nstart <= at && at < s.nend).pop()!;
    expect(unit.topics.filter((t) => SHARE_GROUP.includes(t))).not.toEqual([]);
  });

  it('a third party\'s site is no third party collecting: `on a third party site … we may collect` (OPP-115 1259)', () => {
    const topics = unitTopics(1259, 'If you use a Motley Fool application on a third party site or mobile device we may collect');
    expect(topics.filter((t) => SHARE_GROUP.includes(t))).toEqual([]);
  });
});
