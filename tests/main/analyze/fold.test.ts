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
  it('folds a line whose phrases change length clause by clause (Uplive\'s `使用者`), and reads Taiwan\'s 資訊 and 回覆 the Mainland way', () => {
    // (`使用者` → `用户` would shorten the line: that clause goes by character, the others still by phrase.)
    const line = '我們的多項服務可讓您不僅與您的社交網路、也與使用該服務的所有使用者公開分享您的相關資訊，例如，您在我們的服務中所上傳或發佈的資訊（包括您公開的個人資訊、您建立的名單）、您對其他人上傳或發佈的資訊作出的回應，以及包括與這些資訊有關的位置資料和日誌資訊。';
    const folded = topicText(line);
    expect(folded.length).toBe(line.length);
    expect(folded).toContain('公开分享您的相关信息');
    expect(folded).not.toContain('资讯');
    // (浪Live's `我們將儘快回覆說明`, 4399SY's `於十五日內回覆處理之結果`: a reply.)
    expect(topicText('如對於本政策或與個人資料保護有關之事項有任何疑問，請通過service.tw@langlive.com與我們聯繫，我們將儘快回覆說明。')).toContain('回复说明');
  });
});
