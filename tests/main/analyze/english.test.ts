// English pages of ../shared (Open Terms Archive versions, MAPP): cross-border stance, operator, dates and cookies.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed, values } from './helpers';
import { headingTopics } from '../../../src/main/analyze/topics/rules';

const run = hasShared ? describe : describe.skip;
const ota = (service: string, date: string) => corpus('ota_pga_versions', service, `${service}__${date}.md`);
const mapp = (name: string) => corpus('mapp_en', 'English_sanitized_policies', name);

/** The stance and the words of the sentence it was read from. */
async function stance(path: string): Promise<{ value: unknown; said: string } | null> {
  const { doc, analysis } = await analyzed(path);
  const fact = analysis.facts.find((f) => f.kind === 'cross_border');
  return fact ? { value: fact.value, said: doc.source.slice(fact.start, fact.end) } : null;
}

run('English cross-border stance', () => {
  it('giving data to third parties is no transfer abroad (WeChat: servers in Singapore and Malaysia, transfers to third countries)', async () => {
    const read = await stance(ota('WeChat', '2026-08-06'));
    expect(read?.value).toBe('yes');
    expect(read?.said).not.toMatch(/third parties/);
    // (Ada names no stance of its own in that sentence: `we do not transfer your personal data to third parties`.)
    expect(values((await analyzed(mapp('41_com.ada.app.txt'))).analysis, 'cross_border')).not.toContain('none');
  });

  it('a section on international or cross-border transfers says what its first paragraph says', async () => {
    expect(await stance(ota('LinkedIn', '2025-04-02'))).toEqual({ value: 'yes', said: 'We store and use your data outside your country.' });
    // (Under a setext heading: the underline is the heading's, and the contents list's link to it states nothing.)
    const twitch = await stance(ota('Twitch', '2026-08-13'));
    expect(twitch?.value).toBe('yes');
    expect(twitch?.said).toMatch(/^Information collected by Twitch may be stored and processed in your region, in the United States/);
    expect((await stance(ota('Snapchat', '2026-08-05')))?.value).toBe('yes');
  });

  it('`Whenever` denies nothing', async () => {
    expect((await stance(ota('Spotify', '2026-07-01')))?.value).toBe('yes');
  });
});

run('English operator', () => {
  it('the company the policy calls `we`, not its data protection officer', async () => {
    expect((await analyzed(ota('Bluesky', '2026-01-09'))).analysis.operator).toEqual(['Bluesky Social, PBC']);
    expect((await analyzed(mapp('116_com.tymate.domyos.connected.txt'))).analysis.operator).toEqual(['Decathlon USA LLC']);
  });

  it('not the company of a children\'s policy appended at the end, nor a name cut after a lower-case brand', async () => {
    expect((await analyzed(ota('TikTok', '2025-10-30'))).analysis.operator).toEqual(['TikTok Technology Limited']);
    expect((await analyzed(mapp('82_com.adidas.app.txt'))).analysis.operator).not.toContain('America, Inc.');
  });
});

run('English dates', () => {
  it('`Date of last update:` labels the latest revision (LINE)', async () => {
    expect((await analyzed(ota('LINE', '2024-11-12'))).analysis.dates.updated).toBe('2024-11-12');
  });

  it('a date written with slashes after an English label: month first, unless the first number is no month', async () => {
    // `Last modified on 04/29/2022`
    expect((await analyzed(ota('Twitch', '2022-07-11'))).analysis.dates.updated).toBe('2022-04-29');
    // `…updated on 18/12/2019.`
    expect((await analyzed(mapp('28_com.fanatee.cody.txt'))).analysis.dates.updated).toBe('2019-12-18');
  });
});

run('English cookies', () => {
  it('a paragraph on what is collected that says it comes through cookies is about cookies (Reddit, X)', async () => {
    // (`_Information Collected From Cookies and Similar Technologies_ | | We may receive information from cookies…`, a table row)
    const reddit = (await analyzed(ota('Reddit', '2026-08-19'))).analysis;
    expect(reddit.sections.some((s) => s.topics.includes('cookies'))).toBe(true);
    // (`**Cookies and similar technologies.** Like many websites, we use cookies…`)
    const { doc, analysis } = await analyzed(ota('X', '2025-06-28'));
    const cookies = analysis.sections.filter((s) => s.topics.includes('cookies'));
    expect(cookies.some((s) => doc.source.slice(s.start, s.end).includes('Like many websites, we use cookies'))).toBe(true);
  });

  it('not a passing word in a list of data (`identifiers associated with cookies`)', async () => {
    const { doc, analysis } = await analyzed(ota('X', '2025-06-28'));
    const passing = analysis.sections.filter((s) => !s.heading && doc.source.slice(s.start, s.end).includes('identiﬁers associated with cookies'));
    expect(passing.length).toBeGreaterThan(0);
    for (const s of passing) expect(s.topics).not.toContain('cookies');
  });
});

run('English age limits said in passing', () => {
  it('make their paragraph about minors where no section is (YouTube: `…Family Link, for Children under 13`; TikTok)', async () => {
    for (const [service, date, words] of [['YouTube', '2026-06-24', 'for Children under 13'], ['TikTok', '2023-08-10', 'users younger than 18']] as const) {
      const { doc, analysis } = await analyzed(ota(service, date));
      const minors = analysis.sections.filter((s) => s.topics.includes('minors'));
      expect(minors.length).toBeGreaterThan(0);
      expect(minors.some((s) => doc.source.slice(s.start, s.end).includes(words))).toBe(true);
    }
  });

  it('leave a policy with its own section on children as it reads (Spotify: an age limit in another chapter stays there)', async () => {
    const { analysis } = await analyzed(ota('Spotify', '2025-05-13'));
    const minors = analysis.sections.filter((s) => s.topics.includes('minors'));
    expect(minors.length).toBeGreaterThan(0);
    const inChildren = (s: (typeof minors)[number]): boolean => {
      for (let p: typeof s | undefined = s; p; p = p.parent === null ? undefined : analysis.sections[p.parent]) if (/^Children/.test(p.heading)) return true;
      return false;
    };
    expect(minors.every(inChildren)).toBe(true);
  });
});

run('English headings on transfers abroad', () => {
  it('`Transfers of your data outside the Designated Countries and the UK` is about where data goes (storage), not a business transfer', async () => {
    const { analysis } = await analyzed(ota('LinkedIn', '2026-08-22'));
    const s = analysis.sections.find((x) => x.heading === 'Transfers of your data outside the Designated Countries and the UK')!;
    expect(s.topics).toContain('storage');
    expect(s.topics).not.toContain('transfer');
    // (a business changing hands stays a transfer: `Business transfers`, `Transfer to third parties`)
    expect([...headingTopics('Transfer to third parties')]).toEqual(['transfer']);
  });
});
