// The unit filter (topics/unitFilter.ts) on real policies: a Chinese paragraph unit drops a class it borrowed from its
// chapter, only where an ancestor carries it still and no ancestor's heading names it.
import { describe, expect, it } from 'vitest';
import { corpus, hasShared, seed } from '../../../helpers/paths';
import { analyzed, ingest } from '../helpers';
import { splitSections } from '../../../../src/main/analyze/sections';
import { extractFacts } from '../../../../src/main/analyze';
import { addSentenceUnits, classifySections, filterUnits, sentenceCarves } from '../../../../src/main/analyze/topics';
import { headingTopics } from '../../../../src/main/analyze/topics/rules';
import type { Section } from '../../../../src/shared/types';
import type { TopicId } from '../../../../src/shared/taxonomy';

const run = hasShared ? describe : describe.skip;
const ca4p = (file: string) => corpus('ca4p483', 'txt', file);

/** The final tree of a Simplified Chinese file as analyzeDocument builds it, before and after the filter. */
async function beforeAndAfter(path: string): Promise<{ sections: Section[]; before: TopicId[][]; after: TopicId[][] }> {
  const doc = await ingest(path);
  const split = splitSections(doc.text, doc.offsets, doc.headingHints, true);
  const units = addSentenceUnits(doc.text, split, classifySections(doc.text, split, 'zh'), sentenceCarves(doc.text, extractFacts(doc.text, split), 'zh'));
  return { sections: units.sections, before: units.topics, after: filterUnits(doc.text, units.sections, units.topics, 'zh') };
}

/** The deepest section holding `words`, and its parent. */
async function unitHolding(path: string, words: string) {
  const { doc, analysis } = await analyzed(path);
  const unit = analysis.sections.findLast((x) => doc.text.slice(x.nstart, x.nend).includes(words))!;
  return { unit, parent: unit.parent === null ? undefined : analysis.sections[unit.parent] };
}

run('unit filter', () => {
  it('seeds and CA4P pages: only paragraph units change, each dropping only topics an ancestor carries and no ancestor heading names; a unit left with none is `other`', async () => {
    let dropped = 0;
    for (const path of [seed(0), seed(1), seed(2), seed(3), seed(4), ca4p('0840_com_wallpaper_v_live.txt'), ca4p('0505_com_biku_diary.txt'), ca4p('0600_com_icbc_wapc.txt'), ca4p('0785_com_liubowang_lauchpad.txt')]) {
      const { sections, before, after } = await beforeAndAfter(path);
      sections.forEach((s, i) => {
        if (after[i].join() === before[i].join()) return;
        expect(s.synthetic, path).toBe('paragraph');
        const above = new Set<TopicId>();
        const named = new Set<TopicId>();
        for (let p = s.parent; p !== null; p = sections[p].parent) {
          for (const t of before[p]) above.add(t);
          for (const t of headingTopics(sections[p].heading)) named.add(t);
        }
        const lost = before[i].filter((t) => !after[i].includes(t));
        expect(lost.length, path).toBeGreaterThan(0);
        for (const t of lost) {
          expect(above.has(t), `${path}: ${t}`).toBe(true);
          expect(named.has(t), `${path}: ${t}`).toBe(false);
        }
        expect(after[i].filter((t) => !before[i].includes(t)), path).toEqual(after[i].length === 1 && after[i][0] === 'other' ? ['other'] : []);
        dropped += lost.length;
      });
    }
    expect(dropped).toBeGreaterThan(5);
  });

  it('动态壁纸: the paragraphs of `七、隐私政策的适用范围` on third parties\' services the policy does not cover are no practice of their own; the chapter is third_party', async () => {
    const { doc, analysis } = await analyzed(ca4p('0840_com_wallpaper_v_live.txt'));
    const chapter = analysis.sections.find((x) => x.heading === '隐私政策的适用范围')!;
    expect(chapter.topics).toContain('third_party');
    const items = analysis.sections.filter((x) => x.parent === chapter.id && doc.text.slice(x.nstart, x.nend).includes('第三方'));
    expect(items.length).toBeGreaterThan(0);
    for (const x of items) expect(x.topics).toEqual(['other']);
  });

  it('比酷: a paragraph on withdrawing consent through the device settings is rights; its chapter carries the permissions', async () => {
    const { unit, parent } = await unitHolding(ca4p('0505_com_biku_diary.txt'), '撤回对我们访问你的位置');
    expect(unit.synthetic).toBe('paragraph');
    expect(unit.topics).toEqual(['rights']);
    expect(parent?.topics).toEqual(expect.arrayContaining(['rights', 'permissions']));
  });

  it('a topic the heading names stays: the SDK entries under `OPPO Push SDK` are sdk; 百日梦\'s paragraphs under `您的个人信息如何在全球范围转移` are storage', async () => {
    const ucloud = corpus('zh_policy_versions', 'ucloud_app_sdk_list', 'ucloud_app_sdk_list__2025-10-24.md');
    const { doc, analysis } = await analyzed(ucloud);
    const push = analysis.sections.find((x) => x.heading.includes('OPPO Push SDK'))!;
    const entries = analysis.sections.filter((x) => x.parent === push.id && x.synthetic === 'paragraph');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.some((x) => x.topics.includes('sdk')), doc.path).toBe(true);
    const snake = await analyzed(ca4p('0530_com_bairimeng_snake_huawei.txt'));
    const abroad = snake.analysis.sections.find((x) => x.heading.includes('您的个人信息如何在全球范围转移'))!;
    const paragraphs = snake.analysis.sections.filter((x) => x.parent === abroad.id && x.synthetic === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const x of paragraphs) expect(x.topics).not.toEqual(['other']);
  });
});
