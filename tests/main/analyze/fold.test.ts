import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldToSimplified, topicText, traditionalShare } from '../../../src/main/analyze/fold';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { analyzed } from './helpers';

describe.skipIf(!hasShared)('Traditional Chinese policies are read for topics as Simplified', () => {
  it('folds a Traditional page position for position, Taiwan words included (歡歌)', () => {
    const text = readFileSync(corpus('gplay_privacy_zh_html', '17sing.tw.html'), 'utf8');
    const folded = foldToSimplified(text);
    expect(folded.length).toBe(text.length);
    // Every line keeps its length, so every section and span offset means the same place.
    const a = text.split('\n');
    const b = folded.split('\n');
    expect(b.map((l) => l.length)).toEqual(a.map((l) => l.length));
    expect(foldToSimplified('資訊使用、個人資料與隱私權')).toBe('信息使用、个人数据与隐私权');
    // What topics are decided on: the fold, with its privacy-law words read the Mainland way.
    expect(topicText(text)).toBe(folded.replace(/帐号/g, '账号').replace(/个人数据/g, '个人信息'));
  });

  it('leaves Simplified policies alone (every seed, and the share stays near zero)', () => {
    for (const n of [0, 1, 2, 3, 4] as const) {
      const text = readFileSync(seed(n), 'utf8');
      expect(traditionalShare(text)).toBeLessThan(0.01);
      expect(topicText(text)).toBe(text);
    }
  });

  it('gives Traditional headings their topics while facts and headings keep the original characters', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', '17sing.tw.html'));
    const topics = (heading: string) => analysis.sections.find((s) => s.heading.endsWith(heading))!.topics;
    expect(topics('資訊安全')).toContain('security');
    expect(topics('個人資訊')).toContain('collection');
    expect(topics('修訂')).toContain('updates');
    expect(topics('未成年人資訊保護')).toContain('minors');
    expect(analysis.sections.some((s) => s.heading.includes('資訊'))).toBe(true);
    const { analysis: didi } = await analyzed(corpus('gplay_privacy_zh_html', 'dpubstatic.udache.com.html'));
    const didiTopics = (heading: string) => didi.sections.find((s) => s.heading === heading)!.topics;
    expect(didiTopics('查看、更正及刪除個人資料')).toContain('rights');
    expect(didiTopics('個人資料的披露和共享')).toEqual(expect.arrayContaining(['sharing', 'disclosure']));
    expect(didiTopics('本政策的變更和更新')).toContain('updates');
  });

  it('reads Taiwan privacy-law words as the Mainland ones (個人資料 → 个人信息, 蒐集, 揭露, 第三人), same length', async () => {
    const taiwan = '本公司於蒐集個人資料時，不會揭露予第三人，並妥善保管您的帳號。';
    const seen = topicText(taiwan);
    expect(seen.length).toBe(taiwan.length);
    expect(seen).toContain('收集个人信息');
    expect(seen).toContain('披露予第三方');
    expect(seen).toContain('账号');
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'web.langlive.com.html'));
    const duty = analysis.sections.find((s) => s.heading.endsWith('提供個人資料之義務'))!;
    expect(duty.topics).toContain('sharing');
    const { analysis: witch } = await analyzed(corpus('gplay_privacy_zh_html', 'witch.ltgamesglobal.com.html'));
    expect(witch.sections.find((s) => s.heading.endsWith('其他公司和政府當局'))!.topics).toContain('disclosure');
  });

  it('YOOGAME: numbering that restarts at 1 under 一、 nests, and a wrapper over eight chapters lends them no context', async () => {
    const { analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'www.yoogame.com.html'));
    const real = analysis.sections.filter((s) => !s.synthetic);
    const find = (title: string) => real.find((s) => s.heading === title)!;
    const wrapper = find('我們如何及為何收集您的個人資料');
    const chapters = real.filter((s) => s.parent === wrapper.id);
    expect(chapters.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    // `1.` under `一、` is its child, not a sibling of the wrapper `1.`.
    expect(find('您提供給我們的資料').parent).toBe(find('我們收集的資料').id);
    expect(find('您的其他權利').parent).toBe(find('您的權利與選項').id);
    const topics = (title: string) => find(title).topics;
    expect(topics('誰能看見您的資料')).toContain('sharing');
    expect(topics('國際資料轉移')).toContain('storage');
    expect(topics('您的權利與選項')).toContain('rights');
    expect(topics('年齡限制')).toContain('minors');
    expect(topics('我們如何保護您的資訊')).toContain('security');
  });
});
